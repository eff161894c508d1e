// The first screen before the app (#18): the start page is static HTML rendered by the build in
// every language; the wasm comes after it. Each test holds the wasm request back, so what it
// sees is what a family on a slow connection sees before the app has arrived.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startApp, ARTIFACTS, fluentText, untilAppStartPage } from './harness.mjs';
import { axeViolations } from './axe.mjs';

const LANGUAGES = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'uk', 'fi'];

let app;
/**
 * A page with the service worker kept out: once it controls the page, the app would come from
 * its cache, past the hold these tests put on the app. The first test is about the worker.
 */
const newPage = (options = {}) => app.newPage({ serviceWorkers: 'block', ...options });
before(async () => {
  app = await startApp();
});
after(async () => {
  await app.close();
});

/**
 * Holds every request the page makes for the app's wasm until `release()`; `asked` resolves
 * with the time (this machine's clock) the first one came. (The service worker's own fetches,
 * for the offline copy, are not the page's and pass.)
 */
async function holdTheApp(page) {
  let release, wasAsked;
  let askedYet = false;
  const released = new Promise((resolve) => (release = resolve));
  const asked = new Promise((resolve) => (wasAsked = resolve));
  await page.route('**/*.wasm', async (route) => {
    // The service worker's fetch for the offline copy is not the page asking for the app.
    if (route.request().serviceWorker()) return route.continue();
    askedYet = true;
    wasAsked(Date.now());
    await released;
    await route.continue();
  });
  return { asked, askedYet: () => askedYet, release: () => release() };
}

/**
 * A device with these wheels, as the app leaves it: each wheel's draft (an open one as the app
 * saves it; a locked one as a locked envelope's first fields) and the index
 * (src/domain/format/wheel_index.rs). `drafts` overrides what lies under a wheel's key
 * (`null`: nothing).
 */
function seedDevice(page, wheels, drafts = {}) {
  return page.addInitScript(
    ({ wheels, drafts }) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      for (const wheel of wheels) {
        const key = `barnets-basta-hjulet/draft/${wheel.id}`;
        const draft = wheel.locked
          ? { format: 'barnets-basta-hjulet.locked', version: 1 }
          : {
              format: 'barnets-basta-hjulet.draft',
              schema: 1,
              draft: { id: wheel.id, perspective: 'child', nickname: wheel.name, age_band: '8-12', created_at: wheel.changed, updated_at: wheel.changed, answers: {} },
            };
        const text = wheel.id in drafts ? drafts[wheel.id] : JSON.stringify(draft);
        if (text !== null) localStorage.setItem(key, text);
      }
      localStorage.setItem(
        'barnets-basta-hjulet/index',
        JSON.stringify({ format: 'barnets-basta-hjulet.wheel-index', schema: 1, wheels }),
      );
    },
    { wheels, drafts },
  );
}

test('the start page is complete in Swedish before the app, and asks for the app only after it', async () => {
  const { context, page, errors } = await app.newPage();
  let askedYet = false;
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm') && !request.serviceWorker()) askedYet = true;
  });
  await page.goto(app.origin + '/');
  await page.getByRole('heading', { level: 1, name: 'Barnets bästa-hjulet' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
  // Every way to start a wheel is a link a tap follows, with its words.
  for (const name of ['Jag är 4–7 år', 'Jag är 8–12 år', 'Jag är 13–17 år', 'Barnet är 4–7 år', 'Barnet är 13–17 år']) {
    assert.ok(await page.getByRole('link', { name: fluentText(name) }).isVisible(), name);
  }
  assert.ok(await page.getByRole('link', { name: 'Gör ett utkast till Barnets plan' }).isVisible());
  // No name field on it: no name can go into an address.
  assert.equal(await page.locator('#static-start input').count(), 0);
  assert.equal(await page.locator('link[rel=preload], link[rel=modulepreload]').count(), 0);
  // Once the page has loaded, it keeps the app for offline use (the service worker)…
  await page.evaluate(() => navigator.serviceWorker.ready);
  // …but while nobody acts the page itself does not fetch the app, which would only paint the
  // same page again.
  assert.equal(askedYet, false, 'the app is fetched at a first sign of use, not before');
  // A key, a touch or a focus is the sign that someone is about to use it.
  await page.keyboard.press('Tab');
  await page.locator('main .start-page .delete-everything').waitFor();
  assert.ok(askedYet);
  assert.equal(errors.length, 0, errors.join('\n'));
  await context.close();
});

test('a device set to read pages aloud gets the app at once, since only the app reads aloud', async () => {
  const { context, page } = await newPage();
  await page.addInitScript(() => localStorage.setItem('barnets-basta-hjulet/settings', JSON.stringify({ auto_read: true })));
  await page.goto(app.origin + '/');
  await page.locator('main .start-page .delete-everything').waitFor();
  assert.equal(await page.locator('#static-start').count(), 0);
  await context.close();
});

test('without script the Swedish page shows, its help opens and its links lead where they say', async () => {
  const { context, page } = await newPage({ javaScriptEnabled: false, locale: 'ar' });
  await page.goto(app.origin + '/');
  await page.getByRole('heading', { level: 1, name: 'Barnets bästa-hjulet' }).waitFor();
  assert.ok(await page.getByRole('link', { name: fluentText('Jag är 8–12 år') }).isVisible());
  assert.equal(await page.getByRole('link', { name: fluentText('Jag är 8–12 år') }).getAttribute('href'), '/new/child/middle');
  await page.getByText('Behöver du hjälp nu?').click();
  assert.equal(await page.getByRole('link', { name: fluentText('Ring BRIS 116 111') }).getAttribute('href'), 'tel:116111');
  await context.close();
});

test('help works before the app: the numbers and their tel: links, for children and adults', async () => {
  const { context, page } = await newPage();
  await holdTheApp(page);
  await page.goto(app.origin + '/');
  await page.getByText('Behöver du hjälp nu?').click();
  const bris = page.getByRole('link', { name: fluentText('Ring BRIS 116 111') });
  await bris.waitFor();
  assert.equal(await bris.getAttribute('href'), 'tel:116111');
  assert.equal(await page.getByRole('link', { name: fluentText('Ring 112') }).first().getAttribute('href'), 'tel:112');
  assert.ok(await page.getByRole('heading', { name: 'För vuxna' }).isVisible());
  await context.close();
});

test("the browser's language shows at once, Arabic right to left, and a language link changes it and is kept", async () => {
  const { context, page } = await newPage({ locale: 'ar', viewport: { width: 360, height: 740 } });
  await holdTheApp(page);
  await page.goto(app.origin + '/');
  const root = page.locator('html');
  await page.locator('#static-start h1').waitFor();
  assert.equal(await root.getAttribute('lang'), 'ar');
  assert.equal(await root.getAttribute('dir'), 'rtl');
  assert.equal(await page.title(), 'عجلة مصلحة الطفل الفضلى');
  assert.ok(await page.getByRole('link', { name: fluentText('عمري من 8 إلى 12 سنة') }).isVisible());
  await page.screenshot({ path: join(ARTIFACTS, 'static-start-ar-360.png'), fullPage: true });
  // Choosing Suomi (in the header's menu on a phone): the page is Finnish at once, left to
  // right, and the choice is kept.
  await page.locator('.header-menu > summary').click();
  await page.locator('.language-links summary').click();
  await page.getByRole('link', { name: 'Suomi' }).click();
  assert.equal(await root.getAttribute('lang'), 'fi');
  assert.equal(await root.getAttribute('dir'), 'ltr');
  assert.ok(await page.getByRole('link', { name: fluentText('Ikäni: 8–12 vuotta') }).isVisible());
  assert.equal(page.url(), app.origin + '/');
  await page.reload();
  await page.locator('#static-start h1').waitFor();
  assert.equal(await root.getAttribute('lang'), 'fi');
  await context.close();
});

test('saved wheels are listed from the index before the app, a locked one without its name', async () => {
  const { context, page } = await newPage();
  await holdTheApp(page);
  const now = new Date().toISOString();
  await seedDevice(page, [
    { id: 'aaaaaaaaaaaaaaaa', name: '<b>Sara</b>', answered: 3, areas: 7, changed: now },
    { id: 'bbbbbbbbbbbbbbbb', locked: true, changed: now },
    { id: '../../evil', name: 'Not a wheel', answered: 1, areas: 7, changed: now },
  ]);
  await page.goto(app.origin + '/');
  const list = page.locator('#static-start .saved-drafts');
  await list.getByRole('heading', { name: 'Fortsätt där du var' }).waitFor();
  const rows = list.locator('li');
  assert.equal(await rows.count(), 2);
  // A name is text, never markup.
  assert.equal(await rows.nth(0).locator('strong').textContent(), '<b>Sara</b>');
  const said = rows.nth(0).locator('.saved-draft-text span');
  assert.match(await said.nth(0).textContent(), fluentText('Ändrat i dag'));
  assert.match(await said.nth(1).textContent(), fluentText('3 av 7 områden klara'));
  const go = rows.nth(0).getByRole('link');
  assert.equal(await go.getAttribute('href'), '/wheel/aaaaaaaaaaaaaaaa');
  assert.ok(fluentText('Fortsätt med <b>Sara</b>').test(await go.textContent()));
  assert.equal(await rows.nth(1).locator('strong').textContent(), 'Låst hjul');
  assert.equal(await rows.nth(1).getByRole('link').getAttribute('href'), '/wheel/bbbbbbbbbbbbbbbb');
  await context.close();
});

test('an index a moment behind the device never shows a deleted wheel, nor the name of one locked since', async () => {
  const { context, page } = await newPage();
  await holdTheApp(page);
  const now = new Date().toISOString();
  const lockedSince = JSON.stringify({ format: 'barnets-basta-hjulet.locked', version: 1, cipher: 'AES-GCM' });
  await seedDevice(
    page,
    [
      { id: 'cccccccccccccccc', name: 'Kim', answered: 2, areas: 7, changed: now },
      { id: 'dddddddddddddddd', name: 'Alva', answered: 2, areas: 7, changed: now },
      { id: 'eeeeeeeeeeeeeeee', name: 'Noa', answered: 2, areas: 7, changed: now },
    ],
    { cccccccccccccccc: lockedSince, dddddddddddddddd: null },
  );
  await page.goto(app.origin + '/');
  const rows = page.locator('#static-start .saved-drafts li');
  await rows.first().waitFor();
  assert.deepEqual(await rows.locator('strong').allTextContents(), ['Låst hjul', 'Noa']);
  assert.equal(await page.getByText('Kim').count(), 0);
  assert.equal(await page.getByText('Alva').count(), 0);
  await context.close();
});

test('a start link tapped before the app has arrived leads into the app once it arrives', async () => {
  const { context, page, errors } = await newPage();
  const held = await holdTheApp(page);
  await page.goto(app.origin + '/');
  await page.getByRole('link', { name: fluentText('Jag är 4–7 år') }).click();
  await page.waitForURL(app.origin + '/new/child/young');
  // Nothing of the start page shows there; the turning wheel waits for the app.
  assert.equal(await page.locator('#static-start').isVisible(), false);
  held.release();
  await page.getByLabel('Vad vill du kallas?').fill('Mio');
  await page.getByRole('button', { name: 'Starta mitt hjul' }).click();
  await page.locator('#segment-safe').waitFor();
  assert.match(page.url(), /\/wheel\/[0-9a-f]+$/);
  assert.equal(errors.length, 0, errors.join('\n'));
  await context.close();
});

test("when the app arrives it takes the static page's place: one page, and the keyboard stays on its link", async () => {
  const { context, page, errors } = await newPage();
  const held = await holdTheApp(page);
  await page.goto(app.origin + '/');
  await page.getByRole('link', { name: fluentText('Jag är 8–12 år') }).focus();
  held.release();
  // The app's own start page: its language <select> and "Radera allt" exist only in the app.
  await page.locator('select#language').waitFor();
  await page.getByRole('heading', { name: 'Radera allt' }).waitFor();
  assert.equal(await page.locator('#static-start').count(), 0);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('header.app-header').count(), 1);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '/new/child/middle');
  assert.equal(errors.length, 0, errors.join('\n'));
  await context.close();
});

test('a start link tapped after the app has started but before its language has arrived still leads there', async () => {
  const { context, page, errors } = await newPage({ locale: 'fi' });
  let release, asked;
  const released = new Promise((resolve) => (release = resolve));
  const languageAsked = new Promise((resolve) => (asked = resolve));
  await page.route('**/locales/fi/*.ftl', async (route) => {
    asked();
    await released;
    await route.continue();
  });
  await page.goto(app.origin + '/');
  await page.keyboard.press('Shift');
  await languageAsked;
  // The app's code is running (its router listens for clicks), its page not yet there.
  await page.waitForFunction(() => window.wasmBindings !== undefined);
  await page.getByRole('link', { name: fluentText('Ikäni: 4–7 vuotta') }).click();
  await page.waitForURL(app.origin + '/new/child/young');
  release();
  await page.locator('#new-nickname').waitFor();
  assert.equal(new URL(page.url()).pathname, '/new/child/young');
  assert.equal(errors.length, 0, errors.join('\n'));
  await context.close();
});

test('"Radera allt" in another tab empties the static page\'s list at once: no name stays on screen', async () => {
  const { context, page } = await newPage();
  await holdTheApp(page);
  await seedDevice(page, [{ id: 'aaaaaaaaaaaaaaaa', name: 'Sara', answered: 1, areas: 7, changed: new Date().toISOString() }]);
  await page.goto(app.origin + '/');
  const list = page.locator('#static-start .saved-drafts');
  await list.getByText('Sara', { exact: true }).waitFor();
  const other = await context.newPage();
  await other.goto(app.origin + '/');
  await untilAppStartPage(other);
  await other.getByRole('button', { name: 'Radera allt på den här enheten' }).click();
  await other.getByRole('button', { name: 'Ja, radera allt' }).click();
  await other.getByText('Allt är raderat från den här enheten.').waitFor();
  await list.waitFor({ state: 'hidden' });
  assert.equal(await page.getByText('Sara').count(), 0);
  await context.close();
});

test('"Lämna snabbt" before the app leaves at once for the neutral page, in place of the start page', async () => {
  const { context, page } = await newPage();
  await holdTheApp(page);
  await page.goto(app.origin + '/neutral.html');
  await page.goto(app.origin + '/');
  await page.getByRole('link', { name: 'Lämna snabbt' }).click();
  await page.waitForURL(app.origin + '/neutral.html');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('barnets-basta-hjulet/left')), '1');
  // The start page is not in the history: Back goes to what was before it.
  await page.goBack();
  assert.equal(page.url(), app.origin + '/neutral.html');
  assert.equal(await page.evaluate(() => history.length), 3, 'about:blank, the page before, the neutral page');
  await context.close();
});

test('with storage switched off the static page still shows, its language links and start links work', async () => {
  const { context, page, errors } = await newPage();
  await holdTheApp(page);
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The storage is switched off', 'SecurityError');
        },
      });
    }
  });
  await page.goto(app.origin + '/');
  await page.locator('#static-start .language-links > summary').click();
  await page.getByRole('link', { name: 'English' }).click();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('link', { name: fluentText('I am 8–12 years') }).click();
  await page.waitForURL(app.origin + '/new/child/middle');
  assert.equal(errors.length, 0, errors.join('\n'));
  await context.close();
});

test('on a phone the help opens whole on the screen, before the app and in it', async () => {
  const { context, page } = await newPage({ viewport: { width: 360, height: 740 } });
  const held = await holdTheApp(page);
  await page.goto(app.origin + '/');
  const within = async (panel) => {
    const box = await panel.boundingBox();
    return box.x >= 0 && box.x + box.width <= 360 ? 'on screen' : `from ${Math.round(box.x)} to ${Math.round(box.x + box.width)}`;
  };
  await page.locator('#static-start .help-now > summary').click();
  assert.equal(await within(page.locator('#static-start .help-panel')), 'on screen');
  held.release();
  await page.locator('select#language').waitFor({ state: 'attached' });
  await page.locator('.help-button').click();
  assert.equal(await within(page.locator('.help-panel')), 'on screen');
  await context.close();
});

for (const code of LANGUAGES) {
  test(`the static start page in ${code}: no axe violations with help and languages open, nothing sideways at 320 px, every control big enough`, async () => {
    const { context, page } = await newPage({ locale: code, viewport: { width: 320, height: 640 }, bypassCSP: true });
    await holdTheApp(page);
    await seedDevice(page, [{ id: 'aaaaaaaaaaaaaaaa', name: 'Sara', answered: 1, areas: 7, changed: new Date().toISOString() }]);
    await page.goto(app.origin + '/');
    await page.locator('#static-start .saved-drafts li').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), code);
    const problems = [...(await axeViolations(page))];
    // On a phone the languages are in the header's menu.
    for (const panels of [['.help-now'], ['.header-menu', '.language-links']]) {
      for (const panel of panels) await page.locator(`#static-start ${panel} > summary`).click();
      problems.push(...(await axeViolations(page)).map((v) => `${panels.join(' ')} open: ${v}`));
      await page.locator(`#static-start ${panels[0]} > summary`).click();
    }
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (wide > 0) problems.push(`${wide} px of sideways scroll`);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('#static-start a.button, #static-start summary')]
        .map((e) => ({ e, box: e.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
        .map(({ e, box }) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    problems.push(...small.map((s) => `small target ${s}`));
    assert.deepEqual(problems, []);
    await context.close();
  });
}
