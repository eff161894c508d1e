// "Om appen" at the foot of both pages: which version this is and the date of the source code it
// was built from (the commit's, not the build's clock), the licences as files served from the
// app's own origin, and the source address the county gave (text, never a link). Closed, it
// stays out of the child's header at 360 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startApp, untilAppStartPage } from './harness.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(process.env.HJULET_DIST ?? resolve(ROOT, 'dist'));
const VERSION = /^version = "(.+)"$/m.exec(readFileSync(resolve(ROOT, 'Cargo.toml'), 'utf8'))[1];
const COMMIT_DATE = execFileSync('git', ['log', '-1', '--format=%cs'], { cwd: ROOT, encoding: 'utf8' }).trim();
// What the build was given as the source address (scripts/build.sh passes HJULET_SOURCE_URL on).
const built = JSON.parse(readFileSync(resolve(DIST, 'licenses/dependencies.json'), 'utf8'));
const SOURCE = built.metadata.component.properties.find((p) => p.name === 'hjulet:source-address').value;

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** The panel's text as a reader sees it (without Fluent's isolation marks). */
async function panelText(page) {
  return (await page.locator('.about-app-text').innerText()).replace(/[\u2068\u2069]/g, '');
}

test("the child's page: the version, the source code's date, the licences and the source address", async () => {
  const { context, page, foreign, errors } = await app.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  const about = page.locator('footer summary', { hasText: 'Om appen' });
  await about.waitFor();
  assert.equal(await page.locator('header').getByText('Om appen').count(), 0, 'not in the header');
  assert.ok(await about.locator('svg.pictogram use').count(), 'a pictogram beside the text');

  await about.click();
  const text = await panelText(page);
  assert.match(text, new RegExp(`Version ${VERSION.replace(/\./g, '\\.')}`));
  assert.ok(text.includes(`Källkodens datum: ${COMMIT_DATE}`), text);
  if (SOURCE === 'not set') {
    assert.ok(text.includes('Adressen till källkoden angavs inte när appen byggdes.'), text);
  } else {
    assert.ok(text.includes(`Källkoden finns på ${SOURCE}`), text);
    assert.equal(await page.locator(`a[href="${SOURCE}"]`).count(), 0, 'the address is text, not a link');
  }
  // Open, it still fits the phone's width.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));

  // Every licence file is on this origin, and is what it says.
  const links = page.locator('.about-app-text a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.href));
  assert.deepEqual(hrefs.map((href) => new URL(href).pathname),
    ['/licenses/MIT.txt', '/licenses/Apache-2.0.txt', '/licenses/PICTOGRAMS.txt', '/licenses/dependencies.json', '/licenses/third-party.txt']);
  for (const href of hrefs) assert.equal(new URL(href).origin, app.origin, href);
  const [licence] = await Promise.all([page.waitForEvent('popup'), links.first().click()]);
  await licence.waitForLoadState();
  assert.equal(new URL(licence.url()).origin, app.origin);
  assert.match(await licence.locator('body').innerText(), /Permission is hereby granted, free of charge/);
  const parts = await page.evaluate(async () => {
    const response = await fetch('/licenses/dependencies.json');
    return { type: response.headers.get('content-type'), list: await response.json() };
  });
  assert.match(parts.type, /^application\/json/);
  const leptos = parts.list.components.find((c) => c.name === 'leptos');
  assert.equal(leptos.scope, 'required');
  assert.equal(leptos.licenses[0].expression, 'MIT');
  const pictograms = await page.evaluate(async () => (await fetch('/licenses/PICTOGRAMS.txt')).text());
  assert.match(pictograms, /CC0-1\.0/);
  // The crates' own licence texts and notices, as their licences ask: the QR decoder's ISC text,
  // and Leptos's MIT notice (its package carries no file: its authors hold the copyright).
  const notices = await page.evaluate(async () => (await fetch('/licenses/third-party.txt')).text());
  const blocks = notices.split(`${'='.repeat(78)}\n`);
  const textsOf = (crate) => blocks.filter((_, i) => i % 2 === 0 && i > 0 && blocks[i - 1].split('\n').some((line) => line.startsWith(`${crate} `)));
  assert.ok(textsOf('rqrr').some((text) => /Permission to use, copy, modify, and\/or distribute this software/.test(text)), 'rqrr: its ISC text');
  assert.ok(textsOf('leptos').some((text) => /^\s*Copyright \(c\) Greg Johnston\n\nPermission is hereby granted/.test(text)), 'leptos: its MIT notice');

  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the meeting's page has it too, in the chosen language", async () => {
  const { context, page, foreign, errors } = await app.newPage();
  await page.goto(app.origin + '/meeting');
  await page.locator('#language').selectOption('en');
  await page.waitForSelector('html[lang="en"]');
  await page.locator('footer summary', { hasText: 'About the app' }).click();
  const text = await panelText(page);
  assert.match(text, new RegExp(`Version ${VERSION.replace(/\./g, '\\.')}`));
  assert.ok(text.includes(`Source code dated ${COMMIT_DATE}`), text);
  assert.ok(text.includes('The parts the app is built from, each with its version and licence:'), text);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});
