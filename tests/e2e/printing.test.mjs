// What comes out on paper is a document, not a form (issue #15): the plan, the share screen and
// the child's summary are printed to PDF the way the app's print buttons print them, and the
// PDF's text is read back with pdftotext. Every text is whole however long, a field left empty
// leaves no label behind, dates are ÅÅÅÅ-MM-DD, the page says it is a draft and when it was
// printed, and an area's heading never ends a page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, fluentText, sharedFile, startApp, startWheel } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Lines of a long text, each short enough to stay one line on A4. */
function longText(what, count) {
  return Array.from({ length: count }, (_, i) => `${what} rad ${i + 1} av ${count}`);
}

// An action holds at most 500 characters (MAX_ACTION_CHARS): 16 short lines fit.
const ACTION_LINES = longText('Följeslagare', 16);
const NEEDS_LINES = longText('Behov av en trygg skolväg', 12);

/** The print dialog does nothing in a test: the app's button sets what prints, then this. */
async function stubPrintDialog(page) {
  await page.addInitScript(() => {
    window.print = () => {
      window.printCalls = (window.printCalls ?? 0) + 1;
    };
  });
}

/**
 * Saves the page as a PDF under the print style sheet, as "Save as PDF" does, and returns its
 * text as pdftotext reads it (pages separated by \f), without Fluent's isolation marks.
 */
async function printedText(page, name) {
  const path = join(ARTIFACTS, `${name}.pdf`);
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  writeFileSync(join(ARTIFACTS, `${name}.txt`), text);
  return text.replace(/[\u2068\u2069]/g, '');
}

/**
 * Every line of `lines` is a line of the printed text (or ends one, after a label), in order
 * and whole.
 */
function assertWhole(text, lines, what) {
  const printed = text.split(/\n|\f/).map((line) => line.trim());
  let from = 0;
  for (const line of lines) {
    const at = printed.findIndex((p, i) => i >= from && (p === line || p.endsWith(` ${line}`)));
    assert.ok(at >= 0, `${what}: "${line}" is not on paper (after line ${from})`);
    from = at + 1;
  }
}

/** Today on this device as ÅÅÅÅ-MM-DD (sv-SE writes dates so). */
async function today(page) {
  return page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
}

const meetingFiles = () => [
  sharedFile('print-child.hjulet.json', {
    id: 'c3'.repeat(16),
    perspective: 'child',
    answers: { safe: { scale: 'bad', hard: 'Bussen till skolan', would_help: 'Att någon åker med' } },
  }),
  sharedFile('print-mamma.hjulet.json', {
    id: 'a3'.repeat(16),
    perspective: 'guardian',
    author: 'mamma',
    answers: { safe: { scale: 'good', good: 'Hon har kompisar' }, health: { scale: 'bad', hard: 'Sover dåligt' } },
  }),
];

/** A meeting with both files in and the plan filled in; the print dialog stubbed. */
async function filledMeeting() {
  const opened = await app.newPage();
  const { page } = opened;
  await stubPrintDialog(page);
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles(meetingFiles());
  await page.getByText(fluentText('print-mamma.hjulet.json är inhämtad.')).waitFor();
  await page.locator('#plan-made-on').fill('2027-01-15');
  await page.locator('#plan-safe-plan-needs').fill(NEEDS_LINES.join('\n'));
  await page.locator('#plan-safe-action-0-what').fill(ACTION_LINES.join('\n'));
  await page.locator('#plan-safe-action-0-who').fill('Elevhälsan');
  await page.locator('#plan-safe-action-0-when').fill('Varje skoldag');
  await page.locator('.plan-area[data-area=safe]').getByRole('button', { name: 'Lägg till en insats' }).click();
  // An action that says what, but not who does it or when.
  await page.locator('#plan-safe-action-1-what').fill('Samtal med klassläraren');
  await page.locator('#plan-health-plan-needs').fill('Bättre sömn');
  return opened;
}

/** The lines of each page that end it (its last line with text). */
function lastLines(text) {
  return text
    .split('\f')
    .map((page) => page.split('\n').map((line) => line.trim()).filter(Boolean).at(-1))
    .filter(Boolean);
}

test('the printed plan is a document: every text whole, no empty field, Swedish dates, a draft with its print date', async () => {
  const { context, page, errors } = await filledMeeting();
  await page.getByRole('button', { name: 'Skriv ut planen' }).first().click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.print), 'plan');
  assert.equal(await page.evaluate(() => window.printCalls), 1);

  const text = await printedText(page, 'plan-print');
  assertWhole(text, ['Barnets plan – utkast'], 'the heading');
  assertWhole(text, NEEDS_LINES, 'the needs');
  assertWhole(text, ACTION_LINES, 'the long action');
  assertWhole(text, ['Vem: Elevhälsan', 'När: Varje skoldag'], 'who and when');
  // The action without who and when says so, as the copied text does.
  assertWhole(text, ['Samtal med klassläraren', 'Vem: saknas', 'När: saknas'], 'the incomplete action');
  assertWhole(text, ['Bättre sömn'], "health's needs");
  // The answers per perspective, never anyone's free text unless the plan takes the child's.
  assertWhole(text, ['Barnet: Dåligt', 'Vårdnadshavare (mamma): Bra'], 'the answers');
  for (const words of ['Bussen till skolan', 'Att någon åker med', 'Hon har kompisar', 'Sover dåligt']) {
    assert.ok(!text.includes(words), `"${words}" is free text the plan does not carry`);
  }

  // Dates as ÅÅÅÅ-MM-DD; a draft, and the day it was printed.
  assertWhole(text, ['Datum', '2027-01-15'], 'the date');
  assert.doesNotMatch(text, /januari|January|1\/15\/2027|15\/01\/2027/);
  const printedOn = await today(page);
  assert.match(text, new RegExp(`Utkast, utskrivet ${printedOn}\\.`));

  // No label of a field left empty, and nothing of the form.
  for (const label of ['Nästa uppföljning', 'Deltagare på mötet', 'Kontaktperson', 'Samtycke', 'Vad görs', 'Telefon eller e-post', 'Lägg till en insats']) {
    assert.ok(!text.includes(label), `"${label}" is on paper, but empty or a part of the form`);
  }

  // An area's heading never ends a page.
  const headings = /^(Trygghet|Hälsa) – /;
  assert.match(text, /Trygghet – Jag är trygg/);
  assert.match(text, /Hälsa – Jag mår bra/);
  for (const last of lastLines(text)) {
    assert.doesNotMatch(last, headings, 'a heading ends a page');
  }

  // With the consent recorded and the child's words taken in (as the plan file can bring them),
  // those print too; the guardian's words still do not.
  await page.evaluate(() => {
    const key = 'barnets-basta-hjulet/meeting';
    const stored = JSON.parse(sessionStorage.getItem(key));
    stored.meeting.plan.consent = { given_on: '2026-12-01', given_by: 'mamma och Sara', gathered_by: 'Rektor Lind' };
    stored.meeting.plan.include_child_words = true;
    sessionStorage.setItem(key, JSON.stringify(stored));
  });
  // The meeting asks before the tab reloads (the test clicked in it): yes.
  const leave = (dialog) => dialog.accept();
  page.on('dialog', leave);
  await page.reload();
  page.off('dialog', leave);
  await page.locator('.plan-area[data-area=safe]').waitFor();
  await page.getByRole('button', { name: 'Skriv ut planen' }).first().click();
  const withConsent = await printedText(page, 'plan-print-consent');
  assertWhole(withConsent, ['Samtycke', '2026-12-01, mamma och Sara', 'Samtycket inhämtades av', 'Rektor Lind'], 'the consent');
  assertWhole(withConsent, ['Det här är svårt: Bussen till skolan', 'Det här skulle hjälpa mig: Att någon åker med'], "the child's words");
  assertWhole(withConsent, ACTION_LINES, 'the long action');
  for (const words of ['Hon har kompisar', 'Sover dåligt']) {
    assert.ok(!withConsent.includes(words), `the guardian's "${words}" is not the child's words`);
  }

  assert.deepEqual(errors, []);
  await context.close();
});

test("the child's summary prints whole, as a draft with its print date", async () => {
  const { context, page, errors } = await filledMeeting();
  await page.getByRole('button', { name: 'Skriv ut sammanfattningen' }).click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.print), 'summary');
  const text = await printedText(page, 'summary-print');
  assertWhole(text, ['Det här bestämde vi'], 'the heading');
  assertWhole(text, NEEDS_LINES, 'the needs');
  assertWhole(text, ACTION_LINES.slice(0, -1), 'the long action');
  assert.match(text, new RegExp(`${ACTION_LINES.at(-1)} – Elevhälsan, Varje skoldag`));
  assert.match(text, new RegExp(`Utkast, utskrivet ${await today(page)}\\.`));
  assert.ok(!text.includes('Barnets plan – utkast'), 'only the summary prints');
  for (const last of lastLines(text)) {
    assert.doesNotMatch(last, /^(Jag är trygg|Jag mår bra)$/, 'a heading ends a page');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the share screen prints every word whole, with the day it was printed', async () => {
  const { context, page, errors } = await app.newPage();
  await stubPrintDialog(page);
  const words = longText('Det är svårt på bussen', 14);
  await startWheel(page, app.origin, { name: 'Sara' });
  await page.locator('#segment-safe').click();
  await page.getByRole('radio', { name: 'Dåligt', exact: true }).check();
  await page.getByRole('textbox', { name: 'Det här är svårt', exact: true }).fill(words.join('\n'));
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  await page.getByRole('link', { name: 'Dela', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
  await page.getByRole('button', { name: 'Skriv ut eller spara som PDF' }).click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.print), 'share');

  const text = await printedText(page, 'share-print');
  assertWhole(text, words, "the child's words");
  assert.ok(text.includes(`Det här är svårt: ${words[0]}`), 'the label before the words');
  assert.match(text, new RegExp(`Utskrivet ${await today(page)}\\.`));
  for (const last of lastLines(text)) {
    assert.doesNotMatch(last, /^Trygghet$/, 'a heading ends a page');
  }
  assert.deepEqual(errors, []);
  await context.close();
});
