// "Rita": a child draws on an area with pointer events, and the drawing is still there after a
// reload; undo takes the last line back, "Sudda allt" clears and undo brings it back; the child's
// words name the drawing; the share screen shows a shared area's drawing and never a private
// one's; at 360 px the surface fits without sideways scroll; axe finds nothing on the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawLine, fluentText, startApp, startWheel } from './harness.mjs';
import { axeViolations } from './axe.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Waits until every change is kept (a save takes a moment; a reload before it ends loses it). */
const kept = (page) => page.locator('.drawing-surface[data-saved="true"]').waitFor();
const strokes = (page) => page.locator('.drawing-surface').getAttribute('data-strokes').then(Number);
const points = (page) => page.locator('.drawing-surface').getAttribute('data-points').then(Number);

async function openSafe(page) {
  await page.locator('#segment-safe').click();
  await page.locator('.drawing-surface').waitFor();
}

test('a drawing made with pointer events is there again after a reload, in its colours', async () => {
  const { context, page, errors } = await app.newPage();
  await startWheel(page, app.origin, { name: 'Sara' });
  await openSafe(page);
  assert.equal(await strokes(page), 0);
  await drawLine(page, [[0.1, 0.1], [0.5, 0.3], [0.9, 0.2]]);
  await page.getByRole('button', { name: 'Röd', exact: true }).click();
  assert.equal(await page.getByRole('button', { name: 'Röd', exact: true }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByRole('button', { name: 'Svart', exact: true }).getAttribute('aria-pressed'), 'false');
  await drawLine(page, [[0.2, 0.8], [0.4, 0.6], [0.8, 0.9]]);
  await page.getByRole('textbox', { name: 'Vad föreställer teckningen?' }).fill('Min katt och jag');
  const drawn = await points(page);
  assert.ok(drawn >= 6, `${drawn} points`);
  // The surface is named by the child's words for it.
  await page.getByRole('img', { name: fluentText('Rityta med din teckning: Min katt och jag') }).waitFor();

  await kept(page);
  await page.reload();
  await page.locator('.drawing-surface[data-strokes="2"]').waitFor();
  assert.equal(await points(page), drawn);
  const colours = await page.locator('.drawing-surface polyline').evaluateAll((lines) => lines.map((l) => l.dataset.colour));
  assert.deepEqual(colours, ['black', 'red']);
  assert.equal(await page.getByRole('textbox', { name: 'Vad föreställer teckningen?' }).inputValue(), 'Min katt och jag');
  assert.deepEqual(errors, []);
  await context.close();
});

test('undo takes the last line back; clearing asks nothing and undo brings it all back', async () => {
  const { context, page, errors } = await app.newPage();
  await startWheel(page, app.origin, { name: 'Sara' });
  await openSafe(page);
  const undo = page.getByRole('button', { name: 'Ångra', exact: true });
  const clear = page.getByRole('button', { name: 'Sudda allt', exact: true });
  assert.ok(await undo.isDisabled());
  assert.ok(await clear.isDisabled());
  await drawLine(page, [[0.1, 0.5], [0.9, 0.5]]);
  await drawLine(page, [[0.5, 0.1], [0.5, 0.9]]);
  await drawLine(page, [[0.1, 0.1], [0.9, 0.9]]);
  const three = await points(page);

  await undo.click();
  assert.equal(await strokes(page), 2);
  await page.getByRole('status').filter({ hasText: 'Det senaste är borta.' }).waitFor();

  await clear.click();
  assert.equal(await strokes(page), 0);
  await page.getByRole('status').filter({ hasText: 'Teckningen är borta.' }).waitFor();
  await undo.click();
  assert.equal(await strokes(page), 2);
  assert.ok((await points(page)) < three);

  // What undo left is what is kept.
  await kept(page);
  await page.reload();
  await page.locator('.drawing-surface[data-strokes="2"]').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the share screen shows a shared area\'s drawing, named by the child\'s words, and never a private one\'s', async () => {
  const { context, page, errors } = await app.newPage();
  await startWheel(page, app.origin, { name: 'Sara' });
  await openSafe(page);
  await drawLine(page, [[0.2, 0.2], [0.8, 0.8]]);
  await page.getByRole('textbox', { name: 'Vad föreställer teckningen?' }).fill('Vår gård');
  // An area where the child only drew is on the share screen too.
  await page.getByRole('link', { name: /Nästa/ }).click();
  await page.locator('.area-page[data-area="health"]').waitFor();
  await drawLine(page, [[0.3, 0.3], [0.6, 0.6]]);
  await kept(page);
  await page.goto(page.url().replace(/\/wheel\/([0-9a-f]+)\/.*$/, '/share/$1'));

  const safe = page.locator('.share-area[data-area="safe"]');
  const health = page.locator('.share-area[data-area="health"]');
  const picture = safe.getByRole('img', { name: fluentText('Teckning: Vår gård') });
  await picture.waitFor();
  assert.equal(await picture.getAttribute('data-strokes'), '1');
  await health.locator('svg.drawing-picture[data-strokes="1"]').waitFor();

  await safe.getByRole('switch').uncheck();
  await safe.locator('.private-note').waitFor();
  assert.equal(await safe.locator('svg.drawing-picture').count(), 0);
  assert.equal(await page.locator('svg.drawing-picture').count(), 1);
  // Printed, the private area's drawing is not there either, and the shared one's lines are black.
  await page.emulateMedia({ media: 'print' });
  const ink = await health.locator('svg.drawing-picture polyline').evaluate((line) => getComputedStyle(line).stroke);
  assert.equal(ink, 'rgb(0, 0, 0)');
  await page.emulateMedia({ media: 'screen' });
  await safe.getByRole('switch').check();
  await picture.waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 360 px the surface fits the width, is square, draws with touch-action only there, and axe finds nothing', async () => {
  const { context, page, errors } = await app.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  await startWheel(page, app.origin, { name: 'Sara' });
  await openSafe(page);
  await drawLine(page, [[0.1, 0.1], [0.9, 0.9]]);
  const box = await page.locator('.drawing-surface').boundingBox();
  assert.ok(box.width <= 360 && box.width > 250, `width ${box.width}`);
  assert.ok(Math.abs(box.width - box.height) < 1, `${box.width} × ${box.height}`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));
  assert.equal(await page.locator('.drawing-surface').evaluate((s) => getComputedStyle(s).touchAction), 'none');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).touchAction), 'auto');
  await page.getByRole('textbox', { name: 'Vad föreställer teckningen?' }).fill('Sol');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
