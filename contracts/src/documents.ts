import { Type, type Static } from 'typebox';

/** Every state a document can be in. The allowed moves between them live in server/src/modules/documents/lifecycle.ts. */
export const documentStates = [
  'registered',
  'ready_for_transport',
  'loading',
  'loaded',
  'notified',
  'pickup_in_progress',
  'picked_up',
  'awaiting_return',
  'collecting_for_return',
  'collected_for_return',
  'returned',
  'cancelled',
  'door_fault',
  'needs_reconcile',
] as const;
export type DocumentState = (typeof documentStates)[number];

/** States after which nothing more happens to a document; personal data is purged after the retention time. */
export const finalDocumentStates = [
  'picked_up',
  'returned',
  'cancelled',
] as const satisfies readonly DocumentState[];

/**
 * The extra check a document type requires at the box, on top of phone number and code. `old_document_scan`: the
 * old document is read and kept; `old_document_or_date_of_birth`: the old document, or the holder's date of birth
 * when there is none (Dresden, Gera).
 */
export const pickupChecks = [
  'none',
  'date_of_birth',
  'staff_confirmation',
  'old_document_scan',
  'old_document_or_date_of_birth',
] as const;
export type PickupCheck = (typeof pickupChecks)[number];

export const compartmentSizes = ['S', 'M', 'L'] as const;
export type CompartmentSize = (typeof compartmentSizes)[number];

export const DocumentStateSchema = Type.Enum(documentStates);
export const PickupCheckSchema = Type.Enum(pickupChecks);
export const CompartmentSizeSchema = Type.Enum(compartmentSizes);
export type DocumentStateValue = Static<typeof DocumentStateSchema>;
