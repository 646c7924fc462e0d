/**
 * Pairing a kiosk by code: the kiosk asks for a pairing and shows its code (and a QR code to the office page);
 * an admin confirms the code in the office; the kiosk polls with its secret and receives its terminal key once.
 */
import { Type, type Static } from 'typebox';

/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L). */
export const pairingCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const pairingCodeLength = 8;

export const KioskPairingCreatedSchema = Type.Object({
  pairingId: Type.String(),
  /** Shown as `ABCD-EFGH`. */
  code: Type.String(),
  /** Sent back as `x-pairing-secret` when polling; only its hash is stored. */
  secret: Type.String(),
  expiresAt: Type.String(),
  /** The office page where an admin confirms this code (for the QR code). */
  confirmUrl: Type.String(),
});
export type KioskPairingCreated = Static<typeof KioskPairingCreatedSchema>;

export const kioskPairingStates = ['waiting', 'confirmed', 'expired'] as const;
export type KioskPairingState = (typeof kioskPairingStates)[number];

export const KioskPairingStatusSchema = Type.Object({
  state: Type.Enum(kioskPairingStates),
  /** Only with `confirmed`, and only in the one answer that hands it out. */
  key: Type.Optional(Type.String()),
});
export type KioskPairingStatus = Static<typeof KioskPairingStatusSchema>;

export const KioskPairingConfirmSchema = Type.Object(
  {
    /** With or without the dash, any case. */
    code: Type.String({ minLength: 8, maxLength: 12 }),
    boxId: Type.String({ minLength: 1, maxLength: 64 }),
    name: Type.String({ minLength: 1, maxLength: 120 }),
  },
  { additionalProperties: false },
);
export type KioskPairingConfirm = Static<typeof KioskPairingConfirmSchema>;

export const KioskPairingConfirmedSchema = Type.Object({
  terminal: Type.Object({
    id: Type.String(),
    name: Type.String(),
    boxId: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String(),
  }),
});
export type KioskPairingConfirmed = Static<typeof KioskPairingConfirmedSchema>;
