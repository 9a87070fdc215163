import { describe, expect, it } from 'vitest';
import { distance, inside, normalisePostcode, wijkCentre } from '../src/geo';

const square = [[6.0, 52.0], [6.2, 52.0], [6.2, 52.2], [6.0, 52.2], [6.0, 52.0]];

describe('wijkCentre', () => {
  it('is the middle of a simple wijk', () => {
    expect(wijkCentre({ geometry: { type: 'Polygon', coordinates: [square] } })).toEqual({ type: 'Point', coordinates: [6.1, 52.1] });
  });

  it('takes the largest part of a MultiPolygon', () => {
    const small = [[7.0, 53.0], [7.01, 53.0], [7.01, 53.01], [7.0, 53.0]];
    const centre = wijkCentre({ geometry: { type: 'MultiPolygon', coordinates: [[small], [square]] } });
    expect(centre?.coordinates).toEqual([6.1, 52.1]);
  });

  it('stays inside a U-shaped wijk', () => {
    const u = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]];
    const c = wijkCentre({ geometry: { type: 'Polygon', coordinates: [u] } })!;
    expect(inside([c.coordinates[0]!, c.coordinates[1]!], u) || c.coordinates[1]! <= 1).toBe(true);
  });
});

describe('distance', () => {
  it('speaks metres below a kilometre and kilometres with the local decimal sign above', () => {
    expect(distance(340, 'nl')).toBe('340 m');
    expect(distance(1200, 'nl')).toBe('1,2 km');
    expect(distance(1200, 'en')).toBe('1.2 km');
  });
});

describe('normalisePostcode', () => {
  it('accepts postcodes as people type them', () => {
    expect(normalisePostcode('7411ks')).toBe('7411 KS');
    expect(normalisePostcode(' 7411 KS ')).toBe('7411 KS');
  });

  it('refuses what is no Dutch postcode', () => {
    expect(normalisePostcode('0411 KS')).toBeUndefined();
    expect(normalisePostcode('74111')).toBeUndefined();
  });
});
