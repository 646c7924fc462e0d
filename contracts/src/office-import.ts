/** The answer of the office's CSV import of documents: one result per row. */
import { Type, type Static } from 'typebox';

export const DocumentImportRowSchema = Type.Object({
  /** Row number in the file as a spreadsheet shows it (header = 1). */
  row: Type.Integer(),
  reference: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('registered'), Type.Literal('failed')]),
  documentId: Type.Union([Type.String(), Type.Null()]),
  errors: Type.Array(
    Type.Object({
      /** The column's German heading ('' for a failure not tied to one column). */
      field: Type.String(),
      code: Type.String(),
      /** German reason. */
      message: Type.String(),
    }),
  ),
});
export type DocumentImportRow = Static<typeof DocumentImportRowSchema>;

export const DocumentImportResultSchema = Type.Object({
  totalRows: Type.Integer(),
  offset: Type.Integer(),
  results: Type.Array(DocumentImportRowSchema),
  registered: Type.Integer(),
  failed: Type.Integer(),
});
export type DocumentImportResult = Static<typeof DocumentImportResultSchema>;

/** One step of a document's history as the office sees it (`GET /api/v1/documents/:id/history`). */
export const DocumentHistoryEntrySchema = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  /** Audit action, e.g. `document.start_loading`, `sms.sent`. */
  action: Type.String(),
  actorType: Type.String(),
  /** The staff member's name; null for the system, the box, a kiosk or an API token. */
  actorName: Type.Union([Type.String(), Type.Null()]),
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
});
export type DocumentHistoryEntry = Static<typeof DocumentHistoryEntrySchema>;
