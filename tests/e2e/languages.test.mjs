// Every language the families speak: the child's flow in each language with no raw message id
// and no Swedish left over, right-to-left mirrored, the choice kept, and read-aloud with the right
// voice or a plain message that there is none.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ARTIFACTS, startApp, startWheel, untilAppStartPage } from './harness.mjs';

const LOCALES = resolve(import.meta.dirname, '../../locales');

/** Message id → value, for the messages of a language that have no variables or variants. */
function plainMessages(code) {
  const messages = new Map();
  for (const file of readdirSync(join(LOCALES, code))) {
    for (const line of readFileSync(join(LOCALES, code, file), 'utf8').split('\n')) {
      const match = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (match && !match[2].includes('{')) messages.set(match[1], match[2].trim());
    }
  }
  return messages;
}

/** Every stretch of plain text in a language's files: whole messages and the variants of selectors. */
function plainTexts(code) {
  const texts = [];
  let id = null;
  for (const file of readdirSync(join(LOCALES, code))) {
    for (const line of readFileSync(join(LOCALES, code, file), 'utf8').split('\n')) {
      const message = /^([a-z][a-z0-9-]*) = ?(.*)$/.exec(line);
      const variant = /^\s+\*?\[[a-z0-9]+\] (.+)$/.exec(line);
      if (message) id = message[1];
      const text = message ? message[2] : variant?.[1];
      if (id && text && !text.includes('{')) texts.push({ id, text: text.trim() });
    }
  }
  return texts;
}

const localeSource = (code) => readdirSync(join(LOCALES, code)).map((f) => readFileSync(join(LOCALES, code, f), 'utf8')).join('\n');
const SWEDISH_TEXTS = plainTexts('sv');
const MESSAGE_IDS = [...new Set(SWEDISH_TEXTS.map((t) => t.id))];

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** What a reader sees and what a screen reader hears (labels) on the current page. */
async function pageText(page) {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
    return [document.body.innerText, ...labels].join('\n');
  });
}

function assertAllTranslated(text, code, where) {
  const translation = localeSource(code);
  for (const id of MESSAGE_IDS) {
    assert.ok(!text.includes(id), `${code} ${where}: raw message id ${id}`);
  }
  for (const { id, text: swedish } of SWEDISH_TEXTS) {
    // Short words and names (BRIS, "Svenska" in the picker) may rightly be the same.
    if (swedish.length < 5 || translation.includes(swedish) || id === 'language-name') continue;
    assert.ok(!text.includes(swedish), `${code} ${where}: Swedish "${swedish}" (${id}) shown`);
  }
}

async function chooseLanguage(page, code) {
  await page.locator('#language').selectOption(code);
  await page.waitForSelector(`html[lang="${code}"]`);
}

for (const code of ['en', 'ar', 'fa', 'so', 'ti', 'uk', 'fi']) {
  test(`the child's flow in ${code} has no raw ids and no Swedish`, async () => {
    const { context, page, foreign, errors } = await app.newPage();
    await page.goto(app.origin + '/');
    await untilAppStartPage(page);
    await chooseLanguage(page, code);
    assertAllTranslated(await pageText(page), code, 'start page');

    await page.locator('main a[href="/new/child/middle"]').click();
    await page.locator('form.new-draft button[type=submit]').waitFor();
    assertAllTranslated(await pageText(page), code, "a new wheel's page");

    await page.locator('form.new-draft button[type=submit]').click();
    await page.locator('#segment-safe').waitFor();
    assertAllTranslated(await pageText(page), code, 'wheel');

    await page.locator('#segment-safe').click();
    await page.locator('#area-heading').waitFor();
    await page.locator('input[name=scale][value=very-bad]').check();
    await page.getByRole('alert').first().waitFor();
    assertAllTranslated(await pageText(page), code, 'area page');

    await page.locator('.help-button').click();
    assertAllTranslated(await pageText(page), code, 'help');

    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('Arabic is right-to-left, the arrows point the way it reads, and the choice survives a reload', async () => {
  const { context, page } = await app.newPage();
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await chooseLanguage(page, 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');

  await page.locator('main a[href="/new/child/middle"]').click();
  await page.locator('form.new-draft button[type=submit]').click();
  await page.locator('#segment-safe').waitFor();
  // The wheel goes round the other way: the second area sits left of the first.
  const first = await page.locator('#segment-safe .segment-shape').boundingBox();
  const second = await page.locator('#segment-health .segment-shape').boundingBox();
  assert.ok(second.x < first.x, 'in Arabic the next area is to the left');
  await page.screenshot({ path: join(ARTIFACTS, 'wheel-ar-1280.png') });
  const backToStart = await page
    .locator('main a[href="/"] .icon')
    .evaluate((icon) => getComputedStyle(icon).transform);
  assert.match(backToStart, /^matrix\(-1, 0, 0, 1/, 'the arrow back to the start page points right');

  await page.locator('#segment-safe').click();
  const next = page.locator('a[rel=next]');
  const back = page.locator('.area-nav a:not([rel])');
  await next.waitFor();
  assert.ok((await next.boundingBox()).x < (await back.boundingBox()).x, 'next is on the left');
  const arrow = await next.locator('.icon').evaluate((icon) => getComputedStyle(icon).transform);
  assert.match(arrow, /^matrix\(-1, 0, 0, 1/, 'the arrow is mirrored to point left');

  await page.reload();
  await page.locator('#area-heading').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await context.close();
});

test('a first visit takes the language from the browser', async () => {
  const { context, page } = await app.newPage({ locale: 'uk-UA' });
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.waitForSelector('html[lang="uk"]');
  assert.equal(await page.locator('#language').inputValue(), 'uk');
  await context.close();
});

/** A test double for the browser's speech synthesis with the given voices, recording what is spoken. */
function installSpeechDouble(voices) {
  class FakeVoice {
    constructor(lang, name) {
      Object.assign(this, { lang, name, voiceURI: name, default: false, localService: true });
    }
  }
  class FakeUtterance {
    constructor(text) {
      Object.assign(this, { text, lang: '', voice: null });
    }
  }
  const spoken = [];
  const synthesis = {
    getVoices: () => voices.map(([lang, name]) => new FakeVoice(lang, name)),
    speak: (utterance) => spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name }),
    cancel() {},
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'SpeechSynthesisVoice', { value: FakeVoice, configurable: true, writable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  Object.defineProperty(window, 'speechSynthesis', { get: () => synthesis, configurable: true });
  window.spokenForTest = spoken;
}

test('read-aloud speaks an area in the active language, and says so when there is no voice', async () => {
  const { context, page } = await app.newPage();
  await page.addInitScript(installSpeechDouble, [['en-GB', 'Daniel'], ['sv-SE', 'Alva']]);
  await startWheel(page, app.origin);
  await page.locator('#segment-safe').click();
  await page.locator('.area-header .with-read-aloud').getByRole('button', { name: 'Läs upp' }).click();
  await page.locator('.area-text').getByRole('button', { name: 'Läs upp' }).click();
  const spoken = await page.evaluate(() => window.spokenForTest);
  assert.deepEqual(spoken[0], { text: 'Trygghet. Jag är trygg', lang: 'sv-SE', voice: 'Alva' });
  assert.equal(spoken[1].lang, 'sv-SE');
  assert.match(spoken[1].text, /^Att vara trygg betyder/);

  // Each face of the scale can be read, too.
  await page.locator('.choice-with-read-aloud', { hasText: 'Mycket bra' }).getByRole('button').click();
  assert.equal((await page.evaluate(() => window.spokenForTest))[2].text, 'Mycket bra');

  // Somali: the device has no Somali voice, so nothing is read and the child is told why.
  await chooseLanguage(page, 'so');
  const before = (await page.evaluate(() => window.spokenForTest)).length;
  await page.locator('.area-header .with-read-aloud').getByRole('button').click();
  const noVoice = plainMessages('so').get('read-aloud-no-voice');
  await page.getByText(noVoice).waitFor();
  assert.equal((await page.evaluate(() => window.spokenForTest)).length, before, 'no wrong voice');
  await context.close();
});

test('auto read reads each new page aloud', async () => {
  const { context, page } = await app.newPage();
  await page.addInitScript(installSpeechDouble, [['sv-SE', 'Alva']]);
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.getByRole('switch', { name: 'Läs upp varje ny sida' }).check();
  await startWheel(page, app.origin);
  await page.locator('#segment-health').click();
  await page.locator('#area-heading').waitFor();
  await page.waitForFunction(() => window.spokenForTest.some((s) => s.text.startsWith('Hälsa. Jag mår bra')));
  const spoken = await page.evaluate(() => window.spokenForTest.map((s) => s.text));
  assert.ok(spoken.some((text) => text.startsWith('Välj ett område i hjulet')), 'the wheel page was read');
  await context.close();
});

test('the language chosen last stays, even when an earlier choice arrives later', async () => {
  // No service worker: the language files are fetched by the page, where the test can hold them.
  const { context, page, errors } = await app.newPage({ serviceWorkers: 'block' });
  let releaseArabic;
  const arabicReleased = new Promise((resolve) => (releaseArabic = resolve));
  const arabicAsked = new Promise((resolve) => {
    context.route('**/locales/ar/wheel.ftl', async (route) => {
      resolve();
      await arabicReleased;
      await route.fallback();
    });
  });
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  const heading = page.getByRole('heading', { level: 1, name: 'Barnets bästa-hjulet' });
  await heading.waitFor();

  // Arabic is slow to come; meanwhile the family goes back to Swedish.
  await page.locator('#language').selectOption('ar');
  await arabicAsked;
  await page.locator('#language').selectOption('sv');

  // Arabic arrives after all, read by the page to the end.
  const lastArabicFile = page.waitForResponse((response) => response.url().endsWith('/locales/ar/wheel.ftl'));
  releaseArabic();
  await (await lastArabicFile).finished();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));

  assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
  assert.equal(await heading.count(), 1);
  assert.equal(await page.locator('#language').inputValue(), 'sv');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the duty to report is on the meeting and the classroom page in every language', async () => {
  const { context, page, errors } = await app.newPage();
  for (const code of readdirSync(LOCALES)) {
    const messages = plainMessages(code);
    for (const [path, id] of [['/meeting', 'meeting-duty-to-report'], ['/classroom', 'classroom-duty-to-report']]) {
      await page.goto(app.origin + path);
      await page.locator('#language').selectOption(code);
      await page.waitForFunction((code) => document.documentElement.lang === code, code);
      const note = page.getByRole('note').filter({ hasText: 'orosanmälan' });
      assert.equal(await note.textContent(), messages.get(id), `${code} ${path}`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});
