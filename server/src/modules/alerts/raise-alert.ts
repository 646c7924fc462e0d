/**
 * Alerts for zone staff (door left open, door fault, brute-force suspicion, call staff…). Raised inside the
 * transaction of the change that causes them; the back office lists open ones (live delivery: zone issue).
 */
import { sql } from 'kysely';
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import type { Trx } from '../../db/database.ts';
import type { AppContext } from '../../context.ts';
import { recordAudit, systemActor, type Actor } from '../audit/audit-service.ts';
import { publishLive } from '../live/live-bus.ts';

export const alertKinds = [
  'door_fault',
  'door_left_open',
  'needs_reconcile',
  'loading_empty',
  'terminal_throttled',
  'pickup_refused_at_counter',
  'box_offline',
  'sms_failed',
  'call_staff',
  /** A door opened without an unlock (occupancy changes outside a flow have their own custody alerts below). */
  'compartment_tamper',
  /** The box reported a fault not tied to one compartment's unlock (board, bus, sensor). */
  'box_fault',
  /** Staff opened an occupied compartment from the back office (always told, whoever did it). */
  'occupied_compartment_opened',
  // chain of custody (issue 16)
  /** The box read the compartment of a pickup empty before unlocking: nothing opened, the code still works. */
  'pickup_compartment_empty',
  /** A compartment's sensor went from occupied to empty outside a pickup, loading or collecting. */
  'document_removed_without_pickup',
  /** A compartment's sensor went to occupied where no document is expected (or outside a door flow). */
  'item_appeared_in_compartment',
  // offline-safe box (issue 19)
  /** A fact the box journaled offline does not fit what the hub holds (e.g. handed out while withdrawn). */
  'offline_conflict',
] as const;
export type AlertKind = (typeof alertKinds)[number];

export interface NewAlert {
  kind: AlertKind;
  boxId?: string | null;
  documentId?: string | null;
  terminalId?: string | null;
  data?: Record<string, unknown>;
}

export async function raiseAlert(
  trx: Trx,
  ctx: Pick<AppContext, 'ids'>,
  at: string,
  alert: NewAlert,
  actor: Actor = systemActor,
): Promise<string> {
  const id = ctx.ids.newId();
  await trx
    .insertInto('alerts')
    .values({
      id,
      kind: alert.kind,
      box_id: alert.boxId ?? null,
      document_id: alert.documentId ?? null,
      terminal_id: alert.terminalId ?? null,
      // The alert belongs to the tenant of its box, else of its kiosk (modules/tenants/).
      tenant_id: sql<string>`coalesce(
        (select tenant_id from boxes where id = ${alert.boxId ?? null}),
        (select tenant_id from terminals where id = ${alert.terminalId ?? null}),
        ${defaultTenantId})`,
      data: JSON.stringify(alert.data ?? {}),
      created_at: at,
      acknowledged_at: null,
      acknowledged_by: null,
      resolved_at: null,
      resolved_by: null,
    })
    .execute();
  await recordAudit(trx, at, {
    actor,
    action: 'alert.raise',
    entityType: 'alert',
    entityId: id,
    data: { kind: alert.kind, boxId: alert.boxId ?? null, documentId: alert.documentId ?? null },
  });
  publishLive(trx, {
    type: 'alert',
    change: 'raised',
    alertId: id,
    kind: alert.kind,
    boxId: alert.boxId ?? null,
  });
  return id;
}
