/**
 * The approval pack (`npm run admin -- approval-pack`, `GET /api/v1/office/approval-pack`): documents for the
 * data-protection officer as a small block model, rendered to Markdown, PDF and the office page alike.
 */
import { Type, type Static } from 'typebox';

export const PackBlockSchema = Type.Union([
  Type.Object({ kind: Type.Literal('heading'), text: Type.String() }),
  Type.Object({ kind: Type.Literal('paragraph'), text: Type.String() }),
  Type.Object({ kind: Type.Literal('list'), items: Type.Array(Type.String()) }),
  Type.Object({
    kind: Type.Literal('table'),
    columns: Type.Array(Type.String()),
    rows: Type.Array(Type.Array(Type.String())),
  }),
  Type.Object({
    kind: Type.Literal('fields'),
    rows: Type.Array(Type.Object({ label: Type.String(), value: Type.String() })),
  }),
]);
export type PackBlock = Static<typeof PackBlockSchema>;

export const packDocumentSlugs = [
  'verarbeitungsverzeichnis',
  'tom',
  'loeschkonzept',
  'dsfa-entwurf',
  'auftragsverarbeitung-sms',
  'barrierefreiheit',
] as const;
export type PackDocumentSlug = (typeof packDocumentSlugs)[number];

const PackDocumentSlugSchema = Type.Union([
  Type.Literal('verarbeitungsverzeichnis'),
  Type.Literal('tom'),
  Type.Literal('loeschkonzept'),
  Type.Literal('dsfa-entwurf'),
  Type.Literal('auftragsverarbeitung-sms'),
  Type.Literal('barrierefreiheit'),
]);

export const PackDocumentSchema = Type.Object({
  slug: PackDocumentSlugSchema,
  title: Type.String(),
  blocks: Type.Array(PackBlockSchema),
});
export type PackDocument = Static<typeof PackDocumentSchema>;

export const ApprovalPackSchema = Type.Object({
  generatedAt: Type.String({ format: 'date-time' }),
  /** Missing settings the controller must fill in before handing the pack over. */
  openPoints: Type.Array(Type.String()),
  documents: Type.Array(PackDocumentSchema),
});
export type ApprovalPackView = Static<typeof ApprovalPackSchema>;

export const PackDocumentParamsSchema = Type.Object({
  slug: PackDocumentSlugSchema,
});
