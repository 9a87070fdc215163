// End-to-end check of the phone client (/app/, issue #8) in headless Chromium, three people at once:
// a volunteer sets up their profile, a resident asks for help, the volunteer gets the offer and
// accepts, the resident sees "Geaccepteerd", the task is done and confirmed, the resident answers the
// outcome questions; a coordinator sees the queue, records a VOG and opens the trends per wijk. Plus: problem+json next to its field, labels, landmarks, 320 px, English.
//
//   BASE_URL=http://localhost:8080 SCREENSHOT_DIR=./screenshots node client.e2e.mjs
//
// The backend must run the wave job (every 10 s by default; ClientBrowserTest sets 2 s) and have the
// demo accounts (NOABER_DEMO_DATA=true). Uses the system Chromium (CHROMIUM, default /usr/bin/chromium).
// Prints one TAP-like line per check; exits 0 when all pass, 1 on the first failure (with
// client-failure-<who>.png screenshots).

import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { BASE_URL, CHROMIUM, SCREENSHOT_DIR, assert, finish, ok, reasonOf, shot } from './checks.mjs';

const TOWN = process.env.E2E_TOWN || 'deventer';
const WIJK = process.env.E2E_WIJK || 'WK015006';          // Keizerslanden, Deventer
// Generous: a slow 2-core machine runs the backend, the wave job and three browser pages at once.
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 30000);
const OFFER_TIMEOUT = Number(process.env.E2E_OFFER_TIMEOUT_MS || 120000);
const ADDRESS = 'Kastanjelaan 12, Deventer';
const DESCRIPTION = `Boodschappen bij de Jumbo (e2e ${Date.now()})`;

const email = (who) => `${who}.${TOWN}@demo.noaber.nl`;

const pageErrors = [];
const pages = {};

async function newPerson(browser, who, viewport = { width: 390, height: 844 }) {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('console', (msg) => {
    // A 4xx/5xx answer the page handles (a 404 profile, a 400 it shows) is logged by Chromium too.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) pageErrors.push(`${who} console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => pageErrors.push(`${who} pageerror: ${err.message}`));
  pages[who] = page;
  return page;
}

async function heading(page) {
  return (await page.locator('main h1').first().textContent())?.trim();
}

async function login(page, who) {
  const response = await page.goto(`${BASE_URL}/`, { waitUntil: 'load' });
  assert(response && response.ok() && new URL(page.url()).pathname === '/app/', `${who}: http://…/ leads to the client at /app/`,
    `${response?.status()} ${page.url()}`);
  await page.waitForSelector('#login-form', { state: 'visible' });
  await page.getByRole('button', { name: `Gebruik: ${email(who)}` }).click();
  assert(await page.inputValue('#email') === email(who), `${who}: the demo account fills in the login form`);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForFunction(() => !document.querySelector('#login-form') && document.querySelector('main h1'), null, { timeout: TIMEOUT });
  ok(`${who}: logged in, on "${await heading(page)}"`);
}

/** Chooses "Midden in mijn wijk" and the wijk in the place picker of a form. */
async function pickWijk(page, form) {
  await page.locator(`${form} .place`).first().getByLabel('Midden in mijn wijk').check();
  const wijk = page.locator(`${form} .place select[name="wijk"]`).first();
  await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.loaded === 'true',
    `${form} .place select[name="wijk"]`, { timeout: TIMEOUT });
  await wijk.selectOption(WIJK);
}

async function everyControlHasALabel(page, scope) {
  return page.evaluate((sel) => [...document.querySelectorAll(`${sel} input, ${sel} select, ${sel} textarea`)]
    .filter((e) => e.type !== 'hidden' && e.labels.length === 0).map((e) => e.name || e.id), scope);
}

async function noSidewaysScrolling(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function run(browser) {
  const volunteer = await newPerson(browser, 'vrijwilliger1');
  const resident = await newPerson(browser, 'bewoner1');

  // 1. The volunteer says where they live and how they help.
  await login(volunteer, 'vrijwilliger1');
  assert(await heading(volunteer) === 'Nieuwe vragen voor jou', 'a volunteer starts on their offers');
  await volunteer.getByRole('link', { name: 'Mijn profiel' }).click();
  await volunteer.waitForSelector('#profile-form');
  await pickWijk(volunteer, '#profile-form');
  await volunteer.getByLabel('Goede Buur: kleine klussen en boodschappen').check();
  await volunteer.getByLabel('Hoeveel klussen per week?').fill('20'); // reruns against one database stay under the weekly cap
  const unlabelledProfile = await everyControlHasALabel(volunteer, '#profile-form');
  assert(unlabelledProfile.length === 0, 'every field of the profile form has a label', unlabelledProfile.join(', '));
  await volunteer.click('#save-profile');
  await volunteer.getByText('Je profiel is opgeslagen.').first().waitFor();
  ok('the volunteer profile is saved (PUT /me/volunteer-profile)');
  await volunteer.screenshot({ path: shot('client-volunteer-profile.png'), fullPage: true });

  // 2. The resident asks for help; a server-side refusal shows next to its field first.
  await login(resident, 'bewoner1');
  assert(await heading(resident) === 'Mijn hulpvragen', 'a resident starts on their requests');
  await resident.screenshot({ path: shot('client-login-resident.png'), fullPage: true });
  for (const landmark of ['header', 'nav', 'main']) {
    assert(await resident.locator(landmark).count() >= 1, `landmark <${landmark}> is there`);
  }
  await resident.getByRole('link', { name: 'Hulp vragen' }).first().click();
  await resident.waitForSelector('#request-form');
  await resident.click('#send-request');
  await resident.waitForSelector('#description[aria-invalid="true"]');
  assert(await resident.evaluate(() => document.activeElement?.id) === 'description',
    'an empty description is marked, and focus goes to it');
  await resident.fill('#description', DESCRIPTION);
  await pickWijk(resident, '#request-form');
  await resident.fill('input[name="addressLine"]', ADDRESS);
  const unlabelled = await everyControlHasALabel(resident, '#request-form');
  assert(unlabelled.length === 0, 'every field of the request form has a label', unlabelled.join(', '));
  await resident.fill('#windowStart', '2020-01-01T10:00');
  await resident.click('#send-request');
  const windowError = resident.locator('[data-field="windowStart"] .field__error');
  await resident.waitForFunction(() => document.querySelector('[data-field="windowStart"] .field__error')?.textContent.trim(), null,
    { timeout: TIMEOUT });
  assert(await resident.locator('#windowStart[aria-invalid="true"]').count() === 1,
    'the API\'s problem+json error is shown next to the field it names', await windowError.textContent());
  await resident.screenshot({ path: shot('client-request-error.png'), fullPage: true });
  await resident.setViewportSize({ width: 320, height: 700 });
  const overflow = await noSidewaysScrolling(resident);
  assert(overflow <= 1, 'no sideways scrolling at 320 px wide', `${overflow}px too wide`);
  await resident.screenshot({ path: shot('client-request-320px.png'), fullPage: true });
  await resident.setViewportSize({ width: 390, height: 844 });
  await resident.fill('#windowStart', '');
  await resident.click('#send-request');
  await resident.waitForSelector('#request-status[data-status]');
  await resident.getByText('Je vraag is verstuurd.').first().waitFor();
  const requestUrl = resident.url();
  ok(`the request is posted: ${new URL(requestUrl).hash}`);
  await resident.screenshot({ path: shot('client-request-posted.png'), fullPage: true });

  // 3. The wave job offers it to the volunteer; the offer appears by itself (stream, or polling).
  await volunteer.getByRole('link', { name: 'Klussen' }).click();
  const offer = volunteer.locator('[data-offer]', { hasText: DESCRIPTION });
  await offer.waitFor({ timeout: OFFER_TIMEOUT });
  const offerText = await offer.textContent();
  assert(/ongeveer/.test(offerText ?? '') && !offerText.includes('Kastanjelaan'),
    'the offer shows a blurred place and distance, not the address', offerText);
  await volunteer.screenshot({ path: shot('client-volunteer-offer.png'), fullPage: true });
  await offer.getByRole('button', { name: 'Ja, ik help' }).click();
  const task = volunteer.locator('[data-task]', { hasText: DESCRIPTION });
  await task.waitFor();
  assert((await task.locator('.task-address').textContent()).includes(ADDRESS), 'after accepting, the task shows the exact address');
  await volunteer.screenshot({ path: shot('client-volunteer-task.png'), fullPage: true });

  // 3b. Zorgsignaal (#11): the volunteer is worried; "Onveilig, nu" shows "Bel 112" at once; the VET
  // sees the signal in the queue and closes it; the volunteer then reads "Opgepakt", nothing more.
  await task.locator('summary', { hasText: 'Ik maak me zorgen' }).click();
  await task.getByLabel('Waar maak je je zorgen over?').selectOption('LONELINESS');
  await task.getByLabel('Hoe dringend?').selectOption('URGENT_SAFETY');
  await task.locator('#call-112 a[href="tel:112"]').waitFor();
  ok('choosing "Onveilig, nu" shows "Bel 112" before anything is sent');
  await volunteer.screenshot({ path: shot('client-volunteer-call-112.png'), fullPage: true });
  await task.getByLabel('Hoe dringend?').selectOption('SOON');
  await task.getByLabel('Korte uitleg').fill('Mevrouw zegt dat ze al weken niemand spreekt');
  await task.getByRole('button', { name: 'Stuur naar het VET' }).click();
  await volunteer.getByText('Ontvangen. Het Voor Elkaar Team kijkt ernaar.').first().waitFor();
  await volunteer.locator('#my-signals [data-progress="RECEIVED"]').first().waitFor({ timeout: OFFER_TIMEOUT });
  ok('the volunteer flags a worry and sees it was received');
  const vet = await newPerson(browser, 'vet');
  await login(vet, 'vet');
  await vet.getByRole('link', { name: 'Zorgsignalen' }).click();
  const signal = vet.locator('[data-signal][data-status="OPEN"]', { hasText: 'niemand spreekt' }).first();
  await signal.waitFor();
  await vet.screenshot({ path: shot('client-vet-signals.png'), fullPage: true });
  await signal.locator('summary', { hasText: 'Oppakken' }).click();
  await signal.getByLabel('Wat is er gedaan?').selectOption('CONTACTED');
  await signal.getByRole('button', { name: 'Vastleggen' }).click();
  await vet.getByText('Vastgelegd.').first().waitFor();
  ok('the VET sees the signal in the queue and closes it');
  await volunteer.locator('#my-signals [data-progress="PICKED_UP"]').first().waitFor({ timeout: OFFER_TIMEOUT });
  assert(/Opgepakt door het VET/.test(await volunteer.locator('#my-signals').textContent() ?? ''),
    'the volunteer sees "Opgepakt", without the follow-up');

  // 4. The resident's page follows by itself.
  await resident.waitForSelector('#request-status[data-status="ACCEPTED"]', { timeout: OFFER_TIMEOUT });
  const status = await resident.locator('#request-status').textContent();
  assert(/Geaccepteerd/.test(status ?? ''), 'the resident sees "Geaccepteerd" without reloading', status);
  await resident.screenshot({ path: shot('client-request-accepted.png'), fullPage: true });

  // 5. The volunteer goes, and is done after 45 minutes; the resident confirms.
  await task.getByRole('button', { name: 'Ik ga nu' }).click();
  await volunteer.getByText('Fijn! De bewoner krijgt bericht dat je onderweg bent.').first().waitFor();
  ok('the volunteer starts the task');
  const doneTask = volunteer.locator('[data-task]', { hasText: DESCRIPTION });
  await doneTask.locator('[data-status="IN_PROGRESS"]').waitFor();
  await doneTask.locator('summary', { hasText: 'Klaar?' }).click();
  await doneTask.getByLabel('Hoeveel minuten heb je geholpen?').fill('45');
  await doneTask.getByRole('button', { name: 'Klaar', exact: true }).click();
  await volunteer.getByText('Dank je wel! Je uren zijn opgeslagen.').first().waitFor();
  ok('the volunteer marks it done with 45 minutes');
  await resident.waitForSelector('#request-status[data-status="DONE"]', { timeout: OFFER_TIMEOUT });
  await resident.waitForSelector('#confirm-form');
  await resident.getByRole('button', { name: 'Bevestigen' }).click();
  await resident.getByText('Dank je wel! Je antwoord is opgeslagen.').first().waitFor();
  ok('the resident sees "Klaar" and confirms');
  await resident.screenshot({ path: shot('client-request-done.png'), fullPage: true });

  // 5b. The outcome questions (#11): three 1–5 questions with text labels, each skippable; after
  // "Versturen" a thank-you, and the questions are not asked again (also not after a reload).
  const outcome = resident.locator('#outcome-form');
  await outcome.waitFor({ timeout: OFFER_TIMEOUT });
  const unlabelledOutcome = await everyControlHasALabel(resident, '#outcome-form');
  assert(unlabelledOutcome.length === 0, 'every answer of the outcome questions has a label', unlabelledOutcome.join(', '));
  await outcome.getByRole('group', { name: 'Kreeg je op tijd hulp?' }).getByLabel('5 – Ja, helemaal').check();
  await outcome.getByRole('group', { name: 'Voel je je minder alleen?' }).getByLabel('4 – Ja, wel').check();
  assert(await outcome.getByRole('group', { name: 'Heb je het gevoel dat je zelf meer kunt regelen?' })
    .getByLabel('Sla deze vraag over').isChecked(), 'a question left alone is skipped');
  await resident.screenshot({ path: shot('client-outcome-questions.png'), fullPage: true });
  await outcome.getByRole('button', { name: 'Versturen' }).click();
  await resident.locator('#outcome-done', { hasText: 'Bedankt voor je antwoorden!' }).waitFor();
  ok('the resident answers the outcome questions (POST /help-requests/{id}/outcome) and is thanked');
  await resident.screenshot({ path: shot('client-outcome-thanks.png'), fullPage: true });
  await resident.reload({ waitUntil: 'load' });
  await resident.waitForSelector('#request-status[data-status="DONE"]');
  await resident.locator('#outcome-done').waitFor();
  assert(await resident.locator('#outcome-form').count() === 0, 'the outcome questions are not asked again');

  // 6. The notifications.
  await resident.getByRole('link', { name: 'Berichten' }).click();
  await resident.waitForSelector('[data-notification]');
  const notices = await resident.locator('[data-notification]').count();
  assert(notices >= 1, 'the resident\'s inbox lists the notifications', `${notices}`);
  await resident.screenshot({ path: shot('client-inbox.png'), fullPage: true });

  // 7. English, and back.
  await resident.getByRole('button', { name: 'Switch to English' }).click();
  await resident.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('main h1')?.textContent === 'Messages');
  ok('the English toggle switches the page (lang="en")');
  await resident.getByRole('button', { name: 'Naar het Nederlands' }).click();
  await resident.waitForFunction(() => document.documentElement.lang === 'nl');

  // 8. The coordinator: the queue, the dashboard link, a VOG.
  const coordinator = await newPerson(browser, 'coordinator', { width: 1024, height: 800 });
  await login(coordinator, 'coordinator');
  await coordinator.waitForSelector('#queue[data-loaded="true"]', { state: 'attached' });
  assert(/Wachtrij/.test(await heading(coordinator)), 'a coordinator starts on the escalation queue');
  assert(await coordinator.locator('#queue-count').textContent() !== '', 'the queue says how many requests wait');
  assert(await coordinator.locator('a[href="/dashboard/"]').count() >= 1, 'the queue links to the wijk dashboard');
  await coordinator.screenshot({ path: shot('client-coordinator-queue.png'), fullPage: true });
  await coordinator.getByRole('link', { name: 'Vrijwilligers' }).click();
  await coordinator.waitForSelector('#pick-volunteer');
  const option = await coordinator.locator('#volunteer option', { hasText: email('vrijwilliger1') }).getAttribute('value');
  await coordinator.selectOption('#volunteer', option);
  await coordinator.getByRole('button', { name: 'Bekijk' }).click();
  await coordinator.waitForSelector('#vog-form');
  await coordinator.locator('#vog-form').getByRole('button', { name: 'VOG vastleggen' }).click();
  await coordinator.getByText('De VOG is vastgelegd.').first().waitFor();
  ok('the coordinator records a VOG (POST /volunteers/{id}/vog-checks)');
  await coordinator.screenshot({ path: shot('client-coordinator-vog.png'), fullPage: true });

  // 9. Trends per wijk (#11): signals and outcomes as tables with a caption and header cells.
  await coordinator.getByRole('link', { name: 'Trends per wijk' }).click();
  await coordinator.waitForSelector('#signal-trends');
  await coordinator.waitForSelector('#outcome-trends');
  assert(await coordinator.locator('#signal-trends caption').textContent() === 'Zorgsignalen per maand, wijk en soort',
    'the trends page has a table of signals with a caption');
  assert(await coordinator.locator('#outcome-trends caption').textContent() === 'Antwoorden van bewoners per maand en wijk',
    'and a table of outcomes with a caption');
  assert(await coordinator.locator('#signal-trends th[scope="col"]').count() >= 3
    && await coordinator.locator('#outcome-trends th[scope="colgroup"]').count() === 3,
    'the tables have column headers (per question a column group)');
  const trendRows = await coordinator.locator('#signal-trends tbody tr').count();
  assert(trendRows >= 1 && await coordinator.locator('#signal-trends tbody th[scope="row"]').count() === trendRows,
    'every row of signals is headed by its wijk', `${trendRows} rows`);
  await coordinator.getByLabel('Welke wijk?').selectOption(WIJK);
  await coordinator.waitForFunction((wijk) => {
    const rows = [...document.querySelectorAll('#signal-trends tbody tr, #outcome-trends tbody tr')];
    return rows.length > 0 && rows.every((r) => r.dataset.wijk === wijk);
  }, WIJK, { timeout: TIMEOUT });
  ok('choosing a wijk shows its months only');
  await coordinator.screenshot({ path: shot('client-coordinator-trends.png'), fullPage: true });

  assert(pageErrors.length === 0, 'no errors in the pages', pageErrors.join(' | '));
}

async function main() {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  let browser;
  let failed = false;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await run(browser);
  } catch (error) {
    failed = true;
    console.log(`not ok - ${reasonOf(error)}`);
    if (pageErrors.length) console.log(`# page errors: ${pageErrors.join(' | ')}`);
    for (const [who, page] of Object.entries(pages)) {
      try {
        await page.screenshot({ path: shot(`client-failure-${who}.png`), fullPage: true });
        console.log(`# screenshot ${shot(`client-failure-${who}.png`)} (${page.url()})`);
      } catch (e) {
        console.log(`# could not save a failure screenshot of ${who}: ${e.message}`);
      }
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
  }
  finish(failed);
}

main();
