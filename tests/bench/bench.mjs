// The benchmark (not a test: numbers, not pass/fail). Run through scripts/bench.sh, which builds
// the release first. Prints what the start page transfers before its start control is usable and
// after, the same page's first screen timed on emulated 3G and slow 4G and for a returning
// visitor offline, timings of a scale tap and an autosave, Lighthouse (mobile) on the start page
// and the wheel against static copies of both, and last a summary of the targets (issue #18).
// BENCH_RUNS (default 3): runs of each throttled visit and each Lighthouse audit; medians.
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromium } from 'playwright-core';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { serveDist } from '../../scripts/serve-dist.mjs';

// BENCH_DIST: another build to measure (default: this checkout's dist/).
const DIST = resolve(process.env.BENCH_DIST ?? resolve(import.meta.dirname, '../../dist'));
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// --accept-lang: the browser's languages (navigator.languages) are Swedish, as in the Playwright
// contexts (locale sv-SE), so that Lighthouse sees the same language of the start page as its
// static copy shows (the page picks one from these before its first paint; without script, Swedish).
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--accept-lang=sv-SE'];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t) => (t == null ? 'n/a' : `${Math.round(t)} ms`);
const median = (xs) => {
  const known = xs.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  return known.length ? known[Math.floor(known.length / 2)] : null;
};

// The files this bench writes into dist/ (static copies of our pages); gone again at the end.
// The service worker never lists them (scripts/service-worker.mjs leaves out /bench-*).
const BENCH_FILES = ['bench-static-start.html', 'bench-static.html', 'bench-static-area.html'];
const removeBenchFiles = () => BENCH_FILES.forEach((file) => rmSync(join(DIST, file), { force: true }));
removeBenchFiles();
process.on('exit', removeBenchFiles);

// What the summary at the end reports, filled in by each part.
const results = {};

const server = await serveDist(DIST);
const { origin } = server;
// Nothing may ask another host: every request the browsers make is checked against the origin.
const foreign = new Set();
const checkHost = (url) => {
  if (/^https?:/.test(url) && new URL(url).origin !== origin) foreign.add(url);
};

// The start page is usable when a control that starts a new wheel is visible: a plain link to
// /new/… (the prerendered page of issue #18, which works before any wasm), or today's form's
// submit button (drawn by the wasm). Whichever of them is visible first.
const START_CONTROL = 'a[href^="/new/"], form.new-draft button[type=submit]';
// Runs in the page before any of its own scripts (addInitScript): looks for a visible start
// control at every frame, from the first one on, and notes when it found one (performance.now(),
// i.e. ms since navigation start). Frames run only once the page may render (no stylesheet still
// blocking it), so this is the frame that first can show the control.
function watchStartControl(selector) {
  const found = (window.benchStart = { at: null, control: null });
  const isUsable = (e) => {
    if (e.disabled || !e.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = e.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const look = () => {
    const control = [...document.querySelectorAll(selector)].find(isUsable);
    if (!control) return requestAnimationFrame(look);
    found.at = performance.now();
    found.control = control.localName === 'a' ? `a[href="${control.getAttribute('href')}"]` : 'form.new-draft button';
  };
  requestAnimationFrame(look);
}
// A phone, as Lighthouse's mobile preset emulates one (Moto G Power).
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale: 'sv-SE' };
async function phoneContext(browser) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(watchStartControl, START_CONTROL);
  context.on('request', (request) => checkHost(request.url()));
  return context;
}
/**
 * Waits for the start control (up to `timeout` ms), then reads from the page, all in ms since
 * navigation start: first paint, first contentful paint, and when the control was usable — the
 * frame that found it, or the first contentful paint if that was presented later (nothing is on
 * the screen before it) — and the bytes (as sent, compressed) of what the page had requested by
 * then (Resource Timing, the page itself included).
 */
async function startScreenTimes(page, timeout = 180_000) {
  await page.waitForFunction(
    () => window.benchStart?.at != null && performance.getEntriesByName('first-contentful-paint').length > 0,
    null,
    { timeout, polling: 250 },
  );
  return page.evaluate(() => {
    const paint = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const fcp = paint('first-contentful-paint');
    const usable = Math.max(window.benchStart.at, fcp);
    const requested = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .filter((e) => e.startTime <= usable);
    return {
      fp: paint('first-paint'),
      fcp,
      usable,
      control: window.benchStart.control,
      bytesBefore: requested.reduce((sum, e) => sum + e.encodedBodySize, 0),
      timeOrigin: performance.timeOrigin,
      controlled: navigator.serviceWorker?.controller != null,
    };
  });
}

// A full draft: every area answered, every field written.
const FULL_DRAFT_ID = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
function seedFullDraft(id) {
  const areas = ['safe', 'health', 'learning', 'care', 'play', 'voice', 'belonging'];
  const words = 'Det här är något jag vill säga om hur det är för mig just nu, hemma och i skolan. ';
  const answers = Object.fromEntries(areas.map((a) => [a, { scale: 'good', good: words.repeat(2), hard: words.repeat(2), would_help: words.repeat(2) }]));
  const now = new Date().toISOString();
  const draft = { id, perspective: 'child', nickname: 'Bench', age_band: '8-12', created_at: now, updated_at: now, answers };
  localStorage.setItem(`barnets-basta-hjulet/draft/${id}`, JSON.stringify({ format: 'barnets-basta-hjulet.draft', schema: 1, draft }));
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
// One visit first that nothing measures: the server compresses each file the first time it is
// asked for (the wasm takes it 2 s), which no real host does per visit.
{
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto(origin + '/', { waitUntil: 'commit' });
  await startScreenTimes(page, 60_000);
  await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((done) => setTimeout(done, 20_000))]));
  await context.close();
}

// 1. What the start page transfers on a cold first visit (no throttling), compressed as a host
// would serve it, split at the moment its start control is usable: what was requested before
// (the first screen), and what came after, until the network was quiet for 2 s (the wasm may
// come later on purpose). The service worker's own downloads (it keeps every file of the build
// for offline use, from the network, even those the page has just loaded) are one line.
{
  const context = await phoneContext(browser);
  const finished = [];
  let pending = 0;
  let lastActivity = Date.now();
  context.on('request', () => {
    pending++;
    lastActivity = Date.now();
  });
  const done = () => {
    pending--;
    lastActivity = Date.now();
  };
  // What each request brought, read as soon as it finished: Playwright can wait for ever for a
  // request of a service worker that Chromium has since stopped, so every read has a time limit.
  const within = (promise, fallback) => Promise.race([promise.catch(() => fallback), new Promise((ok) => setTimeout(ok, 10_000, fallback))]);
  async function transferred(request) {
    const response = await within(request.response(), null);
    if (!response || response.fromServiceWorker()) return null; // nothing transferred
    const { pathname } = new URL(request.url());
    let body = await within(response.body(), Buffer.alloc(0));
    // Chromium keeps no body of what the service worker fetched (it went into its cache): the
    // file it names, then.
    if (body.length === 0 && (await within(request.sizes(), { responseBodySize: 0 })).responseBodySize > 0) {
      try {
        body = readFileSync(join(DIST, decodeURIComponent(pathname)));
      } catch {}
    }
    return { file: pathname, startTime: request.timing().startTime, worker: request.serviceWorker() != null, body };
  }
  context.on('requestfinished', (request) => {
    finished.push(transferred(request));
    done();
  });
  context.on('requestfailed', done);
  const page = await context.newPage();
  await page.goto(origin + '/', { waitUntil: 'commit' });
  const times = await startScreenTimes(page, 60_000);
  for (const start = Date.now(); (pending > 0 || Date.now() - lastActivity < 2000) && Date.now() - start < 60_000; ) {
    await new Promise((wait) => setTimeout(wait, 100));
  }
  const rows = (await Promise.all(finished)).filter(Boolean).map(({ file, startTime, worker, body }) => ({
    file,
    before: startTime - times.timeOrigin <= times.usable,
    worker,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }));
  await context.close();
  const sum = (rs, key) => rs.reduce((total, r) => total + r[key], 0);
  const line = (label, rs, bold = false) => {
    const b = (text) => (bold ? `**${text}**` : text);
    return `| ${label} | ${b(kb(sum(rs, 'raw')))} | ${b(kb(sum(rs, 'gzip')))} | ${b(kb(sum(rs, 'brotli')))} |`;
  };
  const pageRows = rows.filter((r) => !r.worker);
  const before = pageRows.filter((r) => r.before);
  const after = pageRows.filter((r) => !r.before);
  const worker = rows.filter((r) => r.worker);
  console.log('\n## Start page transfer (cold first visit, no throttling)\n');
  console.log(`Start control usable at ${ms(times.usable)} (${times.control}).\n`);
  console.log('| file | raw | gzip | brotli |\n|---|---|---|---|');
  const byBrotli = (a, b) => b.brotli - a.brotli;
  console.log('| *requested before the start control was usable* | | | |');
  for (const r of before.sort(byBrotli)) console.log(line(r.file, [r]));
  console.log(line('**before usable (the first screen)**', before, true));
  console.log('| *requested after, until the network was quiet* | | | |');
  for (const r of after.sort(byBrotli)) console.log(line(r.file, [r]));
  console.log(line('**the page in total**', pageRows, true));
  console.log(line(`the service worker's copy for offline use (${worker.length} files)`, worker));
  console.log(line('**everything, service worker included**', rows, true));
  results.transfer = { before: sum(before, 'brotli'), page: sum(pageRows, 'brotli'), all: sum(rows, 'brotli') };
}

// 2. The first screen of a cold first visit (fresh profile: no cache, no service worker) on
// emulated networks, through Chromium's DevTools (each request waits the latency, then shares the
// bandwidth), with the CPU 4× slower as on a cheap phone. Then a returning visitor offline: one
// visit online (the service worker installs and keeps every file), then offline, a reload.
const NETWORKS = {
  '3G': { latency: 300, kbps: 400, label: '3G (300 ms, 400 kbit/s)' },
  'slow 4G': { latency: 150, kbps: 1600, label: 'slow 4G (150 ms, 1.6 Mbit/s)' },
};
async function coldVisit({ latency, kbps }) {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const bytesPerSecond = (kbps * 1000) / 8;
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(origin + '/', { waitUntil: 'commit' });
  const times = await startScreenTimes(page);
  await context.close();
  return times;
}
async function returningOffline() {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto(origin + '/', { waitUntil: 'commit' });
  await startScreenTimes(page, 60_000);
  // `ready`: a worker is active, so its install (the copy of every file) is complete.
  const installed = await page.evaluate(
    () => Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((done) => setTimeout(done, 60_000, false))]),
  );
  let times = null;
  if (installed) {
    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    try {
      await page.reload({ waitUntil: 'commit' });
      times = await startScreenTimes(page, 60_000);
    } catch (error) {
      console.warn(`returning visitor offline: ${error.message.split('\n')[0]}`);
    }
  } else {
    console.warn('returning visitor offline: no service worker was active 60 s after the first visit');
  }
  await context.close();
  return times;
}
const visits = { ...Object.fromEntries(Object.keys(NETWORKS).map((name) => [name, []])), offline: [] };
for (let run = 0; run < RUNS; run++) {
  for (const [name, network] of Object.entries(NETWORKS)) visits[name].push(await coldVisit(network));
  visits.offline.push(await returningOffline());
}
const cell = (runs, key, format = ms) => {
  const values = runs.map((r) => r?.[key] ?? null);
  return `${format(median(values))} (${values.map(format).join(', ')})`;
};
console.log(`\n## First screen of the start page, CPU 4× slower (median of ${RUNS}, each run in brackets)\n`);
console.log('Times in ms since navigation start; "usable": a start control is visible. Bytes: what the page had requested by then, as sent (brotli).\n');
console.log('| visit | first paint | first contentful paint | start control usable | requested before usable |\n|---|---|---|---|---|');
for (const [name, network] of Object.entries(NETWORKS)) {
  const runs = visits[name];
  console.log(`| cold, ${network.label} | ${cell(runs, 'fp')} | ${cell(runs, 'fcp')} | ${cell(runs, 'usable')} | ${cell(runs, 'bytesBefore', (b) => (b == null ? 'n/a' : kb(b)))} |`);
}
const offline = visits.offline;
console.log(`| returning, offline (service worker) | ${cell(offline, 'fp')} | ${cell(offline, 'fcp')} | ${cell(offline, 'usable')} | |`);
const notControlled = offline.filter((r) => r && !r.controlled).length;
if (notControlled) console.log(`\n(${notControlled} offline reloads were not served by the service worker)`);
results.visits = Object.fromEntries(
  Object.entries(visits).map(([name, runs]) => [name, { fcp: median(runs.map((r) => r?.fcp)), usable: median(runs.map((r) => r?.usable)) }]),
);

// 3 and 4: on a failure here (a page of a build that this part does not know yet), the parts
// after it still run.
async function interaction() {
  // 3. A static page that draws the same wheel without wasm, cut from the running app.
  const context = await browser.newContext({ locale: 'sv-SE' });
  context.on('request', (request) => checkHost(request.url()));
  const page = await context.newPage();
  await page.goto(origin + '/');
  await page.locator(START_CONTROL).filter({ visible: true }).first().waitFor();
  await page.evaluate(seedFullDraft, FULL_DRAFT_ID);
  await page.goto(`${origin}/wheel/${FULL_DRAFT_ID}`);
  await page.locator('svg.wheel').waitFor();
  // The wheel page's own styles (its stylesheets as served, and any inline ones).
  const { sheets, inlineStyles } = await page.evaluate(() => ({
    sheets: [...document.querySelectorAll('link[rel=stylesheet]')].map((link) => link.href),
    inlineStyles: [...document.querySelectorAll('style')].map((style) => style.textContent),
  }));
  const css = [...(await Promise.all(sheets.map(async (href) => (await fetch(href)).text()))), ...inlineStyles].join('\n');
  /** Writes `body` as a page of its own, with the app's CSS and pictogram sprite and no script. */
  async function writeStaticCopy(tab, file, body) {
    const sprite = await tab.evaluate(() => document.querySelector('svg.pictogram-sprite')?.outerHTML ?? '');
    writeFileSync(join(DIST, file), `<!doctype html><html lang="sv"><head><meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1"><title>Barnets bästa-hjulet (static)</title>
  <style>${css}</style></head><body>${sprite}${body}</body></html>`);
  }
  const wheelHtml = await page.locator('.wheel-page').evaluate((e) => e.outerHTML);
  await writeStaticCopy(page, 'bench-static.html', `<main id="main">${wheelHtml}</main>`);

  // 4. Timings under a 4× slower CPU: a scale tap, and the autosave of a full draft.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  /** Opens the area page of the full draft and waits for the fields that the timings below use. */
  async function openArea(tab) {
    await tab.goto(`${origin}/wheel/${FULL_DRAFT_ID}/health`);
    await tab.locator('input[name=scale][value=bad]').waitFor();
    await tab.locator('#words-good').waitFor();
  }
  await openArea(page);
  const timings = await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(performance.now())));
    const taps = [];
    const saves = [];
    for (let i = 0; i < 20; i++) {
      const value = i % 2 ? 'bad' : 'very-good';
      await frame();
      const start = performance.now();
      document.querySelector(`input[name=scale][value=${value}]`).click();
      const handled = performance.now();
      const painted = await frame();
      taps.push({ handler: handled - start, toFrame: painted - start });
      const field = document.querySelector('#words-good');
      field.value = `Mormor ${i} ` + field.value;
      const before = performance.now();
      field.dispatchEvent(new Event('input', { bubbles: true }));
      saves.push(performance.now() - before);
    }
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const key = Object.keys(localStorage).find((k) => k.includes('/draft/'));
    return {
      tapHandler: median(taps.map((t) => t.handler)),
      tapToNextFrame: median(taps.map((t) => t.toFrame)),
      autosave: median(saves),
      draftBytes: new TextEncoder().encode(localStorage.getItem(key)).length,
    };
  });
  // The same taps as a person makes them (trusted input from Chromium), timed by the Event Timing
  // API from the touch to the next paint (rounded to 8 ms), on our page and on the same page cut out
  // as static HTML: emulated throttling delays the input itself, so the static page is the floor.
  async function touchToPaint(tab) {
    await tab.evaluate(() => {
      window.tapDurations = new Map();
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.interactionId) window.tapDurations.set(e.interactionId, Math.max(e.duration, window.tapDurations.get(e.interactionId) ?? 0));
        }
      }).observe({ type: 'event', durationThreshold: 16 });
    });
    // Mouse clicks at fixed points: a locator's click would run Playwright's own checks inside the event.
    await tab.locator('.face-scale').scrollIntoViewIfNeeded();
    const faces = [];
    for (const value of ['very-good', 'bad']) {
      const box = await tab.locator(`label:has(input[name=scale][value=${value}])`).boundingBox();
      faces.push([box.x + box.width / 2, box.y + box.height / 2]);
    }
    const taps = 20;
    for (let i = 0; i < taps; i++) {
      await tab.mouse.click(...faces[i % 2]);
      await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    // Interactions under 16 ms are not reported: they painted within one frame.
    const slow = await tab.evaluate(() => [...window.tapDurations.values()]);
    const all = [...slow, ...Array(taps - slow.length).fill(8)].sort((a, b) => a - b);
    return { median: all[taps / 2], withinOneFrame: all.filter((d) => d <= 16).length, taps };
  }
  const ourTaps = await touchToPaint(page);
  const areaHtml = await page.locator('body > :not(svg.pictogram-sprite, script, link)').evaluateAll((es) => es.map((e) => e.outerHTML).join(''));
  await writeStaticCopy(page, 'bench-static-area.html', areaHtml);
  await page.goto(`${origin}/bench-static-area.html`);
  const staticTaps = await touchToPaint(page);

  // The autosave again at full speed, as on a laptop.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await openArea(page);
  const fastAutosave = await page.evaluate(async () => {
    const saves = [];
    const field = document.querySelector('#words-good');
    for (let i = 0; i < 20; i++) {
      field.value = `Mormor ${i} ` + field.value;
      const before = performance.now();
      field.dispatchEvent(new Event('input', { bubbles: true }));
      saves.push(performance.now() - before);
      await new Promise((done) => requestAnimationFrame(done));
    }
    return saves.sort((a, b) => a - b)[10];
  });
  const tapLine = (r) => `median ${r.median} ms, ${r.withinOneFrame} of ${r.taps} within one frame (≤ 16 ms)`;
  console.log('\n## Interaction (Chromium, CPU throttled 4×, median of 20)\n');
  console.log(`- scale tap (script click): handler ${timings.tapHandler.toFixed(2)} ms, tap to next frame ${timings.tapToNextFrame.toFixed(2)} ms (one frame = 16.7 ms)`);
  console.log(`- scale tap, touch to paint (trusted mouse click, Event Timing): ours ${tapLine(ourTaps)}; the same page as static HTML ${tapLine(staticTaps)}`);
  console.log(`- autosave of a full draft (input event, incl. serialize and localStorage): ${timings.autosave.toFixed(2)} ms; unthrottled ${fastAutosave.toFixed(2)} ms`);
  console.log(`- a full draft serialized: ${kb(timings.draftBytes)}`);
}
try {
  await interaction();
} catch (error) {
  console.log(`\n## Interaction: failed (${error.message.split('\n')[0]})`);
}
await browser.close();

// 5. Lighthouse, mobile preset (simulated slow 4G, 4× CPU), on our pages and on static copies of
// them: the start page as a first visit, the wheel as the returning visit it always is, and, for
// comparison, with nothing but its draft (see audit()). The start page's static copy is its HTML
// exactly as served, with every <script> taken out, and the preloads of the app's script and wasm
// with them (they would fetch the app all the same): the same markup without any app.
function withoutApp(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*>/gi, (link) => (/\brel=["']?(modulepreload|preload)\b/i.test(link) && /\.(m?js|wasm)\b/i.test(link) ? '' : link));
}
writeFileSync(join(DIST, 'bench-static-start.html'), withoutApp(await (await fetch(origin + '/')).text()));

const audited = await puppeteer.launch({ executablePath: CHROMIUM, args: FLAGS, headless: 'new' });
// How the origin stands when Lighthouse opens a page: 'first' — nothing of it (Lighthouse's own
// reset clears storage, service worker and HTTP cache); 'returning' — as after the visit that
// made a wheel: the start page visited (its app, service worker and HTTP cache stay), the draft
// seeded, no reset; 'seeded' — only the draft: seeded on a page without app, then everything else
// cleared as Lighthouse's reset does (as if the wheel were opened with nothing of the app kept,
// which a child cannot do: the worst case for the wheel).
async function audit(path, state = 'first') {
  const tab = await audited.newPage();
  const flags = { onlyCategories: ['performance', 'accessibility'], logLevel: 'error' };
  if (state === 'returning') {
    await tab.goto(origin + '/', { waitUntil: 'networkidle0' });
    await tab.evaluate(seedFullDraft, FULL_DRAFT_ID);
    await tab.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((done) => setTimeout(done, 20_000))]));
    flags.disableStorageReset = true;
  } else if (state === 'seeded') {
    await tab.goto(origin + '/bench-static-start.html');
    await tab.evaluate(seedFullDraft, FULL_DRAFT_ID);
    const session = await tab.createCDPSession();
    await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'service_workers,cache_storage' });
    await session.send('Network.clearBrowserCache');
    await session.detach();
    flags.disableStorageReset = true;
  }
  const { lhr } = await lighthouse(origin + path, flags, undefined, tab);
  await tab.close();
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  for (const item of requests) checkHost(item.url);
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  const score = (category) => (lhr.categories[category]?.score == null ? null : Math.round(lhr.categories[category].score * 100));
  return {
    error: lhr.runtimeError?.code,
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    // What came over the network (0 for what the service worker or the HTTP cache answered).
    transferred: requests.length ? requests.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) : null,
  };
}
// TBT moves by ±200 ms between two runs on the same machine: each page is audited RUNS times,
// interleaved, and the median of each metric is reported with the range of the score.
const pages = {
  'start page (first visit)': ['/', 'first'],
  'start page, static copy (no script)': ['/bench-static-start.html', 'first'],
  'wheel (returning visit)': [`/wheel/${FULL_DRAFT_ID}`, 'returning'],
  'wheel, only the draft (no cache, no service worker)': [`/wheel/${FULL_DRAFT_ID}`, 'seeded'],
  'wheel, static copy (no wasm)': ['/bench-static.html', 'returning'],
};
const audits = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
for (let run = 0; run < RUNS; run++) {
  for (const [name, [path, state]] of Object.entries(pages)) audits[name].push(await audit(path, state));
}
await audited.close();
await server.close();
const lh = Object.fromEntries(
  Object.entries(audits).map(([name, rs]) => [
    name,
    {
      ...Object.fromEntries(['performance', 'accessibility', 'lcp', 'tbt', 'cls', 'transferred'].map((k) => [k, median(rs.map((r) => r[k]))])),
      scores: rs.map((r) => r.performance ?? r.error ?? 'n/a'),
    },
  ]),
);
const seconds = (t) => (t == null ? 'n/a' : `${(t / 1000).toFixed(2)} s`);
console.log(`\n## Lighthouse (mobile), median of ${RUNS} runs\n`);
console.log('Transferred: what came over the network in the audit (not what the service worker or the HTTP cache answered).\n');
console.log('| page | performance (each run) | accessibility | LCP | TBT | CLS | transferred |\n|---|---|---|---|---|---|---|');
for (const [name, r] of Object.entries(lh)) {
  const transferred = r.transferred == null ? 'n/a' : kb(r.transferred);
  console.log(`| ${name} | ${r.performance ?? 'n/a'} (${r.scores.join(', ')}) | ${r.accessibility ?? 'n/a'} | ${seconds(r.lcp)} | ${ms(r.tbt)} | ${r.cls?.toFixed(3) ?? 'n/a'} | ${transferred} |`);
}
// An LCP ratio of the medians, with both LCPs (n/a and Lighthouse's reason when a page had none).
function lcpRatio(ours, copy) {
  const lcp = (name) => lh[name].lcp ?? `n/a (${[...new Set(audits[name].map((r) => r.error ?? 'no LCP'))].join(', ')})`;
  const value = lh[ours].lcp == null || lh[copy].lcp == null ? 'n/a' : `${(lh[ours].lcp / lh[copy].lcp).toFixed(2)}×`;
  const show = (x) => (typeof x === 'number' ? seconds(x) : x);
  return `${value} (${show(lcp(ours))} ÷ ${show(lcp(copy))})`;
}
const startRatio = lcpRatio('start page (first visit)', 'start page, static copy (no script)');
console.log(`\nLCP of the start page ÷ LCP of its static copy (medians): ${startRatio} (target ≤ 1.1)`);
console.log(`LCP of our wheel ÷ LCP of the static wheel (medians): returning visit ${lcpRatio('wheel (returning visit)', 'wheel, static copy (no wasm)')}; only the draft ${lcpRatio('wheel, only the draft (no cache, no service worker)', 'wheel, static copy (no wasm)')} (target ≤ 1.3)`);

// 6. The targets of issue #18, for the README.
const cores = availableParallelism();
const cpu = cpus()[0]?.model ?? 'unknown CPU';
let commit = 'unknown commit';
try {
  commit = execFileSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' }).trim();
} catch {}
console.log(`\n## Summary (${new Date().toISOString().slice(0, 10)}, ${commit}; ${cores} cores, ${cpu}; medians of ${RUNS})\n`);
console.log('| target | goal | measured |\n|---|---|---|');
const row = (what, goal, value) => console.log(`| ${what} | ${goal} | ${value} |`);
row('Start page: transferred before the start control is usable (brotli)', '≤ 30 KB', kb(results.transfer.before));
row('Start page: transferred in all, once the network is quiet (brotli; the service worker\'s offline copy not counted)', 'wasm after the first screen', kb(results.transfer.page));
for (const [name, network] of Object.entries(NETWORKS)) {
  row(`Cold visit, ${network.label}, CPU 4×: first contentful paint`, '—', ms(results.visits[name].fcp));
  row(`Cold visit, ${network.label}, CPU 4×: start control usable`, '—', ms(results.visits[name].usable));
}
row('Returning visitor offline, CPU 4×: start control usable', 'no slower than before', ms(results.visits.offline.usable));
row('Lighthouse mobile, start page (first visit): performance', '≥ 99', lh['start page (first visit)'].performance ?? 'n/a');
row('Lighthouse mobile, start page: LCP ÷ its static copy\'s', '≤ 1.1×', startRatio);
row('Lighthouse mobile, wheel (returning visit): performance', '≥ 98', lh['wheel (returning visit)'].performance ?? 'n/a');
row('Lighthouse mobile, wheel (returning visit): Total Blocking Time', '≤ 150 ms', ms(lh['wheel (returning visit)'].tbt));
const floor = lh['wheel, only the draft (no cache, no service worker)'];
row('(for comparison) the wheel with only the draft, no cache, no service worker: performance, TBT', '—', `${floor.performance ?? 'n/a'}, ${ms(floor.tbt)}`);
console.log(foreign.size ? `\nRequests to other hosts (there must be none): ${[...foreign].join(', ')}` : '\nNo request went to another host.');
