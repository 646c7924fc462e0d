/**
 * Every read of a document's personal data is audited: who, which document(s), when (issue 16). So that the log
 * stays readable, there is one entry per request, never one per document:
 *
 * - `document.viewed`: one document's page (holder name, phone, notes); entity `document_read`, id = document id.
 * - `documents.listed`: a list or search that shows holder names; the ids of the documents on the page (at most
 *   the page size, 200) and the filters. A name searched for is not copied into the log (it is personal data
 *   itself): the entry says `holderNameSearched: true`, the ids name whom it found. An empty result writes nothing.
 * - `documents.exported`: an export (CSV/JSON) with its query (range, format), not every id (a year of issues).
 *
 * The entity type `document_read` keeps these entries out of a document's step history (which reads the entries of
 * entity type `document`); auditors find them in the audit log by action or entity type.
 */
import type { AppContext } from '../../context.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';

export type DocumentRead =
  | { action: 'document.viewed'; documentId: string; view?: string }
  | {
      action: 'documents.listed';
      documentIds: readonly string[];
      view: string;
      query?: Record<string, unknown>;
    }
  | { action: 'documents.exported'; view: string; query: Record<string, unknown> };

/** Filters as they go into the log: a searched holder name only as the fact that one was searched. */
function loggedQuery(query: Record<string, unknown> | undefined): Record<string, unknown> {
  const logged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === '') continue;
    if (key === 'holderName') logged.holderNameSearched = true;
    else logged[key] = value;
  }
  return logged;
}

export async function auditDocumentRead(
  ctx: AppContext,
  principal: Principal,
  read: DocumentRead,
): Promise<void> {
  if (read.action === 'documents.listed' && read.documentIds.length === 0) return;
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (read.action === 'document.viewed') {
      await recordAudit(trx, at, {
        actor: principal.actor,
        action: read.action,
        entityType: 'document_read',
        entityId: read.documentId,
        data: { view: read.view ?? 'document' },
      });
    } else if (read.action === 'documents.listed') {
      await recordAudit(trx, at, {
        actor: principal.actor,
        action: read.action,
        entityType: 'document_read',
        entityId: null,
        data: { view: read.view, documentIds: [...read.documentIds], query: loggedQuery(read.query) },
      });
    } else {
      await recordAudit(trx, at, {
        actor: principal.actor,
        action: read.action,
        entityType: 'document_read',
        entityId: null,
        data: { view: read.view, query: loggedQuery(read.query) },
      });
    }
  });
}
