// The journey over time: two earlier meetings made their plan files through the app; a third
// meeting brings in both plans and three new wheels. The chosen area shows a chart with one line
// per person — the child's first — whose points are each person's own answers, meeting by
// meeting, with the answers in words below; the plan's print has it; axe finds nothing; it fits
// a phone and runs from the right in Arabic.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, fluentText, sharedFile, startApp } from './harness.mjs';
import { axeViolations } from './axe.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const wheel = (name, id, perspective, author, safe) =>
  sharedFile(name, { id, perspective, author, answers: { safe: { scale: safe, hard: `ORD ${name}` } } });

/** A meeting on `date` with these wheels, made through the app; returns its plan file's path. */
async function meetingPlan(date, wheels, name) {
  const { context, page, errors } = await app.newPage();
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles(wheels);
  await page.locator('.import-outcomes li').nth(wheels.length - 1).waitFor();
  await page.locator('#plan-made-on').fill(date);
  await page.locator('#plan-safe-plan-needs').fill(`Behov ${date}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara planen som fil' }).first().click(),
  ]);
  const path = join(ARTIFACTS, name);
  await download.saveAs(path);
  assert.deepEqual(errors, []);
  await context.close();
  return path;
}

/** Each line of a chart: who and the faces at each meeting, in the order drawn. */
async function linesOf(chart) {
  return chart
    .locator('svg.journey-chart .journey-line')
    .evaluateAll((lines) => lines.map((l) => `${l.dataset.perspective}:${l.dataset.faces}`));
}

test('several earlier plans show each person’s journey on the area, child first, never averaged', async () => {
  const spring = await meetingPlan(
    '2026-03-02',
    [
      wheel('spring-child.hjulet.json', 'c1'.repeat(16), 'child', '', 'very-bad'),
      wheel('spring-mamma.hjulet.json', 'a1'.repeat(16), 'guardian', 'mamma', 'bad'),
    ],
    'journey-spring.hjulet.json',
  );
  const autumn = await meetingPlan(
    '2026-09-01',
    [
      wheel('autumn-child.hjulet.json', 'c2'.repeat(16), 'child', '', 'bad'),
      wheel('autumn-mamma.hjulet.json', 'a2'.repeat(16), 'guardian', 'mamma', 'between'),
      wheel('autumn-pappa.hjulet.json', 'b2'.repeat(16), 'guardian', 'pappa', 'good'),
    ],
    'journey-autumn.hjulet.json',
  );

  const { context, page, errors } = await app.newPage({ bypassCSP: true });
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await page.goto(app.origin + '/meeting');
  const now = [
    wheel('now-child.hjulet.json', 'c3'.repeat(16), 'child', '', 'good'),
    wheel('now-mamma.hjulet.json', 'a3'.repeat(16), 'guardian', 'mamma', 'good'),
    wheel('now-pappa.hjulet.json', 'b3'.repeat(16), 'guardian', 'pappa', 'very-good'),
  ];
  // The newest plan first or not: the newest is followed up, the older joins the journey.
  await page.locator('input[type=file]').setInputFiles([autumn, spring, ...now]);
  await page.getByText(fluentText('journey-autumn.hjulet.json är den förra planen. Den visas för utvärdering.')).waitFor();
  await page
    .getByText(fluentText('journey-spring.hjulet.json är en äldre plan. Svaren från det mötet visas nu i resan över tid.'))
    .waitFor();
  await page.getByText(fluentText('now-pappa.hjulet.json är inhämtad.')).waitFor();
  await page.locator('#plan-made-on').fill('2027-03-01');

  await page.locator('.choosing-wheel .segment[data-area=safe]').click();
  const chart = page.locator('.area-panel[data-area=safe] .journey');
  await chart.waitFor();
  // One line per person, the child's first; each point the person's own answer at that meeting
  // (pappa was not at the first meeting). Nothing in between is made up.
  assert.deepEqual(await linesOf(chart), [
    'child:very-bad,bad,good',
    'guardian:bad,between,good',
    'guardian:,good,very-good',
  ]);
  assert.deepEqual(
    (await chart.locator('.journey-date').allTextContents()),
    ['2026-03-02', '2026-09-01', '2027-03-01'],
  );
  // Each line has a text tag, and its answers in words for everyone and for screen readers.
  assert.deepEqual(
    (await chart.locator('svg .journey-tag').allTextContents()).map((t) => t.replace(/[\u2068\u2069]/g, '')),
    ['Barnet', 'VH A', 'VH B'],
  );
  assert.deepEqual(
    (await chart.locator('.journey-legend li span').allInnerTexts()).map((t) => t.replace(/[\u2068\u2069]/g, '')),
    [
      'Barnet: Mycket dåligt → Dåligt → Bra',
      'Vårdnadshavare (mamma): Dåligt → Mittemellan → Bra',
      'Vårdnadshavare (pappa): Inget svar → Bra → Mycket bra',
    ],
  );
  assert.equal(await chart.locator('svg.journey-chart').getAttribute('aria-hidden'), 'true');
  // No words of anyone's go into the journey.
  assert.equal(await chart.getByText(/ORD /).count(), 0);
  // The same plan again counts once.
  await page.locator('input[type=file]').setInputFiles([spring]);
  await page.getByText(fluentText('journey-spring.hjulet.json är redan inhämtad. Samma plan räknas bara en gång.')).waitFor();
  assert.equal(await chart.locator('.journey-date').count(), 3);
  assert.deepEqual(await axeViolations(page), []);

  // The plan's print carries the chart, in black on white.
  await page.getByRole('button', { name: 'Skriv ut planen' }).first().click();
  await page.emulateMedia({ media: 'print' });
  const onPaper = page.locator('.plan-document .plan-document-area[data-area=safe] .journey');
  assert.equal(await onPaper.isVisible(), true);
  assert.deepEqual(await linesOf(onPaper), [
    'child:very-bad,bad,good',
    'guardian:bad,between,good',
    'guardian:,good,very-good',
  ]);
  assert.equal(
    await onPaper.locator('.journey-line[data-index="1"]').first().evaluate((g) => getComputedStyle(g).color),
    'rgb(0, 0, 0)',
  );
  await page.pdf({ path: join(ARTIFACTS, 'journey-plan.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });

  // Right to left, the first meeting is on the right.
  await page.locator('#language').selectOption('ar');
  await page.waitForSelector('html[lang="ar"]');
  await page.locator('.area-panel[data-area=safe] .journey .journey-date').first().waitFor();
  const dates = page.locator('.area-panel[data-area=safe] .journey .journey-date');
  const first = await dates.first().boundingBox();
  const last = await dates.last().boundingBox();
  assert.ok(first.x > last.x, 'the first meeting is to the right of the last');
  assert.deepEqual(await axeViolations(page), []);

  // On a phone the chart fits the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  const box = await chart.locator('svg.journey-chart').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360, `the chart fits 360 px: ${JSON.stringify(box)}`);
  await chart.screenshot({ path: join(ARTIFACTS, 'journey-360-ar.png') });

  assert.deepEqual(errors, []);
  await context.close();
});
