/**
 * The office round trip (issue 16): registration by the office's specialist procedure (one document or a day's
 * batch), the signed issue events sent back to it (Standard Webhooks), and the issue register with booking state.
 */
import { Type, type Static } from 'typebox';
import { SmsLanguageSchema } from './sms-languages.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

/** Body of `POST /api/v1/documents`, also one item of the batch. */
export const DocumentRegistrationSchema = Type.Object(
  {
    reference: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9/._-]*$' }),
    officeId: Type.String({ minLength: 1, maxLength: 64 }),
    typeId: Type.String({ minLength: 1, maxLength: 64 }),
    holderName: Type.String({ minLength: 1, maxLength: 200 }),
    phone: Type.String({ minLength: 3, maxLength: 40 }),
    dateOfBirth: Type.Optional(Type.String({ format: 'date' })),
    needsWheelchairAccess: Type.Optional(Type.Boolean()),
    proxyNote: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    /** The holder's old ID document number (identity checks: the reader must read this number). */
    oldDocumentNumber: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9 ]{6,12}$' })),
    /** The citizen's consent to box pickup: the version of the consent text shown, and when (default: now). */
    consent: Type.Optional(
      Type.Object(
        {
          textVersion: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' }),
          givenAt: Type.Optional(Type.String({ format: 'date-time' })),
        },
        { additionalProperties: false },
      ),
    ),
    /** The language of the holder's SMS (issue 18): de, ls (Leichte Sprache), en, tr, uk, ar; default de. */
    language: Type.Optional(SmsLanguageSchema),
  },
  { additionalProperties: false },
);
export type DocumentRegistration = Static<typeof DocumentRegistrationSchema>;

export const maxBatchDocuments = 500;

export const DocumentBatchSchema = Type.Object(
  {
    documents: Type.Array(DocumentRegistrationSchema, { minItems: 1, maxItems: maxBatchDocuments }),
  },
  { additionalProperties: false },
);
export type DocumentBatch = Static<typeof DocumentBatchSchema>;

export const batchItemStatuses = ['registered', 'existing', 'failed'] as const;

export const DocumentBatchResultSchema = Type.Object({
  results: Type.Array(
    Type.Object({
      /** Position in the request, from 0. */
      index: Type.Integer(),
      reference: Type.String(),
      status: Type.Enum(batchItemStatuses),
      documentId: Nullable(Type.String()),
      /** For `failed`: the stable error code and its German message. */
      code: Type.Optional(Type.String()),
      message: Type.Optional(Type.String()),
    }),
  ),
  registered: Type.Integer(),
  existing: Type.Integer(),
  failed: Type.Integer(),
});
export type DocumentBatchResult = Static<typeof DocumentBatchResultSchema>;

/** The events sent to the specialist procedure; the body is `{ type, timestamp, data }` (see docs/integration.md). */
export const webhookEventTypes = [
  'document.registered',
  'document.loaded',
  'document.notified',
  'document.picked_up',
  'document.expired',
  'document.returned',
  'document.cancelled',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export const webhookDeliveryStatuses = ['pending', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

export const WebhookDeliveryViewSchema = Type.Object({
  /** The `webhook-id`: the same for every attempt of one event. */
  id: Type.String(),
  eventType: Type.Enum(webhookEventTypes),
  documentId: Nullable(Type.String()),
  reference: Nullable(Type.String()),
  status: Type.Enum(webhookDeliveryStatuses),
  attempts: Type.Integer(),
  lastStatusCode: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  lastAttemptAt: Nullable(Type.String()),
  deliveredAt: Nullable(Type.String()),
  createdAt: Type.String(),
});
export type WebhookDeliveryView = Static<typeof WebhookDeliveryViewSchema>;

export const WebhookDeliveryListSchema = Type.Object({
  /** Whether a receiver is configured (`integration.webhookUrl`). */
  configured: Type.Boolean(),
  items: Type.Array(WebhookDeliveryViewSchema),
});
export type WebhookDeliveryList = Static<typeof WebhookDeliveryListSchema>;

export const bookingSources = ['api', 'manual'] as const;

/** One issued document in the office's issue register, with its booking in the specialist procedure. */
export const IssueRegisterEntrySchema = Type.Object({
  documentId: Type.String(),
  reference: Type.String(),
  officeId: Type.String(),
  documentType: Type.String(),
  issuedAt: Type.String(),
  bookedAt: Nullable(Type.String()),
  bookedBy: Nullable(Type.String()),
  bookingSource: Nullable(Type.Enum(bookingSources)),
});
export type IssueRegisterEntry = Static<typeof IssueRegisterEntrySchema>;

export const IssueRegisterDaySchema = Type.Object({
  /** The local calendar day (Europe/Berlin), YYYY-MM-DD. */
  date: Type.String(),
  items: Type.Array(IssueRegisterEntrySchema),
});
export type IssueRegisterDay = Static<typeof IssueRegisterDaySchema>;

export const UnbookedIssuesSchema = Type.Object({
  /** Issues before this instant (one working day ago) that are not booked yet. */
  issuedBefore: Type.String(),
  items: Type.Array(IssueRegisterEntrySchema),
});
export type UnbookedIssues = Static<typeof UnbookedIssuesSchema>;

export const BookingRequestSchema = Type.Object(
  {
    /** The specialist procedure's own booking number, kept in the audit entry. */
    bookingReference: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type BookingRequest = Static<typeof BookingRequestSchema>;
