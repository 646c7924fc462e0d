/**
 * Records a batch of tally taps. Each tap carries a client-generated id, so a batch resent after a network drop
 * stores nothing twice; the same id with different content is a conflict (409), and the batch is all-or-nothing.
 */
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import { tenantIdOf } from '../tenants/tenant-scope.ts';
import type { RecordedVisits, VisitTap } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { badRequest, conflict } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findVisitsByIds, insertVisits, type VisitRow } from './visits-repository.ts';
import { localSlot } from './zone-time.ts';

/** A tablet's clock may run a little ahead; a queue may hold taps for a while, but not for weeks. */
const maxFutureMs = 5 * 60_000;
const maxAgeMs = 14 * 24 * 3_600_000;

export async function recordVisits(
  ctx: AppContext,
  taps: readonly VisitTap[],
  principal: Principal,
): Promise<RecordedVisits> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const recordedBy = principal.actor.id ?? principal.actor.type;
  const seen = new Map<string, VisitRow>();
  for (const tap of taps) {
    const time = new Date(tap.time);
    if (Number.isNaN(time.getTime())) throw badRequest('visit_time_invalid');
    if (time.getTime() > now.getTime() + maxFutureMs) throw badRequest('visit_time_in_future');
    if (time.getTime() < now.getTime() - maxAgeMs) throw badRequest('visit_too_old');
    const tappedAt = time.toISOString();
    const slot = localSlot(tappedAt, ctx.config.zone.timezone);
    const row: VisitRow = {
      id: tap.id.toLowerCase(),
      recorded_by: recordedBy,
      tapped_at: tappedAt,
      local_date: slot.date,
      local_hour: slot.hour,
      age_group: tap.ageGroup,
      topic: tap.topic,
      created_at: at,
      undone_at: null,
      tenant_id: tenantIdOf(principal) ?? defaultTenantId,
    };
    const earlier = seen.get(row.id);
    if (earlier && !sameTap(earlier, row)) throw conflict('visit_id_conflict', { id: row.id });
    seen.set(row.id, row);
  }

  return ctx.db.transaction().execute(async (trx) => {
    const rows = [...seen.values()];
    const stored = new Map((await findVisitsByIds(trx, [...seen.keys()])).map((r) => [r.id, r]));
    for (const row of rows) {
      const existing = stored.get(row.id);
      if (existing && !sameTap(existing, row)) throw conflict('visit_id_conflict', { id: row.id });
    }
    const fresh = rows.filter((row) => !stored.has(row.id));
    const recorded = await insertVisits(trx, fresh);
    if (recorded > 0) {
      await recordAudit(trx, at, {
        actor: principal.actor,
        action: 'zone.visits_record',
        entityType: 'zone_visit',
        entityId: null,
        data: { count: recorded },
      });
    }
    return { recorded, alreadyKnown: taps.length - recorded };
  });
}

function sameTap(a: VisitRow, b: VisitRow): boolean {
  return (
    a.recorded_by === b.recorded_by &&
    a.tapped_at === b.tapped_at &&
    a.age_group === b.age_group &&
    a.topic === b.topic
  );
}
