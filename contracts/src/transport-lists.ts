/**
 * Transport lists (Übergabeliste, issue 16): one trip of documents from the office to a box. A clerk prepares the
 * list, office and loader sign the printed list at hand-over, and the loading closes it: each document's
 * compartment and loading time appear as it is loaded, and a document that does not go into the box is taken back
 * with a reason.
 */
import { Type, type Static } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const transportListStatuses = ['open', 'closed'] as const;
export type TransportListStatus = (typeof transportListStatuses)[number];

/**
 * What happened to one document of the list: still waiting, its door open for loading, in the box, taken back by
 * staff (with a reason), cancelled by the office, or not loaded after a fault (a staff check found it elsewhere).
 */
export const transportItemStatuses = [
  'pending',
  'loading',
  'loaded',
  'taken_back',
  'cancelled',
  'not_loaded',
] as const;
export type TransportItemStatus = (typeof transportItemStatuses)[number];

export const maxTransportListDocuments = 100;

/** Body of `POST /api/v1/transport-lists`. */
export const TransportListCreateSchema = Type.Object(
  {
    boxId: Type.String({ minLength: 1, maxLength: 64 }),
    documentIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
      minItems: 1,
      maxItems: maxTransportListDocuments,
    }),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type TransportListCreate = Static<typeof TransportListCreateSchema>;

/** Body of `POST /api/v1/transport-lists/:id/items/:documentId/take-back`. */
export const TransportTakeBackSchema = Type.Object(
  { reason: Type.String({ minLength: 3, maxLength: 500 }) },
  { additionalProperties: false },
);
export type TransportTakeBack = Static<typeof TransportTakeBackSchema>;

export const TransportListItemViewSchema = Type.Object({
  documentId: Type.String(),
  position: Type.Integer(),
  reference: Type.String(),
  documentType: Type.String(),
  /** The holder's name as the office's document shows it now. */
  holderName: Type.String(),
  /** The document's state now (it may have moved on since the loading: notified, picked up …). */
  documentState: Type.String(),
  status: Type.Enum(transportItemStatuses),
  /** The compartment foreseen when the list was made (free then; the loading picks the compartment). */
  plannedCompartment: Nullable(Type.Integer()),
  /** Where the loading put it; the box differs from the list's only if it was loaded into another box. */
  boxId: Nullable(Type.String()),
  compartment: Nullable(Type.Integer()),
  loaderName: Nullable(Type.String()),
  secondLoaderName: Nullable(Type.String()),
  loadingStartedAt: Nullable(Type.String()),
  loadedAt: Nullable(Type.String()),
  takenBackAt: Nullable(Type.String()),
  takenBackByName: Nullable(Type.String()),
  takenBackReason: Nullable(Type.String()),
});
export type TransportListItemView = Static<typeof TransportListItemViewSchema>;

const TransportListSummaryProperties = {
  id: Type.String(),
  /** Short number for the paper: the first eight characters of the id, upper case. */
  number: Type.String(),
  status: Type.Enum(transportListStatuses),
  boxId: Type.String(),
  boxName: Type.String(),
  boxAddress: Type.String(),
  note: Nullable(Type.String()),
  createdByName: Type.String(),
  createdAt: Type.String(),
  closedAt: Nullable(Type.String()),
  /** Documents on the list, and of them loaded, and not loaded (taken back, cancelled, not loaded). */
  total: Type.Integer(),
  loaded: Type.Integer(),
  notLoaded: Type.Integer(),
};

export const TransportListSummarySchema = Type.Object(TransportListSummaryProperties);
export type TransportListSummary = Static<typeof TransportListSummarySchema>;

export const TransportListViewSchema = Type.Object({
  ...TransportListSummaryProperties,
  /** Who closed it: a staff member's name, or null when the box's sensor confirmed the last loading. */
  closedByName: Nullable(Type.String()),
  items: Type.Array(TransportListItemViewSchema),
});
export type TransportListView = Static<typeof TransportListViewSchema>;

export const TransportListPageSchema = Type.Object({ items: Type.Array(TransportListSummarySchema) });
export type TransportListPage = Static<typeof TransportListPageSchema>;

/** A document that can go on a new list: registered or ready for transport, and on no open list. */
export const TransportCandidateSchema = Type.Object({
  documentId: Type.String(),
  reference: Type.String(),
  documentType: Type.String(),
  holderName: Type.String(),
  state: Type.String(),
  officeId: Type.String(),
  createdAt: Type.String(),
});
export type TransportCandidate = Static<typeof TransportCandidateSchema>;

export const TransportCandidateListSchema = Type.Object({ items: Type.Array(TransportCandidateSchema) });
export type TransportCandidateList = Static<typeof TransportCandidateListSchema>;
