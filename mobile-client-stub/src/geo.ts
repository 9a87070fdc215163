import type { GeoJsonPoint, WijkFeature } from './types';

export function point(lon: number, lat: number): GeoJsonPoint {
  return { type: 'Point', coordinates: [round6(lon), round6(lat)] };
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

type Ring = number[][];

/**
 * A point for "somewhere in this wijk": the area-weighted centroid of its largest polygon (plain
 * degrees are fine at wijk size). For an odd-shaped wijk whose centroid falls outside it, the
 * middle of the ring's first vertices is used instead, which lies on or near the boundary.
 */
export function wijkCentre(feature: Pick<WijkFeature, 'geometry'>): GeoJsonPoint | undefined {
  const polygons: Ring[][] = feature.geometry.type === 'Polygon'
    ? [feature.geometry.coordinates as Ring[]]
    : (feature.geometry.coordinates as Ring[][]);
  let best: { area: number; ring: Ring } | undefined;
  for (const polygon of polygons) {
    const ring = polygon[0];
    if (!ring || ring.length < 4) continue;
    const area = Math.abs(signedArea(ring));
    if (!best || area > best.area) best = { area, ring };
  }
  if (!best) return undefined;
  const c = centroid(best.ring);
  if (c && inside(c, best.ring)) return point(c[0], c[1]);
  const [a, b] = [best.ring[0]!, best.ring[Math.floor(best.ring.length / 2)]!];
  return point((a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2);
}

function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1! * y2! - x2! * y1!;
  }
  return sum / 2;
}

function centroid(ring: Ring): [number, number] | undefined {
  const a = signedArea(ring);
  if (a === 0) return undefined;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    const f = x1! * y2! - x2! * y1!;
    cx += (x1! + x2!) * f;
    cy += (y1! + y2!) * f;
  }
  return [cx / (6 * a), cy / (6 * a)];
}

/** Ray casting. */
export function inside([x, y]: [number, number], ring: Ring): boolean {
  let yes = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if ((yi! > y) !== (yj! > y) && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) yes = !yes;
  }
  return yes;
}

/** "350 m", "1,2 km" (nl) or "1.2 km" (en). */
export function distance(meters: number, lang: string): string {
  if (meters < 1000) return `${Math.round(meters / 10) * 10} m`;
  const km = (meters / 1000).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
  return `${km} km`;
}

/** A Dutch postcode as PDOK and people write it: four digits, two letters (`7411 ks` → `7411 KS`). */
export function normalisePostcode(raw: string): string | undefined {
  const m = /^\s*([1-9][0-9]{3})\s*([a-zA-Z]{2})\s*$/.exec(raw);
  return m ? `${m[1]} ${m[2]!.toUpperCase()}` : undefined;
}
