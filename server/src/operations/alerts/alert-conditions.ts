/**
 * What is wrong right now, rule by rule (docs/operations.md#alerts): each condition that holds has a stable key
 * (`box_offline:dokbox-hn`), so the notifier can fold repeats. Read from the database at the injected clock's time;
 * the disk and the audit verification come through probes, so tests can set them.
 */
import { statfs } from 'node:fs/promises';
import type { AppContext } from '../../context.ts';
import { isBoxOpenAt } from '../../modules/calendar/box-open.ts';
import {
  boxHasDepositCompartment,
  listFreeDepositCompartments,
} from '../../modules/deposits/deposits-repository.ts';
import { useAuditKey, verifyAuditLog } from '../../modules/audit/audit-service.ts';
import { t } from '../../platform/i18n.ts';
import type { AlertRuleId } from './alert-rule-ids.ts';

export interface AlertCondition {
  rule: AlertRuleId;
  key: string;
  /** German, one line: the e-mail subject and the chat message's first line. */
  summary: string;
  /** German details, one fact per line. */
  details: string[];
}

export interface AlertProbes {
  /** Free and total bytes of the file system holding the data folder. */
  disk(path: string): Promise<{ free: number; total: number }>;
  /** Whether the audit chain verifies; called at most every `alerts.auditVerifyMinutes`. */
  auditIntact(ctx: AppContext): Promise<{ ok: boolean; problems: number }>;
}

export const systemProbes: AlertProbes = {
  async disk(path) {
    const stats = await statfs(path);
    return { free: stats.bavail * stats.bsize, total: stats.blocks * stats.bsize };
  },
  async auditIntact(ctx) {
    useAuditKey(ctx.db, ctx.config.secrets.auditKey);
    const result = await verifyAuditLog(ctx.db);
    return { ok: result.ok, problems: result.problems.length };
  },
};

/** The last audit verification per database: it reads the whole log, so it runs only every few minutes. */
const auditResults = new WeakMap<object, { at: number; ok: boolean; problems: number }>();

const minutesAgo = (now: number, minutes: number) => new Date(now - minutes * 60_000).toISOString();

async function boxesOffline(ctx: AppContext, now: number): Promise<AlertCondition[]> {
  const cutoff = minutesAgo(now, ctx.config.alerts.boxOfflineMinutes);
  const boxes = await ctx.db
    .selectFrom('boxes')
    .select(['id', 'name', 'link_changed_at'])
    .where('in_service', '=', 1)
    .where('link_connected', '=', 0)
    .where((eb) => eb.or([eb('link_changed_at', 'is', null), eb('link_changed_at', '<=', cutoff)]))
    .execute();
  const conditions: AlertCondition[] = [];
  for (const box of boxes) {
    // Outside its opening hours a box may be switched off with the store's power.
    if (!(await isBoxOpenAt(ctx.db, box.id, new Date(now).toISOString()))) continue;
    conditions.push({
      rule: 'box_offline',
      key: `box_offline:${box.id}`,
      summary: t('operations.alerts.box_offline', { box: box.name }),
      details: [t('operations.alerts.since', { at: box.link_changed_at ?? '–' })],
    });
  }
  return conditions;
}

async function doorsLeftOpen(ctx: AppContext): Promise<AlertCondition[]> {
  const rows = await ctx.db
    .selectFrom('alerts')
    .leftJoin('boxes', 'boxes.id', 'alerts.box_id')
    .select(['alerts.box_id', 'alerts.data', 'alerts.created_at', 'boxes.name'])
    .where('alerts.kind', '=', 'door_left_open')
    .where('alerts.resolved_at', 'is', null)
    .orderBy('alerts.created_at')
    .execute();
  const byBox = new Map<string, { name: string; details: string[] }>();
  for (const row of rows) {
    const boxId = row.box_id ?? 'unknown';
    const entry = byBox.get(boxId) ?? { name: row.name ?? boxId, details: [] };
    const data = JSON.parse(row.data) as { number?: number; compartment?: number };
    entry.details.push(
      t('operations.alerts.door_left_open_line', {
        compartment: data.number ?? data.compartment ?? '?',
        at: row.created_at,
      }),
    );
    byBox.set(boxId, entry);
  }
  return [...byBox].map(([boxId, { name, details }]) => ({
    rule: 'door_left_open' as const,
    key: `door_left_open:${boxId}`,
    summary: t('operations.alerts.door_left_open', { box: name }),
    details,
  }));
}

async function smsProblems(ctx: AppContext, now: number): Promise<AlertCondition[]> {
  const conditions: AlertCondition[] = [];
  const failed = await ctx.db
    .selectFrom('alerts')
    .select([ctx.db.fn.countAll<number | string>().as('n'), ctx.db.fn.min('created_at').as('first')])
    .where('kind', '=', 'sms_failed')
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  if (Number(failed?.n ?? 0) > 0)
    conditions.push({
      rule: 'sms_failing',
      key: 'sms_failing',
      summary: t('operations.alerts.sms_failing', { count: Number(failed!.n) }),
      details: [t('operations.alerts.since', { at: String(failed!.first) })],
    });
  const stuck = await ctx.db
    .selectFrom('sms_messages')
    .select([ctx.db.fn.countAll<number | string>().as('n'), ctx.db.fn.min('created_at').as('oldest')])
    .where('status', 'in', ['queued', 'sending'])
    .where('created_at', '<=', minutesAgo(now, ctx.config.alerts.smsStuckMinutes))
    .executeTakeFirst();
  if (Number(stuck?.n ?? 0) > 0)
    conditions.push({
      rule: 'sms_stuck',
      key: 'sms_stuck',
      summary: t('operations.alerts.sms_stuck', { count: Number(stuck!.n) }),
      details: [t('operations.alerts.oldest', { at: String(stuck!.oldest) })],
    });
  return conditions;
}

async function depositsFull(ctx: AppContext): Promise<AlertCondition[]> {
  const boxes = await ctx.db.selectFrom('boxes').select(['id', 'name']).where('in_service', '=', 1).execute();
  const conditions: AlertCondition[] = [];
  for (const box of boxes) {
    if (!(await boxHasDepositCompartment(ctx.db, box.id))) continue;
    if ((await listFreeDepositCompartments(ctx.db, box.id)).length > 0) continue;
    conditions.push({
      rule: 'deposit_full',
      key: `deposit_full:${box.id}`,
      summary: t('operations.alerts.deposit_full', { box: box.name }),
      details: [],
    });
  }
  return conditions;
}

async function documentsToReconcile(ctx: AppContext): Promise<AlertCondition[]> {
  const rows = await ctx.db
    .selectFrom('documents')
    .select(['reference'])
    .where('state', '=', 'needs_reconcile')
    .orderBy('reference')
    .execute();
  if (rows.length === 0) return [];
  return [
    {
      rule: 'needs_reconcile',
      key: 'needs_reconcile',
      summary: t('operations.alerts.needs_reconcile', { count: rows.length }),
      details: rows.slice(0, 20).map((row) => row.reference),
    },
  ];
}

async function auditBroken(ctx: AppContext, now: number, probes: AlertProbes): Promise<AlertCondition[]> {
  let last = auditResults.get(ctx.db);
  if (!last || now - last.at >= ctx.config.alerts.auditVerifyMinutes * 60_000) {
    last = { at: now, ...(await probes.auditIntact(ctx)) };
    auditResults.set(ctx.db, last);
  }
  if (last.ok) return [];
  return [
    {
      rule: 'audit_broken',
      key: 'audit_broken',
      summary: t('operations.alerts.audit_broken', { count: last.problems }),
      details: [t('operations.alerts.audit_broken_hint')],
    },
  ];
}

async function diskFull(ctx: AppContext, probes: AlertProbes): Promise<AlertCondition[]> {
  const { free, total } = await probes.disk(ctx.config.dataDir);
  if (total <= 0) return [];
  const percent = (free / total) * 100;
  if (percent >= ctx.config.alerts.diskFreePercent) return [];
  return [
    {
      rule: 'disk_full',
      key: 'disk_full',
      summary: t('operations.alerts.disk_full', { percent: percent.toFixed(1) }),
      details: [ctx.config.dataDir],
    },
  ];
}

/** Open chain-of-custody alerts (issue 16), one condition each: every one is a document at risk. */
async function custodyBreaches(ctx: AppContext): Promise<AlertCondition[]> {
  const rows = await ctx.db
    .selectFrom('alerts')
    .leftJoin('boxes', 'boxes.id', 'alerts.box_id')
    .leftJoin('documents', 'documents.id', 'alerts.document_id')
    .select([
      'alerts.id',
      'alerts.kind',
      'alerts.data',
      'alerts.created_at',
      'boxes.name',
      'documents.reference',
    ])
    .where('alerts.kind', 'in', [
      'pickup_compartment_empty',
      'document_removed_without_pickup',
      'item_appeared_in_compartment',
    ])
    .where('alerts.resolved_at', 'is', null)
    .orderBy('alerts.created_at')
    .limit(50)
    .execute();
  return rows.map((row) => {
    let number: unknown = null;
    try {
      number = (JSON.parse(row.data) as { number?: unknown; compartment?: unknown }).number ?? null;
    } catch {
      number = null;
    }
    return {
      rule: 'custody' as const,
      key: `custody:${row.id}`,
      summary: t('operations.alerts.custody', {
        what: t(`boxes.alerts.${row.kind}`),
        box: row.name ?? '–',
      }),
      details: [
        t('operations.alerts.custody_line', {
          compartment: typeof number === 'number' ? number : '–',
          reference: row.reference ?? '–',
        }),
        t('operations.alerts.since', { at: row.created_at }),
      ],
    };
  });
}

export async function currentAlertConditions(
  ctx: AppContext,
  probes: AlertProbes = systemProbes,
): Promise<AlertCondition[]> {
  const now = ctx.clock.now().getTime();
  return [
    ...(await boxesOffline(ctx, now)),
    ...(await doorsLeftOpen(ctx)),
    ...(await smsProblems(ctx, now)),
    ...(await depositsFull(ctx)),
    ...(await documentsToReconcile(ctx)),
    ...(await auditBroken(ctx, now, probes)),
    ...(await diskFull(ctx, probes)),
    ...(await custodyBreaches(ctx)),
  ];
}
