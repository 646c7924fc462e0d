/**
 * Marker clustering for the kiosk map (Leaflet has none built in): places closer than a marker's reach on screen
 * join one numbered marker, so no marker covers another; tapping it zooms in until they separate. Pure and
 * deterministic (same places, same zoom, same clusters), on screen coordinates the caller projects.
 */
export interface ScreenPoint<T> {
  item: T;
  x: number;
  y: number;
}

export interface Cluster<T> {
  items: T[];
  x: number;
  y: number;
}

/** Greedy clustering: each point not yet taken gathers every free point within `radius` pixels of it. */
export function clusterPoints<T>(points: ScreenPoint<T>[], radius: number): Cluster<T>[] {
  const taken = new Set<number>();
  const clusters: Cluster<T>[] = [];
  points.forEach((seed, i) => {
    if (taken.has(i)) return;
    taken.add(i);
    const members = [seed];
    points.forEach((other, j) => {
      if (taken.has(j)) return;
      if (Math.hypot(other.x - seed.x, other.y - seed.y) <= radius) {
        taken.add(j);
        members.push(other);
      }
    });
    clusters.push({
      items: members.map((m) => m.item),
      x: members.reduce((sum, m) => sum + m.x, 0) / members.length,
      y: members.reduce((sum, m) => sum + m.y, 0) / members.length,
    });
  });
  return clusters;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return !(
    a.right + gap <= b.left ||
    b.right + gap <= a.left ||
    a.bottom + gap <= b.top ||
    b.bottom + gap <= a.top
  );
}
