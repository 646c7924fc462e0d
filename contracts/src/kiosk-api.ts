/**
 * The kiosk's pickup API (terminal key in `X-Terminal-Key`, no staff session): request and response bodies shared
 * by the hub and the kiosk web app.
 */
import { CompartmentPlaceSchema } from './box-layout.ts';
import { Type, type Static } from 'typebox';
import { pickupChecks } from './documents.ts';

/** What a pickup session is doing; `opened` is final for the session (the document's state takes over). */
export const pickupSessionStatuses = [
  'awaiting_check',
  'awaiting_staff',
  'ready',
  'opened',
  'abandoned',
  'failed',
] as const;
export type PickupSessionStatus = (typeof pickupSessionStatuses)[number];

/** One simple phase for the kiosk screen. */
export const pickupPhases = [
  'waiting_for_check',
  'waiting_for_staff',
  /** The deposit compartment is open: the citizen puts the old document in and closes its door. */
  'waiting_for_deposit',
  /** The deposit door is closed with something inside: the box's reader reads the old document. */
  'checking_old_document',
  /** The check passed; an ID card's holder must still confirm the PIN letter before the door opens. */
  'waiting_for_pin_letter',
  'ready',
  'opening',
  'door_open',
  'done',
  'needs_staff',
  /** The box read the compartment empty before unlocking: nothing opened, the code still works, staff must help. */
  'compartment_empty',
  'expired',
] as const;
export type PickupPhase = (typeof pickupPhases)[number];

export const StartPickupBodySchema = Type.Object(
  {
    phone: Type.String({ minLength: 1, maxLength: 40 }),
    /** Six digits; spaces are ignored. */
    code: Type.String({ minLength: 1, maxLength: 20 }),
  },
  { additionalProperties: false },
);
export type StartPickupBody = Static<typeof StartPickupBodySchema>;

export const StartedPickupSchema = Type.Object({
  pickupId: Type.String(),
  status: Type.Enum(pickupSessionStatuses),
  check: Type.Enum(pickupChecks),
  documentType: Type.String(),
  /** True when the PIN-letter confirmation is still to come before the door opens. */
  pinLetterRequired: Type.Optional(Type.Boolean()),
  /** Present when an evidence image is taken as the door opens: after how many days it is deleted. */
  evidenceImageRetentionDays: Type.Optional(Type.Integer()),
  /** Present once nothing but the open step is left. */
  compartmentNumber: Type.Optional(Type.Integer()),
  expiresAt: Type.String(),
});
export type StartedPickup = Static<typeof StartedPickupSchema>;

/** Date of birth as typed into three separate large fields; empty for checks that need no input. */
export const PickupCheckBodySchema = Type.Object(
  {
    day: Type.Optional(Type.Integer({ minimum: 0, maximum: 9999 })),
    month: Type.Optional(Type.Integer({ minimum: 0, maximum: 9999 })),
    year: Type.Optional(Type.Integer({ minimum: 0, maximum: 9999 })),
  },
  { additionalProperties: false },
);
export type PickupCheckBody = Static<typeof PickupCheckBodySchema>;

/**
 * Why a deposit of the old document did not pass: nothing inside, another document or holder, the reader could
 * not read it or failed, the door stayed open / shut too long, or no deposit compartment was free.
 */
export const depositRefusals = [
  'empty',
  'mismatch',
  'unreadable',
  'reader_fault',
  'timed_out',
  'door_fault',
  'no_sensor',
] as const;
export type DepositRefusal = (typeof depositRefusals)[number];

/** The old-document deposit of this pickup as the kiosk shows it (the latest attempt). */
export const PickupDepositSchema = Type.Object({
  status: Type.Union([
    Type.Literal('awaiting_deposit'),
    Type.Literal('reading'),
    Type.Literal('deposited'),
    Type.Literal('refused'),
  ]),
  refusal: Type.Optional(Type.Enum(depositRefusals)),
  /** The old document is kept in the compartment until staff take it out (a refused one too). */
  keptInBox: Type.Boolean(),
  compartmentNumber: Type.Integer(),
  ...CompartmentPlaceSchema.properties,
  door: Type.Union([Type.Literal('open'), Type.Literal('closed'), Type.Literal('unknown')]),
  /** When the deposit door must be closed again. */
  deadlineAt: Type.String(),
  /** German sentence for the screen, e.g. "Fach 16: 4. Spalte von links, 4. Fach von oben, auf Hüfthöhe". */
  location: Type.String(),
});
export type PickupDeposit = Static<typeof PickupDepositSchema>;

export const PickupStatusSchema = Type.Object({
  pickupId: Type.String(),
  status: Type.Enum(pickupSessionStatuses),
  phase: Type.Enum(pickupPhases),
  check: Type.Enum(pickupChecks),
  documentType: Type.String(),
  door: Type.Union([Type.Literal('open'), Type.Literal('closed'), Type.Literal('unknown'), Type.Null()]),
  compartmentNumber: Type.Optional(Type.Integer()),
  expiresAt: Type.String(),
  /** True while the PIN-letter confirmation is still to come (ID cards). */
  pinLetterRequired: Type.Optional(Type.Boolean()),
  /** Present when an evidence image is taken as the door opens: after how many days it is deleted. */
  evidenceImageRetentionDays: Type.Optional(Type.Integer()),
  /** Where the box keeps old documents: the deposit of this pickup, when the old document goes into the box. */
  deposit: Type.Optional(PickupDepositSchema),
});
export type PickupStatus = Static<typeof PickupStatusSchema>;

export const OpenedCompartmentSchema = Type.Object({
  pickupId: Type.String(),
  compartmentNumber: Type.Integer(),
  /** Where it is: column from the left, place from the top, height in words, and the box's drawing. */
  ...CompartmentPlaceSchema.properties,
  wheelchairReachable: Type.Boolean(),
  /** German sentence for the screen, e.g. "Fach 10: 2. Spalte von links, 3. Fach von oben, auf Brusthöhe". */
  location: Type.String(),
});
export type OpenedCompartment = Static<typeof OpenedCompartmentSchema>;

/**
 * The holder's answer on the PIN-letter screen (ID cards, PAuswV § 17): `received: true` confirms receipt in text
 * form right before the door opens; `false` ends the pickup, the document stays in the box and staff are told.
 */
export const PinLetterBodySchema = Type.Object({ received: Type.Boolean() }, { additionalProperties: false });
export type PinLetterBody = Static<typeof PinLetterBodySchema>;

export const ResendCodeBodySchema = Type.Object(
  { phone: Type.String({ minLength: 1, maxLength: 40 }) },
  { additionalProperties: false },
);

export const ResendAcceptedSchema = Type.Object({ message: Type.String() });

/** What the kiosk needs to know about itself at start: its box and how long it waits before it starts over. */
export const KioskSettingsSchema = Type.Object({
  terminalId: Type.String(),
  /** The box this kiosk serves (null: a terminal without a box, which cannot hand out documents). */
  boxId: Type.Union([Type.String(), Type.Null()]),
  idleSeconds: Type.Integer(),
  countdownSeconds: Type.Integer(),
  waitingIdleSeconds: Type.Integer(),
  /** The box takes the old document into a deposit compartment (else the terminal's reader reads it). */
  oldDocumentDeposit: Type.Optional(Type.Boolean()),
  /** Wrong codes before a code is locked (pickup.maxCodeAttempts): the kiosk says how many tries are left. */
  maxCodeAttempts: Type.Optional(Type.Integer()),
});
export type KioskSettings = Static<typeof KioskSettingsSchema>;

/** Why a citizen calls staff from the kiosk; a fixed list so the office can show it in its own words. */
export const callStaffReasons = ['help', 'pickup_problem', 'check_problem', 'door_problem'] as const;
export type CallStaffReason = (typeof callStaffReasons)[number];

export const CallStaffBodySchema = Type.Object(
  {
    reason: Type.Optional(Type.Enum(callStaffReasons)),
    /** The kiosk's current step (its screen name), so staff arrive knowing where the visitor is stuck (issue 18). */
    step: Type.Optional(Type.String({ pattern: '^[a-zA-Z]{1,32}$' })),
  },
  { additionalProperties: false },
);
export type CallStaffBody = Static<typeof CallStaffBodySchema>;

export const StaffCalledSchema = Type.Object({
  alertId: Type.String(),
  /** True when an open call from this kiosk already existed: staff are on their way, nothing new was raised. */
  alreadyCalled: Type.Boolean(),
  /**
   * False when the hub's clock is outside the zone's staffed hours (zone opening hours; none set: always true):
   * nobody is in the zone to come, the kiosk says so and offers other ways (the call is still raised and recorded).
   */
  staffPresent: Type.Optional(Type.Boolean()),
  /**
   * Seconds after which the kiosk, while nobody in the office has acknowledged the call, says so and offers the
   * other ways (`kiosk.callStaffAnswerSeconds`; issue 18).
   */
  answerWithinSeconds: Type.Optional(Type.Integer({ minimum: 1 })),
});
export type StaffCalled = Static<typeof StaffCalledSchema>;

/** `GET /api/v1/kiosk/call-staff/:id`: whether staff have seen the kiosk's call (issue 18). */
export const StaffCallStatusSchema = Type.Object({
  alertId: Type.String(),
  /** Someone in the office took the call on ("Übernehmen"): the kiosk shows that the call was seen. */
  acknowledged: Type.Boolean(),
  /** Staff closed the call. */
  resolved: Type.Boolean(),
});
export type StaffCallStatus = Static<typeof StaffCallStatusSchema>;
