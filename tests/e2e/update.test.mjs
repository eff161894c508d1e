// From one version of the app to the next on the same origin, as a host puts up a new build:
// the open tabs keep running their version until the user chooses the new one; the new
// version's files are fetched past the HTTP cache; a missing locale does not stop it; the drafts
// (plain and locked) and a meeting in progress survive; afterwards it works offline and only the
// new version's cache is left. And a version that lacks an essential file does not install.
//
// Runs against the host HJULET_HOST names (tests/e2e/hosts.mjs): putting up a new version is then
// that host serving another directory, and the requests are those its access log saw.
//
// Version 2 is made here, once, without building the app again: a copy of dist/ with one English
// message changed (English is fetched at run time; Swedish is compiled into the wasm) and sw.js
// written anew for it by scripts/service-worker.mjs, which gives it a new cache and file list.
// The message is the start page's "Radera allt" button, which only the app shows: the start page
// the build renders into the HTML (the same file in both versions) has no such button.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ARTIFACTS, fluentText, startHost, startWheel, untilAppStartPage } from './harness.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(process.env.HJULET_DIST ?? join(ROOT, 'dist'));
const OLD_TEXT = 'Delete everything on this device';
const NEW_TEXT = 'Erase everything on this device';
const SECRET_WORDS = 'Pappa skriker på kvällarna';
// Not essential: this version may lack it and still install.
const MISSING_LOCALE = '/locales/ti/meeting.ftl';

let temp;
let versionTwo;
let versionBroken;
before(() => {
  temp = mkdtempSync(join(tmpdir(), 'hjulet-update-'));
  versionTwo = newVersion('v2', (dir) => rmSync(join(dir, MISSING_LOCALE)));
  // A version whose child's wasm is gone from the host.
  versionBroken = newVersion('broken', (dir) => {
    const wasm = readdirSync(dir).find((name) => name.endsWith('_bg.wasm'));
    rmSync(join(dir, wasm));
  });
});
after(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of the build with NEW_TEXT, its own sw.js, then `lose` takes files away from the host. */
function newVersion(name, lose) {
  const dir = join(temp, name);
  cpSync(DIST, dir, { recursive: true });
  const english = join(dir, 'locales/en/app.ftl');
  const text = readFileSync(english, 'utf8');
  assert.ok(text.includes(`\ndelete-all = ${OLD_TEXT}\n`), 'the English "Radera allt" button as this test knows it');
  writeFileSync(english, text.replace(`\ndelete-all = ${OLD_TEXT}\n`, `\ndelete-all = ${NEW_TEXT}\n`));
  execFileSync('node', ['scripts/service-worker.mjs', dir], { cwd: ROOT });
  lose(dir);
  return dir;
}

function cacheNameOf(dir) {
  return readFileSync(join(dir, 'sw.js'), 'utf8').match(/const CACHE = '([^']+)'/)[1];
}

function assetsOf(dir) {
  return JSON.parse(readFileSync(join(dir, 'sw.js'), 'utf8').match(/const ASSETS = (\[.*\]);/)[1]);
}

/** The server on version 1, a browser, and a guard against any request to another host. */
async function start() {
  const server = await startHost(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  const foreign = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === server.origin || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const errors = [];
  const open = async (path) => {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(server.origin + path);
    return page;
  };
  return {
    server,
    context,
    open,
    async close() {
      await browser.close();
      await server.close();
      assert.deepEqual(foreign, [], 'requests left the origin');
      assert.deepEqual(errors, [], 'errors in the pages');
    },
  };
}

/** Waits until version 1's worker serves `page`. */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Asks the browser to look for a new version now, as it does on a navigation or once a day. */
async function lookForUpdate(page) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update().catch(() => {}));
}

test('a new version waits for the user, then takes over with every draft and the meeting intact', async () => {
  const app = await start();
  try {
    // Version 1: a plain wheel, a locked wheel, English chosen, a meeting in another tab.
    const wheel = await app.open('/');
    await controlled(wheel);
    await startWheel(wheel, app.server.origin, { name: 'Ali' });
    await wheel.locator('#segment-play').click();
    await wheel.locator('input[name=scale][value=good]').check();
    await wheel.getByText('Sparat på den här enheten.').waitFor();
    const plainDraft = new URL(wheel.url()).pathname.split('/')[2];

    await startWheel(wheel, app.server.origin, { name: 'Sara' });
    await wheel.locator('#segment-safe').click();
    await wheel.getByRole('radio', { name: 'Dåligt', exact: true }).check();
    await wheel.getByRole('textbox', { name: 'Det här är svårt', exact: true }).fill(SECRET_WORDS);
    await wheel.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
    const lockedDraft = new URL(wheel.url()).pathname.split('/')[2];
    await wheel.locator('details.passphrase-lock').getByText('Lås med lösenord').click();
    await wheel.getByLabel('Välj ett lösenord (minst 8 tecken)').fill('blå elefant');
    await wheel.getByLabel('Skriv samma lösenord en gång till').fill('blå elefant');
    await wheel.getByRole('button', { name: 'Lås hjulet' }).click();
    await wheel.getByRole('button', { name: 'Lås nu' }).waitFor();

    const meeting = await app.open('/meeting');
    const shared = join(ARTIFACTS, 'update-child.hjulet.json');
    const at = '2026-11-20T09:00:00Z';
    writeFileSync(shared, JSON.stringify({
      format: 'barnets-basta-hjulet.draft',
      schema: 1,
      draft: { id: 'd1'.repeat(16), perspective: 'child', nickname: 'Kim', age_band: '8-12', author: '', created_at: at, updated_at: at, answers: { safe: { scale: 'bad', hard: 'Bussen till skolan' } } },
    }));
    await meeting.locator('input[type=file]').setInputFiles([shared]);
    await meeting.getByText(fluentText('update-child.hjulet.json är inhämtad.')).waitFor();
    await meeting.locator('.meeting-marker').first().waitFor();

    await wheel.goto(app.server.origin + '/');
    await untilAppStartPage(wheel);
    await wheel.locator('#language').selectOption('en');
    await wheel.getByRole('button', { name: OLD_TEXT }).waitFor();
    const [oldCache] = await wheel.evaluate(() => caches.keys());

    // The host puts up version 2; a third tab opens, and the browser looks for a new version.
    await app.server.setRoot(versionTwo);
    const sinceUpdate = (await app.server.requests()).length;
    const third = await app.open('/');
    await untilAppStartPage(third);
    await lookForUpdate(third);

    // Every open tab says so, in its language, and none of them changed version by itself.
    await wheel.getByRole('status').getByText('There is a new version of the app.', { exact: false }).waitFor();
    await meeting.getByRole('status').getByText('Det finns en ny version av appen.', { exact: false }).waitFor();
    await third.getByRole('status').getByText('There is a new version of the app.', { exact: false }).waitFor();
    await wheel.screenshot({ path: join(ARTIFACTS, 'update-notice-1280x900.png') });
    assert.ok(await wheel.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null), 'version 2 waits');
    await third.reload();
    await untilAppStartPage(third);
    await third.getByRole('button', { name: OLD_TEXT }).waitFor();
    assert.equal(await third.getByRole('button', { name: NEW_TEXT }).count(), 0, 'a new tab gets version 1 whole, not its pages with version 2\'s texts');
    assert.deepEqual((await wheel.evaluate(() => caches.keys())).sort(), [oldCache, cacheNameOf(versionTwo)].sort());

    // Version 2's files came past the HTTP cache ({cache: 'reload'} sends "no-cache"), and the
    // missing locale did not stop it.
    const fetched = (await app.server.requests()).slice(sinceUpdate).filter((r) => assetsOf(versionTwo).includes(new URL(r.url, 'http://x').pathname));
    assert.ok(fetched.some((r) => r.url === '/locales/en/app.ftl'), 'version 2 fetched the changed locale');
    for (const request of fetched) assert.equal(request.headers['cache-control'], 'no-cache', request.url);
    assert.ok(fetched.some((r) => r.url === MISSING_LOCALE), 'the missing locale was asked for');

    // The user chooses it in the wheel's tab: that tab runs version 2 at once.
    await Promise.all([wheel.waitForEvent('load'), wheel.getByRole('button', { name: 'Switch to the new version' }).click()]);
    await untilAppStartPage(wheel);
    await wheel.getByRole('button', { name: NEW_TEXT }).waitFor();
    // The meeting's tab, now among version 2's files, says so until it is loaded again too. Its
    // page warns before a reload while the plan has not left as a file: the user goes on.
    meeting.on('dialog', (dialog) => dialog.accept());
    await Promise.all([meeting.waitForEvent('load'), meeting.getByRole('button', { name: 'Byt till den nya versionen' }).click()]);
    await meeting.locator('.meeting-marker').first().waitFor();
    assert.deepEqual(await meeting.evaluate(() => Object.keys(sessionStorage)), ['barnets-basta-hjulet/meeting']);
    assert.ok(await meeting.evaluate((name) => navigator.serviceWorker.controller !== null && caches.has(name), cacheNameOf(versionTwo)));

    // Offline, version 2 serves both drafts.
    await app.context.setOffline(true);
    await wheel.reload();
    await untilAppStartPage(wheel);
    await wheel.getByRole('button', { name: NEW_TEXT }).waitFor();
    assert.deepEqual(await wheel.evaluate(() => caches.keys()), [cacheNameOf(versionTwo)]);
    await wheel.goto(`${app.server.origin}/wheel/${plainDraft}`);
    await wheel.locator('#segment-play[data-answer=good]').waitFor();
    await wheel.goto(`${app.server.origin}/wheel/${lockedDraft}`);
    await wheel.getByRole('heading', { level: 1, name: 'The wheel is locked' }).waitFor();
    await wheel.getByLabel('Password', { exact: true }).fill('blå elefant');
    await wheel.getByRole('button', { name: 'Open', exact: true }).click();
    await wheel.locator('#segment-safe').click();
    assert.equal(await wheel.locator('#words-hard').inputValue(), SECRET_WORDS);
    await app.context.setOffline(false);
  } finally {
    await app.close();
  }
});

test('a version that lacks an essential file does not install, and the version in use goes on', async () => {
  const app = await start();
  try {
    const page = await app.open('/');
    await controlled(page);
    await untilAppStartPage(page);
    await page.locator('#language').selectOption('en');
    await page.getByRole('button', { name: OLD_TEXT }).waitFor();
    const before = await page.evaluate(() => caches.keys());

    await app.server.setRoot(versionBroken);
    const outcome = await page.evaluate(
      () =>
        new Promise((done) =>
          navigator.serviceWorker.getRegistration().then((registration) => {
            registration.addEventListener('updatefound', () => {
              const worker = registration.installing;
              worker.addEventListener('statechange', () => {
                if (worker.state === 'redundant' || worker.state === 'installed') done(worker.state);
              });
            });
            registration.update().catch(() => {});
          }),
        ),
    );
    assert.equal(outcome, 'redundant');
    assert.deepEqual(await page.evaluate(() => caches.keys()), before, 'nothing of the broken version is kept');
    assert.equal(await page.locator('.update-notice.notice').count(), 0, 'no notice for a version that is not there');

    // Version 1 goes on, also offline.
    await app.context.setOffline(true);
    await page.reload();
    await untilAppStartPage(page);
    await page.getByRole('button', { name: OLD_TEXT }).waitFor();
    await app.context.setOffline(false);
  } finally {
    await app.close();
  }
});
