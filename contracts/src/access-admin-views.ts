/**
 * Bodies of the admin endpoints for access to the hub: kiosk terminals (pairing keys), API tokens for integrations,
 * offices, and the staff member's own password change. Server routes validate with these schemas; the web app
 * imports the types.
 */
import { Type, type Static } from 'typebox';
import { apiTokenRoles } from './roles.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

// ---- Kiosk terminals ----

export const TerminalViewSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  /** The box whose kiosk this is; null for an information kiosk without a box. */
  boxId: Nullable(Type.String()),
  createdAt: Type.String(),
  /** When the key was last used (recorded at most once a minute). */
  lastSeenAt: Nullable(Type.String()),
  /** A revoked key answers 403 `terminal_revoked` on every kiosk route. */
  revokedAt: Nullable(Type.String()),
});
export type TerminalView = Static<typeof TerminalViewSchema>;

export const TerminalListSchema = Type.Object({ terminals: Type.Array(TerminalViewSchema) });
export type TerminalList = Static<typeof TerminalListSchema>;

const TerminalName = Type.String({ minLength: 1, maxLength: 120 });

export const NewTerminalSchema = Type.Object(
  { boxId: Type.String({ minLength: 1, maxLength: 64 }), name: TerminalName },
  { additionalProperties: false },
);
export type NewTerminal = Static<typeof NewTerminalSchema>;

export const TerminalChangeSchema = Type.Object({ name: TerminalName }, { additionalProperties: false });
export type TerminalChange = Static<typeof TerminalChangeSchema>;

export const CreatedTerminalSchema = Type.Object({
  terminal: TerminalViewSchema,
  /** `kiosk_…`: shown only in this answer; only its hash is stored. */
  key: Type.String(),
  /** `<publicUrl>/kiosk/#terminal=<key>`: opened once on the kiosk, which keeps the key and hides it. */
  pairingUrl: Type.String(),
});
export type CreatedTerminal = Static<typeof CreatedTerminalSchema>;

// ---- API tokens ----

export const ApiTokenViewSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  roles: Type.Array(Type.Enum(apiTokenRoles)),
  /** The creator's username, or `cli:<os user>` for a token made with `npm run admin`. */
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
  expiresAt: Type.String(),
  lastUsedAt: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
});
export type ApiTokenView = Static<typeof ApiTokenViewSchema>;

export const ApiTokenListSchema = Type.Object({ tokens: Type.Array(ApiTokenViewSchema) });
export type ApiTokenList = Static<typeof ApiTokenListSchema>;

export const apiTokenMaxDays = 365;
export const apiTokenDefaultDays = 90;

export const NewApiTokenSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    /** Never `admin` (400 `api_token_admin_role`); `integration` for the office's specialist procedure. */
    roles: Type.Array(Type.Enum(apiTokenRoles), { minItems: 1, maxItems: 6, uniqueItems: true }),
    expiresInDays: Type.Optional(
      Type.Integer({ minimum: 1, maximum: apiTokenMaxDays, default: apiTokenDefaultDays }),
    ),
  },
  { additionalProperties: false },
);
export type NewApiToken = Static<typeof NewApiTokenSchema>;

export const CreatedApiTokenSchema = Type.Object({
  token: ApiTokenViewSchema,
  /** `bp_…`: shown only in this answer; only its hash is stored. */
  secret: Type.String(),
});
export type CreatedApiToken = Static<typeof CreatedApiTokenSchema>;

// ---- Offices ----

const OfficeName = Type.String({ minLength: 1, maxLength: 120 });
const OfficeShortName = Type.String({ minLength: 1, maxLength: 40 });
const OfficeAddress = Type.String({ minLength: 1, maxLength: 200 });

export const NewOfficeSchema = Type.Object(
  { name: OfficeName, shortName: OfficeShortName, address: OfficeAddress },
  { additionalProperties: false },
);
export type NewOffice = Static<typeof NewOfficeSchema>;

export const OfficeChangeSchema = Type.Object(
  {
    name: Type.Optional(OfficeName),
    shortName: Type.Optional(OfficeShortName),
    address: Type.Optional(OfficeAddress),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type OfficeChange = Static<typeof OfficeChangeSchema>;

// ---- Own password ----

export const staffPasswordMinLength = 12;

export const PasswordChangeSchema = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
    newPassword: Type.String({ minLength: staffPasswordMinLength, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type PasswordChange = Static<typeof PasswordChangeSchema>;
