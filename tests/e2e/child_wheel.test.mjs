// The child's wheel at home: start, answer areas by mouse and by keyboard, write words, reload
// and find everything as it was; delete and find nothing left.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, draftKeys, fluentText, startApp, startWheel, tabTo, untilAppStartPage } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

function segment(page, name) {
  return page.getByRole('link', { name: fluentText(name) });
}

test('a child answers areas by mouse and keyboard, and a reload restores everything', async () => {
  const { context, page, foreign, errors } = await app.newPage();

  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Barnets bästa-hjulet' }).waitFor());
  await assert.doesNotReject(page.getByText('skickas inte till någon förrän du själv väljer att dela dem', { exact: false }).waitFor());

  await startWheel(page, app.origin, { name: 'Sara' });
  assert.match(page.url(), /\/wheel\/[0-9a-f]{32}$/);
  await page.getByRole('heading', { level: 1, name: fluentText('Mitt hjul – Sara') }).waitFor();
  assert.equal(await page.getByRole('group', { name: 'Barnets bästa-hjulet med sju områden' }).getByRole('link').count(), 7);

  // By mouse: three areas.
  await segment(page, 'Trygghet: inte svarat än').click();
  await page.getByRole('heading', { level: 1, name: /Jag är trygg/ }).waitFor();
  await page.getByRole('radio', { name: 'Bra', exact: true }).check();
  await page.getByRole('textbox', { name: 'Det här är bra', exact: true }).fill('Mormor och katten');
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();

  await segment(page, 'Hälsa: inte svarat än').click();
  await page.getByRole('radio', { name: 'Mycket bra' }).check();
  await page.getByRole('link', { name: fluentText('Nästa område: Lärande') }).click();
  await page.getByRole('heading', { level: 1, name: /Jag lär mig och utvecklas/ }).waitFor();
  await page.getByRole('radio', { name: 'Vet inte' }).check();
  await page.getByRole('textbox', { name: 'Det här är svårt', exact: true }).fill('Matte, och när det är stökigt');
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();

  // By keyboard only: Tab to the wheel, arrows round it, Enter to open, arrows on the scale.
  const wheelGroup = page.getByRole('group', { name: 'Barnets bästa-hjulet med sju områden' });
  await wheelGroup.waitFor();
  await tabTo(page, '#segment-safe');
  for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'segment-play');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Jag har tid att leka/ }).waitFor();
  await tabTo(page, 'input[name=scale]'); // into the scale: the first face
  await page.keyboard.press('ArrowRight'); // bad
  await page.keyboard.press('ArrowRight'); // between
  await page.keyboard.press('ArrowRight'); // good
  assert.ok(await page.getByRole('radio', { name: 'Bra', exact: true }).isChecked());
  await tabTo(page, '#words-good');
  await page.keyboard.type('Fotboll på tisdagar');

  // Reload: everything is still there.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Jag har tid att leka/ }).waitFor();
  assert.ok(await page.getByRole('radio', { name: 'Bra', exact: true }).isChecked());
  assert.equal(await page.getByRole('textbox', { name: 'Det här är bra', exact: true }).inputValue(), 'Fotboll på tisdagar');

  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  for (const label of [
    'Trygghet: Bra',
    'Hälsa: Mycket bra',
    'Lärande: Vet inte',
    'Fritid och lek: Bra',
    'Omsorg: inte svarat än',
  ]) {
    await assert.doesNotReject(segment(page, label).waitFor(), label);
  }
  await page.getByText(fluentText('Du har svarat på 4 av 7 områden.')).waitFor();

  await segment(page, 'Lärande: Vet inte').click();
  assert.equal(await page.getByRole('textbox', { name: 'Det här är svårt', exact: true }).inputValue(), 'Matte, och när det är stökigt');
  assert.ok(await page.getByRole('radio', { name: 'Vet inte' }).isChecked());

  // Screenshots of the wheel on a phone and on a projector, to look at.
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  await wheelGroup.waitFor();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: join(ARTIFACTS, 'wheel-360x740.png'), fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: join(ARTIFACTS, 'wheel-1920x1080.png') });

  assert.deepEqual(foreign, [], 'no request may leave the app’s origin');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the start page says when a wheel was changed, and deleting it removes it from the list and from storage', async () => {
  const { context, page, foreign } = await app.newPage();
  await startWheel(page, app.origin, { name: 'Noor' });
  await segment(page, 'Omsorg: inte svarat än').click();
  await page.getByRole('radio', { name: 'Mittemellan' }).check();
  await page.getByText('Sparat på den här enheten.').waitFor();
  assert.equal((await draftKeys(page)).length, 1);

  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.getByRole('link', { name: fluentText('Fortsätt med Noor') }).waitFor();
  await page.getByText(fluentText('Ändrat i dag')).waitFor();
  await page.getByRole('button', { name: fluentText('Ta bort Noor') }).click();
  await page.getByRole('button', { name: 'Ja, ta bort' }).click();
  await page.getByRole('heading', { name: 'Fortsätt där du var' }).waitFor({ state: 'detached' });
  assert.deepEqual(await draftKeys(page), []);

  await page.reload();
  await untilAppStartPage(page);
  assert.equal(await page.getByRole('link', { name: /Fortsätt med/ }).count(), 0);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('siblings each get their own wheel on a shared device', async () => {
  const { context, page } = await app.newPage();
  await startWheel(page, app.origin, { name: 'Ali', age: 'teen' });
  await segment(page, 'Hälsa: inte svarat än').click();
  await page.getByRole('radio', { name: 'Dåligt', exact: true }).check();
  await startWheel(page, app.origin, { name: 'Mira', age: 'young' });
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.getByRole('link', { name: fluentText('Fortsätt med Ali') }).waitFor();
  await page.getByRole('link', { name: fluentText('Fortsätt med Mira') }).click();
  await assert.doesNotReject(segment(page, 'Hälsa: inte svarat än').waitFor());
  assert.equal((await draftKeys(page)).length, 2);
  await context.close();
});

test('the youngest get fewer words, and are asked rather than told', async () => {
  const { context, page } = await app.newPage();
  await startWheel(page, app.origin, { age: 'young' });
  await page.getByText('Tryck på en bild.').waitFor();
  await segment(page, 'Trygghet: inte svarat än').click();
  const young = await page.locator('.area-text').innerText();
  // A question that names förskolan, not a statement such as "Ingen gör dig illa."
  assert.match(young, /förskolan.*\?$/, young);
  await page.locator('.face-scale legend', { hasText: 'Hur känns det?' }).waitFor();
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  await page.getByText('Om mig').click();
  await page.getByRole('radio', { name: '13–17 år' }).check();
  await segment(page, 'Trygghet: inte svarat än').click();
  const teen = await page.locator('.area-text').innerText();
  assert.ok(young.length < teen.length, `${young} / ${teen}`);
  await context.close();
});

test('answering that I am not safe shows where to get help at once, for each answer the wheel marks', async () => {
  const { context, page, errors } = await app.newPage();
  await startWheel(page, app.origin);
  const urgent = page.getByRole('alert').filter({ hasText: 'Det du svarade är viktigt.' });
  const gentle = page.getByRole('alert').filter({ hasText: 'Du behöver inte svara.' });
  const answer = async (area, choice) => {
    await page.goto(page.url().replace(/\/wheel\/([0-9a-f]+).*$/, `/wheel/$1/${area}`));
    await page.getByRole('radio', { name: choice, exact: true }).check();
  };

  // Trygghet: the two lowest answers; "Vill inte svara" gets a gentle word; the middle none.
  for (const choice of ['Mycket dåligt', 'Dåligt']) {
    await answer('safe', choice);
    await urgent.waitFor();
    assert.equal(await urgent.getByRole('link', { name: fluentText('Ring 112') }).getAttribute('href'), 'tel:112');
    assert.equal(await urgent.getByRole('link', { name: fluentText('Ring BRIS 116 111') }).getAttribute('href'), 'tel:116111');
    await urgent.getByText('Appen skickar inte det du har svarat till någon.').waitFor();
    await urgent.getByText('det är aldrig ditt fel', { exact: false }).waitFor();
  }
  // BRIS: free, day and night, and its chat where it really is.
  await urgent.getByText('Du kan också chatta på bris.se.', { exact: false }).waitFor();
  await answer('safe', 'Vill inte svara');
  await gentle.waitFor();
  await gentle.getByText('Det är aldrig ditt fel.', { exact: false }).waitFor();
  // Calm, not the red alarm of the urgent help.
  assert.equal(await gentle.evaluate((box) => getComputedStyle(box).backgroundColor), 'rgb(239, 246, 255)');
  assert.equal(await urgent.count(), 0);
  await answer('safe', 'Mittemellan');
  await gentle.waitFor({ state: 'detached' });
  assert.equal(await urgent.count(), 0, 'no help for a middle answer');

  // Omsorg and Hälsa: their lowest answer, not the one above it.
  for (const area of ['care', 'health']) {
    await answer(area, 'Dåligt');
    assert.equal(await urgent.count(), 0, `${area}: no help for Dåligt`);
    await answer(area, 'Mycket dåligt');
    await urgent.waitFor();
  }
  // On the wheel, the most urgent help any answer asks for.
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  await urgent.waitFor();

  // The help is there from the header on every page, too.
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.getByRole('button', { name: 'Behöver du hjälp nu?' }).click();
  const panel = page.getByRole('region', { name: 'Hjälp nu' });
  await panel.getByRole('link', { name: fluentText('Ring 112') }).first().waitFor();
  // Every number shown is the number its link calls (content/help.json).
  const calls = await panel.locator('a.call').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
  assert.ok(calls.length >= 2, JSON.stringify(calls));
  for (const [text, href] of calls) {
    assert.equal(href, `tel:${text.replace(/[^0-9+]/g, '')}`, text);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the help fits who answers: the youngest, a teenager about health, a guardian with the adults\' and the kommun\'s numbers', async () => {
  const { context, page, errors } = await app.newPage();
  const urgent = page.getByRole('alert').filter({ hasText: 'Det du svarade är viktigt.' });
  const answer = async (area, choice) => {
    await page.goto(page.url().replace(/\/wheel\/([0-9a-f]+).*$/, `/wheel/$1/${area}`));
    await page.getByRole('radio', { name: choice, exact: true }).check();
  };
  const calls = (where) => where.locator('a.call').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

  // The youngest: an adult at förskolan or at home. They answer on three faces: "dåligt".
  await startWheel(page, app.origin, { age: 'young' });
  await answer('safe', 'Dåligt');
  await urgent.getByText('någon på förskolan eller hemma', { exact: false }).waitFor();
  assert.deepEqual(await calls(urgent), ['tel:112', 'tel:116111']);

  // A teenager: Mind Självmordslinjen when the answer about health asks for help, not for safety.
  await startWheel(page, app.origin, { age: 'teen' });
  await answer('safe', 'Dåligt');
  await urgent.waitFor();
  assert.deepEqual(await calls(urgent), ['tel:112', 'tel:116111']);
  await answer('safe', 'Bra');
  await answer('health', 'Mycket dåligt');
  await urgent.getByText('Mind Självmordslinjen', { exact: false }).waitFor();
  assert.deepEqual(await calls(urgent), ['tel:112', 'tel:116111', 'tel:90101']);
  // The header's help is this reader's too.
  await page.getByRole('button', { name: 'Behöver du hjälp nu?' }).click();
  const panel = page.getByRole('region', { name: 'Hjälp nu' });
  assert.deepEqual(await calls(panel), ['tel:112', 'tel:116111', 'tel:90101']);

  // A guardian: never the children's line; the adults' lines and the kommun's switchboard.
  await startWheel(page, app.origin, { who: 'guardian', author: 'mamma' });
  await answer('safe', 'Mycket dåligt');
  await urgent.waitFor();
  assert.deepEqual(await calls(urgent), ['tel:112', 'tel:0771505050', 'tel:020505050', 'tel:1177', 'tel:043372000']);
  await urgent.getByRole('link', { name: fluentText('Ring BRIS vuxentelefon 077-150 50 50') }).waitFor();
  await urgent.getByRole('link', { name: fluentText('Markaryd: ring 0433-720 00') }).waitFor();
  await urgent.getByText('ring din kommuns växel', { exact: false }).waitFor();
  await urgent.getByText('socialjouren genom 112', { exact: false }).waitFor();
  assert.equal(await urgent.getByText('BRIS på 116 111', { exact: false }).count(), 0);

  // Where nobody is answering (the start page), the help has both: for children, for adults.
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.getByRole('button', { name: 'Behöver du hjälp nu?' }).click();
  await panel.getByRole('heading', { name: 'För barn och unga' }).waitFor();
  await panel.getByRole('heading', { name: 'För vuxna som är oroliga för ett barn' }).waitFor();
  for (const href of await calls(panel)) {
    assert.match(href, /^tel:\+?[0-9]+$/);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
