/** What staff read of transport lists: the lists, one list with its documents, and documents that may go on one. */
import type {
  TransportCandidateList,
  TransportItemStatus,
  TransportListPage,
  TransportListStatus,
  TransportListSummary,
  TransportListView,
} from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../platform/errors.ts';
import type { ActorType } from '@buergerpunkt/contracts';
import { allOffices, type OfficeScope } from '../privacy/office-scope.ts';
import {
  actorName,
  findTransportList,
  itemCountsByList,
  listCandidateDocuments,
  listItemsWithDocuments,
  listTransportListRows,
  type TransportListRow,
} from './transport-lists-repository.ts';

const notLoadedStatuses = ['taken_back', 'cancelled', 'not_loaded'];

function summaryOf(
  list: TransportListRow & { box_name: string; box_address: string },
  counts: Record<string, number>,
): TransportListSummary {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return {
    id: list.id,
    number: list.id.replaceAll('-', '').slice(0, 8).toUpperCase(),
    status: list.status as TransportListStatus,
    boxId: list.box_id,
    boxName: list.box_name,
    boxAddress: list.box_address,
    note: list.note,
    createdByName: list.created_by_name,
    createdAt: list.created_at,
    closedAt: list.closed_at,
    total,
    loaded: counts.loaded ?? 0,
    notLoaded: notLoadedStatuses.reduce((sum, status) => sum + (counts[status] ?? 0), 0),
  };
}

export async function listTransportLists(
  ctx: AppContext,
  query: { status?: TransportListStatus; limit?: number },
): Promise<TransportListPage> {
  const rows = await listTransportListRows(ctx.db, query.status, query.limit ?? 50);
  const counts = await itemCountsByList(
    ctx.db,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => summaryOf(row, counts.get(row.id) ?? {})) };
}

/** Items of documents outside the reader's office scope are left out (data protection by office). */
export async function getTransportList(
  ctx: AppContext,
  id: string,
  scope: OfficeScope = allOffices,
): Promise<TransportListView> {
  const list = await findTransportList(ctx.db, id);
  if (!list) throw notFound('transport_list_not_found');
  const box = await ctx.db
    .selectFrom('boxes')
    .select(['name', 'address'])
    .where('id', '=', list.box_id)
    .executeTakeFirstOrThrow();
  const items = await listItemsWithDocuments(ctx.db, id, scope);
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.status] = (counts[item.status] ?? 0) + 1;
  const closedByName =
    list.closed_by_type && list.closed_by
      ? await actorName(ctx.db, { type: list.closed_by_type as ActorType, id: list.closed_by })
      : null;
  return {
    ...summaryOf({ ...list, box_name: box.name, box_address: box.address }, counts),
    closedByName,
    items: items.map((item) => ({
      documentId: item.document_id,
      position: Number(item.position),
      reference: item.reference,
      documentType: item.type_name,
      holderName: item.holder_name,
      documentState: item.document_state,
      status: item.status as TransportItemStatus,
      plannedCompartment: item.planned_compartment === null ? null : Number(item.planned_compartment),
      boxId: item.box_id,
      compartment: item.compartment === null ? null : Number(item.compartment),
      loaderName: item.loader_name,
      secondLoaderName: item.second_loader_name,
      loadingStartedAt: item.loading_started_at,
      loadedAt: item.loaded_at,
      takenBackAt: item.taken_back_at,
      takenBackByName: item.taken_back_by_name,
      takenBackReason: item.taken_back_reason,
    })),
  };
}

export async function listTransportCandidates(
  ctx: AppContext,
  scope: OfficeScope = allOffices,
): Promise<TransportCandidateList> {
  const rows = await listCandidateDocuments(ctx.db, 200, scope);
  return {
    items: rows.map((row) => ({
      documentId: row.id,
      reference: row.reference,
      documentType: row.type_name,
      holderName: row.holder_name,
      state: row.state,
      officeId: row.office_id,
      createdAt: row.created_at,
    })),
  };
}
