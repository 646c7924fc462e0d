/**
 * Bodies of the back office's admin and audit endpoints: boxes and compartments, document types with their pickup
 * policy, staff accounts, offices and audit entries. Server routes validate with these schemas; the web app imports
 * the types.
 */
import { Type, type Static } from 'typebox';
import { staffRoles } from './roles.ts';
import { compartmentSizes, pickupChecks } from './documents.ts';
import { BoxLayoutSchema, type BoxLayout } from './box-layout.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

/** German federal states by the code feiertagejs and ISO 3166-2:DE use (without `DE-`): they decide public holidays. */
export const germanStateCodes = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;
export type GermanStateCode = (typeof germanStateCodes)[number];

export const AdminIdSchema = Type.String({ minLength: 2, maxLength: 64, pattern: '^[a-z0-9][a-z0-9_-]*$' });

// ---- Offices ----

export const OfficeViewSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  shortName: Type.String(),
  address: Type.String(),
});
export type OfficeView = Static<typeof OfficeViewSchema>;

// ---- Document types and their pickup policy ----

/**
 * What a document of a type requires at pickup. Registration copies it onto the document, so a later change of the
 * type never changes what an already registered document requires. Later issues add fields here (old document
 * deposit, PIN letter, evidence image, four-eyes release); clients must keep unknown fields when they edit.
 */
export const PickupPolicySchema = Type.Object(
  {
    check: Type.Enum(pickupChecks),
    /** Pickup window in opening days; null uses the hub's configured default. */
    windowOpeningDays: Nullable(Type.Integer({ minimum: 1, maximum: 60 })),
    /** ID cards: the holder confirms at the kiosk, right before the door opens, to have received the PIN letter. */
    pinLetter: Type.Optional(Type.Boolean()),
    /** An image of the person is taken at pickup (sealed, short retention, auditors only). */
    evidenceImage: Type.Optional(Type.Boolean()),
    /** Loading needs a second staff member's confirmation before the door unlocks. */
    fourEyesLoading: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type PickupPolicy = Static<typeof PickupPolicySchema>;

export const DocumentTypeViewSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  minSize: Type.Enum(compartmentSizes),
  pickupPolicy: Type.Object({
    check: Type.Enum(pickupChecks),
    windowOpeningDays: Nullable(Type.Integer()),
    pinLetter: Type.Boolean(),
    evidenceImage: Type.Boolean(),
    fourEyesLoading: Type.Boolean(),
  }),
  /** The configured default window, for showing what `windowOpeningDays: null` means. */
  defaultWindowOpeningDays: Type.Integer(),
  /** Documents of this type not yet in a final state (they keep the policy they were registered with). */
  openDocuments: Type.Integer(),
  updatedAt: Type.String(),
});
export type DocumentTypeView = Static<typeof DocumentTypeViewSchema>;

export const NewDocumentTypeSchema = Type.Object(
  {
    id: AdminIdSchema,
    name: Type.String({ minLength: 1, maxLength: 120 }),
    minSize: Type.Enum(compartmentSizes),
    pickupPolicy: PickupPolicySchema,
  },
  { additionalProperties: false },
);
export type NewDocumentType = Static<typeof NewDocumentTypeSchema>;

export const DocumentTypeChangeSchema = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    minSize: Type.Optional(Type.Enum(compartmentSizes)),
    pickupPolicy: Type.Optional(PickupPolicySchema),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type DocumentTypeChange = Static<typeof DocumentTypeChangeSchema>;

// ---- Boxes and compartments (admin) ----

export const BoxSettingsViewSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  locationName: Type.String(),
  address: Type.String(),
  stateCode: Type.String(),
  timezone: Type.String(),
  inService: Type.Boolean(),
  createdAt: Type.String(),
  /** Columns left to right, compartments top to bottom, with the reach band (docs/boxes.md). */
  layout: BoxLayoutSchema,
});
export type BoxSettingsView = Static<typeof BoxSettingsViewSchema>;

const BoxName = Type.String({ minLength: 1, maxLength: 120 });
const LocationName = Type.String({ minLength: 1, maxLength: 200 });
const Address = Type.String({ minLength: 1, maxLength: 200 });
const StateCode = Type.String({ minLength: 2, maxLength: 2, description: 'German federal state, e.g. BB' });
const Timezone = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'IANA time zone, e.g. Europe/Berlin',
});
/** Checked field by field by the hub (German message per field), so the schema only says "an object". */
const LayoutInput = Type.Unsafe<BoxLayout>(
  Type.Object({}, { description: 'A box layout (docs/boxes.md, BoxLayout); checked field by field' }),
);
const PresetName = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'A layout preset: demo-24, kerong-cu16-3x16 or mixed-96-cu48',
});

export const NewBoxSchema = Type.Object(
  {
    id: AdminIdSchema,
    name: BoxName,
    locationName: LocationName,
    address: Address,
    stateCode: StateCode,
    timezone: Timezone,
    /** The box's compartments as a layout, or a preset's name (not both); without either, add compartments next. */
    layout: Type.Optional(LayoutInput),
    preset: Type.Optional(PresetName),
  },
  { additionalProperties: false },
);
export type NewBox = Static<typeof NewBoxSchema>;

export const BoxChangeSchema = Type.Object(
  {
    name: Type.Optional(BoxName),
    locationName: Type.Optional(LocationName),
    address: Type.Optional(Address),
    stateCode: Type.Optional(StateCode),
    timezone: Type.Optional(Timezone),
    layout: Type.Optional(LayoutInput),
    preset: Type.Optional(PresetName),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type BoxChange = Static<typeof BoxChangeSchema>;

export const NewCompartmentSchema = Type.Object(
  {
    number: Type.Integer({ minimum: 1, maximum: 1000 }),
    size: Type.Enum(compartmentSizes),
    wheelchairReachable: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type NewCompartment = Static<typeof NewCompartmentSchema>;

export const CompartmentChangeSchema = Type.Object(
  {
    outOfService: Type.Optional(Type.Boolean()),
    size: Type.Optional(Type.Enum(compartmentSizes)),
    wheelchairReachable: Type.Optional(Type.Boolean()),
    /** A deposit compartment takes citizens' old documents and is never used for loading. */
    deposit: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type CompartmentChange = Static<typeof CompartmentChangeSchema>;

export const CompartmentAdminViewSchema = Type.Object({
  number: Type.Integer(),
  size: Type.String(),
  wheelchairReachable: Type.Boolean(),
  status: Type.String(),
});
export type CompartmentAdminView = Static<typeof CompartmentAdminViewSchema>;

// ---- Staff accounts ----

export const StaffAccountViewSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.Enum(staffRoles)),
  officeId: Nullable(Type.String()),
  /** An admin's grant: sees every office's documents, not only those of `officeId` (admins always do). */
  allOffices: Type.Boolean(),
  active: Type.Boolean(),
  /** Whether the account can log in with a password (accounts from single sign-on may have none). */
  hasPassword: Type.Boolean(),
  createdAt: Type.String(),
});
export type StaffAccountView = Static<typeof StaffAccountViewSchema>;

export const StaffAccountChangeSchema = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    roles: Type.Optional(Type.Array(Type.Enum(staffRoles), { minItems: 1, maxItems: 5, uniqueItems: true })),
    officeId: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
    allOffices: Type.Optional(Type.Boolean()),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type StaffAccountChange = Static<typeof StaffAccountChangeSchema>;

export const PasswordResetResultSchema = Type.Object({
  /** Shown once to the admin, who passes it on; only its hash is stored. */
  oneTimePassword: Type.String(),
});
export type PasswordResetResult = Static<typeof PasswordResetResultSchema>;

// ---- Audit log ----

export const AuditEntryViewSchema = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  actorType: Type.String(),
  actorId: Nullable(Type.String()),
  /** A staff member's user name and display name, when the actor is a staff account. */
  actorName: Nullable(Type.String()),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Nullable(Type.String()),
  data: Type.Record(Type.String(), Type.Unknown()),
  hash: Type.String(),
});
export type AuditEntryView = Static<typeof AuditEntryViewSchema>;

export const AuditEntryDetailSchema = Type.Object({
  ...AuditEntryViewSchema.properties,
  prevHash: Type.String(),
});
export type AuditEntryDetail = Static<typeof AuditEntryDetailSchema>;

export const AuditPageSchema = Type.Object({
  items: Type.Array(AuditEntryViewSchema),
  nextBeforeSeq: Nullable(Type.Integer()),
});
export type AuditPage = Static<typeof AuditPageSchema>;

export const auditProblemKinds = [
  'hash_mismatch',
  'broken_link',
  'gap',
  'head_mismatch',
  'marker_invalid',
] as const;
export const AuditVerificationSchema = Type.Object({
  ok: Type.Boolean(),
  entries: Type.Integer(),
  problems: Type.Array(Type.Object({ seq: Type.Integer(), problem: Type.Enum(auditProblemKinds) })),
  verifiedAt: Type.String(),
});
export type AuditVerification = Static<typeof AuditVerificationSchema>;
