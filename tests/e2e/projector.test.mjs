// The meeting made for the projector. In an area the child's contribution comes first, in a block
// of its own. A projector window ("Öppna visning för duken") follows the laptop's choice over a
// BroadcastChannel and shows only what everyone in the room may see: an area the child shared
// with the professionals only shows on the laptop, marked, and never on the projector, in the
// family's print or copied text; with one screen only, the laptop hides it until the professional
// shows it. "Avsluta mötet" empties and closes the projector window. At 1920 × 1080 the wheel and
// the chosen area are seen together, and the classroom's wheel is above the fold.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, fluentText, lastCopied, recordCopies, startApp, untilAppStartPage } from './harness.mjs';
import { axeViolations } from './axe.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const PROJECTOR = { width: 1920, height: 1080 };
const SECRET = 'Jag är rädd när pappa är arg';

/** A shared file as the app writes it, with the areas shared only with the professionals. */
function fileWith(name, { id, perspective, author = '', answers, professionalsOnly = [] }) {
  const path = join(ARTIFACTS, name);
  const at = '2026-11-20T09:00:00Z';
  const draft = { id, perspective, nickname: 'Sara', age_band: '8-12', author, created_at: at, updated_at: at, answers };
  if (professionalsOnly.length > 0) draft.professionals_only = professionalsOnly;
  writeFileSync(path, JSON.stringify({ format: 'barnets-basta-hjulet.draft', schema: 1, draft }));
  return path;
}

// The guardian's file first: the child's view still comes first.
const files = () => [
  fileWith('projector-mamma.hjulet.json', {
    id: 'a2'.repeat(16),
    perspective: 'guardian',
    author: 'mamma',
    answers: { safe: { scale: 'good', good: 'Lugnt hemma' }, play: { scale: 'good', good: 'Simning' } },
  }),
  fileWith('projector-child.hjulet.json', {
    id: 'c3'.repeat(16),
    perspective: 'child',
    answers: {
      safe: { scale: 'very-bad', hard: SECRET },
      play: { scale: 'bad', hard: 'Ingen att leka med', good: 'Fotboll' },
    },
    professionalsOnly: ['safe'],
  }),
];

async function bringIn(page) {
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles(files());
  await page.getByText(fluentText('projector-child.hjulet.json är inhämtad.')).waitFor();
}

const segment = (page, area) => page.locator(`.choosing-wheel .segment[data-area=${area}]`);
const marksOn = (page, area) =>
  page
    .locator(`.choosing-wheel .meeting-markers[data-markers-for=${area}] .meeting-marker`)
    .evaluateAll((marks) => marks.map((m) => m.dataset.perspective));

async function within(page, locator, what) {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize();
  assert.ok(box, `${what} is shown`);
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 1 && box.y + box.height <= height + 1, `${what} within ${width}×${height}: ${JSON.stringify(box)}`);
  return box;
}

test("in an area the child's contribution comes first, as its own block, before the guardians'", async () => {
  const { context, page, errors } = await app.newPage({ viewport: PROJECTOR });
  await bringIn(page);
  await segment(page, 'play').click();
  const panel = page.locator('.area-panel[data-area=play]');
  const child = panel.locator('.child-voice');
  await child.getByText('Fotboll').waitFor();
  await child.getByText('Ingen att leka med').waitFor();
  assert.equal((await child.locator('h3').innerText()).replace(/[\u2068\u2069]/g, ''), 'Barnet · Barnet');
  // Right under the area's heading, before everyone else's cards.
  const order = await panel.evaluate((section) =>
    [...section.children].map((element) => element.className.split(' ')[0]),
  );
  assert.deepEqual(order.slice(0, 3), ['', 'child-voice', 'perspective-cards'], order.join(', '));
  await panel.locator('.perspective-cards').getByText('Simning').waitFor();
  assert.equal(await panel.locator('.perspective-cards').getByText('Fotboll').count(), 0, 'the child is not shown twice');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the projector window follows the laptop, shows only what everyone may see, and "Avsluta mötet" empties it', async () => {
  const { context, page, errors } = await app.newPage({ viewport: PROJECTOR, bypassCSP: true });
  await bringIn(page);
  const [projector] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Öppna visning för duken' }).click(),
  ]);
  const projectorErrors = [];
  projector.on('pageerror', (error) => projectorErrors.push(String(error)));
  await projector.waitForURL(/\/meeting\/projector$/);
  await page.getByText('Visningen för duken är öppen', { exact: false }).waitFor();
  await projector.locator('.projector-view .choosing-wheel').waitFor();
  // The projector window holds nothing of the meeting itself.
  assert.deepEqual(
    await projector.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('barnets-basta-hjulet/meeting'))),
    [],
  );
  assert.equal(await projector.locator('.app-header').count(), 0, 'no header on the wall');

  // The laptop chooses Trygghet: the projector shows it, without the child's professionals-only view.
  await segment(page, 'safe').click();
  const laptopPanel = page.locator('.area-panel[data-area=safe]');
  await laptopPanel.getByText(SECRET).waitFor();
  await laptopPanel.locator('.professionals-only').getByText('Bara för yrkespersonerna').waitFor();
  const shown = projector.locator('.area-panel[data-area=safe]');
  await shown.getByText('Lugnt hemma').waitFor();
  assert.doesNotMatch(await projector.locator('body').innerText(), new RegExp(SECRET));
  assert.equal(await projector.getByText('Bara för yrkespersonerna').count(), 0);
  assert.deepEqual(await marksOn(projector, 'safe'), ['guardian'], 'no face of the child on Trygghet');
  assert.deepEqual(await marksOn(page, 'safe'), ['child', 'guardian'], 'the laptop keeps everything');
  // A click on the wall's screen chooses for both: the laptop follows, and the projector shows
  // what the laptop sends back.
  await segment(projector, 'play').click();
  await page.locator('.area-panel[data-area=play]').getByText('Ingen att leka med').waitFor();
  await projector.locator('.area-panel[data-area=play]').getByText('Simning').waitFor();
  await segment(page, 'safe').click();
  await shown.getByText('Lugnt hemma').waitFor();

  // The laptop chooses another area: the projector follows, the child's block first.
  await segment(page, 'play').click();
  await projector.locator('.area-panel[data-area=play] .child-voice').getByText('Fotboll').waitFor();
  assert.equal(await projector.locator('.area-panel[data-area=safe]').count(), 0);
  await projector.screenshot({ path: join(ARTIFACTS, 'projector-1920x1080.png') });

  // One screen, no scrolling: the wheel and the area are both whole on it.
  await within(projector, projector.locator('.projector-view .choosing-wheel'), 'the wheel');
  await within(projector, projector.locator('.projector-view .child-voice'), "the child's block");
  assert.ok(await projector.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight));
  assert.deepEqual(await axeViolations(projector), []);

  // Ending the meeting empties the projector window and closes it.
  const closed = projector.waitForEvent('close');
  await page.getByRole('button', { name: 'Avsluta mötet' }).click();
  await page.getByRole('button', { name: 'Avsluta och ta bort' }).click();
  await closed;
  assert.deepEqual(errors, []);
  assert.deepEqual(projectorErrors, []);
  await context.close();
});

test('with one screen only, what is for the professionals only stays hidden until the professional shows it', async () => {
  const { context, page, errors } = await app.newPage({ viewport: PROJECTOR });
  await bringIn(page);
  await segment(page, 'safe').click();
  const panel = page.locator('.area-panel[data-area=safe]');
  await panel.getByText('Lugnt hemma').waitFor();
  assert.equal(await panel.getByText(SECRET).count(), 0);
  assert.deepEqual(await marksOn(page, 'safe'), ['guardian']);
  assert.equal(await page.locator('.plan-area[data-area=safe]').getByText('Barnet', { exact: true }).count(), 0);

  await page.getByRole('checkbox', { name: 'Visa det som bara är för yrkespersonerna' }).check();
  await panel.locator('.professionals-only').getByText(SECRET).waitFor();
  assert.deepEqual(await marksOn(page, 'safe'), ['child', 'guardian']);
  await page.getByRole('checkbox', { name: 'Visa det som bara är för yrkespersonerna' }).uncheck();
  await panel.getByText(SECRET).waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('what is for the professionals only is marked wherever the laptop shows it: in the follow-up, earlier and now, and in step 2', async () => {
  const { context, page, errors } = await app.newPage({ viewport: PROJECTOR });
  // At the earlier meeting the child kept "play" for the professionals; now it is "safe".
  const at = '2026-09-01T09:00:00Z';
  const earlier = join(ARTIFACTS, 'projector-earlier-plan.hjulet.json');
  writeFileSync(earlier, JSON.stringify({
    format: 'barnets-basta-hjulet.plan',
    schema: 1,
    plan: {
      plan: { child_name: 'Sara', made_on: '2026-09-01', coordinator: { name: '', organisation: '', reach: '' }, next_evaluation: null, participants: '', areas: {} },
      perspectives: [{
        id: 'c1'.repeat(16), perspective: 'child', nickname: 'Sara', age_band: '8-12', created_at: at, updated_at: at,
        answers: { safe: { scale: 'bad', hard: 'Bussen' }, play: { scale: 'very-bad', hard: 'GAMMAL HEMLIGHET' } },
        professionals_only: ['play'],
      }],
      left_out: [],
    },
  }));
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles([earlier, ...files()]);
  await page.getByText(fluentText('projector-child.hjulet.json är inhämtad.')).waitFor();
  await page.getByRole('checkbox', { name: 'Visa det som bara är för yrkespersonerna' }).check();

  // "safe": earlier for everyone (not marked), now for the professionals only (marked).
  await segment(page, 'safe').click();
  const childRow = (area) => page.locator(`.area-panel[data-area=${area}] .follow-up-row[data-perspective=child]`);
  await childRow('safe').locator('.follow-up-now .professionals-only').getByText(SECRET).waitFor();
  await childRow('safe').locator('.follow-up-earlier').getByText('Bussen').waitFor();
  assert.equal(await childRow('safe').locator('.follow-up-earlier .professionals-only').count(), 0);
  // "play": earlier for the professionals only (marked), now for everyone.
  await segment(page, 'play').click();
  await childRow('play').locator('.follow-up-earlier .professionals-only').getByText('GAMMAL HEMLIGHET').waitFor();
  assert.equal(await childRow('play').locator('.follow-up-now .professionals-only').count(), 0);
  // With the switch off, neither is on the screen the room may see.
  await page.getByRole('checkbox', { name: 'Visa det som bara är för yrkespersonerna' }).uncheck();
  await page.getByText('GAMMAL HEMLIGHET').waitFor({ state: 'detached' });

  // Step 2, before the meeting: the child's answer on "safe" is marked there too.
  await page.locator('input[name=praxis-step][value=preparation]').check();
  const safe = page.locator('section.preparation .preparation-area[data-area=safe]');
  await safe.locator('.professionals-only').getByText(SECRET).waitFor();
  assert.equal(await safe.locator('.professionals-only').getByText('Lugnt hemma').count(), 0, "mamma's answer is for everyone");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the plan's print and copied text, and the child's summary, leave out what is for the professionals only", async () => {
  const { context, page, errors } = await app.newPage({ viewport: PROJECTOR });
  await recordCopies(page);
  await bringIn(page);
  // The child's own words go into the plan: still never those shared with the professionals only.
  await page.getByRole('checkbox', { name: 'Ta med barnets egna ord när planen kopieras och skrivs ut' }).check();
  await page.locator('#plan-safe-plan-needs').fill('Trygg hemma');
  await page.locator('#plan-play-plan-needs').fill('Någon att leka med');

  await page.locator('.plan-actions').getByRole('button', { name: 'Kopiera planen som text' }).click();
  await page.waitForFunction(() => window.copied.length === 1);
  const text = await lastCopied(page);
  assert.match(text, /Ingen att leka med/, "the child's words that are for everyone");
  assert.match(text, /Behov: Trygg hemma/, 'what the meeting agreed on Trygghet');
  assert.doesNotMatch(text, new RegExp(SECRET));
  assert.doesNotMatch(text, /Barnet: Mycket dåligt/);

  await page.emulateMedia({ media: 'print' });
  const paper = page.locator('.plan-document');
  assert.match(await paper.innerText(), /Ingen att leka med/);
  assert.match(await paper.innerText(), /Trygg hemma/);
  assert.doesNotMatch(await paper.innerText(), new RegExp(SECRET));
  await page.emulateMedia({ media: 'screen' });

  const summary = page.locator('.child-summary');
  await summary.getByText('Någon att leka med').waitFor();
  assert.doesNotMatch(await summary.innerText(), new RegExp(SECRET));
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 1920 × 1080 the meeting shows the wheel and the chosen area side by side, and the classroom its wheel above the fold; at 360 px one column', async () => {
  const { context, page, errors } = await app.newPage({ viewport: PROJECTOR });
  await bringIn(page);
  await segment(page, 'play').click();
  const wheel = await within(page, page.locator('.meeting-board .choosing-wheel'), "the meeting's wheel");
  const panel = page.locator('.meeting-board .area-panel[data-area=play]');
  const heading = await within(page, panel.locator('h2'), "the chosen area's heading");
  // The child's face and first words under it; a long answer may go on below the fold.
  await within(page, panel.locator('.child-voice h3'), "the child's name");
  await within(page, panel.locator('.child-voice .shared-scale'), "the child's face");
  assert.ok(heading.x >= wheel.x + wheel.width, 'beside the wheel');
  await page.screenshot({ path: join(ARTIFACTS, 'meeting-area-1920x1080.png') });

  await page.setViewportSize({ width: 360, height: 740 });
  const narrowWheel = await page.locator('.meeting-board .choosing-wheel').boundingBox();
  const narrowPanel = await panel.boundingBox();
  assert.ok(narrowPanel.y >= narrowWheel.y + narrowWheel.height - 1, 'below the wheel on a phone');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'nothing wider than the phone');

  await page.setViewportSize(PROJECTOR);
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.getByRole('link', { name: 'Hjulet i klassrummet (för lärare)' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hjulet i klassrummet' }).waitFor();
  await within(page, page.locator('.classroom-page .choosing-wheel'), "the classroom's wheel");
  await page.screenshot({ path: join(ARTIFACTS, 'classroom-wheel-1920x1080.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
