/**
 * A clerk puts together a trip to a box: the documents that go, each foreseen for a free compartment that fits.
 * Registered documents become ready for transport; the list, its items and the audit entries are written in one
 * transaction. A document can wait on only one open list (a unique index makes two racing lists impossible).
 */
import { assertBoxUsable } from '../tenants/tenant-scope.ts';
import { compartmentSizes, type TransportListCreate } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { dialectOf, type Trx } from '../../db/database.ts';
import type { TransportListItemsTable } from '../../db/schema.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findBox, listFreeCompartments } from '../boxes/boxes-repository.ts';
import { rankCompartments, sizesAtLeast } from '../boxes/load-document.ts';
import { transitionDocument } from '../documents/transition-document.ts';
import { actorName, findWaitingItemsOfDocuments, insertTransportList } from './transport-lists-repository.ts';

const preparableStates = ['registered', 'ready_for_transport'];

/** PostgreSQL's unique_violation, or SQLite's UNIQUE constraint failure. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * The compartment each document would get if loaded now, smallest fitting first as the loading picks; a document
 * that finds none is planned without one. Nothing is reserved: the loading picks the compartment at the box.
 */
async function planCompartments(
  trx: Trx,
  boxId: string,
  documents: readonly { id: string; type_id: string; needs_wheelchair_access: number }[],
): Promise<Map<string, number | null>> {
  const free = await listFreeCompartments(trx, boxId, compartmentSizes);
  const minSizes = new Map(
    (
      await trx
        .selectFrom('document_types')
        .select(['id', 'min_size'])
        .where('id', 'in', [...new Set(documents.map((d) => d.type_id))])
        .execute()
    ).map((row) => [row.id, row.min_size]),
  );
  const taken = new Set<string>();
  const plan = new Map<string, number | null>();
  for (const document of documents) {
    const sizes = new Set<string>(sizesAtLeast(minSizes.get(document.type_id) ?? compartmentSizes[0]));
    const candidates = rankCompartments(
      free.filter((c) => sizes.has(c.size) && !taken.has(c.id)),
      document.needs_wheelchair_access === 1,
    );
    const chosen = candidates[0];
    if (chosen) taken.add(chosen.id);
    plan.set(document.id, chosen?.number ?? null);
  }
  return plan;
}

export async function createTransportList(
  ctx: AppContext,
  input: TransportListCreate,
  principal: Principal,
): Promise<string> {
  if (new Set(input.documentIds).size !== input.documentIds.length) {
    throw badRequest('transport_list_duplicate_document');
  }
  const now = ctx.clock.now().toISOString();
  const listId = ctx.ids.newId();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const box = await findBox(trx, input.boxId);
      if (!box) throw notFound('box_not_found');
      assertBoxUsable(principal, box);
      // Row locks in id order (PostgreSQL): of two clerks listing the same document at once, the second waits and
      // then finds it on the first one's list, instead of losing a race on the document's version.
      let documentQuery = trx
        .selectFrom('documents')
        .select(['id', 'reference', 'state', 'type_id', 'needs_wheelchair_access'])
        .where('id', 'in', input.documentIds)
        .orderBy('id');
      if (dialectOf(trx) === 'postgres') documentQuery = documentQuery.forUpdate();
      const documents = await documentQuery.execute();
      const byId = new Map(documents.map((d) => [d.id, d]));
      const ordered = input.documentIds.map((id) => {
        const document = byId.get(id);
        if (!document) throw notFound('document_not_found');
        if (!preparableStates.includes(document.state)) {
          throw conflict('transport_list_document_not_ready', { reference: document.reference });
        }
        return document;
      });
      const waiting = await findWaitingItemsOfDocuments(trx, input.documentIds);
      if (waiting.length > 0) {
        throw conflict('transport_list_document_on_open_list', {
          reference: byId.get(waiting[0]!.document_id)!.reference,
        });
      }
      for (const document of ordered) {
        if (document.state === 'registered') {
          await transitionDocument(trx, {
            documentId: document.id,
            transition: 'prepare_transport',
            principal,
            at: now,
            auditData: { transportListId: listId },
          });
        }
      }
      const plan = await planCompartments(trx, box.id, ordered);
      const items: TransportListItemsTable[] = ordered.map((document, index) => ({
        id: ctx.ids.newId(),
        list_id: listId,
        document_id: document.id,
        position: index + 1,
        active_document_id: document.id,
        status: 'pending',
        planned_compartment: plan.get(document.id) ?? null,
        box_id: null,
        compartment: null,
        loader_name: null,
        second_loader_name: null,
        loading_started_at: null,
        loaded_at: null,
        taken_back_at: null,
        taken_back_by_name: null,
        taken_back_reason: null,
      }));
      await insertTransportList(
        trx,
        {
          id: listId,
          box_id: box.id,
          status: 'open',
          note: input.note ?? null,
          created_by: principal.actor.id,
          created_by_name: (await actorName(trx, principal.actor)) ?? principal.actor.type,
          created_at: now,
          closed_at: null,
          closed_by_type: null,
          closed_by: null,
        },
        items,
      );
      await recordAudit(trx, now, {
        actor: principal.actor,
        action: 'transport_list.create',
        entityType: 'transport_list',
        entityId: listId,
        data: { boxId: box.id, documentIds: input.documentIds },
      });
    });
  } catch (error) {
    // Another clerk put one of these documents on a list at the same moment.
    if (!isUniqueViolation(error)) throw error;
    const [waiting] = await findWaitingItemsOfDocuments(ctx.db, input.documentIds);
    const document = waiting
      ? await ctx.db
          .selectFrom('documents')
          .select('reference')
          .where('id', '=', waiting.document_id)
          .executeTakeFirst()
      : undefined;
    throw conflict('transport_list_document_on_open_list', { reference: document?.reference ?? '' });
  }
  return listId;
}
