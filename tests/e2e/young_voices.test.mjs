// The youngest answer on three faces, and every child may pick feelings in pictures: a 4–7
// child sees three faces (and "vet inte", "vill inte svara"), "dåligt" about being safe brings
// the urgent help, two feelings picked stay picked after a reload and are on the share screen
// and in the copied text; an 8–12 child still has five faces; axe finds nothing on the area page
// with the feelings row.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { fluentText, lastCopied, recordCopies, startApp, startWheel } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** The labels of the face scale's choices, in order. */
async function scaleChoices(page) {
  return page.locator('fieldset.face-scale input[name=scale]').evaluateAll((inputs) => inputs.map((input) => input.value));
}

test('a 4–7 child answers on three faces, "dåligt" in Trygghet brings help, and two feelings stay picked and leave with the share', async () => {
  const { context, page, errors } = await app.newPage();
  await recordCopies(page);
  await startWheel(page, app.origin, { name: 'Liam', age: 'young' });
  await page.locator('#segment-safe').click();
  await page.getByRole('heading', { level: 1, name: /Jag är trygg/ }).waitFor();

  // Three faces, their own pictures, and the two answers outside the scale.
  assert.deepEqual(await scaleChoices(page), ['three-bad', 'three-between', 'three-good', 'dont-know', 'rather-not-say']);
  assert.equal(await page.locator('fieldset.face-scale').getAttribute('data-scale'), 'three-faces');
  assert.equal(await page.locator('label[data-answer=three-bad] use').getAttribute('href'), '#pictogram-scale-three-bad');
  for (const name of ['Dåligt', 'Mittemellan', 'Bra', 'Vet inte', 'Vill inte svara']) {
    await assert.doesNotReject(page.getByRole('radio', { name, exact: true }).waitFor(), name);
  }
  assert.equal(await page.getByRole('radio', { name: 'Mycket dåligt' }).count(), 0);

  // "Dåligt" about being safe: the urgent help, as for the two lowest of five faces.
  const urgent = page.getByRole('alert').filter({ hasText: 'Det du svarade är viktigt.' });
  assert.equal(await urgent.count(), 0);
  await page.getByRole('radio', { name: 'Dåligt', exact: true }).check();
  await urgent.getByText('någon på förskolan eller hemma', { exact: false }).waitFor();

  // Feelings: a row of toggle buttons, each a picture and a word that can be read aloud.
  const feelings = page.getByRole('group', { name: /Vad känner du\? Du kan välja flera\./ });
  await feelings.waitFor();
  assert.equal(await feelings.locator('button[aria-pressed]').count(), 9);
  const scared = feelings.getByRole('button', { name: 'Rädd', exact: true });
  const lonely = feelings.getByRole('button', { name: 'Ensam', exact: true });
  const happy = feelings.getByRole('button', { name: 'Glad', exact: true });
  await feelings.getByRole('button', { name: fluentText('Läs upp: Rädd') }).waitFor();
  await scared.click();
  await lonely.click();
  await happy.click();
  await happy.click(); // a second tap takes it back
  for (const [button, pressed] of [[scared, 'true'], [lonely, 'true'], [happy, 'false']]) {
    assert.equal(await button.getAttribute('aria-pressed'), pressed);
  }

  // A reload keeps everything.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Jag är trygg/ }).waitFor();
  assert.ok(await page.getByRole('radio', { name: 'Dåligt', exact: true }).isChecked());
  assert.equal(await scared.getAttribute('aria-pressed'), 'true');
  assert.equal(await lonely.getAttribute('aria-pressed'), 'true');
  assert.equal(await happy.getAttribute('aria-pressed'), 'false');
  await urgent.waitFor();

  // The wheel shows the three-face answer as its own face.
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  await page.getByRole('link', { name: fluentText('Trygghet: Dåligt') }).waitFor();
  assert.equal(await page.locator('#segment-safe').getAttribute('data-answer'), 'three-bad');
  assert.equal(await page.locator('#segment-safe use.segment-face').getAttribute('href'), '#pictogram-scale-three-bad');

  // The share screen shows the face and the feelings, and the copied text carries them.
  await page.getByRole('link', { name: 'Dela', exact: true }).click();
  const safe = page.locator('section.share-area[data-area=safe]');
  await safe.locator('.shared-scale use[href="#pictogram-scale-three-bad"]').waitFor();
  const picked = safe.locator('.picked-feelings li');
  assert.deepEqual(await picked.evaluateAll((items) => items.map((li) => li.dataset.feeling)), ['scared', 'lonely']);
  assert.deepEqual(await picked.allInnerTexts(), ['Rädd', 'Ensam']);
  await page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
  await page.getByRole('button', { name: 'Kopiera allt som text' }).click();
  await page.waitForFunction(() => window.copied.length > 0);
  const copied = await lastCopied(page);
  assert.match(copied, /Barnet: Dåligt \(av tre ansikten\)\n {2}Känslor: Rädd, Ensam/, copied);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an 8–12 child still answers on five faces and may pick feelings too', async () => {
  const { context, page, errors } = await app.newPage();
  await startWheel(page, app.origin, { name: 'Sara', age: 'middle' });
  await page.locator('#segment-safe').click();
  await page.getByRole('heading', { level: 1, name: /Jag är trygg/ }).waitFor();
  assert.deepEqual(await scaleChoices(page), ['very-bad', 'bad', 'between', 'good', 'very-good', 'dont-know', 'rather-not-say']);
  assert.equal(await page.locator('fieldset.face-scale').getAttribute('data-scale'), 'five-faces');
  const feelings = page.getByRole('group', { name: /Hur känns det\? Du kan välja flera, eller inga\./ });
  await feelings.getByRole('button', { name: 'Orolig', exact: true }).click();
  assert.equal(await feelings.getByRole('button', { name: 'Orolig', exact: true }).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the area page with the three faces and the feelings row has no WCAG A/AA problem, on a phone too', async () => {
  for (const width of [360, 1280]) {
    const { context, page, errors } = await app.newPage({ bypassCSP: true, viewport: { width, height: 740 } });
    await startWheel(page, app.origin, { age: 'young' });
    await page.locator('#segment-safe').click();
    await page.getByRole('radio', { name: 'Mittemellan', exact: true }).check();
    await page.getByRole('button', { name: 'Arg', exact: true }).click();
    assert.deepEqual(await axeViolations(page), [], `${width} px`);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    assert.equal(sideways, false, `${width} px: nothing scrolls sideways`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
