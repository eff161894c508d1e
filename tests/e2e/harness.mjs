// Shared set-up for the end-to-end tests: Debian's Chromium through playwright-core, the release
// build served on 127.0.0.1 (by the node server, or by nginx or Caddy with the configs in deploy/:
// HJULET_HOST, see hosts.mjs), and a guard that fails any test whose page asks another host.
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startHost } from './hosts.mjs';

export { HOST, startHost } from './hosts.mjs';

export const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium's fake microphone (a beeping tone) and a permission prompt that always says yes: for
 * recording a voice note without a real device or a person to answer the prompt.
 */
export const FAKE_MICROPHONE = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

/** A host name that the browser resolves to this machine: another site, for tests of leaving. */
export const OTHER_SITE_HOST = 'othersite.test';

/**
 * Starts the server and the browser once per test file. `backForwardCache`: Playwright starts
 * Chromium with the back-forward cache off; tests of what Back brings back turn it on. `args`:
 * more Chromium flags, e.g. FAKE_MICROPHONE.
 */
export async function startApp({ backForwardCache = false, args = [] } = {}) {
  const server = await startHost();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_FLAGS, `--host-resolver-rules=MAP ${OTHER_SITE_HOST} 127.0.0.1`, ...args],
    ignoreDefaultArgs: backForwardCache ? ['--disable-back-forward-cache'] : [],
  });
  const otherSite = server.origin.replace('127.0.0.1', OTHER_SITE_HOST);
  // Every request to another host, from any page of the file: close() fails the file on any.
  const everyForeign = [];
  return {
    origin: server.origin,
    /** Another site (another origin on the same server), to leave the app for. */
    otherSite,
    /** A fresh context (empty storage) and page; `foreign` collects requests to other hosts. */
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', ...options });
      const page = await context.newPage();
      const foreign = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        const origin = new URL(url).origin;
        if (origin === server.origin || origin === otherSite || url.startsWith('data:') || url.startsWith('blob:')) {
          return route.continue();
        }
        foreign.push(url);
        everyForeign.push(url);
        return route.abort();
      });
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      return { context, page, foreign, errors };
    },
    async close() {
      await browser.close();
      await server.close();
      if (everyForeign.length > 0) {
        throw new Error(`requests left the app's origin: ${everyForeign.join(', ')}`);
      }
    },
  };
}

/** A shared file as the app writes it (nickname Sara, 8–12 years), in ARTIFACTS. */
export function sharedFile(name, { id, perspective, author = '', answers }) {
  const path = join(ARTIFACTS, name);
  const at = '2026-11-20T09:00:00Z';
  const draft = { id, perspective, nickname: 'Sara', age_band: '8-12', author, created_at: at, updated_at: at, answers };
  writeFileSync(path, JSON.stringify({ format: 'barnets-basta-hjulet.draft', schema: 1, draft }));
  return path;
}

/**
 * Matches a text built by Fluent in the UI, where placeables are wrapped in Unicode isolation
 * marks (U+2068 … U+2069) so that mixed-direction text reads right.
 */
export function fluentText(text, { exact = true } = {}) {
  const marks = '[\\u2068\\u2069]*';
  // A phone number on a button keeps its spaces and hyphens from breaking (U+00A0, U+2011): the
  // same glyphs to the eye, so the same here.
  const glyph = (c) => ({ ' ': '[ \\u00a0]', '-': '[-\\u2011]' })[c] ?? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = [...text].map(glyph).join(marks);
  return new RegExp(exact ? `^${marks}${body}${marks}$` : body);
}

/** The keys of the drafts the app keeps in localStorage. */
export async function draftKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('barnets-basta-hjulet/draft/')));
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
export async function tabTo(page, selector, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Records, in the tab's sessionStorage, each path the tab showed again from the back-forward
 * cache (a `pageshow` with `persisted`), so a test can assert that Back really used the cache.
 * Call before the first navigation.
 */
export async function recordBackForwardCache(page) {
  await page.addInitScript(() => {
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) {
        const shown = JSON.parse(sessionStorage.getItem('e2e-from-cache') ?? '[]');
        sessionStorage.setItem('e2e-from-cache', JSON.stringify([...shown, location.pathname]));
      }
    });
  });
}

/** The paths the tab showed again from the back-forward cache (see recordBackForwardCache). */
export async function shownFromCache(page) {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('e2e-from-cache') ?? '[]'));
}

/** The text of a download. */
export async function downloadText(download) {
  const chunks = await (await download.createReadStream()).toArray();
  return Buffer.concat(chunks).toString('utf8');
}

/** Fills this origin's localStorage to its quota, so the app's next save is refused. */
export async function fillStorage(page, area = 'localStorage') {
  await page.evaluate((area) => {
    const storage = window[area];
    let size = 1 << 20;
    for (let i = 0; size >= 1; i++) {
      try {
        storage.setItem(`filler-${i}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  }, area);
}

/**
 * Waits until the service worker serves the page. On a first visit it takes over the open pages
 * once installed (clients.claim), and a page in the back-forward cache at that moment is dropped
 * from it: tests of Back wait for this first, as a returning user's browser already has.
 */
export async function untilServedOffline(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The child's age on the start page's links, by the key its path carries (/new/:who/:age). */
const AGES = { young: '4–7 år', middle: '8–12 år', teen: '13–17 år' };

/**
 * Starts a new wheel the way a user does, in Swedish: opens the start page, follows the link for
 * who answers (`child`, or `guardian` about the child) and the child's age (`young`, `middle`,
 * `teen`), writes the name(s) asked there (left empty when not given: none is required) and
 * starts it. Ends on the new wheel's page.
 */
export async function startWheel(page, origin, { name, who = 'child', age = 'middle', author } = {}) {
  await page.goto(origin + '/');
  const link = `${who === 'guardian' ? 'Barnet' : 'Jag'} är ${AGES[age]}`;
  await page.getByRole('link', { name: fluentText(link) }).click();
  await page.waitForURL(`${origin}/new/${who}/${age}`);
  const form = page.locator('form.new-draft');
  if (who === 'guardian') {
    if (name !== undefined) await form.getByLabel('Barnets namn').fill(name);
    if (author !== undefined) await form.getByLabel('Vem är du?').fill(author);
    await form.getByRole('button', { name: 'Börja svara om barnet' }).click();
  } else {
    if (name !== undefined) await form.getByLabel('Vad vill du kallas?').fill(name);
    await form.getByRole('button', { name: 'Starta mitt hjul' }).click();
  }
  await page.waitForURL(/\/wheel\/[0-9a-f]+$/);
  await page.locator('#segment-safe').waitFor();
}

/**
 * Waits until the app's own start page has taken the place of the one the build rendered (which
 * works before the app arrives, but has nothing that needs the app, such as "Radera allt").
 */
export async function untilAppStartPage(page) {
  // The app comes to the start page at the first sign of use (scripts/defer-app.mjs): a key.
  await page.locator('#static-start, main .start-page .delete-everything').first().waitFor();
  if (await page.locator('#static-start').count()) await page.keyboard.press('Shift');
  await page.locator('main .start-page .delete-everything').waitFor();
}

/** A new child's wheel named Sara with `words` as what is hard in Trygghet; ends on the wheel page. */
export async function childWheelWithWords(page, origin, words) {
  await startWheel(page, origin, { name: 'Sara' });
  await page.locator('#segment-safe').click();
  await page.getByRole('radio', { name: 'Dåligt', exact: true }).check();
  await page.getByRole('textbox', { name: 'Det här är svårt', exact: true }).fill(words);
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
}

/**
 * Records what the app copies to the clipboard (window.copied), on its way to the real clipboard,
 * so a test sees what left without reading the clipboard (which the host's policy forbids).
 * Call before the first navigation.
 */
export async function recordCopies(page) {
  await page.context().grantPermissions(['clipboard-write']);
  await page.addInitScript(() => {
    window.copied = [];
    const writeText = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => {
      window.copied.push(text);
      return writeText(text);
    };
  });
}

/** The last text the app copied (see recordCopies). */
export async function lastCopied(page) {
  return page.evaluate(() => window.copied.at(-1));
}

/** Draws one line through `points` (fractions of the surface) with the mouse's pointer events. */
export async function drawLine(page, points) {
  const surface = page.locator('.drawing-surface');
  await surface.scrollIntoViewIfNeeded();
  const box = await surface.boundingBox();
  const at = ([x, y]) => [box.x + x * box.width, box.y + y * box.height];
  const before = Number(await surface.getAttribute('data-strokes'));
  await page.mouse.move(...at(points[0]));
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...at(point), { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(
    (count) => Number(document.querySelector('.drawing-surface')?.dataset.strokes) === count,
    before + 1,
  );
}

/**
 * Waits until `predicate(arg)`, run in the page, gives true; the predicate may be async (reading
 * IndexedDB is). Playwright's `waitForFunction` does not wait for a returned Promise: it takes the
 * Promise itself as the truthy answer, so an async check there passes at once and can never fail.
 * Checks once per frame; fails after `timeout` ms.
 */
export async function untilInPage(page, predicate, arg, { timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(predicate, arg))) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeout} ms: ${predicate}`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  }
}

/**
 * The fields of every record in the app's IndexedDB, each as "name,name" in order: "bytes,mime"
 * is readable, "iv,salt,sealed" sealed. None when there is no database.
 */
export async function mediaRecordFields(page) {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'barnets-basta-hjulet')) return [];
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('barnets-basta-hjulet');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const values = await new Promise((resolve, reject) => {
      const request = db.transaction('media').objectStore('media').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return values.map((value) => Object.keys(value).sort().join(','));
  });
}

/** Waits until `wanted(mediaRecordFields(page))` is true; fails after `timeout` ms. */
export async function untilMedia(page, wanted, { timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout;
  while (!wanted(await mediaRecordFields(page))) {
    if (Date.now() > deadline) throw new Error(`the media store never became ${wanted}`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  }
}

/** Records on the area page until the page shows at least one second, then stops. */
export async function recordASecond(page) {
  await page.getByRole('button', { name: 'Spela in', exact: true }).press('Enter');
  const stop = page.getByRole('button', { name: 'Stoppa', exact: true });
  await stop.waitFor();
  // The page moves the keyboard to where the user goes on: the stop button.
  await page.waitForFunction(() => document.activeElement?.id === 'voice-stop');
  await page.getByRole('status').getByText('Nu spelas det in.').waitFor();
  // The seconds so far and the limit, until the page shows one second recorded.
  await page.getByRole('timer').waitFor();
  await page.waitForFunction(() => {
    const text = document.querySelector('[role=timer]')?.textContent.replace(/[\u2068\u2069]/g, '').trim() ?? '';
    const shown = text.match(/^(\d+) av 60 sekunder$/);
    return shown !== null && Number(shown[1]) >= 1;
  });
  await page.keyboard.press('Enter');
}

/** Plays the audio element `selector` until it has played a little of the recording. */
export async function playsBack(page, selector) {
  await page.waitForFunction((selector) => {
    const audio = document.querySelector(selector);
    return audio !== null && audio.readyState >= 1 && audio.duration > 0 && audio.error === null;
  }, selector);
  await page.evaluate((selector) => document.querySelector(selector).play(), selector);
  await page.waitForFunction((selector) => document.querySelector(selector).currentTime > 0, selector);
  await page.evaluate((selector) => document.querySelector(selector).pause(), selector);
}

/**
 * Clicks `locator` on `page` where the click closes that very page (a window that closes itself):
 * the click may not live to see its own end, which is what the test waits for.
 */
export async function clickToClose(page, locator) {
  const closed = page.waitForEvent('close');
  await locator.click().catch((error) => {
    if (!page.isClosed()) throw error;
  });
  await closed;
}
