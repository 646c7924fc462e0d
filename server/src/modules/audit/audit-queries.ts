/** What auditors read: audit entries by filter, newest first in pages, and the verification of the whole chain. */
import type { AppContext } from '../../context.ts';
import { badRequest } from '../../platform/errors.ts';
import { findAuditEntries, type AuditQuery } from './audit-repository.ts';
import { verifyAuditLog } from './audit-service.ts';

export interface AuditEntryView {
  seq: number;
  at: string;
  actorType: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  data: Record<string, unknown>;
  hash: string;
}

function toIso(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw badRequest('date_invalid');
  return new Date(ms).toISOString();
}

export async function listAuditEntries(ctx: AppContext, query: AuditQuery) {
  const from = toIso(query.from);
  const to = toIso(query.to);
  if (from && to && to <= from) throw badRequest('date_range_invalid');
  const rows = await findAuditEntries(ctx.db, { ...query, from, to });
  const items: AuditEntryView[] = rows.map((r) => ({
    seq: Number(r.seq),
    at: r.at,
    actorType: r.actor_type,
    actorId: r.actor_id,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    data: JSON.parse(r.data) as Record<string, unknown>,
    hash: r.hash,
  }));
  // A full page may have more behind it; the client asks again with beforeSeq = the last seq.
  const nextBeforeSeq = items.length === query.limit ? items[items.length - 1]!.seq : null;
  return { items, nextBeforeSeq };
}

export async function verifyAuditChain(ctx: AppContext) {
  const result = await verifyAuditLog(ctx.db);
  return { ...result, verifiedAt: ctx.clock.now().toISOString() };
}
