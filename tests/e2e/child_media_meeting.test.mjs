// A young child who draws and speaks instead of writing: the share screen shows the drawing and
// lets the child hear the voice note, which leaves only when the child turns it on; the file
// carries exactly that, and who may see each area; in the meeting the child's block shows the
// drawing and plays the voice as it was given, the projector window shows the drawing everyone may
// see and never the sound, and they are
// held only in the tab's memory (a reload asks for the file again; "Avsluta mötet" removes them);
// the plan file carries the child's drawings, so the next follow-up shows earlier and new side by
// side.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARTIFACTS,
  FAKE_MICROPHONE,
  drawLine,
  fluentText,
  playsBack,
  recordASecond,
  startApp,
  startWheel,
} from './harness.mjs';

let app;
before(async () => {
  app = await startApp({ args: FAKE_MICROPHONE });
});
after(async () => {
  await app?.close();
});

async function download(page, name) {
  await page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara som fil' }).click(),
  ]);
  const path = join(ARTIFACTS, name);
  await file.saveAs(path);
  return { path, json: JSON.parse(readFileSync(path, 'utf8')) };
}

test("a young child's drawing and voice note leave only as chosen and the meeting shows them first, on the laptop only", async () => {
  const { context, page, foreign, errors } = await app.newPage();
  await startWheel(page, app.origin, { name: 'Mio', age: 'young' });

  // Trygghet: a face, a line drawn, a second said. Fritid och lek: only a drawing, for the
  // professionals only.
  await page.locator('#segment-safe').click();
  await page.locator('input[name=scale][value=three-good]').check();
  await drawLine(page, [[0.1, 0.1], [0.5, 0.8], [0.9, 0.2]]);
  await page.locator('.drawing-surface[data-saved="true"]').waitFor();
  await recordASecond(page);
  await page.getByRole('button', { name: 'Spara inspelningen' }).press('Enter');
  await page.getByRole('status').getByText('Det du sa är sparat.').waitFor();
  await page.goto(page.url().replace(/\/safe$/, '/play'));
  await page.locator('.drawing-surface').waitFor();
  await drawLine(page, [[0.2, 0.5], [0.8, 0.5]]);
  await page.locator('.drawing-surface[data-saved="true"]').waitFor();

  await page.locator('.area-nav a:not([rel])').click();
  await page.locator('#segment-safe').waitFor();
  await page.getByRole('link', { name: 'Dela', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Det här kan du dela' }).waitFor();
  const safe = page.locator('.share-area[data-area=safe]');
  const play = page.locator('.share-area[data-area=play]');
  // An area where the child only drew is on the share screen like one answered.
  await play.locator('.shared-drawing svg').waitFor();
  await safe.locator('.shared-drawing svg').waitFor();
  // The voice note is heard here, and stays home until the child turns it on.
  await playsBack(page, '.share-area[data-area=safe] audio');
  const voiceSwitch = safe.getByRole('switch', { name: 'Dela min inspelning' });
  assert.equal(await voiceSwitch.isChecked(), false, 'a voice note is off by default');
  await play.getByRole('radio', { name: 'Bara de vuxna som jobbar med barn, inte din familj' }).check();
  await play.getByText('Det syns inte på den stora skärmen').waitFor();

  const withoutVoice = await download(page, 'mio-without-voice.hjulet.json');
  assert.deepEqual(Object.keys(withoutVoice.json.media.drawings).sort(), ['play', 'safe']);
  assert.equal(withoutVoice.json.media.voice_notes, undefined, 'no voice note leaves while it is off');
  assert.deepEqual(withoutVoice.json.draft.professionals_only, ['play']);

  await voiceSwitch.check();
  // What leaves changed: it must be seen and confirmed again.
  assert.equal(await page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).isChecked(), false);
  const withVoice = await download(page, 'mio.hjulet.json');
  assert.match(withVoice.json.media.voice_notes.safe.mime, /^audio\//);
  assert.ok(withVoice.json.media.voice_notes.safe.data.length > 100);

  // The meeting, on a clean device.
  const meeting = await context.newPage();
  await meeting.goto(app.origin + '/meeting');
  await meeting.locator('input[type=file]').setInputFiles([withVoice.path]);
  await meeting.getByText(fluentText('mio.hjulet.json är inhämtad.')).waitFor();
  const [projector] = await Promise.all([
    context.waitForEvent('page'),
    meeting.getByRole('button', { name: 'Öppna visning för duken' }).click(),
  ]);
  await meeting.locator('.choosing-wheel .segment[data-area=safe]').click();
  const childBlock = meeting.locator('.area-panel[data-area=safe] .child-voice');
  await childBlock.locator('.brought-drawing svg polyline, .brought-drawing svg path').first().waitFor();
  await playsBack(meeting, '.area-panel[data-area=safe] .child-voice audio');
  // The projector shows the chosen area with the child's drawing, and never the sound.
  await projector.locator('.area-panel[data-area=safe] .brought-drawing svg').waitFor();
  assert.equal(await projector.locator('audio').count(), 0);
  assert.equal(await projector.getByText('Ta in filen igen').count(), 0);
  // Fritid och lek was for the professionals only: its drawing is on the laptop, not on the wall.
  await meeting.locator('.choosing-wheel .segment[data-area=play]').click();
  await projector.locator('.area-panel[data-area=play]').waitFor();
  assert.equal(await projector.locator('.brought-drawing').count(), 0);
  await meeting.locator('.choosing-wheel .segment[data-area=safe]').click();

  // Only in this tab's memory: after a reload the meeting asks for the file again.
  await meeting.reload();
  await meeting.locator('.choosing-wheel .segment[data-area=safe]').click();
  await meeting.getByText('Här fanns en röstinspelning. Ta in filen igen').waitFor();
  assert.equal(await meeting.locator('.area-panel audio').count(), 0);
  await meeting.locator('input[type=file]').setInputFiles([withVoice.path]);
  await meeting.locator('.area-panel[data-area=safe] .child-voice audio').waitFor();

  // The plan file carries the child's drawings (never sound) for the next meeting's follow-up.
  const [planDownload] = await Promise.all([
    meeting.waitForEvent('download'),
    meeting.getByRole('button', { name: 'Spara planen som fil' }).first().click(),
  ]);
  const planPath = join(ARTIFACTS, 'mio-plan.hjulet.json');
  await planDownload.saveAs(planPath);
  const plan = JSON.parse(readFileSync(planPath, 'utf8'));
  assert.deepEqual(Object.keys(plan.child_drawings.drawings).sort(), ['play', 'safe']);
  assert.equal(plan.child_drawings.voice_notes, undefined);

  // "Avsluta mötet" removes them with everything else: nothing left to show or play.
  await meeting.getByRole('button', { name: 'Avsluta mötet' }).click();
  await meeting.getByRole('button', { name: 'Avsluta och ta bort' }).click();
  await meeting.getByRole('heading', { level: 1, name: 'Barnets bästa-hjulet' }).waitFor();
  await meeting.goto(app.origin + '/meeting');
  await meeting.getByText('Inga hjul är inhämtade än.').waitFor();

  // The next meeting: the earlier plan and the child's file again show the earlier and the new
  // drawing side by side.
  await meeting.locator('input[type=file]').setInputFiles([planPath, withVoice.path]);
  await meeting.getByText(fluentText('mio-plan.hjulet.json är den förra planen. Den visas för utvärdering.')).waitFor();
  await meeting.locator('.choosing-wheel .segment[data-area=safe]').click();
  const childRow = meeting.locator('.area-panel[data-area=safe] .follow-up-row[data-perspective=child]');
  await childRow.locator('.follow-up-earlier .brought-drawing svg').waitFor();
  await childRow.locator('.follow-up-now .brought-drawing svg').waitFor();

  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});
