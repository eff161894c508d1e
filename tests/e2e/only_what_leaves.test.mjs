// Only what was chosen leaves: a plan file, the plan's copied text and its print carry only the
// perspectives ticked in and only the areas each person shared, also when a rescue copy (with a
// private area) or a file with extra keys was brought in; a meeting never merges two children or
// lets one file replace another person's; locked files name nobody; file names and the plan carry
// the local date.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, downloadText, fluentText, lastCopied, recordCopies, startApp, startWheel } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const AT = '2026-11-20T09:00:00Z';

function writeFile(name, envelope) {
  const path = join(ARTIFACTS, name);
  writeFileSync(path, JSON.stringify(envelope));
  return path;
}

function draftFile(name, draft) {
  return writeFile(name, { format: 'barnets-basta-hjulet.draft', schema: 1, draft: { nickname: 'Sara', age_band: '8-12', created_at: AT, updated_at: AT, ...draft } });
}

// The child's rescue copy: Omsorg kept private, with words only the child may see.
const childRescue = () =>
  draftFile('hjulet-rescue-copy-Sara-2026-11-20.hjulet.json', {
    id: 'c2'.repeat(16),
    perspective: 'child',
    private_areas: ['care'],
    answers: { safe: { scale: 'bad', hard: 'Bussen till skolan' }, care: { scale: 'very-bad', hard: 'BARNETS HEMLIGHET' } },
  });
// A guardian who must stay hidden from the other: brought in, then left out.
const hiddenGuardian = () =>
  draftFile('hidden.hjulet.json', {
    id: 'a2'.repeat(16),
    perspective: 'guardian',
    author: 'mamma',
    answers: { safe: { scale: 'very-bad', hard: 'VI BOR PÅ SKYDDAD ADRESS' } },
  });
const otherGuardian = () =>
  draftFile('pappa.hjulet.json', { id: 'b2'.repeat(16), perspective: 'guardian', author: 'pappa', answers: { safe: { scale: 'between' } } });

test('the plan file, its copied text and its print carry only what was chosen', async () => {
  const { context, page, errors } = await app.newPage();
  await recordCopies(page);
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles([childRescue(), hiddenGuardian(), otherGuardian()]);
  await page.getByText(fluentText('pappa.hjulet.json är inhämtad.')).waitFor();
  await page.getByRole('checkbox', { name: fluentText('Ta med Vårdnadshavare (mamma) · Sara') }).uncheck();
  await page.locator('#plan-safe-plan-needs').fill('Trygg skolväg');

  // The file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara planen som fil' }).click()]);
  const file = await downloadText(download);
  for (const secret of ['SKYDDAD ADRESS', 'mamma', 'a2a2a2', 'HEMLIGHET', '"care"']) {
    assert.ok(!file.includes(secret), `the plan file holds "${secret}"`);
  }
  assert.match(file, /Trygg skolväg/);
  assert.equal(JSON.parse(file).plan.perspectives.length, 2);

  // The copied text: short by default; the child's own words only when the meeting chooses so.
  await page.getByRole('button', { name: 'Kopiera planen som text' }).click();
  await page.getByText('Kopierat.', { exact: false }).waitFor();
  assert.doesNotMatch(await lastCopied(page), /Bussen till skolan/);
  await page.getByLabel('Ta med barnets egna ord när planen kopieras och skrivs ut').check();
  const copiesBefore = await page.evaluate(() => window.copied.length);
  await page.getByRole('button', { name: 'Kopiera planen som text' }).click();
  await page.waitForFunction((before) => window.copied.length === before + 1, copiesBefore);
  const copied = await lastCopied(page);
  assert.match(copied, /Bussen till skolan/);
  for (const secret of ['SKYDDAD ADRESS', 'mamma', 'HEMLIGHET']) {
    assert.ok(!copied.includes(secret), `the copied plan holds "${secret}"`);
  }

  // The print: what the page shows on paper.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => document.body.innerText);
  assert.match(printed, /Bussen till skolan/);
  for (const secret of ['SKYDDAD ADRESS', 'HEMLIGHET']) {
    assert.ok(!printed.includes(secret), `the printed plan holds "${secret}"`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a meeting refuses a second child and a file that would replace another person', async () => {
  const { context, page, errors } = await app.newPage();
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles([childRescue()]);
  await page.getByText(fluentText('hjulet-rescue-copy-Sara-2026-11-20.hjulet.json är inhämtad.')).waitFor();
  const secondChild = draftFile('another-child.hjulet.json', { id: 'c3'.repeat(16), perspective: 'child', nickname: 'Kim', answers: { safe: { scale: 'good' } } });
  const impostor = draftFile('impostor.hjulet.json', { id: 'c2'.repeat(16), perspective: 'guardian', author: 'x', answers: { safe: { scale: 'good' } } });
  await page.locator('input[type=file]').setInputFiles([secondChild, impostor]);
  await page.getByRole('status').getByRole('listitem').filter({ hasText: 'another-child.hjulet.json' }).getByText('Mötet har redan ett hjul från barnet.', { exact: false }).waitFor();
  await page.getByRole('status').getByRole('listitem').filter({ hasText: 'impostor.hjulet.json' }).getByText('samma id som ett annat hjul', { exact: false }).waitFor();
  // The child's view is still the child's, and no Kim came in.
  await page.locator('.plan-area[data-area=safe]').getByText('Bussen till skolan').waitFor();
  assert.equal(await page.getByText('Kim', { exact: false }).count(), 0);

  // Removed by mistake-proof button, the other child's file can come in.
  await page.getByRole('button', { name: fluentText('Ta bort Barnet · Sara från mötet') }).click();
  await page.locator('input[type=file]').setInputFiles([secondChild]);
  await page.getByText(fluentText('another-child.hjulet.json är inhämtad.')).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

/** A child's wheel with an answer, on the share screen with the confirm ticked. */
async function shareScreen(page, origin) {
  await startWheel(page, origin, { name: 'Sara' });
  await page.locator('#segment-safe').click();
  await page.getByRole('radio', { name: 'Dåligt', exact: true }).check();
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  await page.getByRole('link', { name: 'Dela', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
}

test('a locked file names nobody; names and the plan carry the local date, not UTC\'s', async () => {
  // Half past midnight in Sweden on 28 November is still 27 November in UTC.
  const { context, page, errors } = await app.newPage({ timezoneId: 'Europe/Stockholm' });
  await page.clock.install({ time: new Date('2026-11-27T23:30:00Z') });
  await shareScreen(page, app.origin);
  const [open] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara som fil' }).click()]);
  assert.equal(open.suggestedFilename(), 'hjulet-Sara-child-2026-11-28.hjulet.json');

  await page.getByRole('checkbox', { name: 'Lås filen med ett lösenord' }).check();
  await page.getByLabel('Välj ett lösenord (minst 8 tecken)').fill('blå elefant');
  await page.getByLabel('Skriv samma lösenord en gång till').fill('blå elefant');
  const [locked] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara som fil' }).click()]);
  assert.equal(locked.suggestedFilename(), 'hjulet-child-locked-2026-11-28.hjulet.json');
  assert.ok(!(await downloadText(locked)).includes('Sara'));

  await page.goto(app.origin + '/meeting');
  assert.equal(await page.locator('#plan-made-on').inputValue(), '2026-11-28');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a guardian left out now is left out of the follow-up too, with their earlier view', async () => {
  const { context, page, errors } = await app.newPage();
  // The earlier meeting's plan file had mamma's view.
  const earlier = writeFile('earlier-plan.hjulet.json', {
    format: 'barnets-basta-hjulet.plan',
    schema: 1,
    plan: {
      plan: { child_name: 'Sara', made_on: '2026-09-01', coordinator: { name: '', organisation: '', reach: '' }, next_evaluation: null, participants: '', areas: {} },
      perspectives: [
        { id: 'c2'.repeat(16), perspective: 'child', nickname: 'Sara', age_band: '8-12', created_at: AT, updated_at: AT, answers: { safe: { scale: 'bad' } } },
        { id: 'a2'.repeat(16), perspective: 'guardian', nickname: 'Sara', author: 'mamma', age_band: '8-12', created_at: AT, updated_at: AT, answers: { safe: { scale: 'very-bad', hard: 'GAMLA ADRESSEN' } } },
      ],
      left_out: [],
    },
  });
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles([earlier, childRescue()]);
  await page.getByText(fluentText('earlier-plan.hjulet.json är den förra planen. Den visas för utvärdering.')).waitFor();
  await page.getByRole('checkbox', { name: fluentText('Ta med Vårdnadshavare (mamma) · Sara från förra planen') }).uncheck();

  await page.getByRole('button', { name: fluentText('Trygghet:', { exact: false }) }).click();
  await page.locator('.area-panel[data-area=safe] .follow-up').waitFor();
  assert.equal(await page.getByText('GAMLA ADRESSEN').count(), 0, 'her earlier words are not on the screen');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara planen som fil' }).click()]);
  const file = await downloadText(download);
  for (const secret of ['GAMLA ADRESSEN', 'mamma', 'a2a2a2']) assert.ok(!file.includes(secret), `the plan file holds "${secret}"`);
  assert.deepEqual(errors, []);
  await context.close();
});
