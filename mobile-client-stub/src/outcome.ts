// The requester's three outcome questions after DONE (issue #11, ADR 024), and the figures of the
// trends page. Pure functions, so vitest checks them without a page.
import { currentLang } from './i18n';

export const OUTCOME_QUESTIONS = ['inTime', 'moreInControl', 'lessAlone'] as const;
export type OutcomeQuestion = (typeof OUTCOME_QUESTIONS)[number];
export type OutcomeBody = Partial<Record<OutcomeQuestion, number>>;

/**
 * The body of POST /help-requests/{id}/outcome from the chosen values ('' = skipped), or undefined
 * when every question was skipped: then nothing is sent (an empty answer would count as a respondent).
 */
export function outcomeBody(values: Record<OutcomeQuestion, string>): OutcomeBody | undefined {
  const body: OutcomeBody = {};
  for (const q of OUTCOME_QUESTIONS) {
    const n = Number.parseInt(values[q], 10);
    if (n >= 1 && n <= 5) body[q] = n;
  }
  return Object.keys(body).length ? body : undefined;
}

/** Whether the questions were answered or skipped on this phone: then they are not asked again. */
export type OutcomeState = 'answered' | 'skipped';
const key = (requestId: number) => `noaber.outcome.${requestId}`;

export function outcomeState(storage: Pick<Storage, 'getItem'>, requestId: number): OutcomeState | undefined {
  const v = storage.getItem(key(requestId));
  return v === 'answered' || v === 'skipped' ? v : undefined;
}

export function rememberOutcome(storage: Pick<Storage, 'setItem'>, requestId: number, state: OutcomeState): void {
  storage.setItem(key(requestId), state);
}

/** A published figure as the API gives it: "<5" stays "<5", null is a dash; a share as a percentage. */
export function showFigure(value: number | string | null | undefined, as: 'count' | 'mean' | 'share' = 'count'): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  const locale = currentLang() === 'en' ? 'en-GB' : 'nl-NL';
  if (as === 'share') return value.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });
  if (as === 'mean') return value.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  return value.toLocaleString(locale);
}
