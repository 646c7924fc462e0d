/**
 * The daily custody reconciliation (issue 16): documents per state against the compartments the boxes last read
 * occupied. Every difference is listed for staff (office page "Verwahrabgleich"); the run is stored and audited.
 * The maintenance scheduler runs it at the first pass of each local day (`zone.timezone`), one run per day across
 * hub instances (unique `daily_day`); staff can run it any time.
 */
import { DateTime } from 'luxon';
import type { CustodyDifference, CustodyReconciliationView, DocumentState } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { DbOrTrx, Trx } from '../../db/database.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit, systemActor } from '../audit/audit-service.ts';
import { inBoxStates } from '../documents/lifecycle.ts';
import { depositCompartmentStatus } from '../deposits/deposits-repository.ts';
import { custodyActions, staffName } from './custody-record.ts';

/** States in which the document lies in its compartment behind a closed door. */
const restingStates: readonly DocumentState[] = ['loaded', 'notified', 'awaiting_return'];
const staffStates: readonly DocumentState[] = ['door_fault', 'needs_reconcile'];

interface Findings {
  counts: Record<string, number>;
  compartmentsOccupied: number;
  differences: CustodyDifference[];
}

async function findDifferences(db: DbOrTrx): Promise<Findings> {
  const countRows = await db
    .selectFrom('documents')
    .select(['state', db.fn.countAll<number>().as('n')])
    .groupBy('state')
    .execute();
  const counts = Object.fromEntries(countRows.map((r) => [r.state, Number(r.n)]));
  const compartments = await db
    .selectFrom('compartments')
    .innerJoin('boxes', 'boxes.id', 'compartments.box_id')
    .leftJoin('documents', 'documents.id', 'compartments.document_id')
    .select([
      'compartments.id',
      'compartments.box_id',
      'boxes.name as box_name',
      'compartments.number',
      'compartments.status',
      'compartments.sensor_occupied',
      'compartments.document_id',
      'documents.reference',
      'documents.state',
    ])
    .where('compartments.status', '!=', depositCompartmentStatus)
    .orderBy('compartments.box_id')
    .orderBy('compartments.number')
    .execute();
  const inBox = await db
    .selectFrom('documents')
    .leftJoin('compartments', 'compartments.id', 'documents.compartment_id')
    .leftJoin('boxes', 'boxes.id', 'documents.box_id')
    .select([
      'documents.id',
      'documents.reference',
      'documents.state',
      'documents.box_id',
      'boxes.name as box_name',
      'compartments.number',
      'compartments.document_id as compartment_document_id',
      'compartments.sensor_occupied',
    ])
    .where('documents.state', 'in', [...inBoxStates])
    .orderBy('documents.reference')
    .execute();

  const differences: CustodyDifference[] = [];
  for (const doc of inBox) {
    const state = doc.state as DocumentState;
    const base = {
      boxId: doc.box_id,
      boxName: doc.box_name ?? null,
      compartment: doc.number === null ? null : Number(doc.number),
      documentId: doc.id,
      reference: doc.reference,
      documentState: state,
    };
    if (staffStates.includes(state)) {
      differences.push({ kind: 'awaiting_staff', ...base });
      continue;
    }
    if (!restingStates.includes(state)) continue; // a door flow is under way: its close decides
    if (doc.compartment_document_id !== doc.id) differences.push({ kind: 'assignment_mismatch', ...base });
    else if (doc.sensor_occupied === null) differences.push({ kind: 'no_reading', ...base });
    else if (Number(doc.sensor_occupied) === 0) differences.push({ kind: 'document_missing', ...base });
  }
  for (const c of compartments) {
    const base = {
      boxId: c.box_id,
      boxName: c.box_name,
      compartment: Number(c.number),
      documentId: c.document_id,
      reference: c.reference ?? null,
      documentState: c.state ?? null,
    };
    if (c.document_id === null) {
      if (c.sensor_occupied !== null && Number(c.sensor_occupied) === 1)
        differences.push({ kind: 'unexpected_item', ...base });
    } else if (!c.state || !(inBoxStates as readonly string[]).includes(c.state)) {
      differences.push({ kind: 'assignment_mismatch', ...base });
    }
  }
  const compartmentsOccupied = compartments.filter(
    (c) => c.sensor_occupied !== null && Number(c.sensor_occupied) === 1,
  ).length;
  return { counts, compartmentsOccupied, differences };
}

function localDay(ctx: AppContext, at: string): string {
  return DateTime.fromISO(at, { zone: 'utc' }).setZone(ctx.config.zone.timezone).toISODate()!;
}

async function store(
  trx: Trx,
  ctx: AppContext,
  at: string,
  trigger: 'daily' | 'manual',
  principal: Principal | null,
): Promise<string | null> {
  const findings = await findDifferences(trx);
  const id = ctx.ids.newId();
  const day = localDay(ctx, at);
  const inserted = await trx
    .insertInto('custody_reconciliations')
    .values({
      id,
      day,
      daily_day: trigger === 'daily' ? day : null,
      trigger,
      ran_at: at,
      ran_by: principal?.actor.id ?? null,
      counts: JSON.stringify({ ...findings.counts, compartmentsOccupied: findings.compartmentsOccupied }),
      differences: JSON.stringify(findings.differences),
      difference_count: findings.differences.length,
    })
    .onConflict((oc) => oc.column('daily_day').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return null; // another hub instance ran today's already
  await recordAudit(trx, at, {
    actor: principal?.actor ?? systemActor,
    action: custodyActions.reconciliation,
    entityType: 'custody_reconciliation',
    entityId: id,
    data: {
      trigger,
      day,
      differences: findings.differences.length,
      kinds: [...new Set(findings.differences.map((d) => d.kind))],
    },
  });
  return id;
}

/** The maintenance pass: the day's run, once per local day. Returns whether it ran. */
export async function runDailyCustodyReconciliation(ctx: AppContext): Promise<{ ran: boolean }> {
  const at = ctx.clock.now().toISOString();
  const day = localDay(ctx, at);
  const done = await ctx.db
    .selectFrom('custody_reconciliations')
    .select('id')
    .where('daily_day', '=', day)
    .executeTakeFirst();
  if (done) return { ran: false };
  const id = await ctx.db.transaction().execute((trx) => store(trx, ctx, at, 'daily', null));
  return { ran: id !== null };
}

/** Staff run it now (office page, on demand). */
export async function runCustodyReconciliationNow(
  ctx: AppContext,
  principal: Principal,
): Promise<CustodyReconciliationView> {
  const at = ctx.clock.now().toISOString();
  const id = await ctx.db.transaction().execute((trx) => store(trx, ctx, at, 'manual', principal));
  return (await reconciliationView(ctx.db, id!))!;
}

export async function latestCustodyReconciliation(
  ctx: AppContext,
): Promise<CustodyReconciliationView | null> {
  const row = await ctx.db
    .selectFrom('custody_reconciliations')
    .select('id')
    .orderBy('ran_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? reconciliationView(ctx.db, row.id) : null;
}

async function reconciliationView(db: DbOrTrx, id: string): Promise<CustodyReconciliationView | null> {
  const row = await db
    .selectFrom('custody_reconciliations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const { compartmentsOccupied, ...counts } = JSON.parse(row.counts) as Record<string, number>;
  return {
    id: row.id,
    day: row.day,
    trigger: row.trigger === 'daily' ? 'daily' : 'manual',
    ranAt: row.ran_at,
    ranByName: await staffName(db, row.ran_by),
    counts,
    compartmentsOccupied: compartmentsOccupied ?? 0,
    differences: JSON.parse(row.differences) as CustodyDifference[],
  };
}
