/** What the auditors' evidence-image pages receive: the images' metadata (the image itself is a separate JPEG). */
import { Type, type Static } from 'typebox';

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const EvidenceImageSummarySchema = Type.Object({
  id: Type.String(),
  documentId: NullableString,
  documentReference: NullableString,
  documentType: NullableString,
  boxId: Type.String(),
  compartmentNumber: Type.Integer(),
  /** When the door opened and the image was taken. */
  takenAt: Type.String(),
  sizeBytes: Type.Integer(),
  /** When the retention pass deletes it. */
  deleteAfter: Type.String(),
});
export type EvidenceImageSummary = Static<typeof EvidenceImageSummarySchema>;

export const EvidenceImageListSchema = Type.Object({
  items: Type.Array(EvidenceImageSummarySchema),
  retentionDays: Type.Integer(),
});
export type EvidenceImageList = Static<typeof EvidenceImageListSchema>;
