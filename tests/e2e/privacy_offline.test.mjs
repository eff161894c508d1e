// Nothing leaves and it works without a network: the Content-Security-Policy is there and nothing
// breaks it; after one visit the app, its languages and the child's draft work offline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from './harness.mjs';

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
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const rule of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
    assert.ok(policy.includes(rule), rule);
  }
  assert.ok(!/script-src[^;]*'unsafe-inline'/.test(policy), 'no inline script beyond the hashed one');

  // A walk through the app: a language from a file, a wheel, an answer, the share screen.
  await page.locator('#language').selectOption('ar');
  await page.waitForSelector('html[lang="ar"]');
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

test('after one visit the app works offline, with the draft and the chosen language', async () => {
  const { context, page } = await app.newPage();
  await page.goto(app.origin + '/');
  await page.locator('#language').selectOption('fi');
  await page.waitForSelector('html[lang="fi"]');
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
  await context.close();
});

test('quick exit leaves the app at once for a blank page', async () => {
  const { context, page } = await app.newPage();
  await page.goto(app.origin + '/');
  await page.locator('form.new-draft button[type=submit]').click();
  await page.locator('#segment-safe').waitFor();
  await page.getByRole('button', { name: 'Lämna snabbt' }).click();
  await page.waitForURL(/\/neutral\.html$/);
  assert.equal((await page.locator('body').innerText()).trim(), '');
  await context.close();
});

test('"delete everything" leaves nothing of the app on the device', async () => {
  const { context, page } = await app.newPage();
  await page.goto(app.origin + '/');
  await page.locator('#new-nickname').fill('Ali');
  await page.locator('form.new-draft button[type=submit]').click();
  await page.locator('#segment-safe').click();
  await page.locator('input[name=scale][value=good]').check();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.goto(app.origin + '/');
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
