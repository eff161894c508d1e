// A passphrase lock for shared devices: once locked, storage holds no readable word; a wrong
// passphrase is refused and changes nothing; the right one brings every word back; an unused
// wheel locks itself again; a shared file can carry the same lock.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, childWheelWithWords, draftKeys, fluentText, startApp, untilAppStartPage } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const SECRET_WORDS = 'Pappa skriker på kvällarna';

/** A new child's wheel with words in Trygghet; returns on the wheel page. */
const wheelWithWords = (page) => childWheelWithWords(page, app.origin, SECRET_WORDS);

async function lockWith(page, passphrase, repeated = passphrase) {
  const section = page.locator('details.passphrase-lock');
  if (!(await section.evaluate((details) => details.open))) {
    await section.getByText('Lås med lösenord').click();
  }
  await page.getByLabel('Välj ett lösenord (minst 8 tecken)').fill(passphrase);
  await page.getByLabel('Skriv samma lösenord en gång till').fill(repeated);
  await page.getByRole('button', { name: 'Lås hjulet' }).click();
}

async function storedTexts(page) {
  return page.evaluate(() => Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`).join('\n'));
}

test('a locked wheel keeps no readable word on the device and opens only with its passphrase', async () => {
  const { context, page, foreign, errors } = await app.newPage();
  await wheelWithWords(page);

  // Mistakes in choosing are caught before anything is locked.
  await lockWith(page, 'kort');
  await page.getByText('Lösenordet behöver vara minst 8 tecken.').waitFor();
  await lockWith(page, 'blå elefant', 'blå elefanter');
  await page.getByText('Lösenorden är inte likadana.', { exact: false }).waitFor();
  assert.match(await storedTexts(page), /Pappa skriker/, 'still open until locked');

  await lockWith(page, 'blå elefant');
  await page.getByText(fluentText('Hjulet är låst med lösenord. Det låses igen om ingen använder det på 5 minuter.')).waitFor();
  const stored = await storedTexts(page);
  for (const secret of ['Pappa', 'skriker', 'Sara', 'safe', 'bad']) {
    assert.ok(!stored.includes(secret), `"${secret}" is readable in storage`);
  }
  assert.match(stored, /"format":"barnets-basta-hjulet.locked"/);
  assert.match(stored, /"iterations":600000/);

  // Still open in this tab: a change is saved locked too.
  await page.locator('#segment-play').click();
  await page.getByRole('radio', { name: 'Bra', exact: true }).check();
  await page.getByText('Sparat på den här enheten.').waitFor();
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  assert.ok(!(await storedTexts(page)).includes('good'), 'the new answer is stored locked');

  // Another visit: the wheel asks for the passphrase.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Hjulet är låst' }).waitFor();
  const before = await storedTexts(page);
  await page.getByLabel('Lösenord', { exact: true }).fill('blå elefanter');
  await page.getByRole('button', { name: 'Öppna', exact: true }).click();
  await page.getByRole('alert').getByText('Fel lösenord. Ingenting har ändrats – försök igen.').waitFor();
  assert.equal(await storedTexts(page), before, 'a wrong passphrase changes nothing');

  await page.getByLabel('Lösenord', { exact: true }).fill('blå elefant');
  await page.getByRole('button', { name: 'Öppna', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: fluentText('Mitt hjul – Sara') }).waitFor();
  await page.locator('#segment-safe').click();
  assert.equal(await page.getByRole('textbox', { name: 'Det här är svårt', exact: true }).inputValue(), SECRET_WORDS);
  assert.ok(await page.getByRole('radio', { name: 'Dåligt', exact: true }).isChecked());

  // The start page lists it without its name: the page shown first, and the app's own once it
  // has arrived.
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.getByRole('link', { name: fluentText('Fortsätt med Låst hjul') }).waitFor();
  assert.equal(await page.getByText('Sara').count(), 0);
  await untilAppStartPage(page);
  await page.getByRole('link', { name: fluentText('Fortsätt med Låst hjul') }).waitFor();
  assert.equal(await page.getByText('Sara').count(), 0);
  assert.equal((await draftKeys(page)).length, 1);

  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unlocked wheel locks again when nobody uses it, and "lock now" locks at once', async () => {
  const { context, page, errors } = await app.newPage();
  await page.clock.install();
  await wheelWithWords(page);
  await lockWith(page, 'grön giraff');
  await page.getByRole('button', { name: 'Lås nu' }).waitFor();

  await page.clock.fastForward('05:01');
  await page.getByRole('heading', { level: 1, name: 'Hjulet är låst' }).waitFor();
  assert.equal(await page.getByText(SECRET_WORDS).count(), 0);

  await page.getByLabel('Lösenord', { exact: true }).fill('grön giraff');
  await page.getByRole('button', { name: 'Öppna', exact: true }).click();
  await page.getByRole('button', { name: 'Lås nu' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hjulet är låst' }).waitFor();

  // Removing the lock stores the wheel readable again, as the user asked.
  await page.getByLabel('Lösenord', { exact: true }).fill('grön giraff');
  await page.getByRole('button', { name: 'Öppna', exact: true }).click();
  await page.getByRole('button', { name: 'Ta bort lösenordet' }).click();
  await page.getByRole('button', { name: 'Lås hjulet' }).waitFor();
  assert.match(await storedTexts(page), /Pappa skriker/);

  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs open on one locked wheel see each other\'s changes, and storage stays locked', async () => {
  const { context, page: first, errors } = await app.newPage();
  await wheelWithWords(first);
  await lockWith(first, 'röd räv 42');
  await first.getByRole('button', { name: 'Lås nu' }).waitFor();

  // The passphrase lives in each tab's memory only: the second tab asks for it.
  const second = await context.newPage();
  second.on('pageerror', (error) => errors.push(String(error)));
  await second.goto(first.url());
  await second.getByRole('heading', { level: 1, name: 'Hjulet är låst' }).waitFor();
  await second.getByLabel('Lösenord', { exact: true }).fill('röd räv 42');
  await second.getByRole('button', { name: 'Öppna', exact: true }).click();
  await second.getByRole('heading', { level: 1, name: fluentText('Mitt hjul – Sara') }).waitFor();

  await first.locator('#segment-play').click();
  await first.getByRole('radio', { name: 'Bra', exact: true }).check();
  await second.locator('#segment-play[data-answer=good]').waitFor();
  await second.locator('#segment-play').click();
  await second.getByRole('textbox', { name: 'Det här är bra', exact: true }).fill('Fotboll med Ali');
  await first.waitForFunction(() => document.querySelector('#words-good')?.value === 'Fotboll med Ali');

  const stored = await storedTexts(first);
  for (const secret of ['Fotboll', 'Pappa', 'Sara', 'good']) {
    assert.ok(!stored.includes(secret), `"${secret}" is readable in storage`);
  }

  // Opened again later, the wheel holds what both tabs wrote.
  await second.close();
  await first.reload();
  await first.getByLabel('Lösenord', { exact: true }).fill('röd räv 42');
  await first.getByRole('button', { name: 'Öppna', exact: true }).click();
  assert.equal(await first.getByRole('textbox', { name: 'Det här är bra', exact: true }).inputValue(), 'Fotboll med Ali');
  assert.ok(await first.getByRole('radio', { name: 'Bra', exact: true }).isChecked());
  await first.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  await first.locator('#segment-safe').click();
  assert.equal(await first.getByRole('textbox', { name: 'Det här är svårt', exact: true }).inputValue(), SECRET_WORDS);

  assert.deepEqual(errors, []);
  await context.close();
});

test('a shared file can be locked, and the plan asks for its passphrase', async () => {
  const { context, page, errors } = await app.newPage();
  await wheelWithWords(page);
  await page.getByRole('link', { name: 'Dela', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
  await page.getByRole('checkbox', { name: 'Lås filen med ett lösenord' }).check();
  await page.getByLabel('Välj ett lösenord (minst 8 tecken)').fill('röd räv 42');
  await page.getByLabel('Skriv samma lösenord en gång till').fill('röd räv 42');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som fil' }).click(),
  ]);
  const path = join(ARTIFACTS, 'locked.hjulet.json');
  await download.saveAs(path);
  const text = readFileSync(path, 'utf8');
  assert.ok(!text.includes('Pappa') && !text.includes('Sara'), 'the file holds no readable word');
  assert.equal(JSON.parse(text).format, 'barnets-basta-hjulet.locked');

  await page.evaluate(() => localStorage.clear());
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles([path]);
  await page.getByText(fluentText('locked.hjulet.json är låst. Skriv lösenordet för att hämta in den.')).waitFor();
  await page.getByLabel('Lösenord', { exact: true }).fill('röd räv');
  await page.getByRole('button', { name: 'Öppna', exact: true }).click();
  await page.getByText('Fel lösenord. Ingenting har ändrats – försök igen.').waitFor();
  await page.getByLabel('Lösenord', { exact: true }).fill('röd räv 42');
  await page.getByRole('button', { name: 'Öppna', exact: true }).click();
  await page.getByText(fluentText('locked.hjulet.json är inhämtad.')).waitFor();
  await page.locator('.plan-area[data-area=safe]').getByText(SECRET_WORDS).waitFor();

  assert.deepEqual(errors, []);
  await context.close();
});
