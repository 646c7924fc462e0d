/**
 * The protocol between the hub and a box agent. The same JSON messages travel over the in-process link of the
 * demo and over the agent's WebSocket. Commands carry ids chosen by the hub and are acknowledged; events carry ids
 * chosen by the agent; both sides drop a message whose id they have already handled.
 *
 * Order after (re)connecting: the hub resends every command not yet acknowledged and asks for `read_status`; the
 * agent first sends its journal (events without an `event_receipt`, oldest first), then answers commands. The hub
 * treats a door reported closed by a status read, after it last heard "open", as a close it never heard about.
 * Event ids need only be unique per box. The hub refuses to send an unlock that is older than its unlock timeout,
 * so a door never opens long after the person who asked for it has gone.
 */
import { Type, type Static } from 'typebox';

const Id = Type.String({ minLength: 8, maxLength: 64 });
const Compartment = Type.Integer({ minimum: 1, maximum: 1000 });
const At = Type.String({ format: 'date-time' });

export const UnlockCommandSchema = Type.Object({
  kind: Type.Literal('command'),
  commandId: Id,
  type: Type.Literal('unlock'),
  compartment: Compartment,
  /** Take an evidence image when this door is seen open (the document's policy asks for one). */
  captureEvidence: Type.Optional(Type.Boolean()),
  /**
   * A pickup: read the occupancy sensor right before unlocking and, if it reads empty, do not unlock but answer
   * `ok: false` with the fault `compartment_empty` (the hub gives the citizen's code back and calls staff). Without
   * a sensor reading (no sensor, silent board) the unlock goes ahead; the close then goes to staff as `no_sensor`.
   * An agent that predates this field ignores it and unlocks; the hub's last known reading is then the only check.
   */
  requireOccupied: Type.Optional(Type.Boolean()),
});
export const ReadStatusCommandSchema = Type.Object({
  kind: Type.Literal('command'),
  commandId: Id,
  type: Type.Literal('read_status'),
});
/**
 * Read the old identity document the citizen deposited in `compartment` with the reader attached to the agent
 * (chip/MRZ). The reader compares the holder with `expectedHolder`; the ack carries `oldDocument`, or `ok: false`
 * with the fault `no_document`, `unreadable`, `reader_fault` or `no_reader`. Safe to repeat: a resend is read again.
 */
export const ReadOldDocumentCommandSchema = Type.Object({
  kind: Type.Literal('command'),
  commandId: Id,
  type: Type.Literal('read_old_document'),
  compartment: Compartment,
  expectedHolder: Type.String({ minLength: 1, maxLength: 200 }),
});
export const BoxCommandSchema = Type.Union([
  UnlockCommandSchema,
  ReadStatusCommandSchema,
  ReadOldDocumentCommandSchema,
]);
export type BoxCommand = Static<typeof BoxCommandSchema>;
export type BoxCommandType = BoxCommand['type'];

export const CompartmentStatusSchema = Type.Object({
  compartment: Compartment,
  door: Type.Union([Type.Literal('open'), Type.Literal('closed'), Type.Literal('unknown')]),
  occupied: Type.Union([Type.Boolean(), Type.Null()]),
});
export type CompartmentStatus = Static<typeof CompartmentStatusSchema>;

export const OldDocumentReadingSchema = Type.Object({
  documentNumber: Type.String({ minLength: 1, maxLength: 40 }),
  holderMatches: Type.Boolean(),
});
export type OldDocumentReading = Static<typeof OldDocumentReadingSchema>;

/** Sent by the agent once a command has been carried out (or has failed); `ok: false` carries a fault code. */
export const CommandResultSchema = Type.Object({
  kind: Type.Literal('ack'),
  commandId: Id,
  ok: Type.Boolean(),
  fault: Type.Optional(Type.String({ maxLength: 64 })),
  statuses: Type.Optional(Type.Array(CompartmentStatusSchema, { maxItems: 1000 })),
  /** The answer to `read_old_document`: the number as read and whether the holder is the expected one. */
  oldDocument: Type.Optional(OldDocumentReadingSchema),
});
export type CommandResult = Static<typeof CommandResultSchema>;

export const DoorOpenedEventSchema = Type.Object({
  kind: Type.Literal('event'),
  eventId: Id,
  type: Type.Literal('door_opened'),
  compartment: Compartment,
  at: At,
});
export const DoorClosedEventSchema = Type.Object({
  kind: Type.Literal('event'),
  eventId: Id,
  type: Type.Literal('door_closed'),
  compartment: Compartment,
  /** Occupancy read right after the door closed; null where the compartment has no sensor. */
  occupied: Type.Union([Type.Boolean(), Type.Null()]),
  at: At,
});
export const OccupancyChangedEventSchema = Type.Object({
  kind: Type.Literal('event'),
  eventId: Id,
  type: Type.Literal('occupancy_changed'),
  compartment: Compartment,
  occupied: Type.Boolean(),
  at: At,
});
export const FaultEventSchema = Type.Object({
  kind: Type.Literal('event'),
  eventId: Id,
  type: Type.Literal('fault'),
  compartment: Type.Optional(Compartment),
  fault: Type.String({ maxLength: 64 }),
  at: At,
});
export const BoxEventSchema = Type.Union([
  DoorOpenedEventSchema,
  DoorClosedEventSchema,
  OccupancyChangedEventSchema,
  FaultEventSchema,
]);
export type BoxEvent = Static<typeof BoxEventSchema>;

/** What the hub sends after storing an event, so the agent may drop it from its journal. */
export const EventReceiptSchema = Type.Object({ kind: Type.Literal('event_receipt'), eventId: Id });
export type EventReceipt = Static<typeof EventReceiptSchema>;

/**
 * Largest evidence image the link carries, in bytes (base64 in the message): a 640×480 JPEG is 30–80 kB. Kept
 * below the link's 256 KiB message limit on purpose, so an image travels as one journaled message, never in chunks;
 * a camera must deliver smaller images (the agent reports a fault for a larger one and sends nothing).
 */
export const maxEvidenceImageBytes = 160 * 1024;

/**
 * The image the agent took when a door opened for an unlock with `captureEvidence`. Journaled like an event
 * (the same `eventId` space, receipted with `event_receipt`), so a reconnect or a restart does not lose it.
 */
export const EvidenceImageMessageSchema = Type.Object({
  kind: Type.Literal('evidence_image'),
  eventId: Id,
  /** The unlock command that asked for it. */
  commandId: Id,
  compartment: Compartment,
  /** When the image was taken. */
  at: At,
  contentType: Type.Literal('image/jpeg'),
  /** The image, base64. */
  data: Type.String({ minLength: 4, maxLength: Math.ceil(maxEvidenceImageBytes / 3) * 4 }),
});
export type EvidenceImageMessage = Static<typeof EvidenceImageMessageSchema>;

// --- Offline-safe box (issue 19, docs/offline.md) -----------------------------------------------------------------

/** One document the box may hand out while its link is down: keyed hashes under the per-box key, policy, budget. */
export const OfflineVerifierSchema = Type.Object({
  documentId: Id,
  compartment: Compartment,
  documentType: Type.String({ maxLength: 200 }),
  codeVerifier: Type.String({ minLength: 64, maxLength: 64 }),
  phoneVerifier: Type.String({ minLength: 64, maxLength: 64 }),
  dateOfBirthVerifier: Type.Union([Type.String({ minLength: 64, maxLength: 64 }), Type.Null()]),
  check: Type.String({ maxLength: 64 }),
  pinLetter: Type.Boolean(),
  evidence: Type.Boolean(),
  codeGuessesLeft: Type.Integer({ minimum: 0 }),
  checkGuessesLeft: Type.Integer({ minimum: 0 }),
  deadlineAt: At,
});
export type OfflineVerifier = Static<typeof OfflineVerifierSchema>;

/**
 * The full set of verifiers for a box (it replaces what the agent had), with the per-box key the agent keeps in
 * memory only, and the sha256 hashes of the keys of the box's kiosk terminals.
 */
export const OfflineVerifiersMessageSchema = Type.Object({
  kind: Type.Literal('offline_verifiers'),
  /** The per-box key, hex (64 chars). */
  boxKey: Type.String({ minLength: 64, maxLength: 64 }),
  issuedAt: At,
  validUntil: At,
  maxCodeAttempts: Type.Integer({ minimum: 1 }),
  terminals: Type.Array(
    Type.Object({ id: Type.String({ maxLength: 64 }), keyHash: Type.String({ maxLength: 64 }) }),
    {
      maxItems: 100,
    },
  ),
  verifiers: Type.Array(OfflineVerifierSchema, { maxItems: 400 }),
});
export type OfflineVerifiersMessage = Static<typeof OfflineVerifiersMessageSchema>;

export const offlineFactTypes = [
  'code_wrong',
  'check_failed',
  'pin_letter_confirmed',
  'pin_letter_refused',
  'pickup_opened',
  'unlock_refused',
] as const;
export type OfflineFactType = (typeof offlineFactTypes)[number];

/**
 * What the agent decided while its link was down, journaled with its local time and sent (like an event, receipted
 * with `event_receipt`) in journal order when the link returns.
 */
export const OfflineFactSchema = Type.Object({
  kind: Type.Literal('offline_fact'),
  eventId: Id,
  type: Type.Enum(offlineFactTypes),
  at: At,
  terminalId: Type.Optional(Type.String({ maxLength: 64 })),
  /** The documents the fact is about (a wrong code costs a guess of every document of the number). */
  documentIds: Type.Array(Id, { maxItems: 1000 }),
  compartment: Type.Optional(Compartment),
  /** `pickup_opened`: the local unlock's id (door events and the evidence image belong to it). */
  commandId: Type.Optional(Id),
  /** `pickup_opened`: the checks passed, e.g. ["code","date_of_birth","pin_letter"]. */
  checksPassed: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 10 })),
  captureEvidence: Type.Optional(Type.Boolean()),
});
export type OfflineFact = Static<typeof OfflineFactSchema>;

export const AgentToHubMessageSchema = Type.Union([
  CommandResultSchema,
  BoxEventSchema,
  EvidenceImageMessageSchema,
  OfflineFactSchema,
]);
export type AgentToHubMessage = Static<typeof AgentToHubMessageSchema>;
export const HubToAgentMessageSchema = Type.Union([
  BoxCommandSchema,
  EventReceiptSchema,
  OfflineVerifiersMessageSchema,
]);
export type HubToAgentMessage = Static<typeof HubToAgentMessageSchema>;
