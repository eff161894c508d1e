// Sharing with consent and the Barnets plan draft: the child keeps an area private, a guardian
// gives their own view, both share files; on a cleared device the files come back into a plan
// that shows only what was shared, never merged; bad files are refused and change nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, fluentText, lastCopied, recordCopies, startApp, startWheel, untilAppStartPage } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

async function answer(page, area, scale, words = {}) {
  await page.locator(`#segment-${area}`).click();
  await page.locator(`input[name=scale][value=${scale}]`).check();
  for (const [field, text] of Object.entries(words)) {
    await page.locator(`#words-${field}`).fill(text);
  }
  await page.locator('.area-nav a:not([rel])').click();
  await page.locator('#segment-safe').waitFor();
}

/** Confirms on the share screen and downloads the file; returns its path and parsed content. */
async function downloadShared(page, name) {
  await page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som fil' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.hjulet\.json$/);
  const path = join(ARTIFACTS, name);
  await download.saveAs(path);
  return { path, json: JSON.parse(readFileSync(path, 'utf8')) };
}

test('child and guardian share, storage is cleared, the plan is made from the files', async () => {
  const { context, page, foreign, errors } = await app.newPage();
  await recordCopies(page);

  // The child fills three areas and keeps one private.
  await startWheel(page, app.origin, { name: 'Sara' });
  await answer(page, 'safe', 'bad', { hard: 'Bussen till skolan' });
  await answer(page, 'learning', 'between', { 'would-help': 'En lugn plats' });
  await answer(page, 'play', 'very-bad', { hard: 'hemlig sak' });
  await page.getByRole('link', { name: 'Dela', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Det här kan du dela' }).waitFor();

  // Nothing can leave before the confirm.
  assert.ok(await page.getByRole('button', { name: 'Spara som fil' }).isDisabled());
  await page.getByRole('switch', { name: fluentText('Dela Fritid och lek') }).uncheck();
  await page.locator('.share-area[data-area=play]').getByText('Delas inte').waitFor();

  // Print preview: no navigation chrome, the private area left out, a page per area.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-header').isVisible(), false);
  assert.equal(await page.locator('.share-ways').isVisible(), false);
  assert.equal(await page.locator('.share-area[data-area=play]').isVisible(), false);
  const breaks = await page.locator('.share-area:not(.private)').evaluateAll((areas) =>
    areas.map((area) => getComputedStyle(area).breakBefore),
  );
  assert.deepEqual(breaks, ['auto', 'page']);
  await page.screenshot({ path: join(ARTIFACTS, 'share-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  const child = await downloadShared(page, 'child.hjulet.json');
  assert.ok(!JSON.stringify(child.json).includes('hemlig'), 'the private area is not in the file');
  assert.deepEqual(Object.keys(child.json.draft.answers).sort(), ['learning', 'safe']);

  // Copy one area as text, shaped like the county's template.
  await page.locator('.share-area[data-area=safe]').getByRole('button', { name: 'Kopiera som text' }).click();
  await page.getByText('Kopierat.').waitFor();
  const copied = await lastCopied(page);
  assert.match(copied, /^Trygghet – Jag är trygg\nBarnet: Dåligt\n {2}Det här är svårt: Bussen till skolan$/, 'the child\'s own copy has no empty fields of the meeting\'s');

  // A guardian makes a separate draft, in adult wording.
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  // What vårdnadshavare means, and who else may fill in, where a guardian chooses.
  const guardians = page.locator('.start-group').filter({ hasText: 'Jag är förälder eller en annan vuxen som har hand om barnet' });
  await guardians.getByText('Vårdnadshavare är den som enligt lagen ansvarar för barnet', { exact: false }).waitFor();
  await guardians.getByText('familjehemsföräldrar, en god man', { exact: false }).waitFor();
  await startWheel(page, app.origin, { who: 'guardian', name: 'Sara', author: 'mamma' });
  await page.locator('#segment-health').click();
  await page.getByRole('heading', { level: 1, name: /Barnet mår bra/ }).waitFor();
  await page.getByRole('radio', { name: 'Dåligt', exact: true }).check();
  await page.getByRole('textbox', { name: 'Det här är svårt för barnet', exact: true }).fill('Sover dåligt');
  await page.locator('.area-nav a:not([rel])').click();
  await page.getByText('Vem ansvarar för att barnet får stöd?').click();
  await page.getByText('rektorn på barnets skola').waitFor();
  const guide = await page.locator('.responsible-guide').innerText();
  assert.match(guide, /Kronobarnsmodellen.*Barnens bästa gäller! i Kronoberg/);
  assert.match(guide, /Fråga kommunens kontaktcenter/);
  await page.getByRole('link', { name: 'Dela', exact: true }).click();
  const guardian = await downloadShared(page, 'guardian.hjulet.json');
  assert.equal(guardian.json.draft.perspective, 'guardian');

  // A clean device: only the files are left.
  await page.evaluate(() => localStorage.clear());
  await page.goto(app.origin + '/meeting');
  await page.getByRole('heading', { level: 1, name: 'Barnets plan – utkast' }).waitFor();
  await page.locator('input[type=file]').setInputFiles([child.path, guardian.path]);
  await page.getByText(fluentText('guardian.hjulet.json är inhämtad.')).waitFor();
  await page.getByText(fluentText('child.hjulet.json är inhämtad.')).waitFor();

  const areas = await page.locator('.plan-area').evaluateAll((sections) => sections.map((s) => s.dataset.area));
  assert.deepEqual(areas, ['safe', 'health', 'learning'], 'only areas with a need, in wheel order');
  assert.equal(await page.getByText('hemlig sak').count(), 0, 'the private area never shows');
  const learning = page.locator('.plan-area[data-area=learning]');
  assert.deepEqual(
    await learning.locator('.perspective-card h3').allInnerTexts(),
    ['Barnet'],
    'the guardian did not answer learning',
  );
  const safe = page.locator('.plan-area[data-area=safe] .perspective-card');
  assert.equal(await safe.count(), 1);
  await assert.doesNotReject(safe.getByText('Bussen till skolan').waitFor());
  const health = page.locator('.plan-area[data-area=health] .perspective-card');
  assert.match(await health.locator('h3').innerText(), /Vårdnadshavare \(\u2068?mamma\u2069?\)/);

  // The meeting fills in the plan; it comes out as text and with a consent reminder.
  await page.getByRole('group', { name: 'Samverkansansvarig' }).getByLabel('Namn').fill('Eva Ek');
  await page.getByRole('group', { name: 'Samverkansansvarig' }).getByLabel('Verksamhet').fill('Norrskolan');
  await page.getByLabel('Nästa utvärdering').fill('2027-02-01');
  await page.locator('#plan-safe-plan-needs').fill('Trygg skolväg');
  await page.locator('#plan-safe-action-0-what').fill('Följeslagare på bussen');
  await page.locator('#plan-safe-action-0-who').fill('Elevhälsan');
  await page.locator('#plan-safe-action-0-when').fill('Varje morgon');
  // A second action, still without who and when.
  await page.locator('.plan-area[data-area=safe]').getByRole('button', { name: 'Lägg till en insats' }).click();
  // The new action's first field takes the focus, so the keyboard can write it at once.
  await page.waitForFunction(() => document.activeElement?.id === 'plan-safe-action-1-what');
  await page.locator('#plan-safe-action-1-what').fill('Samtal med mentor');
  await page.locator('#plan-safe-contact-organization').fill('Elevhälsan');
  // Consent: gathered before the meeting, from the guardians and the child, and recorded.
  const consent = page.locator('section.consent');
  await consent.getByText('från vårdnadshavarna och från barnet').waitFor();
  await consent.getByText('Samtycket kan tas tillbaka när som helst.').waitFor();
  await consent.getByLabel('Datum då samtycket gavs').fill('2026-11-16');
  await consent.getByLabel('Vilka gav samtycke').fill('mamma och Sara');
  await consent.getByLabel('Vem inhämtade samtycket').fill('Eva Ek');
  await page.getByRole('button', { name: 'Kopiera planen som text' }).click();
  await page.getByText('Kopierat.').waitFor();
  const plan = await lastCopied(page);
  assert.match(plan, /^Barnets plan – utkast\nBarnets namn: Sara\nDatum: \d{4}-\d{2}-\d{2}\n/, 'dates as Swedish forms write them');
  assert.match(plan, /Samverkansansvarig: Eva Ek, Norrskolan/);
  assert.match(plan, /Nästa utvärdering: 2027-02-01\n/);
  assert.match(plan, /Samtycke: 2026-11-16, mamma och Sara\nSamtycket inhämtades av: Eva Ek\n/);
  assert.match(
    plan,
    /Behov: Trygg skolväg\nInsatser:\n {2}– Följeslagare på bussen\. Vem: Elevhälsan\. När: Varje morgon\n {2}– Samtal med mentor\. Vem: saknas\. När: saknas\nKontaktperson: Elevhälsan/,
  );
  // An action added by mistake goes with its button, and the keyboard keeps its place: on the
  // action before it.
  const safeActions = page.locator('.plan-area[data-area=safe] .plan-action');
  await page.locator('.plan-area[data-area=safe]').getByRole('button', { name: 'Lägg till en insats' }).click();
  await page.locator('#plan-safe-action-2-what').fill('Fel');
  await safeActions.nth(2).getByRole('button', { name: fluentText('Ta bort insats 3') }).press('Enter');
  await page.locator('#plan-safe-action-2-what').waitFor({ state: 'detached' });
  assert.equal(await safeActions.count(), 2);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'plan-safe-action-1-what');
  // One removed by mistake, words and all: "Ångra" puts it back where it was.
  const safeArea = page.locator('.plan-area[data-area=safe]');
  await safeActions.nth(0).getByRole('button', { name: fluentText('Ta bort insats 1') }).click();
  await safeArea.getByRole('status').getByText(fluentText('Insats 1 är borttagen. Tryck på Ångra om du vill ha tillbaka den.')).waitFor();
  assert.equal(await safeActions.count(), 1);
  await safeArea.getByRole('button', { name: 'Ångra', exact: true }).click();
  await page.locator('#plan-safe-action-0-what').waitFor();
  assert.equal(await safeActions.count(), 2);
  assert.equal(await page.locator('#plan-safe-action-0-what').inputValue(), 'Följeslagare på bussen');
  assert.equal(await page.locator('#plan-safe-action-0-who').inputValue(), 'Elevhälsan');
  assert.equal(await page.locator('#plan-safe-action-0-when').inputValue(), 'Varje morgon');
  assert.equal((await safeActions.nth(0).locator('legend').innerText()).replace(/[\u2068\u2069]/g, ''), 'Insats 1', 'back in its place');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'plan-safe-action-0-what');
  assert.equal(await safeArea.getByRole('button', { name: 'Ångra', exact: true }).count(), 0);
  assert.match(await page.evaluate(() => sessionStorage.getItem('barnets-basta-hjulet/meeting')), /Följeslagare på bussen/);

  // Short by default: the child's own words go into the copy only when the meeting chooses so.
  assert.doesNotMatch(plan, /Bussen till skolan/);
  await page.getByLabel('Ta med barnets egna ord när planen kopieras och skrivs ut').check();
  const copiesBefore = await page.evaluate(() => window.copied.length);
  await page.getByRole('button', { name: 'Kopiera planen som text' }).click();
  await page.waitForFunction((before) => window.copied.length === before + 1, copiesBefore);
  assert.match(await lastCopied(page), /Barnet: Dåligt\n {2}Det här är svårt: Bussen till skolan/);

  // The consent form names the services.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.documentElement.setAttribute('data-print', 'consent'));
  await page.locator('.consent-page').getByText('Elevhälsan').waitFor();
  assert.equal(await page.locator('.plan-area').first().isVisible(), false);
  await page.emulateMedia({ media: 'screen' });

  // The file re-imports to an equal draft.
  const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('barnets-basta-hjulet/meeting')));
  assert.equal(stored.format, 'barnets-basta-hjulet.meeting');
  const reimported = stored.meeting.perspectives.find((d) => d.id === child.json.draft.id);
  assert.deepEqual(reimported, child.json.draft);

  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('files that are not good files of ours are refused clearly, and nothing changes', async () => {
  const { context, page } = await app.newPage();
  const future = join(ARTIFACTS, 'future.hjulet.json');
  writeFileSync(future, JSON.stringify({ format: 'barnets-basta-hjulet.draft', schema: 99, draft: {} }));
  const foreignFile = join(ARTIFACTS, 'holiday.json');
  writeFileSync(foreignFile, JSON.stringify({ photos: ['beach.jpg'] }));
  const huge = join(ARTIFACTS, 'huge.hjulet.json');
  writeFileSync(huge, 'x'.repeat(8 * 1024 * 1024 + 1));
  const damaged = join(ARTIFACTS, 'damaged.hjulet.json');
  writeFileSync(damaged, JSON.stringify({ format: 'barnets-basta-hjulet.draft', schema: 1, draft: { id: 'nope' } }));

  await page.goto(app.origin + '/meeting');
  await page.locator('.plan-page > h1').waitFor();
  const before = await page.evaluate(() => sessionStorage.getItem('barnets-basta-hjulet/meeting'));
  assert.equal(before, null, 'looking at the plan page stores nothing');
  await page.locator('input[type=file]').setInputFiles([future, foreignFile, huge, damaged]);
  // Each file's line, in the one live region that announces them.
  const alerts = page.getByRole('status').locator('.import-outcomes li.error');
  await page.waitForFunction(() => document.querySelectorAll('.import-outcomes li').length === 4);
  const texts = (await alerts.allInnerTexts()).map((text) => text.replace(/[\u2068\u2069]/g, ''));
  assert.equal(texts.length, 4);
  assert.match(texts[0], /future\.hjulet\.json: Det här hjulet är gjort i en nyare version av appen/);
  assert.match(texts[1], /holiday\.json: Det här är inte ett hjul från Barnets bästa-hjulet/);
  assert.match(texts[2], /huge\.hjulet\.json: Filen är för stor/);
  assert.match(texts[3], /damaged\.hjulet\.json: Det här hjulet är skadat/);
  assert.ok(texts.every((text) => text.endsWith('Inget annat har ändrats.')));
  assert.equal(await page.evaluate(() => sessionStorage.getItem('barnets-basta-hjulet/meeting')), before);
  await page.getByText('Inga hjul är inhämtade än.').waitFor();
  await context.close();
});
