// The index of saved wheels (localStorage `barnets-basta-hjulet/index`): the one key a start page
// that shows before any wasm loads reads to list the wheels on the device. The app keeps it true
// as a wheel is named, answered and locked, and repairs it when it starts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fluentText, startApp, untilAppStartPage } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const INDEX_KEY = 'barnets-basta-hjulet/index';
const LOCKED = readFileSync(resolve(import.meta.dirname, '../fixtures/locked-version-1.json'), 'utf8');

/** A child's draft as the app stores it. */
function draftText(id, nickname, { answers = {}, updatedAt = '2026-11-20T09:00:00Z' } = {}) {
  const draft = { id, perspective: 'child', nickname, age_band: '8-12', created_at: '2026-11-20T09:00:00Z', updated_at: updatedAt, answers };
  return JSON.stringify({ format: 'barnets-basta-hjulet.draft', schema: 1, draft });
}

/**
 * Puts `items` into the origin's localStorage from a file of the origin that is not the app (so
 * no app runs meanwhile), as an older version of the app or a hand would have left them.
 */
async function seed(page, items) {
  await page.goto(app.origin + '/manifest.webmanifest');
  await page.evaluate((items) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, items);
}

async function storedIndex(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), INDEX_KEY);
}

async function storedDraft(page, id) {
  return page.evaluate((id) => JSON.parse(localStorage.getItem(`barnets-basta-hjulet/draft/${id}`)), id);
}

/** Waits until the index lists one wheel and it passes `check` (polled from here: the page's
 * policy allows no code made from text). */
async function untilIndexed(page, check, what) {
  const until = Date.now() + 5000;
  let index;
  while (Date.now() < until) {
    index = await storedIndex(page);
    if (index?.wheels?.length === 1 && check(index.wheels[0])) return;
    await page.waitForTimeout(50);
  }
  assert.fail(`the index never showed ${what}: ${JSON.stringify(index)}`);
}

const NOOR = 'a1'.repeat(16);
const GONE = 'b2'.repeat(16);
const LOCKED_ID = 'c3'.repeat(16);

test('the index is repaired when it disagrees with storage, on the start page and on a wheel', async () => {
  const { context, page, errors } = await app.newPage();
  // Noor's wheel and a locked one, saved by a version that wrote no index for them; an index
  // that lists only a wheel deleted since; and something unreadable under a draft's key.
  const stored = {
    [`barnets-basta-hjulet/draft/${NOOR}`]: draftText(NOOR, 'Noor', { answers: { safe: { scale: 'good' }, play: { scale: 'dont-know' } } }),
    [`barnets-basta-hjulet/draft/${LOCKED_ID}`]: LOCKED,
    'barnets-basta-hjulet/draft/0123456789abcdef': '{ garbage',
  };
  const stale = JSON.stringify({
    format: 'barnets-basta-hjulet.wheel-index',
    schema: 1,
    wheels: [{ id: GONE, name: 'Ali', answered: 1, areas: 7, changed: '2026-11-22T09:00:00Z' }],
  });
  const repaired = {
    format: 'barnets-basta-hjulet.wheel-index',
    schema: 1,
    wheels: [
      { id: NOOR, name: 'Noor', answered: 2, areas: 7, changed: '2026-11-20T09:00:00Z' },
      { id: LOCKED_ID, locked: true, changed: '2026-11-21T18:30:00Z' },
    ],
  };

  await seed(page, { ...stored, [INDEX_KEY]: stale });
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.getByText('Noor').first().waitFor();
  assert.deepEqual(await storedIndex(page), repaired);

  // The same on a wheel's own page, this time with an index damaged by hand.
  await seed(page, { ...stored, [INDEX_KEY]: '{"format":"barnets-basta-hjulet.wheel-index","schema":1,"wheels":[{"id":"x"' });
  await page.goto(`${app.origin}/wheel/${NOOR}`);
  await page.getByRole('heading', { level: 1, name: fluentText('Mitt hjul – Noor') }).waitFor();
  assert.deepEqual(await storedIndex(page), repaired);
  assert.equal(await page.evaluate(() => localStorage.getItem('barnets-basta-hjulet/draft/0123456789abcdef')), '{ garbage', 'damaged data is left where it is');

  // Nothing readable stored: the index of a wheel that is gone goes too.
  await seed(page, { [INDEX_KEY]: stale });
  await page.goto(`${app.origin}/wheel/${GONE}`);
  await page.getByText('Det finns inget sådant hjul på den här enheten.', { exact: false }).waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), INDEX_KEY), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the index follows a wheel as it is named, answered and locked: once locked, its name is gone', async () => {
  const { context, page, errors } = await app.newPage();
  const id = 'd4'.repeat(16);
  await seed(page, { [`barnets-basta-hjulet/draft/${id}`]: draftText(id, '') });
  await page.goto(`${app.origin}/wheel/${id}`);
  await page.getByRole('group', { name: 'Barnets bästa-hjulet med sju områden' }).waitFor();
  await untilIndexed(page, (wheel) => wheel.name === '' && wheel.answered === 0 && wheel.areas === 7, 'the unnamed wheel');

  await page.locator('details.about-me').getByText('Om mig').click();
  await page.getByLabel('Namn eller smeknamn').fill('Sara');
  await untilIndexed(page, (wheel) => wheel.name === 'Sara', 'the name typed');

  await page.locator('#segment-safe').click();
  await page.getByRole('radio', { name: 'Bra', exact: true }).check();
  await page.getByText('Sparat på den här enheten.').waitFor();
  await untilIndexed(page, (wheel) => wheel.answered === 1, 'the area answered');
  const open = (await storedIndex(page)).wheels[0];
  assert.deepEqual(open, { id, name: 'Sara', answered: 1, areas: 7, changed: (await storedDraft(page, id)).draft.updated_at });

  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  await page.locator('details.passphrase-lock').getByText('Lås med lösenord').click();
  await page.getByLabel('Välj ett lösenord (minst 8 tecken)').fill('grön giraff');
  await page.getByLabel('Skriv samma lösenord en gång till').fill('grön giraff');
  await page.getByRole('button', { name: 'Lås hjulet' }).click();
  await page.getByRole('button', { name: 'Lås nu' }).waitFor();
  await untilIndexed(page, (wheel) => wheel.locked === true, 'the wheel locked');
  const locked = await storedDraft(page, id);
  assert.equal(locked.format, 'barnets-basta-hjulet.locked');
  assert.deepEqual((await storedIndex(page)).wheels, [{ id, locked: true, changed: locked.saved_at }]);
  const indexText = await page.evaluate((key) => localStorage.getItem(key), INDEX_KEY);
  for (const secret of ['Sara', 'answered', 'name']) {
    assert.ok(!indexText.includes(secret), `"${secret}" is in the index of a locked wheel: ${indexText}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
