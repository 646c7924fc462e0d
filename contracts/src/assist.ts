/**
 * Staff assist at the kiosk (issue 18): with the visitor's consent a staff member's tablet sees the kiosk's screen
 * as state (not video), can point at a control, have the step read aloud, or press controls for the visitor.
 * Typed values (phone, code, date of birth) leave the kiosk only masked; the hub refuses anything else.
 */
import { Type, type Static } from 'typebox';
import { IntegerParam } from './integer-params.ts';

/**
 * Where the kiosk is (`KioskFlow.step`): its screen's name, a topic of the start screen (map, tour, questions,
 * suggestions) or an overlay (`language`, `staffCall`); letters only.
 */
export const AssistStepSchema = Type.String({ pattern: '^[a-zA-Z]{1,32}$' });

/** The only characters a typed value may have on its way to the tablet: the mask and spaces. */
export const assistMaskCharacter = '•';
const MaskedValue = Type.String({ maxLength: 40, pattern: '^[•\\s]*$' });

export const AssistSnapshotSchema = Type.Object(
  {
    step: AssistStepSchema,
    /** The language the visitor chose (de, ls, en, tr, uk, ar). */
    language: Type.String({ pattern: '^[a-z]{2}$' }),
    /** What the visitor typed, masked character by character at the kiosk. */
    fields: Type.Object(
      { phone: MaskedValue, code: MaskedValue, day: MaskedValue, month: MaskedValue, year: MaskedValue },
      { additionalProperties: false },
    ),
    check: Type.Optional(Type.Union([Type.String({ pattern: '^[a-z_]{1,40}$' }), Type.Null()])),
    documentType: Type.Optional(Type.String({ maxLength: 80 })),
    compartmentNumber: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 9999 }), Type.Null()])),
    /** The problem screen's key (`kiosk.errors.<problem>`). */
    problem: Type.Optional(Type.String({ pattern: '^[a-z_]{1,40}$' })),
    /** A short message under an input (an i18n key). */
    inlineError: Type.Optional(Type.Union([Type.String({ pattern: '^[a-zA-Z._]{1,80}$' }), Type.Null()])),
    busy: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type AssistSnapshot = Static<typeof AssistSnapshotSchema>;

export const assistSessionStates = ['requested', 'active', 'declined', 'ended'] as const;
export type AssistSessionState = (typeof assistSessionStates)[number];

/** Why a session ended: the staff member, the visitor ("Beenden"), the kiosk's idle reset, or a timeout. */
export const assistEndReasons = ['staff', 'visitor', 'idle', 'timeout'] as const;
export type AssistEndReason = (typeof assistEndReasons)[number];

export const assistCommandKinds = ['highlight', 'press', 'read_aloud'] as const;
export type AssistCommandKind = (typeof assistCommandKinds)[number];

export const RequestAssistBodySchema = Type.Object(
  { terminalId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
);
export type RequestAssistBody = Static<typeof RequestAssistBodySchema>;

export const AssistSessionViewSchema = Type.Object({
  id: Type.String(),
  terminalId: Type.String(),
  terminalName: Type.String(),
  /** The staff member who asked (the one who may send commands). */
  staffUserId: Type.String(),
  mine: Type.Boolean(),
  state: Type.Enum(assistSessionStates),
  endReason: Type.Union([Type.Enum(assistEndReasons), Type.Null()]),
  createdAt: Type.String(),
  answeredAt: Type.Union([Type.String(), Type.Null()]),
  endedAt: Type.Union([Type.String(), Type.Null()]),
  /** Only while active: the kiosk's latest masked state. */
  snapshot: Type.Union([AssistSnapshotSchema, Type.Null()]),
  snapshotAt: Type.Union([Type.String(), Type.Null()]),
});
export type AssistSessionView = Static<typeof AssistSessionViewSchema>;

export const AssistCommandBodySchema = Type.Object(
  {
    kind: Type.Enum(assistCommandKinds),
    /** For highlight and press: the control's index among the screen's controls (the same views on both sides). */
    target: Type.Optional(Type.Integer({ minimum: 0, maximum: 500 })),
  },
  { additionalProperties: false },
);
export type AssistCommandBody = Static<typeof AssistCommandBodySchema>;

export const AssistCommandSchema = Type.Object({
  seq: Type.Integer(),
  kind: Type.Enum(assistCommandKinds),
  target: Type.Union([Type.Integer(), Type.Null()]),
});
export type AssistCommand = Static<typeof AssistCommandSchema>;

/** What the kiosk learns when it asks: its open session (if any) and the staff's commands after `afterSeq`. */
export const KioskAssistViewSchema = Type.Object({
  session: Type.Union([
    Type.Object({
      id: Type.String(),
      state: Type.Enum(assistSessionStates),
      /** The staff member's name, so the visitor knows who is helping. */
      staffName: Type.String(),
    }),
    Type.Null(),
  ]),
  commands: Type.Array(AssistCommandSchema),
});
export type KioskAssistView = Static<typeof KioskAssistViewSchema>;

export const KioskAssistQuerySchema = Type.Object(
  { afterSeq: Type.Optional(IntegerParam({ minimum: 0, maximum: 1_000_000 })) },
  { additionalProperties: false },
);

export const AssistAnswerBodySchema = Type.Object(
  { consent: Type.Boolean() },
  { additionalProperties: false },
);
export const KioskAssistEndBodySchema = Type.Object(
  { reason: Type.Union([Type.Literal('visitor'), Type.Literal('idle')]) },
  { additionalProperties: false },
);
