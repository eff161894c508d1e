// Shared set-up for the end-to-end tests: Debian's Chromium through playwright-core, the release
// build served on 127.0.0.1, and a guard that fails any test whose page asks another host.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveDist } from '../../scripts/serve-dist.mjs';

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

/** Starts the server and the browser once per test file. */
export async function startApp() {
  const server = await serveDist();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  // Every request to another host, from any page of the file: close() fails the file on any.
  const everyForeign = [];
  return {
    origin: server.origin,
    /** A fresh context (empty storage) and page; `foreign` collects requests to other hosts. */
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', ...options });
      const page = await context.newPage();
      const foreign = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (new URL(url).origin === server.origin || url.startsWith('data:') || url.startsWith('blob:')) {
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

/**
 * Matches a text built by Fluent in the UI, where placeables are wrapped in Unicode isolation
 * marks (U+2068 … U+2069) so that mixed-direction text reads right.
 */
export function fluentText(text, { exact = true } = {}) {
  const marks = '[\\u2068\\u2069]*';
  const body = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(marks);
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
