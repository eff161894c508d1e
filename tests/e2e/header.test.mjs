// Room for the child on a phone (#16): at 360 px the header is one row — the menu, "Hjälp" and
// "Lämna snabbt" — in every language, in the app and on the static start page before the app
// (and without script); the language and reading aloud are in the menu, which opens, closes with
// Escape (the keyboard back on its button) and on a tap beside it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { axeViolations } from './axe.mjs';
import { ARTIFACTS, startApp, untilAppStartPage } from './harness.mjs';

const LANGUAGES = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'uk', 'fi'];
const PHONE = { width: 360, height: 740 };

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/**
 * Where the header and every control it shows lie. One row: the header is no taller than its
 * tallest control and its own padding and border, every control lies within that row, none
 * covers another, each is big enough to tap, and nothing is off the screen or scrolls sideways.
 */
async function oneRowProblems(header) {
  return header.evaluate((header) => {
    const problems = [];
    const box = header.getBoundingClientRect();
    const style = getComputedStyle(header);
    const frame = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth']
      .map((side) => parseFloat(style[side]))
      .reduce((a, b) => a + b, 0);
    const controls = [...header.querySelectorAll('a, button, select, summary, input')]
      .filter((e) => e.checkVisibility() && e.getBoundingClientRect().width > 0)
      .map((e) => ({ name: `${e.tagName.toLowerCase()}.${e.className}`, box: e.getBoundingClientRect() }));
    if (controls.length < 3) problems.push(`only ${controls.length} controls shown`);
    const tallest = Math.max(...controls.map((c) => c.box.height));
    if (box.height > tallest + frame + 1) {
      problems.push(`header ${Math.round(box.height)} px high, one row is ${Math.round(tallest + frame)} px`);
    }
    for (const { name, box: c } of controls) {
      if (c.top < box.top - 0.5 || c.bottom > box.bottom + 0.5) problems.push(`${name} outside the header's row`);
      if (c.left < 0 || c.right > document.documentElement.clientWidth) problems.push(`${name} off the screen`);
      if (c.width < 44 || c.height < 44) problems.push(`${name} ${Math.round(c.width)}×${Math.round(c.height)}`);
    }
    const across = [...controls].sort((a, b) => a.box.left - b.box.left);
    for (let i = 1; i < across.length; i++) {
      if (across[i].box.left < across[i - 1].box.right - 0.5) problems.push(`${across[i - 1].name} and ${across[i].name} overlap`);
    }
    const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (sideways > 0) problems.push(`${sideways} px of sideways scroll`);
    return problems;
  });
}

/** What of an open menu lies beyond the screen's edges (none of it may). */
async function offScreen(panel) {
  return panel.evaluate((panel) =>
    [panel, ...panel.querySelectorAll('*')]
      .filter((e) => e.checkVisibility())
      .map((e) => ({ e, box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > document.documentElement.clientWidth))
      .map(({ e, box }) => `${e.tagName.toLowerCase()}.${e.className?.baseVal ?? e.className} from ${Math.round(box.left)} to ${Math.round(box.right)}`),
  );
}

/** Whether the keyboard is on the element with this id. */
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? null);

for (const code of LANGUAGES) {
  test(`in the app at 360 px in ${code}: one row, help and quick exit at hand, the rest in the menu`, async () => {
    const { context, page, errors } = await app.newPage({ viewport: PHONE, bypassCSP: true });
    await page.goto(app.origin + '/');
    await untilAppStartPage(page);
    const header = page.locator('header.app-header');
    const menuButton = header.locator('#header-menu-button');
    const panel = header.locator('#header-menu-panel');
    assert.equal(await page.locator('#language').isVisible(), false, 'the language is in the menu');

    // The language is chosen from the menu, which stays open while it changes.
    assert.equal(await menuButton.getAttribute('aria-expanded'), 'false');
    await menuButton.click();
    assert.equal(await menuButton.getAttribute('aria-expanded'), 'true');
    assert.ok(await panel.isVisible());
    await page.locator('#language').selectOption(code);
    await page.waitForSelector(`html[lang="${code}"]`);
    assert.ok(await panel.isVisible(), 'the menu is still open in the new language');

    // Reading aloud is a switch, labelled, whose state shows and is kept.
    const autoRead = panel.getByRole('switch');
    assert.equal(await autoRead.isChecked(), false);
    const off = await panel.locator('.switch-state').innerText();
    await autoRead.click();
    assert.equal(await autoRead.isChecked(), true);
    assert.notEqual(await panel.locator('.switch-state').innerText(), off, 'the switch says it is on');
    assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('barnets-basta-hjulet/settings')).auto_read), true);
    assert.deepEqual(await offScreen(panel), []);
    const found = (await axeViolations(page)).map((v) => `menu open: ${v}`);
    await autoRead.click();
    assert.equal(await autoRead.isChecked(), false);

    // Escape closes it, and the keyboard is back on the menu's button.
    await page.keyboard.press('Escape');
    assert.equal(await menuButton.getAttribute('aria-expanded'), 'false');
    assert.equal(await panel.isVisible(), false);
    assert.equal(await focusedId(page), 'header-menu-button');

    // Closed: one row, with help and quick exit on it, in words of this language.
    assert.deepEqual(await oneRowProblems(header), []);
    assert.ok(await header.locator('.help-button').isVisible());
    assert.ok(await header.locator('.quick-exit').isVisible());
    found.push(...(await axeViolations(page)).map((v) => `menu closed: ${v}`));
    assert.deepEqual(found, []);
    await page.screenshot({ path: join(ARTIFACTS, `header-app-${code}-360.png`) });

    // A tap beside the open menu closes it.
    await menuButton.click();
    await page.locator('main h1').first().click();
    assert.equal(await menuButton.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

/** Holds the app's wasm back for as long as the page lives: the static start page is all there is. */
async function holdTheApp(page) {
  await page.route('**/*.wasm', () => new Promise(() => {}));
}

for (const code of LANGUAGES) {
  test(`before the app at 360 px in ${code}: one row, and the menu opens, changes the language and closes`, async () => {
    const { context, page } = await app.newPage({ locale: code, viewport: PHONE, serviceWorkers: 'block', bypassCSP: true });
    await holdTheApp(page);
    await page.goto(app.origin + '/');
    await page.locator('#static-start h1').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), code);
    const header = page.locator('#static-start header.app-header');
    assert.deepEqual(await oneRowProblems(header), []);
    assert.ok(await header.locator('.help-button').isVisible());
    assert.ok(await header.locator('.quick-exit').isVisible());
    assert.equal(await header.locator('.language-links').isVisible(), false, 'the language is in the menu');
    await page.screenshot({ path: join(ARTIFACTS, `header-static-${code}-360.png`) });

    // Open, with its languages; the choice changes the page and the menu stays open on it.
    await header.locator('.header-menu > summary').click();
    await header.locator('.language-links > summary').click();
    assert.deepEqual(await offScreen(header.locator('.header-menu-panel')), []);
    const found = (await axeViolations(page)).map((v) => `menu open: ${v}`);
    assert.deepEqual(found, []);
    const other = code === 'sv' ? ['en', 'English'] : ['sv', 'Svenska'];
    await header.getByRole('link', { name: other[1] }).click();
    assert.equal(await page.locator('html').getAttribute('lang'), other[0]);
    assert.ok(await page.locator('#static-start .header-menu').evaluate((menu) => menu.open));
    assert.equal(
      await page.evaluate(() => document.activeElement.matches('#static-start .language-links > summary')),
      true,
      'the keyboard stays on the language choice',
    );

    // Escape closes it, the keyboard back on the menu's button.
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#static-start .header-menu').evaluate((menu) => menu.open), false);
    assert.equal(await focusedId(page), 'header-menu-button');
    // A tap beside it closes it too.
    await page.locator('#static-start .header-menu > summary').click();
    await page.locator('#static-start h1').click();
    assert.equal(await page.locator('#static-start .header-menu').evaluate((menu) => menu.open), false);
    await context.close();
  });
}

test('without script the static header is one row at 360 px and its menu opens to the languages', async () => {
  const { context, page } = await app.newPage({ javaScriptEnabled: false, viewport: PHONE });
  await page.goto(app.origin + '/');
  const header = page.locator('#static-start header.app-header');
  assert.deepEqual(await oneRowProblems(header), []);
  await header.locator('.header-menu > summary').click();
  await header.locator('.language-links > summary').click();
  assert.equal(await header.getByRole('link', { name: 'English' }).getAttribute('href'), '/?lang=en');
  assert.ok(await header.getByRole('link', { name: 'English' }).isVisible());
  await context.close();
});

test('wider than a phone, the header shows the language and reading aloud without a menu', async () => {
  const { context, page } = await app.newPage();
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  assert.equal(await page.locator('#header-menu-button').isVisible(), false);
  assert.ok(await page.locator('#language').isVisible());
  assert.ok(await page.getByRole('switch').isVisible());
  await context.close();
});
