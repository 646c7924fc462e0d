/**
 * The public site's API (no login): the DokBox locations with their opening hours, and the coarse
 * "is my document ready?" answer. Nothing here carries personal data.
 */
import { Type, type Static } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const PublicOpeningHoursSchema = Type.Object({
  /** ISO weekday, 1 = Monday. */
  weekday: Type.Integer(),
  /** Local `HH:MM` in the box's timezone. */
  opens: Type.String(),
  closes: Type.String(),
});

export const PublicClosureSchema = Type.Object({
  /** Inclusive local dates `YYYY-MM-DD`. */
  startsOn: Type.String(),
  endsOn: Type.String(),
});

export const PublicBoxSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  locationName: Type.String(),
  address: Type.String(),
  timezone: Type.String(),
  inService: Type.Boolean(),
  openNow: Type.Boolean(),
  closesAt: Nullable(Type.String()),
  nextOpensAt: Nullable(Type.String()),
  hours: Type.Array(PublicOpeningHoursSchema),
  /** Special closures that have not ended yet. Public holidays are not listed (they follow the state's calendar). */
  closures: Type.Array(PublicClosureSchema),
});
export type PublicBox = Static<typeof PublicBoxSchema>;

export const PublicBoxesSchema = Type.Object({
  boxes: Type.Array(PublicBoxSchema),
  /** When this answer was computed (it is cached for a short while). */
  asOf: Type.String(),
});
export type PublicBoxes = Static<typeof PublicBoxesSchema>;

/** The only answers the status lookup gives. */
export const publicDocumentStatuses = [
  'not_ready',
  'ready',
  'collected',
  'contact_office',
  'not_found',
] as const;
export type PublicDocumentStatus = (typeof publicDocumentStatuses)[number];

export const DocumentStatusLookupBodySchema = Type.Object(
  {
    /** The reference number from the application receipt, as typed. */
    reference: Type.String({ maxLength: 100 }),
    /** The mobile number given at the application, as typed. */
    phone: Type.String({ maxLength: 40 }),
  },
  { additionalProperties: false },
);
export type DocumentStatusLookupBody = Static<typeof DocumentStatusLookupBodySchema>;

export const DocumentStatusAnswerSchema = Type.Object({
  status: Type.Enum(publicDocumentStatuses),
  /** Only with `ready`: the end of the pickup window (ISO-8601 UTC). */
  readyUntil: Type.Optional(Type.String()),
  /** Only with `ready`: the box's name and where it stands, so the answer can say where to go. */
  boxName: Type.Optional(Type.String()),
  boxLocation: Type.Optional(Type.String()),
});
export type DocumentStatusAnswer = Static<typeof DocumentStatusAnswerSchema>;

/** What the box asks for each document type, on top of phone number and code (for "what to bring"). */
export const PublicDocumentTypesSchema = Type.Object({
  documentTypes: Type.Array(
    Type.Object({
      id: Type.String(),
      /** German name as the office configured it. */
      name: Type.String(),
      /** One of `pickupChecks` (contracts/src/documents.ts). */
      check: Type.String(),
      /** Length of the pickup window in opening days. */
      windowOpeningDays: Type.Integer(),
    }),
  ),
});
export type PublicDocumentTypes = Static<typeof PublicDocumentTypesSchema>;

/**
 * What the public privacy page states from the running configuration (`GET /api/v1/public/privacy`): retention
 * times and the SMS provider as processor, so the page never promises other times than the hub keeps.
 */
export const PublicPrivacyFactsSchema = Type.Object({
  /** Phone number, code and date-of-birth check values and SMS texts: deleted this many hours after the end. */
  personalDataHours: Type.Integer(),
  /** Holder name and reference: replaced by a pseudonym this many days after the end (the register row stays). */
  registerDays: Type.Integer(),
  /** Evidence images taken at pickup: deleted this many days after they were taken. */
  evidenceImageDays: Type.Integer(),
  /** Issue events to the office's specialist procedure: deleted this many days after they were made. */
  issueEventDays: Type.Integer(),
  /** The SMS provider that sends codes and reminders on the town's behalf (GDPR art. 28). */
  smsProcessor: Type.Object({
    provider: Type.Union([Type.Literal('outbox'), Type.Literal('http'), Type.Literal('seven')]),
    /** Name (and address) as configured; null where none is configured (the demo outbox sends nothing). */
    name: Type.Union([Type.String(), Type.Null()]),
  }),
});
export type PublicPrivacyFacts = Static<typeof PublicPrivacyFactsSchema>;
