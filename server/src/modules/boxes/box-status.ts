/**
 * A box's live status for staff: whether its agent is connected and since when, when the hub last heard its
 * heartbeat, every compartment's door and occupancy as the box last reported them, and the open alarms of the box.
 */
import type { AppContext } from '../../context.ts';
import { notFound } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { findBox } from './boxes-repository.ts';
import { layoutOfBox, type ResolvedLayout } from './box-layouts.ts';

export interface BoxStatus {
  boxId: string;
  online: boolean;
  /** When the box went online or offline (the current state's start); null if it never connected. */
  since: string | null;
  lastHeartbeatAt: string | null;
  /** Columns left to right, compartments top to bottom (docs/boxes.md). */
  layout: ResolvedLayout;
  compartments: {
    number: number;
    status: string;
    door: string;
    occupied: boolean | null;
    doorOpenedAt: string | null;
  }[];
  alarms: {
    id: string;
    kind: string;
    title: string;
    number: number | null;
    documentId: string | null;
    createdAt: string;
    acknowledged: boolean;
  }[];
}

export async function getBoxStatus(ctx: AppContext, boxId: string): Promise<BoxStatus> {
  const box = await findBox(ctx.db, boxId);
  if (!box) throw notFound('box_not_found');
  const [layout, compartments, alarms] = await Promise.all([
    layoutOfBox(ctx.db, boxId),
    ctx.db
      .selectFrom('compartments')
      .select(['number', 'status', 'door', 'sensor_occupied', 'door_opened_at'])
      .where('box_id', '=', boxId)
      .orderBy('number')
      .execute(),
    ctx.db
      .selectFrom('alerts')
      .selectAll()
      .where('box_id', '=', boxId)
      .where('resolved_at', 'is', null)
      .orderBy('created_at', 'desc')
      .limit(200)
      .execute(),
  ]);
  return {
    boxId,
    online: box.link_connected === 1,
    since: box.link_changed_at,
    lastHeartbeatAt: box.link_heartbeat_at,
    layout,
    compartments: compartments.map((c) => ({
      number: c.number,
      status: c.status,
      door: c.door,
      occupied: c.sensor_occupied === null ? null : c.sensor_occupied === 1,
      doorOpenedAt: c.door_opened_at,
    })),
    alarms: alarms.map((a) => {
      const data = JSON.parse(a.data) as { number?: unknown };
      return {
        id: a.id,
        kind: a.kind,
        title: t(`boxes.alerts.${a.kind}`),
        number: typeof data.number === 'number' ? data.number : null,
        documentId: a.document_id,
        createdAt: a.created_at,
        acknowledged: a.acknowledged_at !== null,
      };
    }),
  };
}
