// From the child's screen into the meeting with nothing in between: the share screen's "Visa för
// mötets kamera" loops the file as QR codes; the test takes the codes the page draws, makes a
// video of them (missing one, out of order) and gives it to a second Chromium as its camera; the
// meeting's "Läs in med kameran" reads it and the wheel arrives as the file would bring it. A
// refused camera says so, and the file way stays.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { axeViolations } from './axe.mjs';
import { appWithCameraShowing, collectCodes } from './codes.mjs';
import { ARTIFACTS, clickToClose, drawLine, fluentText, sharedFile, startApp, startWheel } from './harness.mjs';

const apps = [];
after(async () => {
  for (const app of apps) await app.close();
});

async function answer(page, area, scale, hard) {
  await page.locator(`#segment-${area}`).click();
  await page.locator(`input[name=scale][value=${scale}]`).check();
  await page.locator('#words-hard').fill(hard);
  await page.locator('.area-nav a:not([rel])').click();
  await page.locator('#segment-safe').waitFor();
}

/** What the meeting keeps of what it brought in (its sessionStorage), to compare two ways in. */
async function meetingState(page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(sessionStorage).filter(([key]) => !key.startsWith('e2e-'))));
}

/** A meeting whose camera shows the codes (out of order, never frame 0), in a loop. */
async function meetingWithCamera(frames, name) {
  const app = await appWithCameraShowing(frames, name);
  apps.push(app);
  return app;
}

/** Opens the camera reader from the meeting and waits until it has sent what it read and closed. */
async function readWithCamera(page) {
  const [reader] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Läs in med kameran' }).click()]);
  // It closes itself once the wheel has gone to the meeting.
  if (!reader.isClosed()) await reader.waitForEvent('close', { timeout: 60_000 });
}

test('a wheel shown as codes arrives in the meeting the way its file does', async () => {
  const childApp = await startApp();
  apps.push(childApp);
  const { page, foreign, errors } = await childApp.newPage({ bypassCSP: true });
  await startWheel(page, childApp.origin, { name: 'Sara' });
  await answer(page, 'safe', 'bad', 'Bussen till skolan är läskig på morgonen');
  await answer(page, 'learning', 'between', 'Matte går för fort');
  await answer(page, 'play', 'good', 'Fotboll på rasterna med Ali');
  await page.getByRole('link', { name: 'Dela', exact: true }).click();
  const show = page.getByRole('button', { name: 'Visa för mötets kamera' });
  assert.ok(await show.isDisabled(), 'no codes before the confirm');
  await page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara som fil' }).click()]);
  const filePath = join(ARTIFACTS, 'camera-child.hjulet.json');
  await download.saveAs(filePath);

  await show.click();
  const box = page.getByRole('dialog', { name: 'Visa för mötets kamera' });
  await box.getByText('Koderna syns bara medan den här rutan är öppen.').waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'camera-codes.png') });
  assert.deepEqual(await axeViolations(page), []);
  const frames = await collectCodes(page, 8);
  // Closed: no code is left on the page.
  await box.getByRole('button', { name: 'Stäng koderna' }).click();
  await page.locator('dialog.codes-box').waitFor({ state: 'detached' });
  assert.equal(await page.locator('svg.codes-picture').count(), 0);
  // The focus is back on the button that opened the codes.
  assert.ok(await show.evaluate((button) => button === document.activeElement));
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);

  // The camera sees the codes out of order and never sees the first: the fountain code makes up.
  const meetingApp = await meetingWithCamera(frames, 'camera-codes.y4m');
  const meeting = await meetingApp.newPage();
  // No camera reader is fetched before one is opened.
  const readerRequests = [];
  meeting.context.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/reader-app/')) readerRequests.push(request.url());
  });
  await meeting.page.goto(meetingApp.origin + '/meeting');
  await meeting.page.getByRole('heading', { level: 1, name: 'Barnets plan – utkast' }).waitFor();
  assert.deepEqual(readerRequests, [], 'the reader is not fetched with the meeting');
  await readWithCamera(meeting.page);
  assert.ok(readerRequests.some((url) => url.endsWith('.wasm')), 'the reader brought its own wasm');
  await meeting.page.getByText(fluentText('Från kameran är inhämtad.')).waitFor();
  const byCamera = await meetingState(meeting.page);
  await meeting.page.locator('.plan-area[data-area=safe]').getByText('Bussen till skolan är läskig på morgonen').waitFor();

  // The same wheel by file, in a meeting of its own: the same content.
  const byFile = await meetingApp.newPage();
  await byFile.page.goto(meetingApp.origin + '/meeting');
  await byFile.page.locator('input[type=file]').setInputFiles(filePath);
  await byFile.page.getByText(fluentText('camera-child.hjulet.json är inhämtad.')).waitFor();
  assert.match(JSON.stringify(byCamera), /Bussen till skolan är läskig på morgonen/);
  assert.deepEqual(byCamera, await meetingState(byFile.page));
  assert.deepEqual(meeting.foreign, []);
  assert.deepEqual(meeting.errors, []);
});

test('a refused camera says so, and the file way stays; the reader window keeps no copy of the meeting', async () => {
  // A fake camera, but no fake permission prompt: the prompt is denied.
  const app = await startApp({ args: ['--use-fake-device-for-media-stream', '--deny-permission-prompts'] });
  apps.push(app);
  const { page } = await app.newPage({ bypassCSP: true });
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles(sharedFile('camera-refused-child.hjulet.json', {
    id: 'c9'.repeat(8),
    perspective: 'child',
    answers: { safe: { scale: 'bad', hard: 'MÖTETS HEMLIGHET' } },
  }));
  await page.getByText(fluentText('camera-refused-child.hjulet.json är inhämtad.')).waitFor();
  const [reader] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Läs in med kameran' }).click()]);
  await reader.getByRole('alert').getByText('Kameran får inte användas. Tillåt kameran i webbläsaren, eller välj filen i stället.').waitFor();
  assert.deepEqual(await axeViolations(reader), []);
  // The browser gave the window a copy of the meeting tab's sessionStorage; the reader let it go.
  const readerKeeps = await reader.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
  assert.doesNotMatch(readerKeeps, /MÖTETS HEMLIGHET/);
  assert.match(await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage))), /MÖTETS HEMLIGHET/, 'the meeting keeps its own');
  await clickToClose(reader, reader.getByRole('button', { name: 'Stäng kameran' }));
  assert.ok(await page.locator('input[type=file]').isEnabled());
});

test("a locked wheel's codes are the locked file: the meeting asks for its passphrase", async () => {
  const childApp = await startApp();
  apps.push(childApp);
  const { page } = await childApp.newPage();
  await startWheel(page, childApp.origin, { name: 'Sara' });
  await answer(page, 'safe', 'bad', 'Ingen får veta det här');
  await page.getByRole('link', { name: 'Dela', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
  await page.getByRole('checkbox', { name: 'Lås filen med ett lösenord' }).check();
  await page.getByLabel('Välj ett lösenord (minst 8 tecken)').fill('röd räv 42');
  await page.getByLabel('Skriv samma lösenord en gång till').fill('röd räv 42');
  await page.getByRole('button', { name: 'Visa för mötets kamera' }).click();
  const box = page.getByRole('dialog', { name: 'Visa för mötets kamera' });
  await box.getByText('Koderna är låsta med ditt lösenord. Mötet behöver lösenordet för att öppna dem.').waitFor();
  const frames = await collectCodes(page, 14);

  const meetingApp = await meetingWithCamera(frames, 'camera-locked.y4m');
  const { page: meeting } = await meetingApp.newPage();
  await meeting.goto(meetingApp.origin + '/meeting');
  await readWithCamera(meeting);
  await meeting.getByText(fluentText('Från kameran är låst. Skriv lösenordet för att hämta in den.')).waitFor();
  assert.equal(await meeting.getByText('Ingen får veta det här').count(), 0);
  await meeting.getByLabel('Lösenord', { exact: true }).fill('röd räv 42');
  await meeting.getByRole('button', { name: 'Öppna', exact: true }).click();
  await meeting.getByText(fluentText('Från kameran är inhämtad.')).waitFor();
  await meeting.locator('.plan-area[data-area=safe]').getByText('Ingen får veta det här').waitFor();
});

test('drawings go by codes when the child chooses, voice notes never', async () => {
  const childApp = await startApp();
  apps.push(childApp);
  const { page } = await childApp.newPage();
  await startWheel(page, childApp.origin, { name: 'Mio', age: 'young' });
  await page.locator('#segment-safe').click();
  await page.locator('input[name=scale][value=three-good]').check();
  await drawLine(page, [[0.1, 0.1], [0.5, 0.8], [0.9, 0.2]]);
  await page.locator('.drawing-surface[data-saved="true"]').waitFor();
  await page.locator('.area-nav a:not([rel])').click();
  await page.getByRole('link', { name: 'Dela', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
  const withDrawings = page.getByRole('switch', { name: 'Ta med teckningarna i koderna (det blir fler koder)' });
  assert.equal(await withDrawings.isChecked(), false, 'words and faces only, unless chosen');
  await withDrawings.check();
  await page.getByRole('button', { name: 'Visa för mötets kamera' }).click();
  const box = page.getByRole('dialog', { name: 'Visa för mötets kamera' });
  await box.getByText('Röstinspelningar följer inte med koderna.', { exact: false }).waitFor();
  const frames = await collectCodes(page, 12);

  const meetingApp = await meetingWithCamera(frames, 'camera-drawing.y4m');
  const { page: meeting, errors } = await meetingApp.newPage();
  await meeting.goto(meetingApp.origin + '/meeting');
  await readWithCamera(meeting);
  await meeting.getByText(fluentText('Från kameran är inhämtad.')).waitFor();
  await meeting.locator('.choosing-wheel .segment[data-area=safe]').click();
  await meeting.locator('.area-panel[data-area=safe] .child-voice .brought-drawing svg').waitFor();
  assert.deepEqual(errors, []);
});
