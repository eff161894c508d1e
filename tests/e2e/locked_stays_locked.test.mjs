// Locked stays locked: the auto-lock holds when the tab was hidden, asleep or in the back-forward
// cache; locking after a refused save lets the words leave first, locked; a stale tab never takes
// a lock away or brings a deleted wheel back; the share screen shows what will really leave; a
// passphrase that leaves the device is long and uncommon and not offered to the browser to keep.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { childWheelWithWords, downloadText, drawLine, fillStorage, fluentText, recordBackForwardCache, shownFromCache, startApp, startWheel, untilServedOffline, untilAppStartPage, untilMedia } from './harness.mjs';

let app;
before(async () => {
  app = await startApp({ backForwardCache: true });
});
after(async () => {
  await app?.close();
});

const SECRET_WORDS = 'Pappa skriker på kvällarna';
const PASSPHRASE = 'grön giraff';

/** Locks the wheel shown with PASSPHRASE, from the wheel page. */
async function lockWith(page) {
  await page.locator('details.passphrase-lock').getByText('Lås med lösenord').click();
  await page.getByLabel('Välj ett lösenord (minst 8 tecken)').fill(PASSPHRASE);
  await page.getByLabel('Skriv samma lösenord en gång till').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Lås hjulet' }).click();
  await page.getByRole('button', { name: 'Lås nu' }).waitFor();
}

/** A new child's wheel with words in Trygghet, locked with PASSPHRASE; ends on the wheel page. */
async function lockedWheel(page) {
  await childWheelWithWords(page, app.origin, SECRET_WORDS);
  await lockWith(page);
}

/**
 * Moves the page's clock six minutes on without running the auto-lock's timer. The installed
 * clock goes on with real time until it is paused, so it is paused a little ahead of the time
 * read (a millisecond ahead was sometimes already past); only timers due in those ten seconds
 * run, and the auto-lock is five minutes away.
 */
async function sixMinutesPassWithNoTimer(page) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 10 * 1000);
  await page.clock.setSystemTime(now + 6 * 60 * 1000);
}

const lockedHeading = (page) => page.getByRole('heading', { level: 1, name: 'Hjulet är låst' });

async function unlock(page) {
  await page.getByLabel('Lösenord', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Öppna', exact: true }).click();
  await lockedHeading(page).waitFor({ state: 'detached' });
}

async function storedDraft(page) {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('barnets-basta-hjulet/draft/'));
    return key ? localStorage.getItem(key) : null;
  });
}

test('the last words typed into a locked wheel are kept, even when the page goes while they are being locked', async () => {
  const { context, page, errors } = await app.newPage();
  // Every encryption can be held until the test lets it go, and says when it is done.
  await page.addInitScript(() => {
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
    let release;
    const released = new Promise((resolve) => (release = resolve));
    Object.assign(window, { holdEncryptions: false, held: 0, encrypted: 0, releaseEncryptions: release });
    // Like the real encrypt, the bytes are taken when it is called: the app may hand over views
    // of the wasm memory, which a held call would otherwise read only after the memory moved on.
    const copy = (bytes) => (ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes)).slice();
    crypto.subtle.encrypt = async (algorithm, key, data) => {
      const taken = [{ ...algorithm, iv: copy(algorithm.iv), ...(algorithm.additionalData ? { additionalData: copy(algorithm.additionalData) } : {}) }, key, copy(data)];
      if (window.holdEncryptions) {
        window.held += 1;
        await released;
      }
      const sealed = await encrypt(...taken);
      window.encrypted += 1;
      return sealed;
    };
  });
  await lockedWheel(page);
  await page.locator('#segment-safe').click();
  await page.evaluate(() => (window.holdEncryptions = true));
  const lastWords = `${SECRET_WORDS}, och ingen lyssnar`;
  await page.getByRole('textbox', { name: 'Det här är svårt', exact: true }).fill(lastWords);
  await page.waitForFunction(() => window.held === 1);

  // The child goes on to the share screen (a page of its own) while the words are being locked.
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  await page.getByRole('link', { name: 'Dela', exact: true }).click();
  await page.waitForURL(/\/share\//);
  const before = await storedDraft(page);
  const done = await page.evaluate(() => window.encrypted);
  await page.evaluate(() => window.releaseEncryptions());
  await page.waitForFunction((done) => window.encrypted > done, done);
  // The app writes as soon as its encryption is back: one task later it has.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
  assert.notEqual(await storedDraft(page), before, 'the locked words were written');
  assert.ok(!(await storedDraft(page)).includes('lyssnar'), 'and written locked');

  await page.reload();
  await unlock(page);
  await page.goto(page.url().replace('/share/', '/wheel/') + '/safe');
  await unlock(page);
  assert.equal(await page.getByRole('textbox', { name: 'Det här är svårt', exact: true }).inputValue(), lastWords);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a drawing being written while the lock changes follows the lock, and is neither lost nor left readable', async () => {
  const { context, page, errors } = await app.newPage();
  // The sealing of a drawing (only of media: the words' own sealing runs) is held until the
  // test lets it go. The bytes are taken at the call, as the real encrypt takes them.
  await page.addInitScript(() => {
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
    let release;
    const released = new Promise((resolve) => (release = resolve));
    Object.assign(window, { holdMedia: false, heldMedia: 0, releaseMedia: release });
    const copy = (bytes) => (ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes)).slice();
    crypto.subtle.encrypt = async (algorithm, key, data) => {
      const taken = [{ ...algorithm, iv: copy(algorithm.iv), ...(algorithm.additionalData ? { additionalData: copy(algorithm.additionalData) } : {}) }, key, copy(data)];
      const bound = new TextDecoder().decode(taken[0].additionalData ?? new Uint8Array());
      if (window.holdMedia && bound.startsWith('barnets-basta-hjulet.media')) {
        window.heldMedia += 1;
        await released;
      }
      return encrypt(...taken);
    };
  });
  await lockedWheel(page);
  await page.locator('#segment-safe').click();
  await page.evaluate(() => (window.holdMedia = true));
  await drawLine(page, [[0.1, 0.1], [0.5, 0.8], [0.9, 0.2]]);
  await page.waitForFunction(() => window.heldMedia === 1);

  // While the drawing is being sealed with the passphrase's key, the lock is taken away.
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  await page.getByRole('button', { name: 'Ta bort lösenordet' }).click();
  await page.getByRole('button', { name: 'Lås hjulet' }).waitFor();
  await page.evaluate(() => window.releaseMedia());
  // The drawing, written sealed with a key the tab no longer holds, is opened again to follow.
  await untilMedia(page, (records) => records.length === 1 && records[0] === 'bytes,mime');
  await page.reload();
  await page.locator('#segment-safe').click();
  await page.locator('.drawing-surface[data-strokes="1"]').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the auto-lock holds when the tab comes back after sleep or from being hidden', async () => {
  const { context, page, errors } = await app.newPage();
  await page.clock.install();
  await lockedWheel(page);
  // The device sleeps: six minutes pass and no timer runs (the clock is paused, and
  // setSystemTime fires none). Then the tab is shown again.
  await sixMinutesPassWithNoTimer(page);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  await lockedHeading(page).waitFor();
  assert.equal(await page.getByText(SECRET_WORDS).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the auto-lock holds across another site and Back, from the back-forward cache', async () => {
  const { context, page, errors } = await app.newPage();
  await recordBackForwardCache(page);
  await page.clock.install();
  await lockedWheel(page);
  await page.locator('#segment-safe').click();
  await page.getByRole('textbox', { name: 'Det här är svårt', exact: true }).waitFor();

  // Six minutes pass while the user is on another site; a page in the back-forward cache runs no
  // timer. (The clock moves first: a page in the cache does not hear the test's clock.)
  await untilServedOffline(page);
  await sixMinutesPassWithNoTimer(page);
  await page.goto(app.otherSite + '/neutral.html');
  await page.goBack({ waitUntil: 'commit' });
  await lockedHeading(page).waitFor();
  assert.ok((await shownFromCache(page)).some((path) => path.startsWith('/wheel/')), 'Back used the back-forward cache');
  assert.equal(await page.getByText(SECRET_WORDS).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a wheel locked in another tab while this one was in the back-forward cache stays locked on Back', async () => {
  const { context, page: away, errors } = await app.newPage();
  await recordBackForwardCache(away);
  await childWheelWithWords(away, app.origin, SECRET_WORDS);
  await away.locator('#segment-safe').click();
  await away.getByRole('textbox', { name: 'Det här är svårt', exact: true }).waitFor();
  await untilServedOffline(away);
  const wheelUrl = away.url().replace(/\/[^/]+$/, '');
  await away.goto(app.otherSite + '/neutral.html');

  const other = await context.newPage();
  await other.goto(wheelUrl);
  await lockWith(other);

  await away.goBack({ waitUntil: 'commit' });
  await lockedHeading(away).waitFor();
  assert.ok((await shownFromCache(away)).some((path) => path.startsWith('/wheel/')), 'Back used the back-forward cache');
  assert.equal(await away.getByText(SECRET_WORDS).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('locking after a refused save lets the words leave first, locked with the same passphrase', async () => {
  const { context, page, errors } = await app.newPage();
  await lockedWheel(page);
  await page.locator('#segment-play').click();
  await fillStorage(page);
  await page.getByRole('textbox', { name: 'Det här är bra', exact: true }).fill('Fotboll med Ali');
  await page.getByText('Det gick inte att spara på den här enheten.', { exact: false }).waitFor();
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();

  const [rescue] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lås nu' }).click()]);
  await lockedHeading(page).waitFor();
  assert.equal(rescue.suggestedFilename().match(/^hjulet-rescue-copy-locked-\d{4}-\d\d-\d\d\.hjulet\.json$/)?.length, 1, rescue.suggestedFilename());
  const text = await downloadText(rescue);
  assert.equal(JSON.parse(text).format, 'barnets-basta-hjulet.locked');
  for (const secret of ['Fotboll', 'Pappa', 'Sara']) assert.ok(!text.includes(secret), `"${secret}" readable in the rescue copy`);

  // The rescue copy opens with the same passphrase, at the meeting, with the words that were refused.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles({ name: rescue.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByLabel('Lösenord', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Öppna', exact: true }).click();
  await page.getByText(fluentText(`${rescue.suggestedFilename()} är inhämtad.`)).waitFor();
  await page.getByRole('button', { name: fluentText('Fritid och lek:', { exact: false }) }).click();
  await page.locator('.area-panel[data-area=play]').getByText('Fotboll med Ali').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * Lets a test make the tab deaf to other tabs, as a frozen tab (or one whose event comes late) is:
 * a listener that runs before the app's and stops `storage` events while `window.deaf` is set.
 */
async function canBeDeaf(page) {
  await page.addInitScript(() => {
    window.deaf = false;
    window.addEventListener('storage', (event) => window.deaf && event.stopImmediatePropagation(), true);
  });
}

test('a stale tab never takes a lock away, and never brings a deleted wheel back', async () => {
  const { context, page: stale, errors } = await app.newPage();
  await canBeDeaf(stale);
  await startWheel(stale, app.origin);
  await stale.locator('#segment-safe').click();
  await stale.getByRole('radio', { name: 'Bra', exact: true }).check();
  // This tab does not hear the other tab (frozen, or the event is late).
  await stale.evaluate(() => (window.deaf = true));

  const other = await context.newPage();
  await other.goto(stale.url().replace(/\/[^/]+$/, ''));
  await lockWith(other);

  await stale.getByRole('textbox', { name: 'Det här är bra', exact: true }).fill('Mormor');
  await lockedHeading(stale).waitFor();
  const stored = await storedDraft(stale);
  assert.match(stored, /"format":"barnets-basta-hjulet.locked"/, 'the lock is still on');
  assert.ok(!stored.includes('Mormor'));

  // Deleted on the start page of the other tab; the stale tab's next keystroke brings nothing back.
  await unlock(stale);
  await stale.evaluate(() => (window.deaf = true));
  await other.goto(app.origin + '/');
  await untilAppStartPage(other);
  await other.getByRole('button', { name: fluentText('Ta bort Låst hjul') }).click();
  await other.getByRole('button', { name: 'Ja, ta bort' }).click();
  assert.equal(await storedDraft(other), null);
  await stale.getByRole('textbox', { name: 'Det här är svårt', exact: true }).fill('Bussen');
  await stale.getByText('Det finns inget sådant hjul på den här enheten.', { exact: false }).waitFor();
  assert.equal(await storedDraft(stale), null, 'the deleted wheel stays deleted');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the share screen shows, live, an area answered in another tab before anything leaves', async () => {
  const { context, page: share, errors } = await app.newPage();
  await startWheel(share, app.origin);
  await share.locator('#segment-safe').click();
  await share.getByRole('radio', { name: 'Bra', exact: true }).check();
  const draft = new URL(share.url()).pathname.split('/')[2];
  await share.goto(`${app.origin}/share/${draft}`);
  await share.locator('.share-area[data-area=safe]').waitFor();
  await share.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();

  const other = await context.newPage();
  await other.goto(`${app.origin}/wheel/${draft}/health`);
  await other.getByRole('radio', { name: 'Dåligt', exact: true }).check();
  await other.getByRole('textbox', { name: 'Det här är svårt', exact: true }).fill('Sover dåligt');

  await share.locator('.share-area[data-area=health]').getByText('Sover dåligt').waitFor();
  // What was seen and ticked before no longer holds: it must be ticked again.
  assert.equal(await share.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).isChecked(), false);
  assert.ok(await share.getByRole('button', { name: 'Spara som fil' }).isDisabled());
  await share.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
  const [download] = await Promise.all([share.waitForEvent('download'), share.getByRole('button', { name: 'Spara som fil' }).click()]);
  assert.match(await downloadText(download), /Sover dåligt/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a passphrase is long and uncommon, not offered to the browser to keep, and the screen says who can delete', async () => {
  const { context, page, errors } = await app.newPage();
  await startWheel(page, app.origin);
  await page.locator('details.passphrase-lock').getByText('Lås med lösenord').click();
  await page.getByText('Den som använder enheten kan ta bort ett låst hjul, men inte läsa det.').waitFor();
  for (const field of await page.locator('.new-passphrase input').all()) {
    assert.equal(await field.getAttribute('autocomplete'), 'off');
  }
  for (const [weak, message] of [
    ['sjutton', 'Lösenordet behöver vara minst 8 tecken.'],
    ['12345678', 'Det lösenordet är ett av de vanligaste'],
    ['Password', 'Det lösenordet är ett av de vanligaste'],
  ]) {
    await page.getByLabel('Välj ett lösenord (minst 8 tecken)').fill(weak);
    await page.getByLabel('Skriv samma lösenord en gång till').fill(weak);
    await page.getByRole('button', { name: 'Lås hjulet' }).click();
    await page.getByRole('alert').getByText(message, { exact: false }).waitFor();
  }
  assert.doesNotMatch(await storedDraft(page), /locked/);
  assert.deepEqual(errors, []);
  await context.close();
});
