/**
 * The chain of custody's own entries in the audit log (`custody.*` actions): what happened to a document or a
 * compartment outside the lifecycle's transitions (an occupancy change, a refused empty pickup, a remote opening
 * with its reason and both people). On the document when one is concerned, so its timeline finds them; on the
 * compartment otherwise. Always in the caller's transaction.
 */
import type { DbOrTrx, Trx } from '../../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit-service.ts';

export const custodyActions = {
  occupancyChanged: 'custody.occupancy_changed',
  unlockRefusedEmpty: 'custody.unlock_refused_empty',
  remoteOpen: 'custody.remote_open',
  reconciliation: 'custody.reconciliation',
} as const;

export interface CustodyRecord {
  actor: Actor;
  action: (typeof custodyActions)[keyof typeof custodyActions];
  documentId: string | null;
  compartment: { id: string; box_id: string; number: number } | null;
  data: Record<string, unknown>;
}

export async function recordCustody(trx: Trx, at: string, record: CustodyRecord): Promise<void> {
  const compartment = record.compartment;
  await recordAudit(trx, at, {
    actor: record.actor,
    action: record.action,
    entityType: record.documentId ? 'document' : 'compartment',
    entityId: record.documentId ?? compartment?.id ?? null,
    data: {
      ...(compartment ? { boxId: compartment.box_id, compartment: compartment.number } : {}),
      ...(record.documentId && compartment ? { compartmentId: compartment.id } : {}),
      ...record.data,
    },
  });
}

/** A staff member's display name as recorded with a custody entry (names may change later; the record keeps it). */
export async function staffName(trx: DbOrTrx, id: string | null | undefined): Promise<string | null> {
  if (!id) return null;
  const row = await trx
    .selectFrom('staff_users')
    .select('display_name')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.display_name ?? null;
}
