import { describe, expect, it } from 'vitest';
import { asksForPerson, buildHelpRequest, kindsFor, tasksFor, type RequestFormValues } from '../src/requestForm';
import { point } from '../src/geo';

const base: RequestFormValues = {
  kind: 'GOEDE_BUREN', task: 'SHOPPING', description: '  Boodschappen bij de Jumbo ', urgency: 'NORMAL',
  windowStart: '', windowEnd: '', location: point(6.168, 52.268), addressLine: 'Kastanjelaan 12, Deventer',
  personName: '', personNeeds: '', handoverNote: '', consentGivenBy: '', consentMethod: 'VERBAL',
  destination: undefined, destinationLine: '', appointmentAt: '', passengers: '1', walker: false, wheelchair: false,
  recurrence: 'NONE', until: '',
};

describe('buildHelpRequest', () => {
  it('builds a resident\'s request for themself', () => {
    const { body, missing } = buildHelpRequest(base, ['RESIDENT']);
    expect(missing).toEqual([]);
    expect(body).toEqual({
      kind: 'GOEDE_BUREN', task: 'SHOPPING', location: { type: 'Point', coordinates: [6.168, 52.268] },
      description: 'Boodschappen bij de Jumbo', urgency: 'NORMAL', addressLine: 'Kastanjelaan 12, Deventer',
    });
  });

  it('names what is missing as the API names it', () => {
    const { missing } = buildHelpRequest({ ...base, description: ' ', location: undefined }, ['RESIDENT']);
    expect(missing).toEqual(['description', 'location']);
  });

  it('asks a mantelzorger whom the help is for', () => {
    expect(buildHelpRequest(base, ['MANTELZORGER']).missing).toEqual(['onBehalf.personName']);
    const { body } = buildHelpRequest({ ...base, personName: 'Mevrouw Jansen', handoverNote: 'Sleutel bij nr 14' }, ['MANTELZORGER']);
    expect(body?.onBehalf).toEqual({ personName: 'Mevrouw Jansen', handoverNote: 'Sleutel bij nr 14' });
  });

  it('records the consent when VET staff post for a resident', () => {
    const now = new Date('2026-11-30T09:00:00Z');
    const { body } = buildHelpRequest({ ...base, personName: 'Dhr. de Vries', consentGivenBy: 'Dhr. de Vries' }, ['VET_STAFF'], now);
    expect(body?.onBehalf?.consent).toEqual({ givenBy: 'Dhr. de Vries', givenAt: '2026-11-30T09:00:00.000Z', method: 'VERBAL' });
  });

  it('makes an AutoMaatje request a ride with task RIDES', () => {
    const ride = { ...base, kind: 'AUTOMAATJE' as const, task: 'SHOPPING' as const, destination: point(6.2, 52.25),
      appointmentAt: '2026-12-03T10:30', passengers: '2', walker: true };
    const { body } = buildHelpRequest(ride, ['RESIDENT']);
    expect(body?.task).toBe('RIDES');
    expect(body?.ride).toMatchObject({ destination: { type: 'Point', coordinates: [6.2, 52.25] }, passengers: 2, walker: true, wheelchair: false });
    expect(body?.ride?.appointmentAt).toBe(new Date('2026-12-03T10:30').toISOString());
    expect(buildHelpRequest({ ...ride, destination: undefined, appointmentAt: '' }, ['RESIDENT']).missing)
      .toEqual(['ride.destination', 'ride.appointmentAt']);
  });

  it('gives respijt its time window and series', () => {
    const respijt = { ...base, kind: 'RESPIJT' as const, personName: 'Moeder', windowStart: '2026-12-08T14:00',
      windowEnd: '2026-12-08T17:00', recurrence: 'WEEKLY' as const, until: '2027-02-23' };
    const { body } = buildHelpRequest(respijt, ['MANTELZORGER']);
    expect(body?.task).toBe('RESPIJT');
    expect(body?.respijt).toEqual({ recurrence: 'WEEKLY', until: '2027-02-23' });
    expect(buildHelpRequest({ ...respijt, windowEnd: '', until: '' }, ['MANTELZORGER']).missing).toEqual(['windowEnd', 'respijt.until']);
  });

  it('leaves out the time window for "as soon as possible"', () => {
    const { body } = buildHelpRequest(base, ['RESIDENT']);
    expect(body).not.toHaveProperty('windowStart');
  });
});

describe('what the form offers', () => {
  it('offers respijt only to those who care for someone', () => {
    expect(kindsFor(['RESIDENT'])).not.toContain('RESPIJT');
    expect(kindsFor(['MANTELZORGER'])).toContain('RESPIJT');
  });

  it('has one task for rides and for respijt', () => {
    expect(tasksFor('AUTOMAATJE')).toEqual(['RIDES']);
    expect(tasksFor('RESPIJT')).toEqual(['RESPIJT']);
    expect(tasksFor('GOEDE_BUREN')).toContain('SHOPPING');
  });

  it('asks whom the help is for unless the caller is a resident', () => {
    expect(asksForPerson(['RESIDENT'])).toBe(false);
    expect(asksForPerson(['RESIDENT', 'MANTELZORGER'])).toBe(false);
    expect(asksForPerson(['MANTELZORGER'])).toBe(true);
    expect(asksForPerson(['VET_STAFF'])).toBe(true);
  });
});
