// Leaving means leaving: after "Lämna snabbt" Back brings no words back, also from the
// back-forward cache; after "Avsluta mötet" nothing of the meeting is left in any storage and a
// meeting page shown again from the cache clears itself; "Radera allt" also clears the other open
// tabs. The meeting never fails silently: a refused save, a download that could not start, and a
// close-warning that stays until the meeting is ended.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, childWheelWithWords, fillStorage, fluentText, recordBackForwardCache, shownFromCache, startApp, startWheel, untilAppStartPage, untilServedOffline } from './harness.mjs';

let app;
before(async () => {
  app = await startApp({ backForwardCache: true });
});
after(async () => {
  await app?.close();
});

const SECRET_WORDS = 'Mamma slår mig';

function childFile() {
  const path = join(ARTIFACTS, 'leaving-child.hjulet.json');
  const at = '2026-11-20T09:00:00Z';
  const draft = { id: 'd1'.repeat(16), perspective: 'child', nickname: 'Sara', age_band: '8-12', created_at: at, updated_at: at, answers: { safe: { scale: 'very-bad', hard: SECRET_WORDS } } };
  writeFileSync(path, JSON.stringify({ format: 'barnets-basta-hjulet.draft', schema: 1, draft }));
  return path;
}

/** Everything the browser keeps for this origin that could hold words. */
async function everythingKept(page) {
  return page.evaluate(async () => {
    const kept = [];
    for (const area of [localStorage, sessionStorage]) {
      for (const key of Object.keys(area)) kept.push(`${key}=${area.getItem(key)}`);
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (!/\.(wasm|js|css|svg|ftl|html|webmanifest|json|txt)$/.test(new URL(request.url).pathname) && !request.url.endsWith('/')) {
          kept.push(`cache:${request.url}`);
        }
        const text = await (await cache.match(request)).text();
        if (text.includes('Sara') && text.includes('slår')) kept.push(`cache:${request.url} holds words`);
      }
    }
    const databases = indexedDB.databases ? await indexedDB.databases() : [];
    for (const database of databases) kept.push(`indexedDB:${database.name}`);
    return kept.filter((entry) => !entry.startsWith('e2e-from-cache='));
  });
}

test('after "Lämna snabbt", Back brings back no words, also from the back-forward cache', async () => {
  const { context, page, errors } = await app.newPage();
  await recordBackForwardCache(page);
  await childWheelWithWords(page, app.origin, SECRET_WORDS);
  await page.locator('#segment-health').click();
  await page.getByRole('radio', { name: 'Bra', exact: true }).waitFor();

  await untilServedOffline(page);
  await page.getByRole('button', { name: 'Lämna snabbt' }).click();
  await page.waitForURL(/\/neutral\.html$/);
  // Someone else takes the device and presses Back, again and again.
  // Each Back lands on a page of the wheel (first from the back-forward cache, with the words in
  // memory), which must give way to the start screen at once.
  for (let back = 0; back < 3; back++) {
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForURL((url) => url.origin === app.origin && url.pathname === '/', { waitUntil: 'commit' });
    await untilAppStartPage(page);
  }
  assert.ok((await shownFromCache(page)).some((path) => path.startsWith('/wheel/')), 'a page of the wheel came back from the back-forward cache');

  // The child comes back in on purpose: the wheel is there.
  await page.getByRole('link', { name: fluentText('Fortsätt med Sara') }).click();
  await page.locator('#segment-safe[data-answer=bad]').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('after "Avsluta mötet" nothing of the meeting is kept, and Back shows an empty meeting', async () => {
  const { context, page, errors } = await app.newPage();
  await recordBackForwardCache(page);
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles([childFile()]);
  await page.getByText(fluentText('leaving-child.hjulet.json är inhämtad.')).waitFor();
  await page.locator('#plan-safe-plan-needs').fill('Skydd hemma');
  await page.getByText('Stänger ni fliken utan att avsluta kan webbläsaren ta tillbaka mötet', { exact: false }).waitFor();
  await untilServedOffline(page);

  await page.getByRole('button', { name: 'Avsluta mötet' }).click();
  await page.getByRole('button', { name: 'Avsluta och ta bort' }).click();
  await untilAppStartPage(page);
  assert.deepEqual(await everythingKept(page), []);

  await page.goBack({ waitUntil: 'commit' });
  await page.waitForURL((url) => url.pathname === '/meeting', { waitUntil: 'commit' });
  await page.getByText('Inga hjul är inhämtade än.').waitFor();
  assert.ok((await shownFromCache(page)).includes('/meeting'), 'Back used the back-forward cache');
  assert.equal(await page.getByText(SECRET_WORDS).count(), 0);
  assert.equal(await page.locator('#plan-safe-plan-needs').count(), 0);
  assert.deepEqual(await everythingKept(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Radera allt" in one tab also clears what the other open tabs hold', async () => {
  const { context, page: meeting, errors } = await app.newPage();
  await meeting.goto(app.origin + '/meeting');
  await meeting.locator('input[type=file]').setInputFiles([childFile()]);
  await meeting.getByText(fluentText('leaving-child.hjulet.json är inhämtad.')).waitFor();
  const wheel = await context.newPage();
  await startWheel(wheel, app.origin);
  await wheel.locator('#segment-safe').click();
  await wheel.getByRole('textbox', { name: 'Det här är svårt', exact: true }).fill('Bussen');

  const start = await context.newPage();
  await start.goto(app.origin + '/');
  await untilAppStartPage(start);
  await start.getByRole('button', { name: 'Radera allt på den här enheten' }).click();
  await start.getByRole('button', { name: 'Ja, radera allt' }).click();
  await start.getByText('Allt är raderat från den här enheten.').waitFor();

  await meeting.getByText('Inga hjul är inhämtade än.').waitFor();
  assert.equal(await meeting.getByText(SECRET_WORDS).count(), 0);
  await wheel.getByText('Det finns inget sådant hjul på den här enheten.', { exact: false }).waitFor();
  assert.equal(await wheel.getByRole('textbox').count(), 0);
  for (const tab of [meeting, wheel]) assert.deepEqual(await everythingKept(tab), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tab that was in the back-forward cache during "Radera allt" shows nothing of it on Back', async () => {
  const { context, page: away, errors } = await app.newPage();
  await recordBackForwardCache(away);
  await childWheelWithWords(away, app.origin, SECRET_WORDS);
  await untilServedOffline(away);
  await away.goto(app.otherSite + '/neutral.html');

  const start = await context.newPage();
  await start.goto(app.origin + '/');
  await untilAppStartPage(start);
  await start.getByRole('button', { name: 'Radera allt på den här enheten' }).click();
  await start.getByRole('button', { name: 'Ja, radera allt' }).click();
  await start.getByText('Allt är raderat från den här enheten.').waitFor();

  await away.goBack({ waitUntil: 'commit' });
  await away.getByText('Det finns inget sådant hjul på den här enheten.', { exact: false }).waitFor();
  assert.ok((await shownFromCache(away)).some((path) => path.startsWith('/wheel/')), 'Back used the back-forward cache');
  assert.equal(await away.locator('#segment-safe[data-answer]').count(), 0, 'no answer shows');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the meeting says so when the tab refuses a change or a file could not be offered', async () => {
  const { context, page, errors } = await app.newPage();
  await page.addInitScript(() => {
    // A browser that cannot hand a file over (the path the app's download really takes).
    URL.createObjectURL = () => {
      throw new Error('blocked');
    };
  });
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles([childFile()]);
  await page.getByText(fluentText('leaving-child.hjulet.json är inhämtad.')).waitFor();

  await page.getByRole('button', { name: 'Spara planen som fil' }).click();
  await page.getByText('Webbläsaren tog inte emot filen.', { exact: false }).waitFor();

  await fillStorage(page, 'sessionStorage');
  await page.locator('#plan-safe-plan-needs').fill('Skydd hemma');
  await page.getByRole('alert').getByText('Fliken kunde inte spara den senaste ändringen.', { exact: false }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('closing the meeting warns until "Avsluta mötet", also after the plan was saved as a file', async () => {
  const { context, page } = await app.newPage();
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles([childFile()]);
  await page.getByText(fluentText('leaving-child.hjulet.json är inhämtad.')).waitFor();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara planen som fil' }).click()]);
  await page.getByText('Planen lämnades till webbläsaren som fil.', { exact: false }).waitFor();

  const dialog = new Promise((resolve) => page.once('dialog', (d) => resolve(d)));
  await page.close({ runBeforeUnload: true });
  const asked = await dialog;
  assert.equal(asked.type(), 'beforeunload');
  await asked.dismiss();
  // The tab stays open, and still answers: the meeting is on the screen. (Asking it, rather than
  // only looking at page.isClosed(), also waits until Chromium has finished the dismissed close,
  // which closing the context at once raced with under load.)
  assert.ok(!page.isClosed(), 'the tab stays open');
  await page.getByText(fluentText('leaving-child.hjulet.json är inhämtad.')).waitFor();
  await page.close();
  await context.close();
});
