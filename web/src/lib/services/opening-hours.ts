/** Opening hours as stored (one row per range) grouped for display: each weekday once, its ranges in order. */
export interface OpeningRange {
  weekday: number;
  opens: string;
  closes: string;
}

export interface OpeningDay {
  weekday: number;
  ranges: { opens: string; closes: string }[];
}

export function groupOpeningHours(hours: readonly OpeningRange[]): OpeningDay[] {
  const days = new Map<number, OpeningDay>();
  for (const h of [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens))) {
    const day = days.get(h.weekday) ?? { weekday: h.weekday, ranges: [] };
    day.ranges.push({ opens: h.opens, closes: h.closes });
    days.set(h.weekday, day);
  }
  return [...days.values()];
}
