// Clustering and the overlap test behind the kiosk map's markers and labels.
import { describe, expect, it } from 'vitest';
import { clusterPoints, overlaps } from './cluster.ts';

describe('clusterPoints', () => {
  it('joins points within the radius and keeps distant ones apart', () => {
    const clusters = clusterPoints(
      [
        { item: 'a', x: 0, y: 0 },
        { item: 'b', x: 30, y: 40 },
        { item: 'c', x: 300, y: 0 },
      ],
      60,
    );
    expect(clusters.map((c) => c.items)).toEqual([['a', 'b'], ['c']]);
    expect(clusters[0]).toMatchObject({ x: 15, y: 20 });
  });

  it('no two clusters closer than the radius seed-to-seed when every point is isolated', () => {
    const points = [0, 100, 200].map((x) => ({ item: x, x, y: 0 }));
    expect(clusterPoints(points, 99).map((c) => c.items.length)).toEqual([1, 1, 1]);
    expect(clusterPoints(points, 100).map((c) => c.items.length)).toEqual([2, 1]);
  });
});

describe('overlaps', () => {
  const a = { left: 0, top: 0, right: 10, bottom: 10 };
  it('sees touching boxes as apart and intersecting ones as overlapping', () => {
    expect(overlaps(a, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(false);
    expect(overlaps(a, { left: 9, top: 9, right: 20, bottom: 20 })).toBe(true);
    expect(overlaps(a, { left: 12, top: 0, right: 20, bottom: 10 }, 4)).toBe(true);
  });
});
