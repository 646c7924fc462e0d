/** The single path by which a document changes state (see lifecycle.ts). */
import type { DocumentState } from '@buergerpunkt/contracts';
import type { Trx } from '../../db/database.ts';
import type { DocumentsTable } from '../../db/schema.ts';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { publishLive } from '../live/live-bus.ts';
import { queueDocumentEvent } from '../integration/webhook-outbox.ts';
import { finalDocumentStates } from '@buergerpunkt/contracts';
import { officeInScope, officeScopeOf } from '../privacy/office-scope.ts';
import { isTransitionAllowed, ruleFor, type TransitionName } from './lifecycle.ts';
import { trackTransportLoading } from '../transport-lists/track-transport-loading.ts';

export type DocumentRow = DocumentsTable;
type DocumentChanges = Partial<Omit<DocumentsTable, 'id' | 'state' | 'version' | 'created_at'>>;

export interface TransitionRequest {
  documentId: string;
  transition: TransitionName;
  principal: Principal;
  at: string;
  /** Further columns to set in the same update (compartment, code hash, timestamps…). */
  changes?: DocumentChanges;
  /** What the audit entry records besides from/to; never codes or full phone numbers. */
  auditData?: Record<string, unknown>;
}

/**
 * Moves one document along `transition` inside `trx`. The update is conditional on the state read, so of two
 * racing transactions exactly one moves the document and the other gets a 409 `document_state_changed`.
 */
export async function transitionDocument(trx: Trx, request: TransitionRequest): Promise<DocumentRow> {
  const current = await trx
    .selectFrom('documents')
    .selectAll()
    .where('id', '=', request.documentId)
    .executeTakeFirst();
  // A document of an office outside the caller's scope is answered as unknown (modules/privacy/office-scope.ts).
  if (!current || !officeInScope(officeScopeOf(request.principal), current.office_id))
    throw notFound('document_not_found');
  const rule = ruleFor(request.transition);
  if (!rule.by.some((t) => request.principal.triggers.includes(t))) {
    throw forbidden('transition_not_permitted');
  }
  if (!isTransitionAllowed(request.transition, current.state as DocumentState, request.principal.triggers)) {
    throw conflict('invalid_transition', { transition: request.transition, state: current.state });
  }
  const isFinal = (finalDocumentStates as readonly string[]).includes(rule.to);
  const updated = await trx
    .updateTable('documents')
    .set({
      ...request.changes,
      state: rule.to,
      version: current.version + 1,
      updated_at: request.at,
      ...(isFinal ? { final_at: request.at } : {}),
    })
    .where('id', '=', current.id)
    .where('state', '=', current.state)
    .where('version', '=', current.version)
    .returningAll()
    .executeTakeFirst();
  if (!updated) throw new AppError(409, 'document_state_changed');
  await recordAudit(trx, request.at, {
    actor: request.principal.actor,
    action: `document.${request.transition}`,
    entityType: 'document',
    entityId: current.id,
    data: { from: current.state, to: rule.to, ...request.auditData },
  });
  // The office's specialist procedure hears of it through the outbox, in this same transaction.
  await queueDocumentEvent(trx, request.transition, updated, request.at);
  // A transport list the document waits on follows its loading (and closes with the last one).
  await trackTransportLoading(trx, {
    transition: request.transition,
    principal: request.principal,
    at: request.at,
    document: updated,
  });
  // The office's live screens hear of it once the change is committed.
  publishLive(trx, { type: 'document', documentId: current.id, state: rule.to, boxId: updated.box_id });
  return updated;
}

/** Creates a document in its first state, audited like every other transition. */
export async function insertRegisteredDocument(
  trx: Trx,
  document: Omit<DocumentsTable, 'state' | 'version'>,
  principal: Principal,
  auditData: Record<string, unknown>,
): Promise<DocumentRow> {
  if (!isTransitionAllowed('register', null, principal.triggers)) throw forbidden('transition_not_permitted');
  const row = { ...document, state: 'registered', version: 0 };
  await trx.insertInto('documents').values(row).execute();
  await recordAudit(trx, document.created_at, {
    actor: principal.actor,
    action: 'document.register',
    entityType: 'document',
    entityId: document.id,
    data: { to: 'registered', ...auditData },
  });
  await queueDocumentEvent(trx, 'register', row, document.created_at);
  publishLive(trx, { type: 'document', documentId: document.id, state: 'registered', boxId: null });
  return row;
}
