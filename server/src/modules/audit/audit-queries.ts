/** What auditors read: audit entries by filter, newest first in pages, and the verification of the whole chain. */
import type { AuditEntryDetail, AuditEntryView } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { findAuditEntries, findAuditEntry, type AuditQuery } from './audit-repository.ts';
import { verifyAuditLog } from './audit-service.ts';

type AuditRow = NonNullable<Awaited<ReturnType<typeof findAuditEntry>>>;

function entryView(r: AuditRow): AuditEntryView {
  return {
    seq: Number(r.seq),
    at: r.at,
    actorType: r.actor_type,
    actorId: r.actor_id,
    actorName: r.actor_username ? `${r.actor_display_name ?? ''} (${r.actor_username})`.trim() : null,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    data: JSON.parse(r.data) as Record<string, unknown>,
    hash: r.hash,
  };
}

export async function getAuditEntry(ctx: AppContext, seq: number): Promise<AuditEntryDetail> {
  const row = await findAuditEntry(ctx.db, seq);
  if (!row) throw notFound('audit_entry_not_found');
  return { ...entryView(row), prevHash: row.prev_hash };
}

function toIso(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw badRequest('date_invalid');
  return new Date(ms).toISOString();
}

export async function listAuditEntries(ctx: AppContext, query: AuditQuery & { reference?: string }) {
  const from = toIso(query.from);
  const to = toIso(query.to);
  if (from && to && to <= from) throw badRequest('date_range_invalid');
  const { reference, ...rest } = query;
  // A Vorgangsnummer, as staff know a case: the entries about every document registered under it.
  let documentIds: string[] | undefined;
  if (reference !== undefined) {
    const documents = await ctx.db
      .selectFrom('documents')
      .select('id')
      .where('reference', '=', reference.trim())
      .execute();
    if (documents.length === 0) return { items: [], nextBeforeSeq: null };
    documentIds = documents.map((d) => d.id);
  }
  const rows = await findAuditEntries(ctx.db, { ...rest, from, to, ...(documentIds ? { documentIds } : {}) });
  const items = rows.map(entryView);
  // A full page may have more behind it; the client asks again with beforeSeq = the last seq.
  const nextBeforeSeq = items.length === query.limit ? items[items.length - 1]!.seq : null;
  return { items, nextBeforeSeq };
}

export async function verifyAuditChain(ctx: AppContext) {
  const result = await verifyAuditLog(ctx.db);
  return { ...result, verifiedAt: ctx.clock.now().toISOString() };
}
