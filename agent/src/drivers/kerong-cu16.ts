/**
 * The Kerong CU16 driver: 16-lock boards on one or more RS-485 lines (serial port or KR-BU TCP bridge), addressed
 * by their DIP switches, each box compartment mapped to one line/board/lock by configuration.
 *
 * Rules that keep doors safe:
 * - One request on the line at a time (LineQueue); a reply counts only if it comes from the board that was asked.
 * - Status reads are retried (a lost or garbled reply costs nothing). An unlock pulse is NEVER repeated by the
 *   driver: the board does not answer it, so its outcome is read back with status reads 25–200 ms later and
 *   reported as `unlocked`, `not_confirmed` (board answered, hook still closed) or `board_offline` (no answer).
 * - Before the pulse the board must answer a status read: a pulse is not sent into silence.
 */
import { Type, type Static } from 'typebox';
import { type ByteTransport, createTransport } from './byte-transport.ts';
import { driverConfigError, parseDriverOptions } from './driver-config.ts';
import { LOCKS_PER_BOARD, MAX_BOARD_ADDRESS, type KerongStatus, lockBit } from './kerong-frames.ts';
import { KerongLine } from './kerong-line.ts';
import { delay } from './line-queue.ts';
import type { CompartmentReading, DriverHealth, LockDriver, UnlockOutcome } from './lock-driver.ts';

const SerialLineSchema = Type.Object(
  {
    type: Type.Literal('serial'),
    /** e.g. `/dev/ttyUSB0` (USB–RS-485 adapter) or `/dev/serial/by-id/…` (stable across reboots). */
    path: Type.String({ minLength: 1 }),
    baudRate: Type.Integer({ minimum: 1200, maximum: 115200, default: 19200 }),
  },
  { additionalProperties: false },
);

const TcpLineSchema = Type.Object(
  {
    type: Type.Literal('tcp'),
    /** The serial-to-Ethernet bridge (Kerong KR-BU) on the store network. */
    host: Type.String({ minLength: 1 }),
    port: Type.Integer({ minimum: 1, maximum: 65535, default: 5000 }),
    connectTimeoutMs: Type.Integer({ minimum: 100, maximum: 60000, default: 3000 }),
  },
  { additionalProperties: false },
);

const LineSchema = Type.Union([SerialLineSchema, TcpLineSchema]);

const BoardsSchema = Type.Array(
  Type.Object(
    {
      /** The board's DIP-switch address (0–14). */
      address: Type.Integer({ minimum: 0, maximum: MAX_BOARD_ADDRESS }),
      /** The box compartment number wired to lock 1; locks 2… follow on. */
      firstCompartment: Type.Integer({ minimum: 1, maximum: 10000 }),
      /** Locks wired on this board (1–16), from lock 1 on. */
      locks: Type.Integer({ minimum: 1, maximum: LOCKS_PER_BOARD, default: LOCKS_PER_BOARD }),
      /** Infrared occupancy sensors fitted (without, compartments report `occupied: null`). */
      sensors: Type.Boolean({ default: true }),
    },
    { additionalProperties: false },
  ),
  { minItems: 1, maxItems: MAX_BOARD_ADDRESS + 1 },
);

export const KerongCu16OptionsSchema = Type.Object(
  {
    kind: Type.Literal('kerong-cu16'),
    /** One line: `line` and its `boards`… */
    line: Type.Optional(LineSchema),
    boards: Type.Optional(BoardsSchema),
    /** …or several lines, each with its own boards (addresses repeat across lines, compartments do not). */
    lines: Type.Optional(
      Type.Array(Type.Object({ line: LineSchema, boards: BoardsSchema }, { additionalProperties: false }), {
        minItems: 1,
        maxItems: 32,
      }),
    ),
    /** What a set hook bit means with this installation's switches (normally open vs. normally closed). */
    hookBitSetMeans: Type.Union([Type.Literal('closed'), Type.Literal('open')], { default: 'closed' }),
    /** How long to wait for a status reply before the read counts as lost. */
    responseTimeoutMs: Type.Integer({ minimum: 20, maximum: 10000, default: 300 }),
    /** Attempts per status read (1 = no retry). Reads only: an unlock is never repeated. */
    readAttempts: Type.Integer({ minimum: 1, maximum: 10, default: 3 }),
    /** Wait after an unlock pulse before reading its outcome (the board needs ~25–200 ms). */
    unlockConfirmDelayMs: Type.Integer({ minimum: 10, maximum: 5000, default: 150 }),
    /** Status reads after a pulse that may show the hook released (each itself retried per `readAttempts`). */
    confirmReads: Type.Integer({ minimum: 1, maximum: 20, default: 3 }),
  },
  { additionalProperties: false },
);

export type KerongCu16Options = Static<typeof KerongCu16OptionsSchema>;
type LineOptions = NonNullable<KerongCu16Options['lines']>[number];
type BoardOptions = LineOptions['boards'][number];

/** The lines of a configuration, whichever of the two forms it uses. */
export function kerongLines(options: KerongCu16Options): LineOptions[] {
  if (options.lines) return options.lines;
  return options.line && options.boards ? [{ line: options.line, boards: options.boards }] : [];
}

/** Checks raw options (defaults filled in) and the board map: no address twice on a line, no compartment twice. */
export function parseKerongCu16Options(raw: unknown): KerongCu16Options {
  const options = parseDriverOptions(KerongCu16OptionsSchema, raw);
  const single = options.line !== undefined || options.boards !== undefined;
  if (single === (options.lines !== undefined) || (single && !(options.line && options.boards))) {
    throw driverConfigError('line', 'give either line and boards (one line) or lines (several)');
  }
  const owner = new Map<number, string>();
  kerongLines(options).forEach(({ boards }, lineIndex) => {
    const at = (index: number) => (options.lines ? `lines.${lineIndex}.boards.${index}` : `boards.${index}`);
    const addresses = new Set<number>();
    boards.forEach((board, index) => {
      if (addresses.has(board.address)) {
        throw driverConfigError(`${at(index)}.address`, `board address ${board.address} is used twice`);
      }
      addresses.add(board.address);
      for (let lock = 1; lock <= board.locks; lock++) {
        const compartment = board.firstCompartment + lock - 1;
        const other = owner.get(compartment);
        if (other !== undefined) {
          throw driverConfigError(
            `${at(index)}.firstCompartment`,
            `compartment ${compartment} is also on ${other}`,
          );
        }
        owner.set(
          compartment,
          options.lines ? `line ${lineIndex + 1} board ${board.address}` : `board ${board.address}`,
        );
      }
    });
  });
  return options;
}

export interface DriverEvents {
  /** Something worth a log line (a lost reply, a rejected frame, a pulse). */
  log?(level: 'debug' | 'info' | 'warn', message: string, data?: Record<string, unknown>): void;
}

interface Target {
  line: KerongLine;
  /** Health name: `cu16:<address>`, with `line<n>/` in front when there are several lines. */
  name: string;
  board: BoardOptions;
}

export class KerongCu16Driver implements LockDriver {
  private readonly lines: KerongLine[];
  /** Every board, in compartment order, with its line. */
  private readonly targets: Target[] = [];
  private readonly byCompartment = new Map<number, { target: Target; lock: number }>();

  /** `transports` replaces the configured lines' transports (same order), e.g. for tests. */
  constructor(
    private readonly options: KerongCu16Options,
    private readonly events: DriverEvents = {},
    transports?: ByteTransport[],
    now: () => Date = () => new Date(),
  ) {
    const lines = kerongLines(options);
    const timings = { responseTimeoutMs: options.responseTimeoutMs, readAttempts: options.readAttempts };
    const lineEvents = {
      log: (...args: Parameters<NonNullable<DriverEvents['log']>>) => this.events.log?.(...args),
    };
    this.lines = lines.map(({ line, boards }, index) => {
      const kerongLine = new KerongLine(
        transports?.[index] ?? createTransport(line),
        boards.map((board) => board.address),
        timings,
        lineEvents,
        now,
      );
      for (const board of boards) {
        const name = lines.length > 1 ? `line${index + 1}/cu16:${board.address}` : `cu16:${board.address}`;
        this.targets.push({ line: kerongLine, name, board });
      }
      return kerongLine;
    });
    this.targets.sort((a, b) => a.board.firstCompartment - b.board.firstCompartment);
    for (const target of this.targets) {
      for (let lock = 1; lock <= target.board.locks; lock++) {
        this.byCompartment.set(target.board.firstCompartment + lock - 1, { target, lock });
      }
    }
  }

  async start(): Promise<void> {
    const opened = await Promise.all(this.lines.map((line) => line.open()));
    if (opened.some(Boolean)) await this.readAll();
  }

  compartments(): number[] {
    return [...this.byCompartment.keys()].sort((a, b) => a - b);
  }

  health(): DriverHealth {
    const boards = this.targets.map((target) => ({
      board: target.name,
      ...target.line.health(target.board.address),
    }));
    return { ok: boards.every((board) => board.online), boards };
  }

  /** Reads every board: the lines in parallel, the boards of one line one after another. */
  async readAll(): Promise<CompartmentReading[]> {
    const perLine = await Promise.all(
      this.lines.map(async (line) => {
        const readings: CompartmentReading[] = [];
        for (const target of this.targets.filter((t) => t.line === line)) {
          const status = await line.readBoard(target.board.address, true);
          for (let lock = 1; lock <= target.board.locks; lock++) {
            readings.push(this.reading(target.board, lock, status));
          }
        }
        return readings;
      }),
    );
    return perLine.flat().sort((a, b) => a.compartment - b.compartment);
  }

  async unlock(compartment: number): Promise<UnlockOutcome> {
    const found = this.byCompartment.get(compartment);
    if (!found) return { ok: false, fault: 'unknown_compartment', reading: null };
    const { target, lock } = found;
    const { line, board } = target;

    // The board must answer before a pulse is sent: a pulse into silence would leave the door's state unknown.
    const before = await line.readBoard(board.address);
    if (!before) return { ok: false, fault: 'board_offline', reading: this.reading(board, lock, null) };

    // Exactly one pulse. Whatever happens from here on, it is read back, never sent again.
    await line.pulse(board.address, lock);

    let last: CompartmentReading | null = null;
    for (let attempt = 0; attempt < this.options.confirmReads; attempt++) {
      await delay(this.options.unlockConfirmDelayMs);
      const status = await line.readBoard(board.address);
      if (!status) continue;
      last = this.reading(board, lock, status);
      if (last.door === 'open') return { ok: true, reading: last };
    }
    if (!last) return { ok: false, fault: 'board_offline', reading: this.reading(board, lock, null) };
    this.events.log?.('warn', 'unlock not confirmed: hook still closed', {
      board: board.address,
      lock,
      compartment,
    });
    return { ok: false, fault: 'not_confirmed', reading: last };
  }

  async close(): Promise<void> {
    await Promise.all(this.lines.map((line) => line.close()));
  }

  private reading(board: BoardOptions, lock: number, status: KerongStatus | null): CompartmentReading {
    const compartment = board.firstCompartment + lock - 1;
    if (!status) return { compartment, door: 'unknown', occupied: null };
    const hookSet = lockBit(status.hooks, lock);
    const closed = this.options.hookBitSetMeans === 'closed' ? hookSet : !hookSet;
    return {
      compartment,
      door: closed ? 'closed' : 'open',
      occupied: board.sensors ? lockBit(status.infrared, lock) : null,
    };
  }
}

export function createKerongCu16Driver(raw: unknown, events?: DriverEvents): KerongCu16Driver {
  return new KerongCu16Driver(parseKerongCu16Options(raw), events);
}
