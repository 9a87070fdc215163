// What the e2e scripts here share: where they run, TAP-like checks, and how they end.
import path from 'node:path';

export const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
export const SCREENSHOT_DIR = path.resolve(process.env.SCREENSHOT_DIR || 'screenshots');
// The system Chromium: playwright-core downloads no browser.
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const shot = (name) => path.join(SCREENSHOT_DIR, name);

let passed = 0;
export function ok(message) {
  passed++;
  console.log(`ok - ${message}`);
}

export class CheckFailed extends Error {}
export function assert(condition, message, detail) {
  if (!condition) throw new CheckFailed(detail ? `${message}: ${detail}` : message);
  ok(message);
}

/** The "not ok" line: a check's own message, or the first lines of an unexpected error. */
export function reasonOf(error) {
  return (error instanceof CheckFailed ? error.message : (error?.stack || String(error)).split('\n').slice(0, 3).join(' / '))
    .replace(/\u001b\[[0-9;]*m/g, ''); // playwright colours its call logs
}

/** The closing lines, then exit 0 when all passed, 1 after a failure. */
export function finish(failed) {
  console.log(`# screenshots in ${SCREENSHOT_DIR}`);
  console.log(`${passed} passed, ${failed ? 1 : 0} failed`);
  process.exit(failed ? 1 : 0);
}
