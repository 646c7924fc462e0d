/**
 * A document's history for the office, from the audit log: when, who (staff by name), what step, from which state
 * to which, and a staff note. Only these fields leave the log here; the full entries stay with the auditors.
 */
import type { DocumentHistoryEntry } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../platform/errors.ts';
import { findDocumentById } from './documents-repository.ts';

export async function documentHistory(ctx: AppContext, documentId: string): Promise<DocumentHistoryEntry[]> {
  if (!(await findDocumentById(ctx.db, documentId))) throw notFound('document_not_found');
  const rows = await ctx.db
    .selectFrom('audit_log')
    .leftJoin('staff_users', (join) =>
      join.onRef('staff_users.id', '=', 'audit_log.actor_id').on('audit_log.actor_type', '=', 'staff'),
    )
    .select([
      'audit_log.seq',
      'audit_log.at',
      'audit_log.action',
      'audit_log.actor_type',
      'audit_log.data',
      'staff_users.display_name',
    ])
    .where('audit_log.entity_type', '=', 'document')
    .where('audit_log.entity_id', '=', documentId)
    .orderBy('audit_log.seq', 'asc')
    .limit(500)
    .execute();
  return rows.map((row) => {
    let data: Record<string, unknown> = {};
    try {
      data = JSON.parse(row.data) as Record<string, unknown>;
    } catch {
      data = {};
    }
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    return {
      seq: Number(row.seq),
      at: row.at,
      action: row.action,
      actorType: row.actor_type,
      actorName: row.display_name ?? null,
      from: text(data.from),
      to: text(data.to),
      note: text(data.note),
    };
  });
}
