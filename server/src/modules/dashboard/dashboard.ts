/** The office dashboard's figures in one answer: documents, boxes, SMS trouble, open alerts. */
import type { Principal } from '../../platform/principal.ts';
import { allOffices, type OfficeScope } from '../privacy/office-scope.ts';
import type { Dashboard } from '@buergerpunkt/contracts';
import { DateTime } from 'luxon';
import type { AppContext } from '../../context.ts';
import { listBoxes } from '../boxes/boxes-service.ts';
import {
  countDocumentsByState,
  countDocumentsInStatesByBox,
  countIssuedSince,
  countOpenAlertsByBox,
  countSms,
  listRecentSmsFailures,
} from './dashboard-repository.ts';

/** The zone's day starts at local midnight; the demo and the town are in Germany. */
const zoneTimeZone = 'Europe/Berlin';
const attentionStates = ['door_fault', 'needs_reconcile'] as const;

export async function loadDashboard(
  ctx: AppContext,
  scope: OfficeScope = allOffices,
  principal?: Principal,
): Promise<Dashboard> {
  const now = DateTime.fromJSDate(ctx.clock.now());
  const at = now.toUTC().toISO()!;
  const dayStart = now.setZone(zoneTimeZone).startOf('day').toUTC().toISO()!;
  const weekAgo = now.minus({ days: 7 }).toUTC().toISO()!;
  const tenMinutesAgo = now.minus({ minutes: 10 }).toUTC().toISO()!;

  const byState = await countDocumentsByState(ctx.db, [
    'registered',
    'ready_for_transport',
    'loading',
    'loaded',
    'notified',
    'pickup_in_progress',
    'awaiting_return',
    'collecting_for_return',
    ...attentionStates,
  ]);
  const n = (...states: string[]) => states.reduce((sum, s) => sum + (byState.get(s) ?? 0), 0);
  const faultsByBox = await countDocumentsInStatesByBox(ctx.db, attentionStates);
  const alertsByBox = await countOpenAlertsByBox(ctx.db);
  const boxes = await listBoxes(ctx, principal);
  const failures = await listRecentSmsFailures(ctx.db, weekAgo, 10, scope);

  return {
    at,
    dayStart,
    documents: {
      toLoad: n('registered', 'ready_for_transport', 'loading'),
      waiting: n('loaded', 'notified', 'pickup_in_progress'),
      toCollect: n('awaiting_return', 'collecting_for_return'),
      needsAttention: n(...attentionStates),
      issuedToday: await countIssuedSince(ctx.db, dayStart),
    },
    boxes: boxes.map((box) => ({
      id: box.id,
      name: box.name,
      inService: box.inService,
      connected: box.connected,
      connectionChangedAt: box.connectionChangedAt,
      compartments: { ...box.compartments, faults: faultsByBox.get(box.id) ?? 0 },
      openAlerts: alertsByBox.find((a) => a.boxId === box.id)?.count ?? 0,
    })),
    sms: {
      failedRecently: await countSms(ctx.db, ['failed'], weekAgo, null),
      stuck: await countSms(ctx.db, ['queued', 'sending'], null, tenMinutesAgo),
      recentFailures: failures.map((f) => ({
        id: f.id,
        documentId: f.document_id,
        reference: f.reference ?? null,
        template: f.template,
        lastError: f.last_error,
        at: f.status_at ?? f.created_at,
      })),
    },
    openAlerts: alertsByBox.reduce((sum, a) => sum + a.count, 0),
  };
}
