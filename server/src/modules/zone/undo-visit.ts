/** Undo of a tally tap: only by the staff member who made it, only shortly after it was stored; audited. */
import type { UndoneVisit, VisitsToday } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { countVisitsOn, findVisit, markVisitUndone } from './visits-repository.ts';
import { localToday } from './zone-time.ts';

export async function undoVisit(
  ctx: AppContext,
  visitId: string,
  principal: Principal,
): Promise<UndoneVisit> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const who = principal.actor.id ?? principal.actor.type;
  return ctx.db.transaction().execute(async (trx) => {
    const visit = await findVisit(trx, visitId.toLowerCase());
    if (!visit) throw notFound('visit_not_found');
    if (visit.recorded_by !== who) throw forbidden('visit_not_yours');
    // Undoing twice (a retried request) is not an error and is audited once.
    if (visit.undone_at !== null) return { id: visit.id, undoneAt: visit.undone_at };
    const limitMs = ctx.config.zone.visitUndoMinutes * 60_000;
    if (now.getTime() - new Date(visit.created_at).getTime() > limitMs) {
      throw conflict('visit_undo_too_late', { minutes: ctx.config.zone.visitUndoMinutes });
    }
    if (await markVisitUndone(trx, visit.id, at)) {
      await recordAudit(trx, at, {
        actor: principal.actor,
        action: 'zone.visit_undo',
        entityType: 'zone_visit',
        entityId: visit.id,
        data: { topic: visit.topic, ageGroup: visit.age_group, tappedAt: visit.tapped_at },
      });
    }
    return { id: visit.id, undoneAt: at };
  });
}

/** Today's count for the tally screen: everyone's and the caller's own taps. */
export async function visitsToday(ctx: AppContext, principal: Principal): Promise<VisitsToday> {
  const date = localToday(ctx.clock.now(), ctx.config.zone.timezone);
  const counts = await countVisitsOn(ctx.db, date, principal.actor.id ?? principal.actor.type);
  return { date, ...counts };
}
