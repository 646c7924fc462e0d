/** Staff views of old-document deposits (issue 9): what a loader collects and what the office hands to cancellation. */
import { Type, type Static } from 'typebox';

export const depositListFilters = ['to_collect', 'collected', 'handed_over'] as const;
export type DepositListFilter = (typeof depositListFilters)[number];

export const OldDocumentDepositViewSchema = Type.Object({
  id: Type.String(),
  boxId: Type.String(),
  compartmentNumber: Type.Integer(),
  /** deposited (accepted) | held (refused but inside) | collected | handed_over. */
  status: Type.String(),
  /** Why a held deposit was refused (mismatch, unreadable, reader_fault, no_sensor, timed_out). */
  refusal: Type.Union([Type.String(), Type.Null()]),
  /** The old document's number as read, masked (e.g. `******T47`); null when it could not be read. */
  numberMasked: Type.Union([Type.String(), Type.Null()]),
  documentId: Type.String(),
  documentReference: Type.String(),
  documentType: Type.String(),
  holderName: Type.String(),
  depositedAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  collectRequestedAt: Type.Union([Type.String(), Type.Null()]),
  collectedAt: Type.Union([Type.String(), Type.Null()]),
  collectedBy: Type.Union([Type.String(), Type.Null()]),
  handedOverAt: Type.Union([Type.String(), Type.Null()]),
  handedOverBy: Type.Union([Type.String(), Type.Null()]),
});
export type OldDocumentDepositView = Static<typeof OldDocumentDepositViewSchema>;

export const CollectDepositsResultSchema = Type.Object({
  boxId: Type.String(),
  compartmentNumber: Type.Integer(),
  depositIds: Type.Array(Type.String()),
});
export type CollectDepositsResult = Static<typeof CollectDepositsResultSchema>;
