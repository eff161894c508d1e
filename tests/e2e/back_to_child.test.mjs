// After the meeting, back to the child with nothing in between: the meeting shows its summary for
// the child as codes ("Visa för barnets telefon"); a second browser — the family's phone, with a
// fake camera fed the meeting's own codes — takes it in with "Ta emot från mötet" and keeps it as
// a wheel whose picture cards (what, who, when) the child marks. The marks leave with the child's
// next shared wheel and open the next meeting's follow-up. A wheel's codes read by mistake are
// refused with a reason, and nothing is kept.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { axeViolations } from './axe.mjs';
import { appWithCameraShowing, collectCodes } from './codes.mjs';
import { ARTIFACTS, clickToClose, draftKeys, fluentText, lastCopied, recordCopies, sharedFile, startApp, startWheel } from './harness.mjs';

const apps = [];
after(async () => {
  for (const app of apps) await app.close();
});

async function started(app) {
  apps.push(await app);
  return apps.at(-1);
}

/** Opens the camera reader from the child's "Ta emot från mötet" and waits until it has sent what it read and closed. */
async function receiveWithCamera(page, origin) {
  await page.goto(origin + '/');
  await page.getByRole('link', { name: 'Ta emot från mötet' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ta emot från mötet' }).waitFor();
  const [reader] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Öppna kameran' }).click()]);
  if (!reader.isClosed()) await reader.waitForEvent('close', { timeout: 60_000 });
}

test("the meeting's summary goes to the family's phone by codes, and the child's marks come back to the next meeting", async () => {
  const meetingApp = await started(startApp());
  const { page: meeting, errors, foreign } = await meetingApp.newPage({ bypassCSP: true });
  const childFile = sharedFile('summary-child.hjulet.json', {
    id: 'a1b2c3d4e5f60718',
    perspective: 'child',
    answers: { safe: { scale: 'bad', hard: 'Bussen' } },
  });
  await meeting.goto(meetingApp.origin + '/meeting');
  await meeting.locator('input[type=file]').setInputFiles(childFile);
  await meeting.getByText(fluentText('summary-child.hjulet.json är inhämtad.')).waitFor();
  const codesButton = meeting.getByRole('button', { name: 'Visa för barnets telefon' });
  assert.ok(await codesButton.isDisabled(), 'nothing agreed yet: nothing to send');
  await meeting.locator('#plan-made-on').fill('2026-09-01');
  await meeting.getByRole('group', { name: 'Samverkansansvarig' }).getByLabel('Namn').fill('Eva Ek');
  await meeting.getByLabel('Nästa utvärdering').fill('2027-02-01');
  await meeting.locator('#plan-safe-plan-needs').fill('Trygg skolväg');
  await meeting.locator('#plan-safe-action-0-what').fill('Följeslagare på bussen');
  await meeting.locator('#plan-safe-action-0-who').fill('Elevhälsan');
  await meeting.locator('#plan-safe-action-0-when').fill('Varje morgon');
  const [planDownload] = await Promise.all([
    meeting.waitForEvent('download'),
    meeting.getByRole('button', { name: 'Spara planen som fil' }).first().click(),
  ]);
  const planPath = join(ARTIFACTS, 'summary-plan.hjulet.json');
  await planDownload.saveAs(planPath);

  await codesButton.click();
  const box = meeting.getByRole('dialog', { name: 'Visa för barnets telefon' });
  await box.getByText('Koderna syns bara medan den här rutan är öppen.').waitFor();
  assert.deepEqual(await axeViolations(meeting), []);
  const frames = await collectCodes(meeting, 5);
  await box.getByRole('button', { name: 'Stäng koderna' }).click();
  await meeting.locator('dialog.codes-box').waitFor({ state: 'detached' });

  // The family's phone: another browser, whose camera sees the meeting's codes.
  const phoneApp = await started(appWithCameraShowing(frames, 'summary-codes.y4m'));
  const phone = await phoneApp.newPage({ bypassCSP: true, viewport: { width: 360, height: 740 } });
  const readerRequests = [];
  phone.context.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/reader-app/')) readerRequests.push(request.url());
  });
  await receiveWithCamera(phone.page, phoneApp.origin);
  assert.ok(readerRequests.some((url) => url.endsWith('.wasm')), 'the reader brought its own wasm, only now');
  const promised = phone.page.locator('section.promised');
  await promised.getByRole('heading', { name: 'Det vi bestämde på mötet' }).waitFor();
  await promised.getByText(fluentText('Nästa möte: 2027-02-01')).waitFor();
  await promised.getByText('Trygg skolväg').waitFor();
  const card = promised.locator('.promise-card[data-card="0"]');
  assert.match(await card.innerText(), /Följeslagare på bussen[\s\S]*Vem[\s\S]*Elevhälsan[\s\S]*När[\s\S]*Varje morgon/);
  assert.equal(await phone.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, 'no sideways scroll at 360 px');
  assert.deepEqual(await axeViolations(phone.page), []);
  // Kept on the device like a wheel: one draft, named for the child.
  assert.equal((await draftKeys(phone.page)).length, 1);

  // The child marks the card: it did not happen, and it feels bad.
  await card.getByRole('radio', { name: 'Nej, det blev inte av' }).check();
  await card.locator('input[name="feels-now-0"][value="bad"]').check();
  // It feels bad now, about what was agreed on Trygghet: the same help as a bad face there.
  const alert = phone.page.locator('section.safety-alert');
  await alert.getByRole('heading', { name: 'Det du svarade är viktigt.' }).waitFor();
  await alert.getByText('116 111', { exact: false }).first().waitFor();
  await promised.screenshot({ path: join(ARTIFACTS, 'promised-cards.png') });
  await phone.page.reload();
  const cardAgain = phone.page.locator('.promise-card[data-card="0"]');
  await cardAgain.waitFor();
  assert.ok(await cardAgain.getByRole('radio', { name: 'Nej, det blev inte av' }).isChecked(), 'the mark is kept');
  assert.ok(await cardAgain.locator('input[name="feels-now-0"][value="bad"]').isChecked());
  // The same codes read again (the family thought the first time did not work): the same wheel
  // opens, with the child's marks, and no second one is made.
  const wheelPath = new URL(phone.page.url()).pathname;
  await receiveWithCamera(phone.page, phoneApp.origin);
  const cardOnceMore = phone.page.locator('.promise-card[data-card="0"]');
  await cardOnceMore.waitFor();
  assert.equal(new URL(phone.page.url()).pathname, wheelPath);
  assert.ok(await cardOnceMore.getByRole('radio', { name: 'Nej, det blev inte av' }).isChecked(), 'the mark is still there');
  assert.equal((await draftKeys(phone.page)).length, 1);
  // Locked like any wheel: nothing of the summary or the marks is readable on the device.
  const storedTexts = () => phone.page.evaluate(() => Object.values(localStorage).join('\n'));
  assert.match(await storedTexts(), /Följeslagare på bussen/);
  await phone.page.locator('details.passphrase-lock').getByText('Lås med lösenord').click();
  await phone.page.getByLabel('Välj ett lösenord (minst 8 tecken)').fill('blå elefant');
  await phone.page.getByLabel('Skriv samma lösenord en gång till').fill('blå elefant');
  await phone.page.getByRole('button', { name: 'Lås hjulet' }).click();
  await phone.page.getByText(fluentText('Hjulet är låst med lösenord. Det låses igen om ingen använder det på 5 minuter.')).waitFor();
  const stored = await storedTexts();
  for (const secret of ['Följeslagare', 'Elevhälsan', 'Eva Ek', 'Trygg skolväg', 'did-not', '"no"']) {
    assert.ok(!stored.includes(secret), `"${secret}" is readable in storage`);
  }

  // The next wheel: the child answers again and shares; the share screen shows the marks that leave.
  await phone.page.locator('#segment-safe').click();
  await phone.page.locator('input[name=scale][value=bad]').check();
  await phone.page.locator('.area-nav a:not([rel])').click();
  await phone.page.getByRole('link', { name: 'Dela', exact: true }).click();
  // The share screen is a page of its own: a locked wheel opens there with its passphrase.
  await phone.page.getByLabel('Lösenord', { exact: true }).fill('blå elefant');
  await phone.page.getByRole('button', { name: 'Öppna', exact: true }).click();
  const marks = phone.page.locator('.share-area[data-area=safe] .shared-marks');
  await marks.getByText('Det du tyckte om det vi bestämde').waitFor();
  await marks.getByText('Nej, det blev inte av').waitFor();
  await phone.page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
  const [download] = await Promise.all([phone.page.waitForEvent('download'), phone.page.getByRole('button', { name: 'Spara som fil' }).click()]);
  const nextPath = join(ARTIFACTS, 'summary-next.hjulet.json');
  await download.saveAs(nextPath);
  assert.deepEqual(phone.errors, []);
  assert.deepEqual(phone.foreign, []);

  // The next meeting: the earlier plan and the child's new wheel. The follow-up opens with the child's marks.
  const next = await meetingApp.newPage();
  await recordCopies(next.page);
  await next.page.goto(meetingApp.origin + '/meeting');
  await next.page.locator('input[type=file]').setInputFiles([planPath, nextPath]);
  await next.page.getByText(fluentText('summary-plan.hjulet.json är den förra planen. Den visas för utvärdering.')).waitFor();
  await next.page.locator('.choosing-wheel .segment[data-area=safe]').click();
  const followUp = next.page.locator('.area-panel[data-area=safe] .follow-up');
  const childMarks = followUp.locator('.child-marks');
  await childMarks.getByText(fluentText('Sara om det som bestämdes förra gången')).waitFor();
  assert.match(await childMarks.innerText(), /Följeslagare på bussen – Elevhälsan, Varje morgon[\s\S]*Nej, det blev inte av[\s\S]*Känns nu: .*Dåligt/);
  await followUp.screenshot({ path: join(ARTIFACTS, 'follow-up-marks.png') });
  // The plan's copied text and its print say it too, under the child's answer.
  const marked = 'Om det som bestämdes förra gången: Följeslagare på bussen – Elevhälsan, Varje morgon. Nej, det blev inte av. Känns nu: Dåligt';
  await next.page.getByRole('button', { name: 'Kopiera planen som text' }).click();
  await next.page.getByText('Kopierat.').waitFor();
  assert.ok((await lastCopied(next.page)).includes(`Barnet: Dåligt\n  ${marked}\n`), await lastCopied(next.page));
  await next.page.getByRole('button', { name: 'Skriv ut planen' }).first().click();
  await next.page.emulateMedia({ media: 'print' });
  const onPaper = next.page.locator('.plan-document .plan-document-area[data-area=safe] .paper-mark');
  assert.equal(await onPaper.isVisible(), true);
  assert.equal(await onPaper.innerText(), marked);
  await next.page.emulateMedia({ media: 'screen' });

  // The next summary carries the journey: the family's phone shows how the child's answer moved.
  await next.page.locator('#plan-safe-plan-needs').fill('Trygg skolväg, fortsatt');
  await next.page.locator('#plan-safe-action-0-what').fill('Ny följeslagare');
  await next.page.locator('#plan-safe-action-0-who').fill('Mentor');
  await next.page.locator('#plan-safe-action-0-when').fill('Från måndag');
  await next.page.locator('.child-summary .journey[data-area=safe]').waitFor();
  await next.page.getByRole('button', { name: 'Visa för barnets telefon' }).click();
  const nextFrames = await collectCodes(next.page, 6);
  const secondPhoneApp = await started(appWithCameraShowing(nextFrames, 'summary-journey.y4m'));
  const secondPhone = await secondPhoneApp.newPage();
  await receiveWithCamera(secondPhone.page, secondPhoneApp.origin);
  const chart = secondPhone.page.locator('section.promised .promised-area[data-area=safe] .journey');
  await chart.waitFor();
  assert.deepEqual(
    (await chart.locator('.journey-legend li span').allInnerTexts()).map((t) => t.replace(/[\u2068\u2069]/g, '')),
    ['Barnet: Dåligt → Dåligt'],
  );
  assert.deepEqual(
    await chart.locator('.journey-date').allTextContents(),
    ['2026-09-01', await next.page.evaluate(() => new Date().toLocaleDateString('sv-SE'))],
  );
  await secondPhone.page.locator('.promise-card[data-card="0"]').getByText('Ny följeslagare').waitFor();
  assert.deepEqual(secondPhone.errors, []);
  assert.deepEqual(next.errors, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
});

test("a wheel's codes read by mistake are refused with a reason, and nothing is kept", async () => {
  const childApp = await started(startApp());
  const { page } = await childApp.newPage();
  await startWheel(page, childApp.origin, { name: 'Sara' });
  await page.locator('#segment-safe').click();
  await page.locator('input[name=scale][value=good]').check();
  await page.locator('.area-nav a:not([rel])').click();
  await page.getByRole('link', { name: 'Dela', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Jag har sett vad som delas.' }).check();
  await page.getByRole('button', { name: 'Visa för mötets kamera' }).click();
  const frames = await collectCodes(page, 5);

  const phoneApp = await started(appWithCameraShowing(frames, 'summary-wrong.y4m'));
  const phone = await phoneApp.newPage();
  await receiveWithCamera(phone.page, phoneApp.origin);
  await phone.page
    .getByRole('alert')
    .getByText('Det där var inte en sammanfattning från mötet. Be mötet visa koderna från ”Sammanfattning för barnet”.')
    .waitFor();
  assert.deepEqual(await draftKeys(phone.page), [], 'nothing was kept');
});

test('"Lämna snabbt" in the camera window leaves the child\'s page behind it too', async () => {
  const app = await started(startApp({ args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] }));
  const { page, errors } = await app.newPage();
  await page.goto(app.origin + '/');
  await page.getByRole('link', { name: 'Ta emot från mötet' }).click();
  const [reader] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Öppna kameran' }).click()]);
  await reader.getByText('Letar efter koder …').waitFor();
  const left = page.waitForURL(/\/neutral\.html$/);
  await clickToClose(reader, reader.getByRole('button', { name: 'Lämna snabbt' }));
  await left;
  // Back finds only the start screen: nothing of what the camera was for.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Barnets bästa-hjulet' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Ta emot från mötet' }).count(), 0);
  assert.deepEqual(errors, []);
});
