// The meeting as people use it passes axe in every language: files brought in (with their
// messages), an area chosen on the wheel, the plan filled in, the child's summary in the child's
// language. An empty meeting page hides most of what a meeting shows, so it is checked in each
// of these states (accessibility.test.mjs checks the empty page).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './axe.mjs';
import { sharedFile, startApp } from './harness.mjs';

const LANGUAGES = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'uk', 'fi'];

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const files = () => [
  sharedFile('a11y-child.hjulet.json', {
    id: 'c2'.repeat(16),
    perspective: 'child',
    answers: { safe: { scale: 'bad', hard: 'Bussen till skolan' }, play: { scale: 'very-good', good: 'Fotboll' } },
  }),
  sharedFile('a11y-mamma.hjulet.json', {
    id: 'a2'.repeat(16),
    perspective: 'guardian',
    author: 'mamma',
    answers: { safe: { scale: 'good' }, health: { scale: 'bad', hard: 'Sover dåligt' } },
  }),
];

for (const code of LANGUAGES) {
  test(`the meeting in use has no axe violations in ${code}`, async () => {
    const { context, page, errors } = await app.newPage({ bypassCSP: true });
    await page.goto(app.origin + '/meeting');
    await page.locator('#language').selectOption(code);
    await page.waitForSelector(`html[lang="${code}"]`);
    const found = [];
    const check = async (state) => {
      for (const violation of await axeViolations(page)) found.push(`${state}: ${violation}`);
    };

    await page.locator('input[type=file]').setInputFiles(files());
    await page.locator('.import-outcomes li').nth(1).waitFor();
    await check('files brought in');

    const safe = page.locator('.choosing-wheel .segment[data-area=safe]');
    await safe.click();
    await page.waitForFunction(() => document.querySelector('.choosing-wheel [data-area=safe]')?.getAttribute('aria-pressed') === 'true');
    await check('an area chosen');

    await page.locator('#plan-safe-plan-needs').fill('Trygg skolväg');
    await page.locator('#plan-safe-action-0-what').fill('Någon följer med på bussen');
    await page.locator('#plan-safe-action-0-who').fill('Ali Berg');
    await page.locator('#plan-safe-action-0-when').fill('Varje skoldag');
    await check('the plan filled in');

    await page.locator('#summary-language').selectOption(code);
    await page.locator('.child-summary').getByText('Någon följer med på bussen').waitFor();
    await check("the child's summary");

    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
