// End-to-end check of the coordinator dashboard (/dashboard/) in headless Chromium.
//
//   BASE_URL=http://localhost:8080 E2E_EMAIL=coordinator.deventer@demo.noaber.nl E2E_PASSWORD=noaber-demo \
//   SCREENSHOT_DIR=./screenshots node dashboard.e2e.mjs
//
// Uses the system Chromium (CHROMIUM, default /usr/bin/chromium): playwright-core downloads no browser.
// Prints one TAP-like line per check and exits 0 when all pass, 1 on the first failure
// (with dashboard-failure.png in SCREENSHOT_DIR).

import { chromium } from 'playwright-core';
import { mkdir, readFile } from 'node:fs/promises';
import { BASE_URL, CHROMIUM, SCREENSHOT_DIR, CheckFailed, assert, finish, ok, reasonOf, shot } from './checks.mjs';

const EMAIL = process.env.E2E_EMAIL || 'coordinator.deventer@demo.noaber.nl';
const PASSWORD = process.env.E2E_PASSWORD || 'noaber-demo';
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 20000);

const consoleErrors = [];

async function waitForStatus(page, text) {
  await page.waitForFunction(
    (t) => document.querySelector('#status')?.textContent.trim() === t,
    text,
    { timeout: TIMEOUT },
  );
}

async function run(page) {
  // 1. The login form.
  const response = await page.goto(`${BASE_URL}/dashboard/`, { waitUntil: 'load' });
  assert(response && response.ok(), 'dashboard page loads', `HTTP ${response?.status()}`);
  await page.waitForSelector('#login-form', { state: 'visible' });
  assert(await page.locator('#dashboard').isHidden(), 'dashboard is hidden before login');
  await page.screenshot({ path: shot('dashboard-login.png'), fullPage: true });
  ok('screenshot dashboard-login.png');

  // 2. Log in.
  await page.fill('#email', EMAIL);
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  // Stop waiting as soon as the page shows an error instead of data.
  const outcome = await page.waitForFunction(() => {
    if (document.querySelector('#status')?.textContent.trim() === 'Bijgewerkt') return 'loaded';
    const alert = ['#login-error', '#load-error'].map((s) => document.querySelector(s))
      .find((e) => e && e.offsetParent !== null && e.textContent.trim());
    return alert ? `error: ${alert.textContent.trim()}` : false;
  }, null, { timeout: TIMEOUT }).then((h) => h.jsonValue(), (e) => `timeout: ${e.message.split('\n')[0]}`);
  if (outcome !== 'loaded') throw new CheckFailed(`status "Bijgewerkt" after login: ${outcome}`);
  ok('logged in and data loaded (status "Bijgewerkt")');
  assert(await page.locator('#dashboard').isVisible(), 'dashboard is visible after login');

  // 3. The map, the cards and the trend chart.
  const paths = await page.locator('#wijk-map path[data-wijk]').count();
  assert(paths >= 5, 'map #wijk-map has at least 5 wijk paths', `found ${paths}`);
  const focusable = await page.locator('#wijk-map path[data-wijk][tabindex="0"]').count();
  assert(focusable === paths, 'every wijk on the map is keyboard-focusable', `${focusable} of ${paths}`);
  const titled = await page.locator('#wijk-map path[data-wijk] > title').count();
  assert(titled === paths, 'every wijk on the map has a <title>', `${titled} of ${paths}`);

  assert(await page.locator('.card[data-wijk="total"]').count() === 1, 'card for the whole gemeente [data-wijk="total"]');
  const wijkCards = await page.locator('.card[data-wijk^="WK"]').count();
  assert(wijkCards >= 1, 'cards for the wijken', `found ${wijkCards}`);
  const values = await page.locator('.card[data-wijk="total"] .metric__value').allTextContents();
  const numbers = values.map((v) => v.trim()).filter((v) => /^[\d.,]+\s*%?$/.test(v));
  assert(numbers.length >= 3, 'the whole-gemeente card shows numbers, not only "<5"',
    `values: ${JSON.stringify(values.slice(0, 8))}`);
  const trendParts = await page.locator('#trend-chart > *').count();
  assert(trendParts > 0, 'trend chart #trend-chart is drawn');

  // 4. Clicking a wijk highlights its card.
  const firstWijk = page.locator('#wijk-map path[data-wijk]').first();
  const code = await firstWijk.getAttribute('data-wijk');
  await firstWijk.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.card.is-highlighted[data-wijk="${code}"]`, { timeout: TIMEOUT });
  ok(`Enter on wijk ${code} on the map highlights its card`);

  // 5. Another metric on the map.
  await page.selectOption('#metric', 'activeVolunteers');
  await page.waitForSelector('#wijk-map[data-metric="activeVolunteers"]', { timeout: TIMEOUT });
  await waitForStatus(page, 'Bijgewerkt');
  const title = await page.locator('#map-title').textContent();
  assert(/Actieve vrijwilligers/.test(title ?? ''), 'map shows metric activeVolunteers', `title: ${title}`);
  assert(await page.locator('#trend-chart[data-metric="activeVolunteers"]').count() === 1, 'trend chart follows the metric');
  await page.screenshot({ path: shot('dashboard.png'), fullPage: true });
  ok('screenshot dashboard.png');

  // 6. A narrow (phone-sized) window.
  await page.setViewportSize({ width: 400, height: 900 });
  await page.waitForTimeout(300);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert(overflow <= 1, 'no sideways scrolling at 400 px wide', `${overflow}px too wide`);
  await page.screenshot({ path: shot('dashboard-narrow.png'), fullPage: true });
  ok('screenshot dashboard-narrow.png');

  // 7. CSV download (fetched with the bearer token, handed over as a blob).
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: TIMEOUT }),
    page.click('#download-csv'),
  ]);
  const name = download.suggestedFilename();
  assert(name.endsWith('.csv'), 'CSV download has a .csv file name', name);
  const saved = shot(name);
  await download.saveAs(saved);
  const bytes = await readFile(saved);
  assert(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'CSV starts with the UTF-8 BOM',
    `first bytes ${bytes.subarray(0, 3).toString('hex')}`);
  const text = bytes.toString('utf8');
  assert(text.startsWith('\uFEFF') && text.includes(';'), 'CSV is separated by ";"');

  // 8. Nothing went wrong in the page.
  assert(consoleErrors.length === 0, 'no console errors', consoleErrors.join(' | '));
}

async function main() {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  let browser;
  let page;
  let failed = false;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
    await run(page);
  } catch (error) {
    failed = true;
    console.log(`not ok - ${reasonOf(error)}`);
    if (consoleErrors.length) console.log(`# console errors: ${consoleErrors.join(' | ')}`);
    if (page) {
      try {
        await page.screenshot({ path: shot('dashboard-failure.png'), fullPage: true });
        console.log(`# screenshot ${shot('dashboard-failure.png')}`);
      } catch (e) {
        console.log(`# could not save a failure screenshot: ${e.message}`);
      }
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
  }
  finish(failed);
}

main();
