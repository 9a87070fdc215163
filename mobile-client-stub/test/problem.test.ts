import { describe, expect, it } from 'vitest';
import { placeProblem, slug } from '../src/problem';
import type { Problem } from '../src/types';

const problem = (errors: Array<{ field: string; message: string }>, detail = 'Invalid request'): Problem => ({
  type: '/problems/validation-failed', title: 'Validation failed', status: 400, detail, errors,
});

describe('placeProblem', () => {
  const fields = ['description', 'location', 'weeklyAvailability', 'capacities', 'capacities[0].maxRadiusMeters', 'ride.appointmentAt'];

  it('puts an error next to the field it names', () => {
    const placed = placeProblem(problem([{ field: 'description', message: 'must not be blank' }]), fields, 'x');
    expect(placed.byField.get('description')).toBe('must not be blank');
    expect(placed.general).toEqual([]);
  });

  it('gives an entry inside a list or object to the field that holds it', () => {
    const placed = placeProblem(problem([{ field: 'weeklyAvailability[2].until', message: 'overlaps' }]), fields, 'x');
    expect(placed.byField.get('weeklyAvailability')).toBe('overlaps');
  });

  it('prefers the most specific field', () => {
    const placed = placeProblem(problem([{ field: 'capacities[0].maxRadiusMeters', message: 'too far' }]), fields, 'x');
    expect(placed.byField.get('capacities[0].maxRadiusMeters')).toBe('too far');
    expect(placed.byField.has('capacities')).toBe(false);
  });

  it('does not match a field that only starts with the same letters', () => {
    const placed = placeProblem(problem([{ field: 'locationName', message: 'odd' }]), fields, 'x');
    expect(placed.byField.size).toBe(0);
    expect(placed.general).toEqual(['locationName: odd']);
  });

  it('joins two errors on one field', () => {
    const placed = placeProblem(problem([{ field: 'ride.appointmentAt', message: 'a' }, { field: 'ride.appointmentAt', message: 'b' }]), fields, 'x');
    expect(placed.byField.get('ride.appointmentAt')).toBe('a; b');
  });

  it('shows the detail of a problem without field errors', () => {
    const placed = placeProblem({ type: '/problems/offer-no-longer-open', title: 'Offer no longer open', status: 409,
      detail: 'Offer 4 was taken', errors: [] }, fields, 'x');
    expect(placed.general).toEqual(['Offer 4 was taken']);
  });

  it('falls back when there was no answer', () => {
    expect(placeProblem(undefined, fields, 'Geen verbinding').general).toEqual(['Geen verbinding']);
  });
});

describe('slug', () => {
  it('takes the problem type without its prefix', () => {
    expect(slug({ type: '/problems/login-throttled', title: 't', status: 429, errors: [] })).toBe('login-throttled');
  });
});
