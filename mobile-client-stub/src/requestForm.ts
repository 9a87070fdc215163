import type { GeoJsonPoint, InitiativeKind, NewHelpRequest, Role, Skill } from './types';

/** What the "Hulp vragen" form holds, as typed (strings from inputs). */
export interface RequestFormValues {
  kind: InitiativeKind;
  task: Skill;
  description: string;
  urgency: 'URGENT' | 'NORMAL' | 'PLANNED';
  windowStart: string; // datetime-local, '' = as soon as possible
  windowEnd: string;
  location: GeoJsonPoint | undefined;
  addressLine: string;
  personName: string;
  personNeeds: string;
  handoverNote: string;
  consentGivenBy: string;
  consentMethod: 'VERBAL' | 'WRITTEN';
  destination: GeoJsonPoint | undefined;
  destinationLine: string;
  appointmentAt: string;
  passengers: string;
  walker: boolean;
  wheelchair: boolean;
  recurrence: 'NONE' | 'WEEKLY' | 'FORTNIGHTLY';
  until: string; // date
}

/** The tasks a kind allows (HelpRequestRules on the server): rides and respijt have one each. */
export function tasksFor(kind: InitiativeKind): Skill[] {
  switch (kind) {
    case 'AUTOMAATJE': return ['RIDES'];
    case 'RESPIJT': return ['RESPIJT'];
    default: return ['SHOPPING', 'WALKING', 'DOG', 'SMALL_JOBS', 'PAPERWORK', 'DIGITAL_HELP', 'COMPANY'];
  }
}

/** The kinds a caller can ask for: respijt relieves a mantelzorger, so not for a resident alone. */
export function kindsFor(roles: readonly Role[]): InitiativeKind[] {
  const forOthers = roles.includes('MANTELZORGER') || roles.includes('VET_STAFF');
  return forOthers ? ['GOEDE_BUREN', 'VOORZORGCIRKEL', 'AUTOMAATJE', 'RESPIJT'] : ['GOEDE_BUREN', 'VOORZORGCIRKEL', 'AUTOMAATJE'];
}

/** Whether the form asks whom the help is for: mantelzorgers and VET staff ask for someone else. */
export function asksForPerson(roles: readonly Role[]): boolean {
  return !roles.includes('RESIDENT') && (roles.includes('MANTELZORGER') || roles.includes('VET_STAFF'));
}

export type FormCheck = { body: NewHelpRequest; missing: [] } | { body?: undefined; missing: string[] };

/**
 * The request body the API takes, or the fields still missing (named as the API names them, so
 * the same placement shows them next to the inputs). `now` makes it testable.
 */
export function buildHelpRequest(v: RequestFormValues, roles: readonly Role[], now: Date = new Date()): FormCheck {
  const missing: string[] = [];
  const forOther = asksForPerson(roles);
  const isVet = roles.includes('VET_STAFF') && !roles.includes('RESIDENT') && !roles.includes('MANTELZORGER');
  if (!v.description.trim()) missing.push('description');
  if (!v.location) missing.push('location');
  if (forOther && !v.personName.trim()) missing.push('onBehalf.personName');
  if (isVet && !v.consentGivenBy.trim()) missing.push('onBehalf.consent.givenBy');
  if (v.kind === 'AUTOMAATJE') {
    if (!v.destination) missing.push('ride.destination');
    if (!v.appointmentAt) missing.push('ride.appointmentAt');
  }
  if (v.kind === 'RESPIJT') {
    if (!v.windowStart) missing.push('windowStart');
    if (!v.windowEnd) missing.push('windowEnd');
    if (v.recurrence !== 'NONE' && !v.until) missing.push('respijt.until');
  }
  if (missing.length > 0 || !v.location) return { missing };

  const task: Skill = v.kind === 'AUTOMAATJE' ? 'RIDES' : v.kind === 'RESPIJT' ? 'RESPIJT' : v.task;
  const body: NewHelpRequest = {
    kind: v.kind,
    task,
    location: v.location,
    description: v.description.trim(),
    urgency: v.urgency,
  };
  if (v.addressLine.trim()) body.addressLine = v.addressLine.trim();
  if (v.windowStart) body.windowStart = isoOf(v.windowStart);
  if (v.windowEnd) body.windowEnd = isoOf(v.windowEnd);
  if (forOther) {
    body.onBehalf = { personName: v.personName.trim() };
    if (v.personNeeds.trim()) body.onBehalf.needs = v.personNeeds.trim();
    if (v.handoverNote.trim()) body.onBehalf.handoverNote = v.handoverNote.trim();
    if (isVet) body.onBehalf.consent = { givenBy: v.consentGivenBy.trim(), givenAt: now.toISOString(), method: v.consentMethod };
  }
  if (v.kind === 'AUTOMAATJE' && v.destination) {
    body.ride = {
      destination: v.destination,
      appointmentAt: isoOf(v.appointmentAt),
      passengers: Math.max(1, Number.parseInt(v.passengers, 10) || 1),
      walker: v.walker,
      wheelchair: v.wheelchair,
    };
    if (v.destinationLine.trim()) body.ride.destinationLine = v.destinationLine.trim();
  }
  if (v.kind === 'RESPIJT') {
    body.respijt = { recurrence: v.recurrence };
    if (v.recurrence !== 'NONE' && v.until) body.respijt.until = v.until;
  }
  return { body, missing: [] };
}

/** A datetime-local value ("2026-12-01T14:00", the phone's own time zone) as ISO-8601 with offset. */
export function isoOf(local: string): string {
  return new Date(local).toISOString();
}
