/**
 * The Kerong CU48 driver: 48-lock boards (addresses 0–9) on one or more RS-485 lines (serial port or KR-BU TCP
 * bridge), each box compartment mapped to one line/board/lock (`firstCompartment` per board, or an explicit
 * `compartments` map). The CU48 reports one bit per lock and no infrared sensors, so occupancy is always `null`
 * (unknown), never guessed. Two firmware variants (`protocolVariant`): `0x50` (status 0x50, unlock 0x51, 12-byte
 * 0x65 reply; the vendor document) and `0x60` (0x60 / 0x61, 18-byte 0x75 reply). The safety rules are shared with
 * the CU16 (`kerong-driver.ts`).
 */
import { Type, type Static } from 'typebox';
import type { ByteTransport } from './byte-transport.ts';
import { parseDriverOptions } from './driver-config.ts';
import {
  CU48_LOCKS_PER_BOARD,
  type Cu48Status,
  type Cu48Variant,
  Cu48FrameParser,
  cu48LockBit,
  cu48StatusRequest,
  cu48UnlockRequest,
} from './kerong-cu48-frames.ts';
import {
  BoardAddressSchema,
  CompartmentMapSchema,
  type DriverEvents,
  KerongBoardsDriver,
  KerongLineSchema,
  type LockBits,
  type MappedCompartment,
  kerongSettingsSchema,
  linesOf,
  resolveCompartmentMap,
} from './kerong-driver.ts';
import type { KerongProtocol } from './kerong-line.ts';

const BoardsSchema = Type.Array(
  Type.Object(
    {
      /** The board's address (0–9). */
      address: BoardAddressSchema,
      /** The box compartment number wired to lock 1; locks 2… follow on. Not with a `compartments` map. */
      firstCompartment: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
      /** Locks wired on this board (1–48), from lock 1 on. */
      locks: Type.Integer({ minimum: 1, maximum: CU48_LOCKS_PER_BOARD, default: CU48_LOCKS_PER_BOARD }),
    },
    { additionalProperties: false },
  ),
  { minItems: 1, maxItems: 10 },
);

export const KerongCu48OptionsSchema = Type.Object(
  {
    kind: Type.Literal('kerong-cu48'),
    /** One line: `line`, its `boards` and optionally the `compartments` map… */
    line: Type.Optional(KerongLineSchema),
    boards: Type.Optional(BoardsSchema),
    compartments: Type.Optional(CompartmentMapSchema),
    /** …or several lines, each with its own boards (addresses repeat across lines, compartments do not). */
    lines: Type.Optional(
      Type.Array(
        Type.Object(
          { line: KerongLineSchema, boards: BoardsSchema, compartments: Type.Optional(CompartmentMapSchema) },
          { additionalProperties: false },
        ),
        { minItems: 1, maxItems: 32 },
      ),
    ),
    /** The boards' firmware, named by its status command: `0x50` (vendor document) or `0x60`. */
    protocolVariant: Type.Union([Type.Literal('0x50'), Type.Literal('0x60')], { default: '0x50' }),
    ...kerongSettingsSchema,
  },
  { additionalProperties: false },
);

export type KerongCu48Options = Static<typeof KerongCu48OptionsSchema>;
type LineOptions = NonNullable<KerongCu48Options['lines']>[number];
type BoardOptions = LineOptions['boards'][number];

/** Checks raw options (defaults filled in) and the compartment map (see `resolveCompartmentMap`). */
export function parseKerongCu48Options(raw: unknown): KerongCu48Options {
  const options = parseDriverOptions(KerongCu48OptionsSchema, raw);
  resolveCompartmentMap(options);
  return options;
}

/** The CU48's frames in one firmware variant. */
export function cu48Protocol(variant: Cu48Variant): KerongProtocol<Cu48Status> {
  return {
    model: 'cu48',
    statusRequest: (board) => cu48StatusRequest(board, variant),
    unlockRequest: (board, lock) => cu48UnlockRequest(board, lock, variant),
    replyParser: (events) =>
      new Cu48FrameParser('replies', variant, {
        frame: (frame) => {
          if (frame.kind === 'status') events.status(frame.status, frame.bytes);
        },
        rejected: events.rejected,
      }),
  };
}

export class KerongCu48Driver extends KerongBoardsDriver<Cu48Status, BoardOptions> {
  /** `transports` replaces the configured lines' transports (same order), e.g. for tests or the probe. */
  constructor(
    options: KerongCu48Options,
    events: DriverEvents = {},
    transports?: ByteTransport[],
    now: () => Date = () => new Date(),
    map: MappedCompartment[] = resolveCompartmentMap(options),
  ) {
    super(cu48Protocol(options.protocolVariant), linesOf(options), map, options, events, transports, now);
  }

  protected lockBits(status: Cu48Status, _board: BoardOptions, lock: number): LockBits {
    // No infrared sensors: occupancy is unknown, never derived from anything else.
    return { hookSet: cu48LockBit(status.hooks, lock), occupied: null };
  }
}

export function createKerongCu48Driver(raw: unknown, events?: DriverEvents): KerongCu48Driver {
  return new KerongCu48Driver(parseKerongCu48Options(raw), events);
}
