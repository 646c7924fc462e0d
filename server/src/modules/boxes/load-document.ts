/**
 * A loader puts a document into a box: the hub picks a fitting free compartment, reserves it, moves the document
 * to `loading` and queues the unlock, in one transaction. The door closing with the document inside (a box event)
 * then makes it `loaded` and notifies the citizen.
 */
import { assertBoxUsable } from '../tenants/tenant-scope.ts';
import { compartmentSizes, type CompartmentSize } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { officeInScope, officeScopeOf } from '../privacy/office-scope.ts';
import { findDocumentById, findOpenDocumentByReference } from '../documents/documents-repository.ts';
import { transitionDocument, type DocumentRow } from '../documents/transition-document.ts';
import {
  findBox,
  listFreeCompartments,
  reserveCompartment,
  type CompartmentRow,
} from './boxes-repository.ts';
import { enqueueBoxCommand } from './enqueue-box-command.ts';
import { recordSecondLoaderOnTransportList } from '../transport-lists/track-transport-loading.ts';
import {
  confirmSecondLoader,
  type FourEyesLoaders,
  type SecondLoaderCredentials,
} from './four-eyes-loading.ts';

export interface LoadDocumentInput {
  documentId?: string;
  reference?: string;
  boxId: string;
  /** A second loader's credentials, for documents whose policy asks for four-eyes loading. */
  secondLoader?: SecondLoaderCredentials;
}

export interface LoadDocumentResult {
  documentId: string;
  reference: string;
  state: string;
  boxId: string;
  compartment: { number: number; size: string; wheelchairReachable: boolean };
  /** Four-eyes loading: the names of both loaders (null for a type loaded by one person). */
  fourEyes: FourEyesLoaders | null;
}

function sizeRank(size: string): number {
  const rank = compartmentSizes.indexOf(size as CompartmentSize);
  return rank < 0 ? compartmentSizes.length : rank;
}

/**
 * The order in which free compartments are offered: the smallest that fits first (large ones stay free for large
 * documents), and compartments reachable from a wheelchair only for documents that need them, or last.
 */
export function rankCompartments(
  candidates: readonly CompartmentRow[],
  needsWheelchairAccess: boolean,
): CompartmentRow[] {
  return candidates
    .filter((c) => !needsWheelchairAccess || c.wheelchair_reachable === 1)
    .slice()
    .sort(
      (a, b) =>
        (needsWheelchairAccess ? 0 : a.wheelchair_reachable - b.wheelchair_reachable) ||
        sizeRank(a.size) - sizeRank(b.size) ||
        a.number - b.number,
    );
}

export function sizesAtLeast(minSize: string): CompartmentSize[] {
  const min = sizeRank(minSize);
  return compartmentSizes.filter((size) => sizeRank(size) >= min);
}

export async function loadDocument(
  ctx: AppContext,
  input: LoadDocumentInput,
  principal: Principal,
): Promise<LoadDocumentResult> {
  if (!input.documentId === !input.reference) throw badRequest('loading_target_required');
  const now = ctx.clock.now().toISOString();
  /** Set once the document turned out to need four eyes, so a refusal can be audited after the rollback. */
  let fourEyesDocumentId: string | null = null;
  const loading = ctx.db.transaction().execute(async (trx) => {
    const scope = officeScopeOf(principal);
    let document: DocumentRow | undefined = input.documentId
      ? await findDocumentById(trx, input.documentId)
      : await findOpenDocumentByReference(trx, input.reference!, scope);
    // A loader loads the documents of their own office(s) only (modules/privacy/office-scope.ts).
    if (!document || !officeInScope(scope, document.office_id)) throw notFound('document_not_found');
    const box = await findBox(trx, input.boxId);
    if (!box) throw notFound('box_not_found');
    assertBoxUsable(principal, box);
    if (box.in_service !== 1) throw conflict('box_out_of_service');
    if (box.link_connected !== 1) throw conflict('box_offline');

    if (document.state === 'registered') {
      document = await transitionDocument(trx, {
        documentId: document.id,
        transition: 'prepare_transport',
        principal,
        at: now,
      });
    }
    if (document.state !== 'ready_for_transport') {
      throw conflict('invalid_transition', { transition: 'start_loading', state: document.state });
    }
    // Four-eyes loading (the document's copy of its policy): no unlock before a second loader confirmed.
    let fourEyes: FourEyesLoaders | null = null;
    if (Number(document.four_eyes_loading) === 1) {
      fourEyesDocumentId = document.id;
      fourEyes = await confirmSecondLoader(trx, ctx, now, {
        documentId: document.id,
        principal,
        second: input.secondLoader,
      });
    }
    const type = await trx
      .selectFrom('document_types')
      .select('min_size')
      .where('id', '=', document.type_id)
      .executeTakeFirstOrThrow();
    const candidates = rankCompartments(
      await listFreeCompartments(trx, box.id, sizesAtLeast(type.min_size)),
      document.needs_wheelchair_access === 1,
    );
    let chosen: CompartmentRow | undefined;
    for (const candidate of candidates) {
      if (await reserveCompartment(trx, candidate.id, document.id, now)) {
        chosen = candidate;
        break;
      }
    }
    if (!chosen) throw conflict('box_full');

    const loading = await transitionDocument(trx, {
      documentId: document.id,
      transition: 'start_loading',
      principal,
      at: now,
      changes: { box_id: box.id, compartment_id: chosen.id },
      auditData: { boxId: box.id, compartment: chosen.number, size: chosen.size },
    });
    if (fourEyes) await recordSecondLoaderOnTransportList(trx, document.id, fourEyes.secondLoader);
    await enqueueBoxCommand(trx, ctx, now, {
      boxId: box.id,
      type: 'unlock',
      compartment: chosen.number,
      documentId: document.id,
    });
    return {
      documentId: loading.id,
      reference: loading.reference,
      state: loading.state,
      boxId: box.id,
      compartment: {
        number: chosen.number,
        size: chosen.size,
        wheelchairReachable: chosen.wheelchair_reachable === 1,
      },
      fourEyes,
    };
  });
  const result = await loading.catch(async (error: unknown) => {
    // The loading rolled back; the refused second login is still worth an entry (repeated refusals can be a
    // loader guessing a colleague's password). Never the typed username or password.
    if (fourEyesDocumentId && error instanceof AppError && error.code.startsWith('second_loader_')) {
      await ctx.db.transaction().execute((trx) =>
        recordAudit(trx, now, {
          actor: principal.actor,
          action: 'loading.four_eyes_refused',
          entityType: 'document',
          entityId: fourEyesDocumentId!,
          data: { reason: error.code },
        }),
      );
    }
    throw error;
  });
  ctx.onBoxCommandsQueued(result.boxId);
  return result;
}
