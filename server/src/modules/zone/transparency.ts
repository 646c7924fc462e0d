/**
 * Public transparency figures: aggregates only (documents handed out, average days from loading to pickup,
 * suggestions received and answered), for the last twelve months and the current one, by local month.
 */
import type { Transparency } from '@buergerpunkt/contracts';
import { DateTime } from 'luxon';
import type { AppContext } from '../../context.ts';
import {
  countIssuedByBucket,
  countSuggestionsByBucket,
  loadToPickupDurations,
  type Bucket,
} from './stats-repository.ts';
import { startOfLocalDay } from './zone-time.ts';

const daysOneDecimal = (seconds: number | null) =>
  seconds === null ? null : Math.round((seconds / 86_400) * 10) / 10;

export async function transparencyFigures(ctx: AppContext): Promise<Transparency> {
  const timezone = ctx.config.zone.timezone;
  const now = ctx.clock.now();
  const current = DateTime.fromJSDate(now, { zone: timezone }).startOf('month');
  const months: Bucket[] = [];
  for (let i = 12; i >= 0; i--) {
    const start = current.minus({ months: i });
    months.push({
      label: start.toFormat('yyyy-MM'),
      endsAt: startOfLocalDay(start.plus({ months: 1 }).toISODate()!, timezone),
    });
  }
  const range = {
    startsAt: startOfLocalDay(current.minus({ months: 12 }).toISODate()!, timezone),
    endsAt: months[months.length - 1]!.endsAt,
  };
  const [issued, durations, received, answered, overall] = await Promise.all([
    countIssuedByBucket(ctx.db, range, months),
    loadToPickupDurations(ctx.db, range, months),
    countSuggestionsByBucket(ctx.db, 'created_at', range, months),
    countSuggestionsByBucket(ctx.db, 'answered_at', range, months),
    loadToPickupDurations(ctx.db, range, [{ label: 'all', endsAt: range.endsAt }]),
  ]);
  const rows = months.map(({ label }) => ({
    month: label,
    documentsHandedOut: issued.get(label) ?? 0,
    averageDaysToPickup: daysOneDecimal(durations.get(label)?.averageSeconds ?? null),
    suggestionsReceived: received.get(label) ?? 0,
    suggestionsAnswered: answered.get(label) ?? 0,
  }));
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + pick(r), 0);
  return {
    generatedAt: now.toISOString(),
    months: rows,
    totals: {
      documentsHandedOut: sum((r) => r.documentsHandedOut),
      averageDaysToPickup: daysOneDecimal(overall.get('all')?.averageSeconds ?? null),
      suggestionsReceived: sum((r) => r.suggestionsReceived),
      suggestionsAnswered: sum((r) => r.suggestionsAnswered),
    },
  };
}
