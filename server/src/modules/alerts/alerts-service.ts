/** Alerts as staff work them: list the open ones, acknowledge ("I am on it"), resolve ("done"), each audited. */
import { inTenant } from '../tenants/tenant-scope.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { notFound } from '../../platform/errors.ts';
import { hasTranslation, t } from '../../platform/i18n.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { publishLive } from '../live/live-bus.ts';

export interface AlertView {
  id: string;
  kind: string;
  /** German label of the kind, for the back office. */
  title: string;
  boxId: string | null;
  documentId: string | null;
  terminalId: string | null;
  data: Record<string, unknown>;
  createdAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export interface AlertListQuery {
  open?: boolean;
  boxId?: string;
  limit: number;
  offset: number;
}

type AlertRow = Awaited<ReturnType<typeof findAlert>> & object;

function findAlert(db: DbOrTrx, id: string) {
  return db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
}

function view(row: AlertRow): AlertView {
  const key = `boxes.alerts.${row.kind}`;
  let data: Record<string, unknown> = {};
  try {
    data = JSON.parse(row.data) as Record<string, unknown>;
  } catch {
    data = {};
  }
  return {
    id: row.id,
    kind: row.kind,
    title: hasTranslation(key) ? t(key) : row.kind,
    boxId: row.box_id,
    documentId: row.document_id,
    terminalId: row.terminal_id,
    data,
    createdAt: row.created_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
  };
}

export async function listAlerts(
  ctx: AppContext,
  query: AlertListQuery,
  tenantId?: string,
): Promise<AlertView[]> {
  let q = ctx.db
    .selectFrom('alerts')
    .selectAll()
    .where(inTenant(tenantId, 'alerts.tenant_id'))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset);
  if (query.open === true) q = q.where('resolved_at', 'is', null);
  if (query.open === false) q = q.where('resolved_at', 'is not', null);
  if (query.boxId) q = q.where('box_id', '=', query.boxId);
  return (await q.execute()).map(view);
}

/** Marks an alert; doing it twice changes nothing and is not audited twice. */
export async function markAlert(
  ctx: AppContext,
  alertId: string,
  step: 'acknowledge' | 'resolve',
  principal: Principal,
): Promise<AlertView> {
  const now = ctx.clock.now().toISOString();
  const who = principal.actor.id ?? principal.actor.type;
  return ctx.db.transaction().execute(async (trx) => {
    const alert = await findAlert(trx, alertId);
    if (!alert) throw notFound('alert_not_found');
    const column = step === 'acknowledge' ? 'acknowledged_at' : 'resolved_at';
    if (alert[column] !== null) return view(alert);
    const changes =
      step === 'acknowledge'
        ? { acknowledged_at: now, acknowledged_by: who }
        : {
            resolved_at: now,
            resolved_by: who,
            ...(alert.acknowledged_at === null ? { acknowledged_at: now, acknowledged_by: who } : {}),
          };
    const updated = await trx
      .updateTable('alerts')
      .set(changes)
      .where('id', '=', alertId)
      .where(column, 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 1) {
      await recordAudit(trx, now, {
        actor: principal.actor,
        action: `alert.${step}`,
        entityType: 'alert',
        entityId: alertId,
        data: { kind: alert.kind },
      });
      publishLive(trx, {
        type: 'alert',
        change: step === 'acknowledge' ? 'acknowledged' : 'resolved',
        alertId,
        kind: alert.kind,
        boxId: alert.box_id,
      });
    }
    return view((await findAlert(trx, alertId))!);
  });
}
