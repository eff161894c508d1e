// Nothing leaves and it works without a network: the Content-Security-Policy is there and nothing
// breaks it; after one visit the app, its languages and the child's draft work offline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fillStorage, fluentText, startApp, startWheel, untilAppStartPage } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

function recordPolicyViolations() {
  window.policyViolations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.policyViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
}

test('the Content-Security-Policy allows only this origin and nothing the app does breaks it', async () => {
  const { context, page, foreign, errors } = await app.newPage();
  await page.addInitScript(recordPolicyViolations);
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const rule of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
    assert.ok(policy.includes(rule), rule);
  }
  assert.ok(!/script-src[^;]*'unsafe-inline'/.test(policy), 'no inline script beyond the hashed one');

  // A walk through the app: a language from a file, a wheel, an answer, the share screen.
  await page.locator('#language').selectOption('ar');
  await page.waitForSelector('html[lang="ar"]');
  await page.getByRole('link', { name: fluentText('عمري من 8 إلى 12 سنة') }).click();
  await page.locator('form.new-draft button[type=submit]').click();
  await page.locator('#segment-care').click();
  await page.locator('input[name=scale][value=good]').check();
  const draft = new URL(page.url()).pathname.split('/')[2];
  await page.goto(`${app.origin}/share/${draft}`);
  await page.locator('.share-area').waitFor();
  assert.deepEqual(await page.evaluate(() => window.policyViolations), []);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('after one visit the app works offline, with the draft, the chosen language and the meeting page', async () => {
  const { context, page } = await app.newPage();
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.locator('#language').selectOption('fi');
  await page.waitForSelector('html[lang="fi"]');
  await page.getByRole('link', { name: fluentText('Ikäni: 8–12 vuotta') }).click();
  await page.locator('#new-nickname').fill('Aino');
  await page.locator('form.new-draft button[type=submit]').click();
  await page.locator('#segment-play').click();
  await page.locator('input[name=scale][value=very-good]').check();
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The worker controls the page from the next load; make sure everything is cached first.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.reload();
  await page.locator('#area-heading').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'fi');
  assert.ok(await page.locator('input[name=scale][value=very-good]').isChecked());
  await page.locator('.area-nav a:not([rel])').click();
  await page.locator('#segment-play').waitFor();
  assert.equal(await page.locator('#segment-play').getAttribute('data-answer'), 'very-good');
  // The meeting's page (its own wasm) was cached by the same visit.
  await page.goto(app.origin + '/classroom');
  await page.getByRole('heading', { level: 1, name: 'Pyörä luokkahuoneessa' }).waitFor();
  await context.close();
});

test('quick exit leaves the app at once for a blank page', async () => {
  const { context, page } = await app.newPage();
  await startWheel(page, app.origin);
  await page.getByRole('button', { name: 'Lämna snabbt' }).click();
  await page.waitForURL(/\/neutral\.html$/);
  assert.equal((await page.locator('body').innerText()).trim(), '');
  await context.close();
});

test('"delete everything" leaves nothing of the app on the device', async () => {
  const { context, page } = await app.newPage();
  await startWheel(page, app.origin, { name: 'Ali' });
  await page.locator('#segment-safe').click();
  await page.locator('input[name=scale][value=good]').check();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.locator('#language').selectOption('sv');
  assert.ok((await page.evaluate(() => caches.keys())).some((name) => name.startsWith('hjulet-')));

  await page.getByRole('button', { name: 'Radera allt på den här enheten' }).click();
  await page.getByRole('button', { name: 'Ja, radera allt' }).click();
  await page.getByText('Allt är raderat från den här enheten.').waitFor();
  assert.deepEqual(
    await page.evaluate(() => Object.keys(localStorage).concat(Object.keys(sessionStorage)).filter((k) => k.startsWith('barnets-basta-hjulet/'))),
    [],
  );
  assert.deepEqual(await page.evaluate(() => caches.keys()), []);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  assert.equal(await page.getByRole('link', { name: /Fortsätt med/ }).count(), 0);
  await context.close();
});

test('when the device is full the words stay on screen and can leave as a file', async () => {
  const { context, page } = await app.newPage();
  await startWheel(page, app.origin);
  await page.locator('#segment-safe').click();
  await page.locator('input[name=scale][value=good]').check();
  await page.getByText('Sparat på den här enheten.').waitFor();
  const saved = await page.evaluate(() => Object.keys(localStorage).find((k) => k.includes('/draft/')));

  await fillStorage(page);
  await page.locator('#words-good').fill('Mormor och katten');
  await page.getByText('Det gick inte att spara på den här enheten.', { exact: false }).waitFor();
  assert.equal(await page.locator('#words-good').inputValue(), 'Mormor och katten', 'the words stay');
  const previous = await page.evaluate((key) => localStorage.getItem(key), saved);
  assert.match(previous, /"scale":"good"/, 'the previous good copy stays');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som fil' }).click(),
  ]);
  const file = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  assert.equal(file.draft.answers.safe.good, 'Mormor och katten');
  await context.close();
});

test('something unreadable under our key: the app starts, says so, and keeps it', async () => {
  const { context, page } = await app.newPage();
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.evaluate(() => localStorage.setItem('barnets-basta-hjulet/draft/0123456789abcdef', '{ garbage'));
  await page.reload();
  await untilAppStartPage(page);
  await page.getByText('Ett sparat hjul kunde inte läsas. Det ligger kvar orört.').waitFor();
  await page.getByRole('link', { name: fluentText('Jag är 8–12 år') }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('barnets-basta-hjulet/draft/0123456789abcdef')), '{ garbage');
  await context.close();
});

test('markup, direction overrides and very long words show as text and keep the layout', async () => {
  const { context, page, errors } = await app.newPage({ viewport: { width: 360, height: 740 } });
  const words = `<img src=x onerror="window.pwned=1"><b>fet</b> \u202Eomvänd ${'a'.repeat(300)}`;
  await startWheel(page, app.origin, { name: '<i>Kim</i>' });
  await page.locator('#segment-safe').click();
  await page.locator('input[name=scale][value=bad]').check();
  await page.locator('#words-hard').fill(words);
  const draft = new URL(page.url()).pathname.split('/')[2];
  await page.goto(`${app.origin}/share/${draft}`);
  const shown = page.locator('.share-area[data-area=safe] .childs-words');
  assert.equal(await shown.innerText(), words);
  assert.equal(await shown.locator('b, img').count(), 0, 'no markup was made');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
  await page.goto(`${app.origin}/wheel/${draft}`);
  await page.getByRole('heading', { level: 1, name: /<i>Kim<\/i>/ }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs on the same wheel lose no update', async () => {
  const { context, page: first } = await app.newPage();
  await startWheel(first, app.origin);
  await first.locator('#segment-safe').click();
  await first.locator('#area-heading').waitFor();
  const second = await context.newPage();
  await second.goto(first.url());
  await second.locator('#area-heading').waitFor();

  await first.locator('input[name=scale][value=good]').check();
  await second.waitForFunction(() => document.querySelector('input[name=scale][value=good]')?.checked);
  await second.locator('#words-hard').fill('Bussen');
  await first.waitForFunction(() => document.querySelector('#words-hard')?.value === 'Bussen');
  await first.locator('#words-good').fill('Mormor');
  await second.waitForFunction(() => document.querySelector('#words-good')?.value === 'Mormor');

  const stored = await first.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.includes('/draft/'));
    return JSON.parse(localStorage.getItem(key)).draft.answers.safe;
  });
  assert.deepEqual(stored, { scale: 'good', good: 'Mormor', hard: 'Bussen' });
  await context.close();
});

test('once the first wheel is saved the app asks the browser to keep its storage', async () => {
  const { context, page, errors } = await app.newPage();
  await page.addInitScript(() => {
    window.persistAsked = 0;
    const persist = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => {
      window.persistAsked += 1;
      return persist();
    };
  });
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  assert.equal(await page.evaluate(() => window.persistAsked), 0, 'a visit that saves nothing asks nothing');
  await startWheel(page, app.origin);
  assert.equal(await page.evaluate(() => window.persistAsked), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an old tab never writes over a wheel that a newer version of the app saved', async () => {
  const { context, page, errors } = await app.newPage();
  await startWheel(page, app.origin);
  await page.locator('#segment-safe').click();
  await page.locator('input[name=scale][value=good]').check();
  await page.getByText('Sparat på den här enheten.').waitFor();
  // Another tab, already on a newer version, saves the wheel in a shape this version does not know.
  const newer = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.includes('/draft/'));
    const saved = JSON.parse(localStorage.getItem(key));
    saved.schema += 1;
    saved.draft.answers.safe.stickers = ['star'];
    localStorage.setItem(key, JSON.stringify(saved));
    return localStorage.getItem(key);
  });
  await page.locator('#words-good').fill('Mormor');
  await page.getByText('En nyare version av appen har sparat det här hjulet', { exact: false }).waitFor();
  assert.equal(await page.locator('#words-good').inputValue(), 'Mormor', 'the words stay on screen');
  assert.equal(
    await page.evaluate(() => localStorage.getItem(Object.keys(localStorage).find((k) => k.includes('/draft/')))),
    newer,
    'the newer version\'s save is untouched',
  );
  await page.getByRole('button', { name: 'Spara som fil' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
