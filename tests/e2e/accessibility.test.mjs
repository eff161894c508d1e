// Everyone can use it: axe-core finds no WCAG 2.2 A/AA violation on any route, in any language, on
// a phone and on a laptop; nothing scrolls sideways at 320 CSS px (400 % zoom); every control is
// a touch target of at least 44 × 44 px; the share screen works by keyboard alone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { startApp, startWheel, tabTo, untilAppStartPage } from './harness.mjs';

const LANGUAGES = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'uk', 'fi'];
const WIDTHS = [360, 1280];

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/**
 * Visits every route, in the language chosen on the start page, setting up a wheel with an answer
 * and some words on the way; `check` runs on each. A new wheel's page is visited as a child (4–7)
 * and as a guardian (8–12) would come to it, by the start page's link; the wheel is a child's
 * (8–12).
 */
async function everyRoute(page, check) {
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  // On a phone the language is in the header's menu: there, not necessarily shown.
  await page.locator('#language').waitFor({ state: 'attached' });
  await check('start');
  // Each by its link on the app's own start page, the page checked above.
  for (const [path, route] of [['/new/child/young', 'new child 4–7'], ['/new/guardian/middle', 'new guardian 8–12']]) {
    await page.goto(app.origin + '/');
    await untilAppStartPage(page);
    await page.locator(`main a[href="${path}"]`).click();
    await page.waitForURL(app.origin + path);
    await page.locator('form.new-draft button[type=submit]').waitFor();
    await check(route);
  }
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.locator('main a[href="/new/child/middle"]').click();
  await page.locator('form.new-draft button[type=submit]').click();
  await page.locator('#segment-safe').waitFor();
  await check('wheel');
  await page.locator('#segment-safe').click();
  await page.locator('input[name=scale][value=good]').check();
  await page.locator('#words-good').fill('Mormor');
  await check('area');
  const draft = new URL(page.url()).pathname.split('/')[2];
  await page.goto(`${app.origin}/share/${draft}`);
  await page.locator('.share-area').waitFor();
  await check('share');
  await page.goto(`${app.origin}/meeting`);
  await page.locator('.plan-page > h1').waitFor();
  await check('meeting');
  await page.goto(`${app.origin}/classroom`);
  await page.locator('.choosing-wheel [data-area=safe]').click();
  await page.locator('.classroom-prompts li').first().waitFor();
  await check('classroom');
}

for (const code of LANGUAGES) {
  for (const width of WIDTHS) {
    test(`no axe violations in ${code} at ${width} px`, async () => {
      // axe is injected as a script, which the app's Content-Security-Policy rightly refuses.
      const { context, page } = await app.newPage({ viewport: { width, height: 800 }, bypassCSP: true });
      await page.goto(app.origin + '/');
      await untilAppStartPage(page);
      const found = [];
      // On a phone the language is chosen in the header's menu, checked open too.
      const menu = page.locator('#header-menu-button');
      if (await menu.isVisible()) await menu.click();
      await page.locator('#language').selectOption(code);
      await page.waitForSelector(`html[lang="${code}"]`);
      if (await menu.isVisible()) {
        for (const violation of await axeViolations(page)) found.push(`header menu open: ${violation}`);
        await page.keyboard.press('Escape');
      }
      await everyRoute(page, async (route) => {
        for (const violation of await axeViolations(page)) found.push(`${route}: ${violation}`);
      });
      assert.deepEqual(found, []);
      await context.close();
    });
  }
}

test('at 320 CSS px (400 % zoom) nothing scrolls sideways and every control is big enough to tap', async () => {
  const { context, page } = await app.newPage({ viewport: { width: 320, height: 640 }, bypassCSP: true });
  const problems = [];
  await everyRoute(page, async (route) => {
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (wide > 0) problems.push(`${route}: ${wide} px of sideways scroll`);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, a.button, select, label.choice, input[type=text], textarea, .segment')]
        .filter((e) => e.offsetParent !== null || e instanceof SVGElement)
        .map((e) => ({ e, box: e.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
        .map(({ e, box }) => `${e.tagName.toLowerCase()}.${e.className?.baseVal ?? e.className} ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    problems.push(...small.map((s) => `${route}: small target ${s}`));
  });
  assert.deepEqual(problems, []);
  await context.close();
});

test('every pictogram on every route is drawn from a symbol in the page, at a size a child can see', async () => {
  const { context, page } = await app.newPage({ viewport: { width: 360, height: 800 } });
  const problems = [];
  let drawn = 0;
  await everyRoute(page, async (route) => {
    const found = await page.evaluate(() =>
      [...document.querySelectorAll('main use, header use')].map((use) => {
        const href = use.getAttribute('href');
        // A pictogram beside text is its own <svg>; in a wheel, the <use> is the picture.
        const picture = use.parentElement.matches('svg.pictogram') ? use.parentElement : use;
        const box = picture.getBoundingClientRect();
        const shown = use.closest('svg').checkVisibility();
        return { href, shown, symbol: document.querySelector(href)?.tagName ?? null, width: box.width, height: box.height };
      }),
    );
    drawn += found.length;
    for (const { href, shown, symbol, width, height } of found) {
      if (symbol !== 'symbol') problems.push(`${route}: ${href} is not in the sprite`);
      else if (shown && (width < 16 || height < 16)) problems.push(`${route}: ${href} drawn ${width}×${height}`);
    }
  });
  assert.deepEqual(problems, []);
  assert.ok(drawn > 60, `pictograms were found on the routes (${drawn})`);
  await context.close();
});

test('the share screen works with the keyboard alone', async () => {
  const { context, page } = await app.newPage();
  await startWheel(page, app.origin);
  await page.locator('#segment-voice').click();
  await page.locator('input[name=scale][value=dont-know]').check();
  await page.locator('.area-nav a:not([rel])').click();
  await tabTo(page, 'a[href^="/share/"]');
  await page.keyboard.press('Enter');
  await page.locator('.share-area').waitFor();
  await tabTo(page, '.share-area input[role=switch]');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('.share-area.private').count(), 1, 'Space keeps the area private');
  await page.keyboard.press('Space');
  await tabTo(page, '.confirm-check input');
  await page.keyboard.press('Space');
  await tabTo(page, '.share-buttons .button.primary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /\.hjulet\.json$/);
  await context.close();
});

test('on a slow connection each page shows the wheel turning, without words, until the app is there', async () => {
  // Blocked, so that the wasm is fetched from the network, where the test holds it back.
  const { context, page } = await app.newPage({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  // The start page (/) is there before the app instead (static_start.test.mjs); every other page
  // of the child's, such as a new wheel's, waits for the app.
  for (const [path, ready] of [['/new/child/middle', 'form.new-draft button[type=submit]'], ['/meeting', '.plan-page > h1']]) {
    let arrive;
    const wasmArrives = new Promise((resolve) => (arrive = resolve));
    await page.route('**/*_bg.wasm', async (route) => {
      await wasmArrives;
      await route.continue();
    });
    await page.goto(app.origin + path, { waitUntil: 'domcontentloaded' });
    const starting = page.locator('#starting');
    assert.ok(await starting.locator('svg').isVisible(), `${path}: the wheel shows while the app loads`);
    assert.equal(await starting.getAttribute('aria-hidden'), 'true', `${path}: screen readers skip it`);
    assert.equal(await starting.innerText(), '', `${path}: no words in a language not yet known`);
    arrive();
    await page.locator(ready).waitFor();
    assert.equal(await starting.count(), 0, `${path}: gone once the app is there`);
    await page.unroute('**/*_bg.wasm');
  }
  await context.close();
});
