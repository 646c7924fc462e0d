/**
 * The SQL behind zone statistics, identical in meaning on SQLite and PostgreSQL. Dialect differences live only
 * here: the seconds between two ISO-8601 text timestamps (julianday on SQLite, EXTRACT(EPOCH …) on PostgreSQL).
 *
 * Local-time buckets: SQLite has no time zones, so nothing is converted in SQL. Visits carry their local day and
 * hour from write time; timestamps of other tables are bucketed with a CASE over the UTC instants at which each
 * local day (or month) ends, computed in TypeScript with the zone's rules (see zone-time.ts). ISO-8601 UTC text
 * compares correctly as strings on both databases.
 *
 * Percentiles use the nearest-rank method (the value at rank ⌈p·n⌉ of the sorted values), computed with window
 * functions, which both databases have; for an even count the median is the lower middle value.
 */
import { sql, type RawBuilder } from 'kysely';
import { dialectOf, type DbOrTrx } from '../../db/database.ts';

export interface Bucket {
  label: string;
  /** UTC instant (ISO) at which the bucket ends, excluded; buckets are consecutive and ordered. */
  endsAt: string;
}

export interface Range {
  startsAt: string;
  endsAt: string;
}

export interface DurationRow {
  count: number;
  averageSeconds: number | null;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

const toNumber = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/** Whole seconds from `from` to `to`, both ISO-8601 UTC text columns. */
function secondsBetween(db: DbOrTrx, from: string, to: string): RawBuilder<number> {
  return dialectOf(db) === 'postgres'
    ? sql<number>`CAST(ROUND(EXTRACT(EPOCH FROM (CAST(${sql.ref(to)} AS timestamptz) - CAST(${sql.ref(from)} AS timestamptz)))) AS integer)`
    : sql<number>`CAST(ROUND((julianday(${sql.ref(to)}) - julianday(${sql.ref(from)})) * 86400.0) AS INTEGER)`;
}

/** The label of the bucket a timestamp column falls into (NULL outside all buckets). */
function bucketOf(column: string, buckets: readonly Bucket[]): RawBuilder<string> {
  return sql<string>`CASE ${sql.join(
    buckets.map((b) => sql`WHEN ${sql.ref(column)} < ${b.endsAt} THEN ${b.label}`),
    sql` `,
  )} END`;
}

/** Count, average, median and 90th percentile of a one-column (`d`, seconds) derived table, per optional bucket. */
async function summarizeDurations(
  db: DbOrTrx,
  durations: RawBuilder<unknown>,
): Promise<Map<string, DurationRow>> {
  const result = await sql<{
    bucket: string | null;
    n: number | string;
    avg_d: number | string | null;
    p50: number | string | null;
    p90: number | string | null;
  }>`
    WITH durations AS (${durations}),
    ranked AS (
      SELECT bucket, d,
        ROW_NUMBER() OVER (PARTITION BY bucket ORDER BY d) AS rn,
        COUNT(*) OVER (PARTITION BY bucket) AS n
      FROM durations
    )
    SELECT bucket, COUNT(*) AS n, CAST(ROUND(AVG(d)) AS INTEGER) AS avg_d,
      MAX(CASE WHEN rn = (n * 50 + 99) / 100 THEN d END) AS p50,
      MAX(CASE WHEN rn = (n * 90 + 99) / 100 THEN d END) AS p90
    FROM ranked
    GROUP BY bucket`.execute(db);
  const out = new Map<string, DurationRow>();
  for (const row of result.rows) {
    out.set(row.bucket ?? '', {
      count: Number(row.n),
      averageSeconds: toNumber(row.avg_d),
      medianSeconds: toNumber(row.p50),
      p90Seconds: toNumber(row.p90),
    });
  }
  return out;
}

const emptyDurations: DurationRow = { count: 0, averageSeconds: null, medianSeconds: null, p90Seconds: null };

// ------------------------------------------------------------------ visits

export interface VisitCounts {
  byDay: Map<string, number>;
  byHour: Map<number, number>;
  byTopic: Map<string, number>;
  byAgeGroup: Map<string, number>;
}

export async function countVisits(db: DbOrTrx, from: string, to: string): Promise<VisitCounts> {
  const base = db
    .selectFrom('zone_visits')
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .where('undone_at', 'is', null);
  const count = sql<number | string>`COUNT(*)`.as('n');
  const [byDay, byHour, byTopic, byAgeGroup] = await Promise.all([
    base.select(['local_date', count]).groupBy('local_date').execute(),
    base.select(['local_hour', count]).groupBy('local_hour').execute(),
    base.select(['topic', count]).groupBy('topic').execute(),
    base.select(['age_group', count]).groupBy('age_group').execute(),
  ]);
  return {
    byDay: new Map(byDay.map((r) => [r.local_date, Number(r.n)])),
    byHour: new Map(byHour.map((r) => [Number(r.local_hour), Number(r.n)])),
    byTopic: new Map(byTopic.map((r) => [r.topic, Number(r.n)])),
    byAgeGroup: new Map(byAgeGroup.map((r) => [r.age_group, Number(r.n)])),
  };
}

// ------------------------------------------------------------------ documents

/** Audit actions counted per kind: the audit log is append-only and never purged, so figures stay stable. */
export const documentActions = {
  registered: ['document.register'],
  loaded: ['document.confirm_loaded'],
  pickedUp: ['document.complete_pickup', 'document.reconcile_as_picked_up'],
  expired: ['document.expire'],
  returned: ['document.record_return'],
} as const;

/** Audit entries of `actions` per local-day bucket: label → action → count. */
export async function countActionsByBucket(
  db: DbOrTrx,
  actions: readonly string[],
  range: Range,
  buckets: readonly Bucket[],
): Promise<Map<string, Map<string, number>>> {
  const result = await sql<{ bucket: string; action: string; n: number | string }>`
    SELECT bucket, action, COUNT(*) AS n FROM (
      SELECT ${bucketOf('at', buckets)} AS bucket, action
      FROM audit_log
      WHERE action IN (${sql.join([...actions])}) AND at >= ${range.startsAt} AND at < ${range.endsAt}
    ) s
    GROUP BY bucket, action`.execute(db);
  const out = new Map<string, Map<string, number>>();
  for (const row of result.rows) {
    const perAction = out.get(row.bucket) ?? new Map<string, number>();
    perAction.set(row.action, Number(row.n));
    out.set(row.bucket, perAction);
  }
  return out;
}

/**
 * From loading to pickup, per bucket of the pickup time: documents issued in the range, measured from the first
 * time their loading was confirmed (a document put back into the box after a reconcile keeps its first loading).
 */
export async function loadToPickupDurations(
  db: DbOrTrx,
  range: Range,
  buckets: readonly Bucket[],
): Promise<Map<string, DurationRow>> {
  const durations = sql`
    SELECT ${bucketOf('d.issued_at', buckets)} AS bucket, ${secondsBetween(db, 'l.loaded_at', 'd.issued_at')} AS d
    FROM documents d
    JOIN (
      SELECT entity_id, MIN(at) AS loaded_at
      FROM audit_log
      WHERE action = 'document.confirm_loaded' AND entity_type = 'document'
        AND entity_id IN (
          SELECT id FROM documents WHERE issued_at >= ${range.startsAt} AND issued_at < ${range.endsAt}
        )
      GROUP BY entity_id
    ) l ON l.entity_id = d.id
    WHERE d.issued_at >= ${range.startsAt} AND d.issued_at < ${range.endsAt}`;
  return summarizeDurations(db, durations);
}

/** Documents handed out (issued) per bucket. */
export async function countIssuedByBucket(
  db: DbOrTrx,
  range: Range,
  buckets: readonly Bucket[],
): Promise<Map<string, number>> {
  const result = await sql<{ bucket: string; n: number | string }>`
    SELECT bucket, COUNT(*) AS n FROM (
      SELECT ${bucketOf('issued_at', buckets)} AS bucket FROM documents
      WHERE issued_at >= ${range.startsAt} AND issued_at < ${range.endsAt}
    ) s GROUP BY bucket`.execute(db);
  return new Map(result.rows.map((r) => [r.bucket, Number(r.n)]));
}

// ------------------------------------------------------------------ SMS, suggestions, call staff

export async function countSmsByStatus(db: DbOrTrx, range: Range): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('sms_messages')
    .select(['status', sql<number | string>`COUNT(*)`.as('n')])
    .where('created_at', '>=', range.startsAt)
    .where('created_at', '<', range.endsAt)
    .groupBy('status')
    .execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

export async function countSuggestionsByStatus(db: DbOrTrx, range: Range): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('suggestions')
    .select(['status', sql<number | string>`COUNT(*)`.as('n')])
    .where('created_at', '>=', range.startsAt)
    .where('created_at', '<', range.endsAt)
    .groupBy('status')
    .execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

/** Suggestions per bucket of a timestamp column (received: created_at; answered: answered_at). */
export async function countSuggestionsByBucket(
  db: DbOrTrx,
  column: 'created_at' | 'answered_at',
  range: Range,
  buckets: readonly Bucket[],
): Promise<Map<string, number>> {
  const result = await sql<{ bucket: string; n: number | string }>`
    SELECT bucket, COUNT(*) AS n FROM (
      SELECT ${bucketOf(column, buckets)} AS bucket FROM suggestions
      WHERE ${sql.ref(column)} >= ${range.startsAt} AND ${sql.ref(column)} < ${range.endsAt}
    ) s GROUP BY bucket`.execute(db);
  return new Map(result.rows.map((r) => [r.bucket, Number(r.n)]));
}

export interface CallStaffFigures {
  total: number;
  acknowledged: number;
  responseTime: DurationRow;
}

/** Call-staff alerts raised in the range and the time until someone acknowledged them. */
export async function callStaffFigures(db: DbOrTrx, range: Range): Promise<CallStaffFigures> {
  const counts = await db
    .selectFrom('alerts')
    .select([
      sql<number | string>`COUNT(*)`.as('total'),
      sql<number | string>`COUNT(acknowledged_at)`.as('acknowledged'),
    ])
    .where('kind', '=', 'call_staff')
    .where('created_at', '>=', range.startsAt)
    .where('created_at', '<', range.endsAt)
    .executeTakeFirstOrThrow();
  const durations = sql`
    SELECT '' AS bucket, ${secondsBetween(db, 'created_at', 'acknowledged_at')} AS d
    FROM alerts
    WHERE kind = 'call_staff' AND acknowledged_at IS NOT NULL
      AND created_at >= ${range.startsAt} AND created_at < ${range.endsAt}`;
  const summary = await summarizeDurations(db, durations);
  return {
    total: Number(counts.total),
    acknowledged: Number(counts.acknowledged),
    responseTime: summary.get('') ?? emptyDurations,
  };
}

export { emptyDurations };

export async function readAuditHeadForReport(db: DbOrTrx): Promise<{ seq: number; hash: string } | null> {
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).executeTakeFirst();
  return head ? { seq: Number(head.seq), hash: head.hash } : null;
}
