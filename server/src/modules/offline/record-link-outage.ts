/**
 * The pickup clock pauses for a box whose link was down (docs/offline.md): when the link of a box that held offline
 * verifiers returns after at least `offline.pauseAfterMinutes`, the time it was down is recorded as an outage of the
 * box, which the calendar treats like a time out of service (a day with an outage in its opening hours does not
 * count towards any pickup window). Runs in the transaction that records the box connected again.
 */
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { boxPrincipal } from '../../platform/principal.ts';

/** The reason staff read in the box's outages. */
export const linkOutageReason = 'Verbindung zur DokBox unterbrochen (Ausgabe offline)';

export async function recordLinkOutage(
  trx: Trx,
  ctx: Pick<AppContext, 'ids' | 'config'>,
  box: { id: string; link_connected: number; link_changed_at?: string | null },
  now: string,
): Promise<string | undefined> {
  if (!ctx.config.offline.enabled || Number(box.link_connected) === 1 || !box.link_changed_at)
    return undefined;
  const downMs = Date.parse(now) - Date.parse(box.link_changed_at);
  if (downMs < ctx.config.offline.pauseAfterMinutes * 60_000) return undefined;
  const held = await trx
    .selectFrom('offline_boxes')
    .select('box_id')
    .where('box_id', '=', box.id)
    .executeTakeFirst();
  if (!held) return undefined;
  const id = ctx.ids.newId();
  await trx
    .insertInto('box_outages')
    .values({ id, box_id: box.id, started_at: box.link_changed_at, ended_at: now, reason: linkOutageReason })
    .execute();
  await recordAudit(trx, now, {
    actor: boxPrincipal(box.id).actor,
    action: 'offline.link_outage_recorded',
    entityType: 'box',
    entityId: box.id,
    data: { outageId: id, startedAt: box.link_changed_at, endedAt: now },
  });
  return id;
}
