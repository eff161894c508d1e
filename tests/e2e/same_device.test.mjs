// When the meeting uses the very computer the child filled in the wheel on: the share screen's
// "Till mötet på den här datorn" opens the meeting in a new tab and hands it what the file would
// hold (words, drawings, the lock when one was chosen), page to page in memory. It arrives as the
// file brings it, and nothing of it is stored on the device that a file would not leave there.
// Messages from another origin, from another window or of another shape change nothing; a browser
// that blocks the tab gets a clear message, and the file way stays.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './axe.mjs';
import { ARTIFACTS, drawLine, fluentText, sharedFile, startApp, startWheel } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const BUTTON = 'Till mötet på den här datorn';
const SENT = 'Det du delar finns nu i mötet i den nya fliken. Ingen fil sparades.';
const FROM_HERE = 'Från den här datorn';
const READY = 'hjulet-meeting-ready';
const SHARED_TEXT = 'hjulet-shared-text';

async function answer(page, area, scale, hard, { draw = false } = {}) {
  await page.locator(`#segment-${area}`).click();
  await page.locator(`input[name=scale][value=${scale}]`).check();
  await page.locator('#words-hard').fill(hard);
  if (draw) {
    await drawLine(page, [[0.1, 0.1], [0.5, 0.8], [0.9, 0.2]]);
    await page.locator('.drawing-surface[data-saved="true"]').waitFor();
  }
  await page.locator('.area-nav a:not([rel])').click();
  await page.locator('#segment-safe').waitFor();
}

/** What the meeting tab keeps of what it brought in (its sessionStorage). */
async function meetingState(page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(sessionStorage)));
}

/** Everything the origin keeps on the device: localStorage, and each IndexedDB store's keys. */
async function deviceStorage(page) {
  return page.evaluate(async () => {
    const request = (r) => new Promise((done, fail) => {
      r.onsuccess = () => done(r.result);
      r.onerror = () => fail(r.error);
    });
    const databases = {};
    for (const { name } of await indexedDB.databases()) {
      const db = await request(indexedDB.open(name));
      const stores = {};
      for (const store of db.objectStoreNames) {
        stores[store] = (await request(db.transaction(store).objectStore(store).getAllKeys())).map(String).sort();
      }
      db.close();
      databases[name] = stores;
    }
    return { local: Object.fromEntries(Object.entries(localStorage)), databases };
  });
}

/** Counts the tabs the page opens (window.open), and lets none open when `block`. */
async function countOpened(page, { block = false } = {}) {
  await page.addInitScript((block) => {
    const open = window.open.bind(window);
    window.opened = 0;
    window.open = (...args) => {
      window.opened += 1;
      return block ? null : open(...args);
    };
  }, block);
}

async function toShareScreen(page) {
  await page.getByRole('link', { name: 'Dela', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Det här kan du dela' }).waitFor();
}

test('a wheel with words and a drawing goes to the meeting on this computer as its file brings it, and nothing more is stored', async () => {
  const { context, page, foreign, errors } = await app.newPage();
  await startWheel(page, app.origin, { name: 'Sara' });
  await answer(page, 'safe', 'bad', 'Bussen till skolan är läskig på morgonen', { draw: true });
  await answer(page, 'play', 'good', 'Fotboll på rasterna med Ali');
  await toShareScreen(page);
  await page.locator('.share-area[data-area=safe] .shared-drawing svg').waitFor();
  const button = page.getByRole('button', { name: BUTTON });
  assert.ok(await button.isDisabled(), 'nothing goes before the confirm');
  await page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara som fil' }).click()]);
  const filePath = join(ARTIFACTS, 'same-device-child.hjulet.json');
  await download.saveAs(filePath);
  const file = JSON.parse(readFileSync(filePath, 'utf8'));
  assert.deepEqual(Object.keys(file.media.drawings), ['safe'], 'the file carries the drawing');

  const storedBefore = await deviceStorage(page);
  const childSessionBefore = await meetingState(page);
  const [meeting] = await Promise.all([page.waitForEvent('popup'), button.click()]);
  await page.getByRole('status').getByText(SENT).waitFor();
  await meeting.getByText(fluentText(`${FROM_HERE} är inhämtad.`)).waitFor();
  // The mark that it came from this computer is gone from the address: a reload is a meeting.
  assert.equal(meeting.url(), `${app.origin}/meeting`);
  await meeting.locator('.plan-area[data-area=safe]').getByText('Bussen till skolan är läskig på morgonen').waitFor();
  await meeting.locator('.plan-area[data-area=play]').getByText('Fotboll på rasterna med Ali').waitFor();
  await meeting.locator('.choosing-wheel .segment[data-area=safe]').click();
  await meeting.locator('.area-panel[data-area=safe] .child-voice .brought-drawing svg').waitFor();

  // Nothing was stored on the way: the device keeps what it kept before, the child's tab too.
  assert.deepEqual(await deviceStorage(page), storedBefore);
  assert.deepEqual(await meetingState(page), childSessionBefore);

  // The same wheel by its file, in a meeting tab of its own: the meeting keeps the same.
  const byFile = await context.newPage();
  await byFile.goto(app.origin + '/meeting');
  await byFile.locator('input[type=file]').setInputFiles(filePath);
  await byFile.getByText(fluentText('same-device-child.hjulet.json är inhämtad.')).waitFor();
  const handedOver = await meetingState(meeting);
  assert.match(JSON.stringify(handedOver), /Bussen till skolan är läskig på morgonen/);
  assert.deepEqual(handedOver, await meetingState(byFile));
  await byFile.locator('.choosing-wheel .segment[data-area=safe]').click();
  const drawing = (p) => p.locator('.area-panel[data-area=safe] .child-voice .brought-drawing svg').innerHTML();
  assert.equal(await drawing(meeting), await drawing(byFile), 'the same drawing');

  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a meeting left in the child's tab does not follow into the new meeting's tab", async () => {
  const { context, page, errors } = await app.newPage();
  // The same tab held another child's meeting earlier (nobody pressed "Avsluta mötet").
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles(sharedFile('same-device-ali.hjulet.json', {
    id: 'a7'.repeat(8),
    perspective: 'child',
    answers: { safe: { scale: 'very-bad', hard: 'ALIS HEMLIGHET' } },
  }));
  await page.getByText(fluentText('same-device-ali.hjulet.json är inhämtad.')).waitFor();
  await startWheel(page, app.origin, { name: 'Sara' });
  await answer(page, 'play', 'good', 'Fotboll på rasterna');
  await toShareScreen(page);
  await page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
  const [meeting] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: BUTTON }).click()]);
  await meeting.getByText(fluentText(`${FROM_HERE} är inhämtad.`)).waitFor();
  await meeting.locator('.plan-area[data-area=play]').getByText('Fotboll på rasterna').waitFor();
  assert.equal(await meeting.getByText('ALIS HEMLIGHET').count(), 0, "Ali's meeting came into Sara's");
  assert.doesNotMatch(JSON.stringify(await meetingState(meeting)), /ALIS HEMLIGHET/);
  // A reload of the new tab is still Sara's meeting alone.
  await meeting.reload();
  await meeting.locator('.plan-area[data-area=play]').getByText('Fotboll på rasterna').waitFor();
  assert.equal(await meeting.getByText('ALIS HEMLIGHET').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a locked wheel goes locked: the meeting asks for its passphrase, and a passphrase not yet right opens nothing", async () => {
  const { context, page, errors } = await app.newPage();
  await countOpened(page);
  await startWheel(page, app.origin, { name: 'Sara' });
  await answer(page, 'safe', 'bad', 'Ingen får veta det här');
  await toShareScreen(page);
  await page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
  await page.getByRole('checkbox', { name: 'Lås filen med ett lösenord' }).check();
  await page.getByLabel('Välj ett lösenord (minst 8 tecken)').fill('röd räv 42');
  await page.getByLabel('Skriv samma lösenord en gång till').fill('röd räv 43');
  await page.getByRole('button', { name: BUTTON }).click();
  await page.getByText('Lösenorden är inte likadana. Skriv samma lösenord två gånger.').waitFor();
  assert.equal(await page.evaluate(() => window.opened), 0, 'no tab while the passphrase is not right');

  await page.getByLabel('Skriv samma lösenord en gång till').fill('röd räv 42');
  const [meeting] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: BUTTON }).click()]);
  await page.getByRole('status').getByText(SENT).waitFor();
  await meeting.getByText(fluentText(`${FROM_HERE} är låst. Skriv lösenordet för att hämta in den.`)).waitFor();
  assert.equal(await meeting.getByText('Ingen får veta det här').count(), 0);
  assert.doesNotMatch(JSON.stringify(await meetingState(meeting)), /Ingen får veta det här/);
  await meeting.getByLabel('Lösenord', { exact: true }).fill('fel lösenord');
  await meeting.getByRole('button', { name: 'Öppna', exact: true }).click();
  await meeting.getByText('Fel lösenord. Ingenting har ändrats – försök igen.').waitFor();
  await meeting.getByLabel('Lösenord', { exact: true }).fill('röd räv 42');
  await meeting.getByRole('button', { name: 'Öppna', exact: true }).click();
  await meeting.getByText(fluentText(`${FROM_HERE} är inhämtad.`)).waitFor();
  await meeting.locator('.plan-area[data-area=safe]').getByText('Ingen får veta det här').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('messages from another origin, another window or of another shape change nothing in the meeting', async () => {
  const { context, page, foreign, errors } = await app.newPage({ bypassCSP: true });
  const genuine = readFileSync(
    sharedFile('same-device-genuine.hjulet.json', {
      id: 'c1'.repeat(16),
      perspective: 'child',
      answers: { safe: { scale: 'bad', hard: 'Det riktiga hjulet' } },
    }),
    'utf8',
  );
  const forged = readFileSync(
    sharedFile('same-device-forged.hjulet.json', {
      id: 'f0'.repeat(16),
      perspective: 'child',
      answers: { safe: { scale: 'very-good', hard: 'Förfalskat' } },
    }),
    'utf8',
  );
  // A page of another origin: it posts a well-formed wheel to its parent, or to the meeting it
  // opened itself, and notes every message it gets.
  await context.route(`${app.otherSite}/forge.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>forge</title><script>
        window.heard = [];
        addEventListener('message', (event) => heard.push(event.data));
        const forged = ${JSON.stringify(forged)};
        if (parent !== window) parent.postMessage({ kind: '${SHARED_TEXT}', text: forged, n: 'other-origin-frame' }, '*');
        window.openMeeting = () => { window.meeting = open('${app.origin}/meeting?from=this-device'); };
        window.forge = () => meeting.postMessage({ kind: '${SHARED_TEXT}', text: forged, n: 'other-origin-opener' }, '*');
      </script>`,
    }),
  );

  // A page of the app's origin opens the meeting the way the child's page does, and answers it.
  await page.goto(app.origin + '/');
  await page.evaluate(() => {
    window.heard = [];
    addEventListener('message', (event) => window.heard.push(event.data));
  });
  const [meeting] = await Promise.all([
    page.waitForEvent('popup'),
    page.evaluate(() => {
      window.meeting = window.open('/meeting?from=this-device');
    }),
  ]);
  await page.waitForFunction((ready) => window.heard.some((m) => m?.kind === ready), READY);
  await meeting.getByText('Inga hjul är inhämtade än.').waitFor();
  // Noted after the meeting's own listener: a message seen here has been seen by the meeting.
  await meeting.evaluate(() => {
    window.seen = [];
    addEventListener('message', (event) => window.seen.push(event.data?.n));
  });
  const seen = (n) => meeting.waitForFunction((n) => window.seen.includes(n), n);

  // A frame of another origin inside the meeting.
  await meeting.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, `${app.otherSite}/forge.html`);
  await seen('other-origin-frame');
  // Another window of the same origin (the meeting's own).
  await meeting.evaluate(
    ([kind, text]) => window.postMessage({ kind, text, n: 'another-window' }, location.origin),
    [SHARED_TEXT, forged],
  );
  await seen('another-window');
  // The opener, with messages of the wrong shape.
  await page.evaluate(
    ([kind, text]) => {
      window.meeting.postMessage({ kind: 'something-else', text, n: 'wrong-kind' }, location.origin);
      window.meeting.postMessage({ kind, text: JSON.parse(text), n: 'not-a-text' }, location.origin);
      window.meeting.postMessage(text, location.origin);
    },
    [SHARED_TEXT, forged],
  );
  await seen('not-a-text');
  assert.equal(await meeting.locator('.import-outcomes li').count(), 0, 'nothing came in');
  await meeting.getByText('Inga hjul är inhämtade än.').waitFor();

  // The opener's real answer comes in, and only it.
  await page.evaluate(([kind, text]) => window.meeting.postMessage({ kind, text, n: 'genuine' }, location.origin), [SHARED_TEXT, genuine]);
  await meeting.getByText(fluentText(`${FROM_HERE} är inhämtad.`)).waitFor();
  await meeting.locator('.plan-area[data-area=safe]').getByText('Det riktiga hjulet').waitFor();
  assert.equal(await meeting.locator('.import-outcomes li').count(), 1);
  assert.equal(await meeting.getByText('Förfalskat').count(), 0);
  assert.doesNotMatch(JSON.stringify(await meetingState(meeting)), /Förfalskat/);

  // A page of another origin that opens the meeting hears no "ready", and what it posts is ignored.
  const other = await context.newPage();
  await other.goto(`${app.otherSite}/forge.html`);
  const [itsMeeting] = await Promise.all([other.waitForEvent('popup'), other.evaluate(() => window.openMeeting())]);
  await itsMeeting.getByText('Inga hjul är inhämtade än.').waitFor();
  await itsMeeting.evaluate(() => {
    window.seen = [];
    addEventListener('message', (event) => window.seen.push(event.data?.n));
  });
  await other.evaluate(() => window.forge());
  await itsMeeting.waitForFunction(() => window.seen.includes('other-origin-opener'));
  assert.equal(await itsMeeting.locator('.import-outcomes li').count(), 0);
  assert.deepEqual(await other.evaluate(() => window.heard.filter((m) => m?.kind)), [], 'no "ready" went to another origin');

  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a blocked tab says so in the child\'s language, right to left on a phone, and the file way stays', async () => {
  const { context, page, foreign, errors } = await app.newPage({ viewport: { width: 360, height: 800 }, bypassCSP: true });
  await countOpened(page, { block: true });
  await startWheel(page, app.origin, { name: 'Sara' });
  await answer(page, 'safe', 'bad', 'Bussen');
  await toShareScreen(page);
  // Arabic, chosen the way the header's menu does it on a phone.
  await page.locator('#header-menu-button').click();
  await page.locator('#language').selectOption('ar');
  await page.locator('html[dir=rtl]').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.confirm-check input').first().check();
  await page.getByRole('button', { name: 'إلى الاجتماع على هذا الحاسوب' }).click();
  await page.getByRole('status').getByText('أوقف المتصفح علامة التبويب الجديدة. اسمح بالنوافذ الجديدة لهذه الصفحة، أو احفظ كملف.').waitFor();
  assert.equal(await page.evaluate(() => window.opened), 1);
  assert.ok(await page.getByRole('button', { name: 'حفظ كملف', exact: true }).isEnabled());
  assert.ok(
    await page.evaluate(() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth),
    'nothing scrolls sideways at 360 px',
  );
  await page.locator('.share-buttons').screenshot({ path: join(ARTIFACTS, 'same-device-blocked-ar.png') });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});
