/**
 * The Kerong CU16 driver: 16-lock boards (hook and infrared bits) on one or more RS-485 lines (serial port or KR-BU
 * TCP bridge), addressed by their DIP switches, each box compartment mapped to one line/board/lock by configuration
 * (`firstCompartment` per board, or an explicit `compartments` map). The safety rules (one request at a time, no
 * pulse into silence, exactly one pulse, confirm reads over the pulse time) live in `kerong-driver.ts`.
 */
import { Type, type Static } from 'typebox';
import type { ByteTransport } from './byte-transport.ts';
import { parseDriverOptions } from './driver-config.ts';
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
import { LOCKS_PER_BOARD, type KerongStatus, lockBit } from './kerong-frames.ts';
import { cu16Protocol } from './kerong-line.ts';

export type { DriverEvents } from './kerong-driver.ts';

const BoardsSchema = Type.Array(
  Type.Object(
    {
      /** The board's DIP-switch address (0–9). */
      address: BoardAddressSchema,
      /** The box compartment number wired to lock 1; locks 2… follow on. Not with a `compartments` map. */
      firstCompartment: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
      /** Locks wired on this board (1–16), from lock 1 on. */
      locks: Type.Integer({ minimum: 1, maximum: LOCKS_PER_BOARD, default: LOCKS_PER_BOARD }),
      /** Infrared occupancy sensors fitted (without, compartments report `occupied: null`). */
      sensors: Type.Boolean({ default: true }),
    },
    { additionalProperties: false },
  ),
  { minItems: 1, maxItems: 10 },
);

export const KerongCu16OptionsSchema = Type.Object(
  {
    kind: Type.Literal('kerong-cu16'),
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
    ...kerongSettingsSchema,
    /** What a set infrared bit means with this installation's sensors (set = item present by default). */
    infraredBitSetMeans: Type.Union([Type.Literal('occupied'), Type.Literal('empty')], {
      default: 'occupied',
    }),
  },
  { additionalProperties: false },
);

export type KerongCu16Options = Static<typeof KerongCu16OptionsSchema>;
type LineOptions = NonNullable<KerongCu16Options['lines']>[number];
type BoardOptions = LineOptions['boards'][number];

/** The lines of a configuration, whichever of the two forms it uses. */
export function kerongLines(options: KerongCu16Options): LineOptions[] {
  return linesOf(options);
}

/** Checks raw options (defaults filled in) and the compartment map (see `resolveCompartmentMap`). */
export function parseKerongCu16Options(raw: unknown): KerongCu16Options {
  const options = parseDriverOptions(KerongCu16OptionsSchema, raw);
  resolveCompartmentMap(options);
  return options;
}

export class KerongCu16Driver extends KerongBoardsDriver<KerongStatus, BoardOptions> {
  /** `transports` replaces the configured lines' transports (same order), e.g. for tests. */
  constructor(
    private readonly options: KerongCu16Options,
    events: DriverEvents = {},
    transports?: ByteTransport[],
    now: () => Date = () => new Date(),
    map: MappedCompartment[] = resolveCompartmentMap(options),
  ) {
    super(cu16Protocol, kerongLines(options), map, options, events, transports, now);
  }

  protected lockBits(status: KerongStatus, board: BoardOptions, lock: number): LockBits {
    const infraredSet = lockBit(status.infrared, lock);
    return {
      hookSet: lockBit(status.hooks, lock),
      occupied: board.sensors ? infraredSet === (this.options.infraredBitSetMeans === 'occupied') : null,
    };
  }
}

export function createKerongCu16Driver(raw: unknown, events?: DriverEvents): KerongCu16Driver {
  return new KerongCu16Driver(parseKerongCu16Options(raw), events);
}
