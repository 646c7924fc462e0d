/** Chain of custody (issue 16): a document's custody timeline and the daily reconciliation, as staff read them. */
import { Type, type Static } from 'typebox';

const Text = Type.Union([Type.String(), Type.Null()]);

/** One step in a document's custody: a lifecycle step, a door of its compartment, an occupancy change, an opening. */
export const CustodyTimelineEntrySchema = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  /** Audit action, e.g. `document.register`, `compartment.door_opened`, `custody.remote_open`. */
  action: Type.String(),
  actorType: Type.String(),
  /** The staff member's name; null for the system, the box, a kiosk or an API token. */
  actorName: Text,
  /** The second person of a four-eyes step (loading, remote opening). */
  secondActorName: Text,
  from: Text,
  to: Text,
  /** Why: the reason typed for a remote opening, a reconcile outcome, a refusal's cause. */
  reason: Text,
  note: Text,
  compartment: Type.Union([Type.Integer(), Type.Null()]),
  /** The occupancy read with the step, where there was one. */
  occupied: Type.Union([Type.Boolean(), Type.Null()]),
});
export type CustodyTimelineEntry = Static<typeof CustodyTimelineEntrySchema>;

export const custodyDifferenceKinds = [
  /** The document should lie in its compartment, but the sensor last read it empty. */
  'document_missing',
  /** A compartment reads occupied with no document assigned to it. */
  'unexpected_item',
  /** A compartment names a document that is not in the box by its state (or the other way round). */
  'assignment_mismatch',
  /** Waiting for staff: a door fault or a reconcile still open. */
  'awaiting_staff',
  /** The document should lie in its compartment, but there is no sensor reading. */
  'no_reading',
] as const;
export type CustodyDifferenceKind = (typeof custodyDifferenceKinds)[number];

export const CustodyDifferenceSchema = Type.Object({
  kind: Type.Union([
    Type.Literal('document_missing'),
    Type.Literal('unexpected_item'),
    Type.Literal('assignment_mismatch'),
    Type.Literal('awaiting_staff'),
    Type.Literal('no_reading'),
  ]),
  boxId: Text,
  boxName: Text,
  compartment: Type.Union([Type.Integer(), Type.Null()]),
  documentId: Text,
  reference: Text,
  documentState: Text,
});
export type CustodyDifference = Static<typeof CustodyDifferenceSchema>;

export const CustodyReconciliationViewSchema = Type.Object({
  id: Type.String(),
  day: Type.String(),
  trigger: Type.Union([Type.Literal('daily'), Type.Literal('manual')]),
  ranAt: Type.String(),
  ranByName: Text,
  /** Documents per state at the time of the run. */
  counts: Type.Record(Type.String(), Type.Integer()),
  compartmentsOccupied: Type.Integer(),
  differences: Type.Array(CustodyDifferenceSchema),
});
export type CustodyReconciliationView = Static<typeof CustodyReconciliationViewSchema>;

export const CustodyReconciliationLatestSchema = Type.Object({
  latest: Type.Union([CustodyReconciliationViewSchema, Type.Null()]),
});
export type CustodyReconciliationLatest = Static<typeof CustodyReconciliationLatestSchema>;
