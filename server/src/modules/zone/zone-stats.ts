/**
 * Zone statistics for a period of local dates: visits, documents, time from loading to pickup, SMS, suggestions
 * and call-staff response times. The counting is SQL (stats-repository.ts); this file shapes the answer and fills
 * days, hours, topics and age groups without entries with zeros so charts and reports have every bucket.
 */
import {
  documentStatKinds,
  suggestionStatuses,
  visitAgeGroups,
  visitTopics,
  type DocumentStatKind,
  type ZoneStats,
} from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { DbOrTrx } from '../../db/database.ts';
import {
  callStaffFigures,
  countActionsByBucket,
  countSmsByStatus,
  countSuggestionsByStatus,
  countVisits,
  documentActions,
  emptyDurations,
  loadToPickupDurations,
} from './stats-repository.ts';
import { localDayBoundaries, localPeriod, type LocalPeriod } from './zone-time.ts';

export async function zoneStats(ctx: AppContext, from: string, to: string): Promise<ZoneStats> {
  const timezone = ctx.config.zone.timezone;
  return statsForPeriod(ctx.db, localPeriod(from, to, timezone), timezone);
}

export async function statsForPeriod(db: DbOrTrx, period: LocalPeriod, timezone: string): Promise<ZoneStats> {
  const range = { startsAt: period.startsAt, endsAt: period.endsAt };
  const days = localDayBoundaries(period, timezone).map((d) => ({ label: d.date, endsAt: d.endsAt }));
  const allActions = Object.values(documentActions).flat();

  const [visits, actionsByDay, pickup, sms, suggestions, callStaff] = await Promise.all([
    countVisits(db, period.from, period.to),
    countActionsByBucket(db, allActions, range, days),
    loadToPickupDurations(db, range, [{ label: 'all', endsAt: range.endsAt }]),
    countSmsByStatus(db, range),
    countSuggestionsByStatus(db, range),
    callStaffFigures(db, range),
  ]);

  const kindCount = (perAction: Map<string, number> | undefined, kind: DocumentStatKind) =>
    (documentActions[kind] as readonly string[]).reduce(
      (sum, action) => sum + (perAction?.get(action) ?? 0),
      0,
    );
  const documentsByDay = days.map(({ label }) => {
    const perAction = actionsByDay.get(label);
    return {
      date: label,
      ...(Object.fromEntries(documentStatKinds.map((k) => [k, kindCount(perAction, k)])) as Record<
        DocumentStatKind,
        number
      >),
    };
  });
  const totals = Object.fromEntries(
    documentStatKinds.map((k) => [k, documentsByDay.reduce((sum, day) => sum + day[k], 0)]),
  ) as Record<DocumentStatKind, number>;

  const byDay = days.map(({ label }) => ({ date: label, count: visits.byDay.get(label) ?? 0 }));
  return {
    from: period.from,
    to: period.to,
    timezone,
    visits: {
      total: byDay.reduce((sum, d) => sum + d.count, 0),
      byDay,
      byHour: Array.from({ length: 24 }, (_, hour) => ({ hour, count: visits.byHour.get(hour) ?? 0 })),
      byTopic: visitTopics.map((topic) => ({ topic, count: visits.byTopic.get(topic) ?? 0 })),
      byAgeGroup: visitAgeGroups.map((ageGroup) => ({
        ageGroup,
        count: visits.byAgeGroup.get(ageGroup) ?? 0,
      })),
    },
    documents: { totals, byDay: documentsByDay },
    loadToPickup: pickup.get('all') ?? emptyDurations,
    sms: {
      pending: (sms.get('queued') ?? 0) + (sms.get('sending') ?? 0),
      sent: sms.get('sent') ?? 0,
      delivered: sms.get('delivered') ?? 0,
      failed: sms.get('failed') ?? 0,
    },
    suggestions: {
      total: [...suggestions.values()].reduce((a, b) => a + b, 0),
      byStatus: suggestionStatuses.map((status) => ({ status, count: suggestions.get(status) ?? 0 })),
    },
    callStaff,
  };
}
