/**
 * The 115 service catalogue on the federal information model (FIM / LeiKa): schemas and types of a service, its
 * authoring input, search answers, import reports and call-back requests, shared by the hub and the web apps.
 */
import { Type, type Static } from 'typebox';

/** Who is responsible: the town, the district (Landkreis Oberhavel), the state (Brandenburg) or the federation. */
export const authorityLevels = ['town', 'district', 'state', 'federal'] as const;
export type AuthorityLevel = (typeof authorityLevels)[number];

/** Service ids are readable slugs (they appear in URLs): lower-case letters, digits and dashes. */
export const serviceIdPattern = '^[a-z0-9][a-z0-9-]{1,79}$';
/** A LeiKa key has exactly 14 digits. */
export const leikaKeyPattern = '^[0-9]{14}$';

const Text = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength });
const Url = Type.String({ minLength: 8, maxLength: 500, pattern: '^https?://[^\\s]+$|^/[^\\s]*$' });
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
const DateOnly = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const ServiceOpeningHoursSchema = Type.Object(
  {
    weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' }),
    opens: Time,
    closes: Time,
  },
  { additionalProperties: false },
);
export type ServiceOpeningHours = Static<typeof ServiceOpeningHoursSchema>;

export const ServiceLocationSchema = Type.Object(
  {
    name: Text(200, 1),
    address: Text(300, 1),
    phone: Type.Optional(Text(60)),
    email: Type.Optional(Text(200)),
    openingHours: Type.Array(ServiceOpeningHoursSchema, { maxItems: 30 }),
    /** E.g. "nur mit Termin". */
    note: Type.Optional(Text(500)),
  },
  { additionalProperties: false },
);
export type ServiceLocation = Static<typeof ServiceLocationSchema>;

export const ServiceFormSchema = Type.Object(
  { title: Text(200, 1), url: Url },
  { additionalProperties: false },
);
export type ServiceForm = Static<typeof ServiceFormSchema>;

const StringList = (maxItems: number, maxLength = 500) =>
  Type.Array(Type.String({ minLength: 1, maxLength }), { maxItems });

/** What staff write (and import): every field of a service except the bookkeeping ones. */
export const ServiceInputSchema = Type.Object(
  {
    id: Type.String({ pattern: serviceIdPattern }),
    leikaKey: Type.String({ pattern: leikaKeyPattern }),
    name: Text(200, 3),
    shortDescription: Text(500, 1),
    longDescription: Text(10000, 1),
    leichteSprache: Text(3000, 1),
    prerequisites: StringList(30),
    requiredDocuments: StringList(30),
    fees: Text(1000, 1),
    processingTime: Text(500, 1),
    legalBasis: StringList(20, 300),
    forms: Type.Array(ServiceFormSchema, { maxItems: 20 }),
    onlineProcedureUrl: Type.Union([Url, Type.Null()]),
    authorityLevel: Type.Enum(authorityLevels),
    authorityName: Text(200, 1),
    locations: Type.Array(ServiceLocationSchema, { maxItems: 10 }),
    keywords: StringList(60, 100),
    /** 1–100: how often citizens need it; the search ranks common services first. */
    popularity: Type.Integer({ minimum: 1, maximum: 100 }),
    lastReviewedOn: DateOnly,
    /** Identity documents that can be collected from the DokBox: the service page links to its explanation. */
    dokboxPickup: Type.Boolean(),
    /** Demo content (written for the demo, not checked by the town). */
    demo: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type ServiceInput = Static<typeof ServiceInputSchema>;

export const ServiceSchema = Type.Object({
  ...ServiceInputSchema.properties,
  /** Where the DokBox pickup is explained, for identity-document services; otherwise null. */
  dokboxInfoUrl: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type Service = Static<typeof ServiceSchema>;

/** An update carries the version it was based on, so two editors do not silently overwrite each other. */
export const ServiceUpdateBodySchema = Type.Object(
  { service: ServiceInputSchema, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type ServiceUpdateBody = Static<typeof ServiceUpdateBodySchema>;

export const ServiceSummarySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  shortDescription: Type.String(),
  authorityLevel: Type.Enum(authorityLevels),
  authorityName: Type.String(),
  popularity: Type.Integer(),
  dokboxPickup: Type.Boolean(),
  lastReviewedOn: Type.String(),
  demo: Type.Boolean(),
});
export type ServiceSummary = Static<typeof ServiceSummarySchema>;

export const ServiceListSchema = Type.Object({ items: Type.Array(ServiceSummarySchema) });
export type ServiceList = Static<typeof ServiceListSchema>;

/** The whole catalogue for offline search in the kiosk; `revision` changes with every edit. */
export const ServiceCatalogueSchema = Type.Object({
  revision: Type.String(),
  items: Type.Array(ServiceSchema),
});
export type ServiceCatalogue = Static<typeof ServiceCatalogueSchema>;

export const ServiceSearchHitSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  shortDescription: Type.String(),
  authorityLevel: Type.Enum(authorityLevels),
  authorityName: Type.String(),
  score: Type.Number(),
});
export type ServiceSearchHit = Static<typeof ServiceSearchHitSchema>;

export const ServiceSearchResultSchema = Type.Object({
  query: Type.String(),
  hits: Type.Array(ServiceSearchHitSchema),
});
export type ServiceSearchResult = Static<typeof ServiceSearchResultSchema>;

export const ServiceSuggestionsSchema = Type.Object({
  query: Type.String(),
  suggestions: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
});
export type ServiceSuggestions = Static<typeof ServiceSuggestionsSchema>;

export const serviceImportFormats = ['json', 'csv'] as const;
export type ServiceImportFormat = (typeof serviceImportFormats)[number];

/**
 * `per_record`: every valid record is written in its own transaction and a bad one never blocks the others;
 * `all_or_nothing`: the import is written in one transaction only if every record is valid.
 */
export const serviceImportModes = ['per_record', 'all_or_nothing'] as const;
export type ServiceImportMode = (typeof serviceImportModes)[number];

export const ServiceImportBodySchema = Type.Object(
  {
    format: Type.Enum(serviceImportFormats),
    mode: Type.Enum(serviceImportModes, { default: 'per_record' }),
    /** The file's text (JSON: an array of services or `{ "services": [...] }`; CSV: the export's columns). */
    content: Type.String({ minLength: 1, maxLength: 900_000 }),
  },
  { additionalProperties: false },
);
export type ServiceImportBody = Static<typeof ServiceImportBodySchema>;

export const ServiceImportErrorSchema = Type.Object({
  /** 1-based number of the record in the file (for CSV: the data row, not counting the heading). */
  record: Type.Integer(),
  /** The field in error, or `record` for the record as a whole. */
  field: Type.String(),
  /** Stable reason code, e.g. `leika_key_invalid`. */
  code: Type.String(),
  /** German reason for the person who fixes the file. */
  message: Type.String(),
});
export type ServiceImportError = Static<typeof ServiceImportErrorSchema>;

export const ServiceImportReportSchema = Type.Object({
  mode: Type.Enum(serviceImportModes),
  total: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  failed: Type.Integer(),
  /** True when nothing was written (all-or-nothing mode with errors, or a file that could not be read). */
  rolledBack: Type.Boolean(),
  errors: Type.Array(ServiceImportErrorSchema),
});
export type ServiceImportReport = Static<typeof ServiceImportReportSchema>;

/** The 115 hotline's state now (Mon–Fri 8–18 Europe/Berlin, closed on public holidays in Brandenburg). */
export const HotlineStatusSchema = Type.Object({
  number: Type.String(),
  openNow: Type.Boolean(),
  now: Type.String(),
  nextOpensAt: Type.Union([Type.String(), Type.Null()]),
  closesAt: Type.Union([Type.String(), Type.Null()]),
});
export type HotlineStatus = Static<typeof HotlineStatusSchema>;

export const callbackWindows = ['morning', 'afternoon', 'any'] as const;
export type CallbackWindow = (typeof callbackWindows)[number];
export const callbackSources = ['kiosk', 'site', 'zone'] as const;
export type CallbackSource = (typeof callbackSources)[number];
export const callbackStatuses = ['open', 'done', 'unreachable'] as const;
export type CallbackStatus = (typeof callbackStatuses)[number];

export const CallbackRequestBodySchema = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 100 })),
    phone: Type.String({ minLength: 3, maxLength: 40 }),
    topic: Type.String({ minLength: 3, maxLength: 500 }),
    preferredWindow: Type.Enum(callbackWindows, { default: 'any' }),
    /** The citizen agreed to be called back and to the storage of the number until then. */
    consent: Type.Boolean(),
    source: Type.Enum(callbackSources, { default: 'site' }),
    /** Honeypot: a field people never see; bots fill it in. */
    website: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type CallbackRequestBody = Static<typeof CallbackRequestBodySchema>;

export const CallbackRequestCreatedSchema = Type.Object({
  id: Type.String(),
  createdAt: Type.String(),
  /** A confirmation SMS is on its way (mobile numbers only). */
  confirmationSms: Type.Boolean(),
});
export type CallbackRequestCreated = Static<typeof CallbackRequestCreatedSchema>;

export const CallbackRequestViewSchema = Type.Object({
  id: Type.String(),
  /** Null once the personal data are purged. */
  name: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  topic: Type.Union([Type.String(), Type.Null()]),
  preferredWindow: Type.Enum(callbackWindows),
  source: Type.Enum(callbackSources),
  status: Type.Enum(callbackStatuses),
  note: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  handledAt: Type.Union([Type.String(), Type.Null()]),
  purgedAt: Type.Union([Type.String(), Type.Null()]),
});
export type CallbackRequestView = Static<typeof CallbackRequestViewSchema>;

export const CallbackRequestListSchema = Type.Object({ items: Type.Array(CallbackRequestViewSchema) });
export type CallbackRequestList = Static<typeof CallbackRequestListSchema>;

export const CallbackRequestUpdateBodySchema = Type.Object(
  {
    status: Type.Enum(callbackStatuses),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type CallbackRequestUpdateBody = Static<typeof CallbackRequestUpdateBodySchema>;
