import type { Problem } from './types';

/** An error answer of the API (RFC 9457 problem+json), or a stand-in when there was no answer. */
export class ApiError extends Error {
  constructor(readonly status: number | undefined, readonly problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? (status ? `HTTP ${status}` : 'network'));
  }
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null
    && typeof (value as Problem).type === 'string' && typeof (value as Problem).status === 'number';
}

export interface PlacedProblem {
  /** form field name → message, for errors[] entries that name a field of the form */
  byField: Map<string, string>;
  /** what belongs to no field on the form: shown above it */
  general: string[];
}

/**
 * Puts each `errors[]` entry next to the form field it names. The API names fields as the client
 * sent them (`description`, `ride.appointmentAt`, `weeklyAvailability[2].until`); a form field
 * takes the entries for itself and for anything inside it (`weeklyAvailability` takes `[2].until`),
 * the most specific field winning. What matches no field, and a problem without field errors,
 * goes to `general`.
 */
export function placeProblem(problem: Problem | undefined, fields: readonly string[], fallback: string): PlacedProblem {
  const byField = new Map<string, string>();
  const general: string[] = [];
  if (!problem) return { byField, general: [fallback] };
  for (const error of problem.errors ?? []) {
    const field = bestField(error.field, fields);
    if (field === undefined) {
      general.push(`${error.field}: ${error.message}`);
    } else {
      const before = byField.get(field);
      byField.set(field, before ? `${before}; ${error.message}` : error.message);
    }
  }
  if (byField.size === 0 && general.length === 0) {
    general.push(problem.detail ?? problem.title ?? fallback);
  }
  return { byField, general };
}

function bestField(name: string, fields: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const field of fields) {
    const inside = name === field || name.startsWith(`${field}.`) || name.startsWith(`${field}[`);
    if (inside && (best === undefined || field.length > best.length)) best = field;
  }
  return best;
}

/** The problem slug (`/problems/offer-no-longer-open` → `offer-no-longer-open`). */
export function slug(problem: Problem | undefined): string | undefined {
  return problem?.type.replace(/^\/problems\//, '');
}
