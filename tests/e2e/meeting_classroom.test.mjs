// The wheel on the big screen. The meeting: the child's and two guardians' files come in, each
// segment shows every perspective's answer at once, the meeting fills in the plan, the plan
// leaves as a file, a later meeting follows it up, and ending the meeting leaves nothing on the
// shared computer. The classroom: all seven areas, prompts for each age group, nothing stored.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, fluentText, lastCopied, recordCopies, sharedFile, startApp, untilAppStartPage } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const PROJECTOR = { width: 1920, height: 1080 };

const files = () => [
  sharedFile('meeting-child.hjulet.json', {
    id: 'c1'.repeat(16),
    perspective: 'child',
    answers: { safe: { scale: 'bad', hard: 'Bussen till skolan' }, play: { scale: 'very-good', good: 'Fotboll' } },
  }),
  sharedFile('meeting-mamma.hjulet.json', {
    id: 'a1'.repeat(16),
    perspective: 'guardian',
    author: 'mamma',
    answers: { safe: { scale: 'good' }, health: { scale: 'bad', hard: 'Sover dåligt' } },
  }),
  sharedFile('meeting-pappa.hjulet.json', {
    id: 'b1'.repeat(16),
    perspective: 'guardian',
    author: 'pappa',
    answers: { safe: { scale: 'between', would_help: 'Någon att åka med' } },
  }),
];

async function meetingData(page) {
  return page.evaluate(() => ({
    local: Object.keys(localStorage).filter((key) => key.startsWith('barnets-basta-hjulet/')),
    session: Object.keys(sessionStorage).filter((key) => key.startsWith('barnets-basta-hjulet/')),
  }));
}

test('a meeting shows every perspective at once, makes the plan, and leaves nothing behind', async () => {
  const { context, page, errors } = await app.newPage({ viewport: PROJECTOR });
  await page.goto(app.origin + '/meeting');
  // Professionals find the county's model the meeting belongs to.
  assert.match(
    await page.locator('.meeting-model').innerText(),
    /steg 3 i Praxismodellen, i Kronobarnsmodellen.*Barnens bästa gäller! i Kronoberg/,
  );
  await page.locator('input[type=file]').setInputFiles(files());
  await page.getByText(fluentText('meeting-pappa.hjulet.json är inhämtad.')).waitFor();

  // Three markers on Trygghet, child first, never averaged; who is who in the legend.
  const safe = page.getByRole('button', { name: fluentText('Trygghet:', { exact: false }) });
  // The marks are drawn over the segment (their tags are not part of its name).
  const markers = page.locator('.meeting-markers[data-markers-for=safe] .meeting-marker');
  await markers.nth(2).waitFor();
  assert.deepEqual(
    await markers.evaluateAll((marks) => marks.map((m) => `${m.dataset.perspective}:${m.dataset.answer}`)),
    ['child:bad', 'guardian:good', 'guardian:between'],
  );
  assert.deepEqual(
    (await markers.locator('text').allTextContents()).map((t) => t.replace(/[\u2068\u2069]/g, '')),
    ['Barnet', 'VH A', 'VH B'],
  );
  assert.match(
    (await safe.getAttribute('aria-label')).replace(/[\u2068\u2069]/g, ''),
    /^Trygghet: Barnet: Dåligt; VH A: Bra; VH B: Mittemellan$/,
  );
  await page.locator('.meeting-legend').getByText(fluentText('Vårdnadshavare (pappa)', { exact: false })).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'meeting-1920x1080.png') });

  // Choosing the area shows everyone's words side by side, the child's first.
  await safe.click();
  assert.equal(await safe.getAttribute('aria-pressed'), 'true');
  const panel = page.locator('.area-panel[data-area=safe]');
  assert.deepEqual(
    (await panel.locator('.perspective-card h3').allInnerTexts()).map((t) => t.replace(/[\u2068\u2069]/g, '')),
    ['Barnet · Barnet', 'VH A · Vårdnadshavare (mamma)', 'VH B · Vårdnadshavare (pappa)'],
  );
  await panel.getByText('Bussen till skolan').waitFor();

  // The meeting fills in two areas and the plan's own fields.
  await page.locator('#plan-safe-plan-needs').fill('Trygg skolväg');
  await page.locator('#plan-safe-action-0-what').fill('Följeslagare på bussen');
  await page.locator('#plan-safe-action-0-who').fill('Ali Berg');
  await page.locator('#plan-safe-action-0-when').fill('Varje skoldag');
  await page.locator('#plan-safe-contact-name').fill('Ali Berg');
  await page.locator('#plan-safe-contact-organization').fill('Elevhälsan');
  await page.locator('#plan-safe-contact-tel').fill('0470-123 45');
  await page.locator('#plan-health-plan-needs').fill('Bättre sömn');
  await page.locator('#plan-health-action-0-what').fill('Samtal på BVC');
  await page.locator('#plan-health-contact-organization').fill('Region Kronoberg');
  // An action that does not yet say who does it or when is marked as not complete, in words.
  const incomplete = 'Inte klar: skriv vem som gör det och när.';
  await page.locator('.plan-area[data-area=health] .plan-action').getByText(incomplete).waitFor();
  assert.equal(await page.locator('.plan-area[data-area=safe] .plan-action').getByText(incomplete).count(), 0);
  await page.getByRole('group', { name: 'Samverkansansvarig' }).getByLabel('Namn').fill('Eva Ek');
  await page.getByLabel('Nästa utvärdering').fill('2027-02-01');

  // Only this tab's session holds the meeting: nothing in localStorage.
  assert.deepEqual(await meetingData(page), { local: [], session: ['barnets-basta-hjulet/meeting'] });

  // The plan leaves as a file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara planen som fil' }).first().click(),
  ]);
  assert.match(download.suggestedFilename(), /^barnets-plan-Sara-\d{4}-\d{2}-\d{2}\.hjulet\.json$/);
  const planPath = join(ARTIFACTS, 'plan.hjulet.json');
  await download.saveAs(planPath);
  const plan = JSON.parse(readFileSync(planPath, 'utf8'));
  assert.equal(plan.format, 'barnets-basta-hjulet.plan');
  assert.equal(plan.plan.plan.areas.safe.contact.reach, '0470-123 45');
  assert.equal(plan.plan.plan.areas.health.needs, 'Bättre sömn');
  assert.deepEqual(plan.plan.plan.areas.safe.actions, [{ what: 'Följeslagare på bussen', who: 'Ali Berg', when: 'Varje skoldag' }]);
  assert.equal(plan.plan.plan.next_evaluation, '2027-02-01', 'the follow-up date typed in the date field');
  assert.equal(plan.plan.perspectives.length, 3);

  // Ending the meeting removes everything it brought in or typed.
  await page.getByRole('button', { name: 'Avsluta mötet' }).click();
  await page.getByRole('button', { name: 'Avsluta och ta bort' }).click();
  await page.getByRole('heading', { level: 1, name: 'Barnets bästa-hjulet' }).waitFor();
  assert.deepEqual(await meetingData(page), { local: [], session: [] });
  await page.goto(app.origin + '/meeting');
  await page.getByText('Inga hjul är inhämtade än.').waitFor();

  // The follow-up: the earlier plan beside the new answers.
  const later = sharedFile('later-child.hjulet.json', {
    id: 'c2'.repeat(16),
    perspective: 'child',
    answers: { safe: { scale: 'good', good: 'Jag åker med Ali' } },
  });
  await page.locator('input[type=file]').setInputFiles([planPath, later]);
  await page.getByText(fluentText('plan.hjulet.json är den förra planen. Den visas för utvärdering.')).waitFor();
  await page.getByRole('button', { name: fluentText('Trygghet:', { exact: false }) }).click();
  const followUp = page.locator('.area-panel[data-area=safe] .follow-up');
  const childRow = followUp.locator('.follow-up-row[data-perspective=child]');
  await childRow.locator('.follow-up-earlier').getByText('Dåligt').waitFor();
  await childRow.locator('.follow-up-now').getByText('Bra', { exact: true }).waitFor();
  const agreedThen = followUp.locator('.follow-up-agreed');
  await agreedThen.getByText('Trygg skolväg').waitFor();
  await agreedThen.getByText('Följeslagare på bussen – Ali Berg, Varje skoldag').waitFor();

  assert.deepEqual(errors, []);
  await context.close();
});

test('a professional adds a view of their own, and the child gets a summary in their language', async () => {
  const { context, page, errors } = await app.newPage({ viewport: PROJECTOR });
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles(files().slice(0, 2));
  await page.getByText(fluentText('meeting-mamma.hjulet.json är inhämtad.')).waitFor();
  await page.getByRole('button', { name: fluentText('Trygghet:', { exact: false }) }).click();

  await page.getByText('Dina svar som yrkesperson').click();
  await page.getByLabel('Ditt namn och din roll').fill('Eva, kurator');
  await page.getByRole('button', { name: 'Lägg till mina svar' }).click();
  const mine = page.locator('.professional-answer');
  await mine.getByRole('radio', { name: 'Mittemellan' }).check();
  await mine.getByRole('textbox', { name: 'Det här är svårt för barnet', exact: true }).fill('Frånvaro på måndagar');

  // Shown as the professional's, beside the family's and never merged with them.
  const safe = page.getByRole('button', { name: fluentText('Trygghet:', { exact: false }) });
  await page.locator('.meeting-markers[data-markers-for=safe] .meeting-marker[data-perspective=professional]').waitFor();
  assert.deepEqual(
    await page.locator('.meeting-markers[data-markers-for=safe] .meeting-marker').evaluateAll((marks) => marks.map((m) => `${m.dataset.perspective}:${m.dataset.answer}`)),
    ['child:bad', 'guardian:good', 'professional:between'],
  );
  const cards = page.locator('.area-panel[data-area=safe] .perspective-card');
  await cards.filter({ hasText: 'Frånvaro på måndagar' }).getByText(fluentText('YP A · Yrkesperson (Eva, kurator)')).waitFor();
  assert.equal(await cards.count(), 3);

  // What was decided, for the child: in Arabic, with the Swedish below.
  await page.locator('#plan-safe-plan-needs').fill('Trygg skolväg');
  await page.locator('#plan-safe-action-0-what').fill('Någon följer med på bussen');
  await page.locator('#summary-language').selectOption('ar');
  const summary = page.locator('.child-summary');
  await summary.locator('.summary-area[data-area=safe] [lang=ar]').first().waitFor();
  await summary.locator('.summary-area[data-area=safe] .summary-swedish').getByText('Det här ska hända').waitFor();
  await summary.getByText('Någon följer med på bussen').waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.documentElement.setAttribute('data-print', 'summary'));
  assert.equal(await page.locator('.plan-area').first().isVisible(), false);
  assert.equal(await summary.isVisible(), true);
  await page.emulateMedia({ media: 'screen' });

  assert.deepEqual(errors, []);
  await context.close();
});

test("the child's summary shows the language chosen last, even when an earlier choice arrives later", async () => {
  // No service worker: every language file is fetched by the page, where the test can hold it.
  const { context, page, errors } = await app.newPage({ viewport: PROJECTOR, serviceWorkers: 'block' });
  // Arabic's last file is held back until the test lets it through.
  let releaseArabic;
  const arabicReleased = new Promise((resolve) => (releaseArabic = resolve));
  const arabicAsked = new Promise((resolve) => {
    context.route('**/locales/ar/meeting.ftl', async (route) => {
      resolve();
      await arabicReleased;
      await route.fallback();
    });
  });
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles(files().slice(0, 1));
  await page.getByText(fluentText('meeting-child.hjulet.json är inhämtad.')).waitFor();
  await page.locator('#plan-safe-plan-needs').fill('Trygg skolväg');
  const heading = page.locator('.child-summary h2');
  await page.locator('#summary-language').selectOption('en');
  await heading.getByText('This is what we decided').waitFor();

  // Arabic is slow to come; meanwhile the meeting settles on Swedish.
  await page.locator('#summary-language').selectOption('ar');
  await arabicAsked;
  await page.locator('#summary-language').selectOption('sv');
  await heading.getByText('Det här bestämde vi').waitFor();

  // Arabic arrives after all, read by the page to the end.
  const lastArabicFile = page.waitForResponse((response) => response.url().endsWith('/locales/ar/meeting.ftl'));
  releaseArabic();
  await (await lastArabicFile).finished();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));

  assert.equal(await heading.textContent(), 'Det här bestämde vi');
  assert.equal(await page.locator('.child-summary [lang=ar]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the plan copies as Swedish text for the county\'s template while the screen is in Arabic', async () => {
  const { context, page, errors } = await app.newPage({ viewport: PROJECTOR });
  await recordCopies(page);
  await page.goto(app.origin + '/meeting');
  await page.locator('#language').selectOption('ar');
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  await page.locator('input[type=file]').setInputFiles(files().slice(0, 2));
  await page.locator('#plan-safe-plan-needs').fill('Trygg skolväg');
  await page.locator('.plan-actions button').first().click();
  await page.waitForFunction(() => window.copied.length === 1);
  const plan = await lastCopied(page);
  assert.match(plan, /^Barnets plan – utkast\nBarnets namn: /);
  assert.match(plan, /Trygghet – /);
  assert.match(plan, /Vårdnadshavare \(mamma\)/);
  assert.match(plan, /Behov: Trygg skolväg/);
  assert.doesNotMatch(plan, /[\u0600-\u06FF\u2068\u2069]/, 'no Arabic, no isolation marks');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the plan can leave locked with a passphrase and comes back for the follow-up with it', async () => {
  const { context, page, errors } = await app.newPage({ viewport: PROJECTOR });
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles(files().slice(0, 1));
  await page.getByText(fluentText('meeting-child.hjulet.json är inhämtad.')).waitFor();
  await page.locator('#plan-safe-plan-needs').fill('Trygg skolväg');
  await page.locator('.plan-actions').getByRole('checkbox', { name: 'Lås filen med ett lösenord' }).check();
  await page.locator('#plan-lock-passphrase').fill('mötet i november');
  await page.locator('#plan-lock-repeat').fill('mötet i november');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.plan-actions').getByRole('button', { name: 'Spara planen som fil' }).click(),
  ]);
  const path = join(ARTIFACTS, 'locked-plan.hjulet.json');
  await download.saveAs(path);
  const text = readFileSync(path, 'utf8');
  for (const secret of ['Sara', 'Bussen', 'skolväg']) assert.ok(!text.includes(secret), `"${secret}" is readable in the file`);

  await page.getByRole('button', { name: 'Avsluta mötet' }).click();
  await page.getByRole('button', { name: 'Avsluta och ta bort' }).click();
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles([path]);
  await page.getByLabel('Lösenord', { exact: true }).fill('mötet i november');
  await page.getByRole('button', { name: 'Öppna', exact: true }).click();
  await page.getByText(fluentText('locked-plan.hjulet.json är den förra planen. Den visas för utvärdering.')).waitFor();

  assert.deepEqual(errors, []);
  await context.close();
});

test('an unsaved meeting asks before the tab closes', async () => {
  const { context, page } = await app.newPage({ viewport: PROJECTOR });
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles(files().slice(0, 1));
  await page.getByText(fluentText('meeting-child.hjulet.json är inhämtad.')).waitFor();
  // Browsers ask only on a page someone has used: one real click.
  await page.getByRole('heading', { level: 1 }).click();
  const asked = new Promise((resolve) =>
    page.once('dialog', async (dialog) => {
      resolve(dialog.type());
      await dialog.accept();
    }),
  );
  await page.close({ runBeforeUnload: true });
  assert.equal(await asked, 'beforeunload');
  await context.close();
});

test('the classroom wheel shows all seven areas with prompts for each age group and stores nothing', async () => {
  const { context, page, errors } = await app.newPage({ viewport: PROJECTOR });
  await page.goto(app.origin + '/');
  await untilAppStartPage(page);
  await page.getByRole('link', { name: 'Hjulet i klassrummet (för lärare)' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hjulet i klassrummet' }).waitFor();
  const segments = page.locator('.choosing-wheel [role=button]');
  assert.equal(await segments.count(), 7);
  await page.getByText('Här frågas ingenting om någon elev', { exact: false }).waitFor();
  assert.match(
    await page.locator('.classroom-model').innerText(),
    /Kronobarnsmodellen.*Barnens bästa gäller! i Kronoberg/,
  );

  const promptsFor = async (age) => {
    await page.getByRole('radio', { name: age }).check();
    return page.locator('.classroom-prompts li').allInnerTexts();
  };
  for (const area of await segments.evaluateAll((all) => all.map((s) => s.dataset.area))) {
    await page.locator(`.choosing-wheel [data-area=${area}]`).click();
    const panel = page.locator(`.classroom-area[data-area=${area}]`);
    await panel.locator('.classroom-explain').waitFor();
    const young = await promptsFor('4–7 år');
    const middle = await promptsFor('8–12 år');
    const teen = await promptsFor('13–17 år');
    for (const prompts of [young, middle, teen]) assert.equal(prompts.length, 3, area);
    assert.notDeepEqual(young, teen, `${area}: the youngest and the teenagers get their own prompts`);
    assert.ok((await panel.locator('.classroom-articles li').count()) >= 1, area);
  }
  await page.screenshot({ path: join(ARTIFACTS, 'classroom-1920x1080.png') });
  assert.deepEqual(await meetingData(page), { local: [], session: [] });
  assert.deepEqual(errors, []);
  await context.close();
});

test("before the meeting, the Barnens bästa-ansvarig notes an assessment per area and a decision (Praxismodellen's step 2), copied and printed, kept only in the tab", async () => {
  const { context, page, errors } = await app.newPage({ viewport: PROJECTOR });
  await recordCopies(page);
  await page.goto(app.origin + '/meeting');
  await page.locator('input[type=file]').setInputFiles(files().slice(0, 2));
  await page.getByText(fluentText('meeting-mamma.hjulet.json är inhämtad.')).waitFor();
  await page.locator('input[name=praxis-step][value=preparation]').check();
  await page.getByRole('heading', { level: 1, name: 'Före mötet – steg 2' }).waitFor();
  assert.equal(await page.locator('.plan-area .plan-action').count(), 0, 'the plan is not what step 2 makes');

  const preparation = page.locator('section.preparation');
  await preparation.getByLabel('Barnens bästa-ansvarig').fill('Eva Ek, elevhälsan');
  await preparation.getByLabel('Datum').fill('2026-11-20');
  const safe = preparation.locator('.preparation-area[data-area=safe]');
  await safe.getByText('Bussen till skolan').waitFor();
  await safe.getByLabel('Min bedömning').fill('Skolvägen behöver bli trygg.\nTala med skolan först.');
  await preparation.locator('input[name=preparation-decision][value=call-meeting]').check();
  await preparation.getByLabel('Vad, vem och när').fill('Samverkansmöte med skolan och BUP i december.');

  // Copied for a template: Swedish, with the decision.
  await preparation.getByRole('button', { name: 'Kopiera bedömningen som text' }).click();
  await page.waitForFunction(() => window.copied.length === 1);
  const text = await lastCopied(page);
  assert.match(text, /^Inför beslut – Barnens bästa-ansvarigs bedömning \(Praxismodellen steg 2\)\nBarnets namn: Sara\nDatum: 2026-11-20\nBarnens bästa-ansvarig: Eva Ek, elevhälsan\n/);
  assert.match(text, /Barnet: Dåligt\nVårdnadshavare \(mamma\): Bra\nMin bedömning: Skolvägen behöver bli trygg\.\nTala med skolan först\./);
  assert.match(text, /\nBeslut: Ett samverkansmöte kallas\nVad, vem och när: Samverkansmöte med skolan och BUP i december\.$/);

  // On paper: only the assessment, every line of it.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.documentElement.setAttribute('data-print', 'preparation'));
  const paper = page.locator('.preparation-document');
  assert.equal(await paper.isVisible(), true);
  assert.match(await paper.innerText(), /Tala med skolan först\./);
  // Dates on paper as Swedish documents write them, also the day it was printed.
  assert.match(await paper.innerText(), /Datum: 2026-11-20\n/);
  assert.match(await paper.innerText(), /Utskrivet \u2068?\d{4}-\d{2}-\d{2}\u2069?\./);
  assert.equal(await preparation.isVisible(), false);
  await page.emulateMedia({ media: 'screen' });

  // Kept like the meeting: in this tab only, through a reload; never in the plan file.
  assert.deepEqual(await meetingData(page), { local: [], session: ['barnets-basta-hjulet/meeting'] });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Före mötet – steg 2' }).waitFor();
  assert.equal(await safe.getByLabel('Min bedömning').inputValue(), 'Skolvägen behöver bli trygg.\nTala med skolan först.');
  await page.locator('input[name=praxis-step][value=meeting]').check();
  await page.getByRole('heading', { level: 1, name: 'Barnets plan – utkast' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spara planen som fil' }).first().click(),
  ]);
  const planPath = join(ARTIFACTS, 'plan-after-step-2.hjulet.json');
  await download.saveAs(planPath);
  assert.doesNotMatch(readFileSync(planPath, 'utf8'), /Skolvägen|preparation/);

  await page.getByRole('button', { name: 'Avsluta mötet' }).click();
  await page.getByRole('button', { name: 'Avsluta och ta bort' }).click();
  await page.getByRole('heading', { level: 1, name: 'Barnets bästa-hjulet' }).waitFor();
  assert.deepEqual(await meetingData(page), { local: [], session: [] });
  assert.deepEqual(errors, []);
  await context.close();
});
