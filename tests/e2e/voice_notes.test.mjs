// "Säg det": a child records a voice note on an area with Chromium's fake microphone, listens to
// it before keeping it, finds it again after a reload and deletes it with one tap; a locked
// wheel's note is kept only as ciphertext in IndexedDB; "Ta bort" and "Radera allt" remove it;
// where the microphone is refused, the page says so kindly and everything else still works.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FAKE_MICROPHONE, fluentText, playsBack, recordASecond, startApp, startWheel, untilAppStartPage, untilInPage, untilMedia } from './harness.mjs';

let app;
before(async () => {
  app = await startApp({ args: FAKE_MICROPHONE });
});
after(async () => {
  await app?.close();
});

/**
 * Every record in the app's IndexedDB: its key, the names of its fields, and all its byte
 * arrays joined, as hex (what anyone holding the device could read).
 */
async function storedMedia(page) {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('barnets-basta-hjulet')) return [];
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('barnets-basta-hjulet');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = (request) => new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('media').objectStore('media');
    const [keys, values] = await Promise.all([read(store.getAllKeys()), read(store.getAll())]);
    db.close();
    return keys.map((key, i) => {
      const arrays = Object.values(values[i]).filter((v) => v instanceof Uint8Array);
      const hex = arrays.map((a) => Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('')).join('');
      return { key, fields: Object.keys(values[i]).sort(), hex, text: JSON.stringify(values[i].mime ?? null) };
    });
  });
}

/** Waits until IndexedDB holds exactly `count` records whose key ends with `suffix`. */
async function untilStored(page, suffix, count) {
  await untilInPage(
    page,
    async ([suffix, count]) => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (!names.includes('barnets-basta-hjulet')) return count === 0;
      const db = await new Promise((resolve) => {
        const open = indexedDB.open('barnets-basta-hjulet');
        open.onsuccess = () => resolve(open.result);
      });
      const keys = await new Promise((resolve) => {
        const request = db.transaction('media').objectStore('media').getAllKeys();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return keys.filter((key) => key.endsWith(suffix)).length === count;
    },
    [suffix, count],
  );
}

const OGG = Buffer.from('OggS').toString('hex');
const WEBM = '1a45dfa3';

async function lockWith(page, passphrase) {
  const section = page.locator('details.passphrase-lock');
  if (!(await section.evaluate((details) => details.open))) {
    await section.getByText('Lås med lösenord').click();
  }
  await page.getByLabel('Välj ett lösenord (minst 8 tecken)').fill(passphrase);
  await page.getByLabel('Skriv samma lösenord en gång till').fill(passphrase);
  await page.getByRole('button', { name: 'Lås hjulet' }).click();
  await page.getByText(fluentText('Hjulet är låst med lösenord. Det låses igen om ingen använder det på 5 minuter.')).waitFor();
}

/** Records a second on `area` and keeps it; ends on that area's page. */
async function keepANote(page, area) {
  await page.locator(`#segment-${area}`).click();
  await recordASecond(page);
  await page.getByRole('button', { name: 'Spara inspelningen' }).click();
  await page.getByRole('status').getByText('Det du sa är sparat.').waitFor();
}

/**
 * The device is full: IndexedDB refuses every write, as Chromium does when the quota is used up
 * (the app's own sealing and writing run; only the browser's answer is changed). `makeRoom`
 * takes it back.
 */
async function fillTheDevice(page) {
  await page.evaluate(() => {
    window.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

async function makeRoom(page) {
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = window.realPut;
  });
}

test('a child records, listens, keeps the note, finds it after a reload and deletes it with one tap', async () => {
  const { context, page, foreign, errors } = await app.newPage();
  await startWheel(page, app.origin, { name: 'Sara' });
  await page.locator('#segment-safe').click();
  await page.getByRole('heading', { name: 'Säg det' }).waitFor();

  await recordASecond(page);
  await page.getByText('Lyssna på det du sa. Vill du spara det?').waitFor();
  await playsBack(page, '#voice-preview');
  assert.deepEqual(await storedMedia(page), [], 'nothing is kept before the child says so');

  await page.getByRole('button', { name: 'Spara inspelningen' }).press('Enter');
  await page.getByRole('status').getByText('Det du sa är sparat.').waitFor();
  const [kept] = await storedMedia(page);
  assert.match(kept.key, /^[0-9a-f]+\/safe\/voice$/);
  assert.match(kept.text, /audio\//, 'an open wheel keeps the sound as it was recorded');

  await page.reload();
  await page.getByRole('heading', { name: 'Säg det' }).waitFor();
  await playsBack(page, '#voice-kept');

  // One tap, no question: the recording is gone from the page and from the device.
  await page.getByRole('button', { name: 'Ta bort inspelningen' }).click();
  await page.getByRole('status').getByText('Inspelningen är borttagen.').waitFor();
  await page.getByRole('button', { name: 'Spela in', exact: true }).waitFor();
  assert.deepEqual(await storedMedia(page), []);
  await page.reload();
  await page.getByRole('button', { name: 'Spela in', exact: true }).waitFor();
  assert.equal(await page.locator('audio').count(), 0);

  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a locked wheel keeps its notes only encrypted, they open with the passphrase, and "Ta bort" removes them', async () => {
  const { context, page, foreign, errors } = await app.newPage();
  await startWheel(page, app.origin, { name: 'Sara' });

  // Kept before the lock: sealed again when the wheel is locked.
  await keepANote(page, 'play');
  const [open] = await storedMedia(page);
  assert.ok(open.hex.includes(WEBM) || open.hex.includes(OGG), 'the fake microphone records WebM or Ogg');
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  await lockWith(page, 'blå elefant');
  await untilMedia(page, (records) => records.length === 1 && records.every((fields) => fields === 'iv,salt,sealed'));

  // Kept while locked: sealed from the start.
  await keepANote(page, 'safe');

  const stored = await storedMedia(page);
  assert.equal(stored.length, 2);
  for (const record of stored) {
    assert.deepEqual(record.fields, ['iv', 'salt', 'sealed'], record.key);
    assert.ok(!record.hex.includes(WEBM), `${record.key}: WebM is readable`);
    assert.ok(!record.hex.includes(OGG), `${record.key}: Ogg is readable`);
    assert.ok(!record.hex.includes(Buffer.from('audio/').toString('hex')), `${record.key}: its type is readable`);
  }

  // Another visit: the passphrase opens the words and both notes (the one sealed from the start
  // and the one sealed when the wheel was locked).
  await page.reload();
  await page.getByLabel('Lösenord', { exact: true }).fill('blå elefant');
  await page.getByRole('button', { name: 'Öppna', exact: true }).click();
  await page.getByRole('heading', { name: 'Säg det' }).waitFor();
  await playsBack(page, '#voice-kept');
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  await page.locator('#segment-play').click();
  await page.getByRole('heading', { name: 'Säg det' }).waitFor();
  await playsBack(page, '#voice-kept');

  // "Ta bort" on the start page takes the notes with the wheel.
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.getByRole('button', { name: fluentText('Ta bort Låst hjul') }).click();
  await page.getByRole('button', { name: 'Ja, ta bort' }).click();
  await untilStored(page, '/voice', 0);

  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a device with no room to lock or unlock the notes leaves the wheel as it was and says so, and nothing is lost', async () => {
  const { context, page, foreign, errors } = await app.newPage();
  await startWheel(page, app.origin, { name: 'Sara' });
  await keepANote(page, 'play');
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();

  await fillTheDevice(page);
  const section = page.locator('details.passphrase-lock');
  await section.getByText('Lås med lösenord').click();
  await page.getByLabel('Välj ett lösenord (minst 8 tecken)').fill('blå elefant');
  await page.getByLabel('Skriv samma lösenord en gång till').fill('blå elefant');
  await page.getByRole('button', { name: 'Lås hjulet' }).click();
  await page
    .getByRole('alert')
    .getByText('Hjulet är inte låst: det finns inte plats på enheten för att låsa inspelningarna och teckningarna. Ingenting har ändrats. Gör plats och försök igen.')
    .waitFor();
  // Not locked words beside a readable recording: neither is locked, and the page says so.
  assert.equal(await page.getByText(fluentText('Hjulet är låst med lösenord. Det låses igen om ingen använder det på 5 minuter.')).count(), 0);
  const [kept] = await storedMedia(page);
  assert.match(kept.text, /audio\//, 'the recording is kept as it was');
  const draft = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith('barnets-basta-hjulet/draft/'))?.[1] ?? '');
  assert.ok(draft.includes('"Sara"'), 'the words are kept as they were, readable like the recording');

  // With room again, the same form locks both.
  await makeRoom(page);
  await page.getByRole('button', { name: 'Lås hjulet' }).click();
  await page.getByText(fluentText('Hjulet är låst med lösenord. Det låses igen om ingen använder det på 5 minuter.')).waitFor();
  const [sealed] = await storedMedia(page);
  assert.deepEqual(sealed.fields, ['iv', 'salt', 'sealed']);
  assert.ok(!sealed.hex.includes(WEBM) && !sealed.hex.includes(OGG), 'the sound is not readable');

  await page.reload();
  await page.getByLabel('Lösenord', { exact: true }).fill('blå elefant');
  await page.getByRole('button', { name: 'Öppna', exact: true }).click();
  await page.locator('#segment-play').click();
  await playsBack(page, '#voice-kept');

  // Taking the lock away on a full device: the lock stays, on the words and the recording.
  await page.getByRole('link', { name: 'Tillbaka till hjulet' }).click();
  await fillTheDevice(page);
  await page.getByRole('button', { name: 'Ta bort lösenordet' }).click();
  await page
    .getByRole('alert')
    .getByText('Låset är kvar: inspelningarna och teckningarna gick inte att låsa upp. Ingenting har ändrats. Försök igen.')
    .waitFor();
  await page.getByText(fluentText('Hjulet är låst med lösenord. Det låses igen om ingen använder det på 5 minuter.')).waitFor();
  assert.deepEqual((await storedMedia(page))[0].fields, ['iv', 'salt', 'sealed']);

  // With room again it comes off both, and the recording still plays.
  await makeRoom(page);
  await page.getByRole('button', { name: 'Ta bort lösenordet' }).click();
  await page.getByRole('button', { name: 'Lås hjulet' }).waitFor();
  const [open] = await storedMedia(page);
  assert.match(open.text, /audio\//);
  await page.locator('#segment-play').click();
  await playsBack(page, '#voice-kept');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('"Radera allt" removes every voice note and leaves no database behind', async () => {
  const { context, page } = await app.newPage();
  await startWheel(page, app.origin, { name: 'Sara' });
  await page.locator('#segment-safe').click();
  await recordASecond(page);
  await page.getByRole('button', { name: 'Spara inspelningen' }).click();
  await page.getByRole('status').getByText('Det du sa är sparat.').waitFor();

  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.getByRole('button', { name: 'Radera allt på den här enheten' }).click();
  await page.getByRole('button', { name: 'Ja, radera allt' }).click();
  await page.getByText('Allt är raderat från den här enheten.').waitFor();
  await untilInPage(page, async () => (await indexedDB.databases()).length === 0);
  await context.close();
});

test('where the microphone is refused the page says so kindly, and the words still work', async () => {
  // The same fake device, but nobody says yes to the prompt: headless Chromium refuses it.
  const refusing = await startApp({ args: ['--use-fake-device-for-media-stream'] });
  try {
    const { context, page, foreign, errors } = await refusing.newPage();
    await startWheel(page, refusing.origin, { name: 'Sara' });
    await page.locator('#segment-safe').click();
    await page.getByRole('button', { name: 'Spela in', exact: true }).click();
    await page
      .getByRole('status')
      .getByText('Det går inte att spela in här, för mikrofonen får inte användas. Det gör ingenting – du kan rita eller skriva i stället.')
      .waitFor();
    assert.equal(await page.getByRole('button', { name: 'Spela in', exact: true }).count(), 0, 'no button that cannot work');

    await page.getByRole('textbox', { name: 'Det här är svårt', exact: true }).fill('Jag vill inte prata');
    await page.getByText('Sparat på den här enheten.').waitFor();
    await page.getByRole('radio', { name: 'Dåligt', exact: true }).check();
    await page.reload();
    assert.equal(await page.getByRole('textbox', { name: 'Det här är svårt', exact: true }).inputValue(), 'Jag vill inte prata');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();
  } finally {
    await refusing.close();
  }
});
