/**
 * What the Kerong CU16 and CU48 drivers share: the line schemas, the compartment map (which box compartment is which
 * line/board/lock) with its checks, the timing settings, and the driver itself with the rules that keep doors safe:
 *
 * - One request on the line at a time (LineQueue); a reply counts only if it comes from the board that was asked.
 * - Status reads are retried (a lost or garbled reply costs nothing). An unlock pulse is NEVER repeated by the
 *   driver: the board does not answer it, so its outcome is read back with status reads and reported as `unlocked`,
 *   `not_confirmed` (board answered, hook still closed) or `board_offline` (no answer). The confirm reads go on at
 *   least until the board's pulse time (`pulseMs`) has passed: a servo lock turns for about a second, and some boards
 *   do not answer while they drive a lock.
 * - Before the pulse the board must answer a status read: a pulse is not sent into silence.
 *
 * The model-specific parts (frames, lock counts, what a status says about one lock) come from the subclasses.
 */
import { Type } from 'typebox';
import { type ByteTransport, type TransportConfig, createTransport } from './byte-transport.ts';
import { driverConfigError } from './driver-config.ts';
import { MAX_PLANNED_BOARD_ADDRESS } from './kerong-frames.ts';
import { KerongLine, type KerongProtocol } from './kerong-line.ts';
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

export const KerongLineSchema = Type.Union([SerialLineSchema, TcpLineSchema]);

/** The board's address (0–9: plan for ten boards per line until a real board's switch shows more). */
export const BoardAddressSchema = Type.Integer({ minimum: 0, maximum: MAX_PLANNED_BOARD_ADDRESS });

/**
 * The explicit compartment map (the hub generates it from the box layout): compartment `number` is lock `lock` of
 * board `board` (its address). With it, the boards need no `firstCompartment`.
 */
export const CompartmentMapSchema = Type.Array(
  Type.Object(
    {
      number: Type.Integer({ minimum: 1, maximum: 10000 }),
      board: Type.Integer({ minimum: 0, maximum: 255 }),
      lock: Type.Integer({ minimum: 1, maximum: 48 }),
    },
    { additionalProperties: false },
  ),
  { minItems: 1, maxItems: 1000 },
);

/** The settings both Kerong drivers take (spread into each driver's options schema). */
export const kerongSettingsSchema = {
  /** What a set hook bit means with this installation's switches (normally open vs. normally closed). */
  hookBitSetMeans: Type.Union([Type.Literal('closed'), Type.Literal('open')], { default: 'closed' }),
  /** How long to wait for a status reply before the read counts as lost. */
  responseTimeoutMs: Type.Integer({ minimum: 20, maximum: 10000, default: 300 }),
  /** Attempts per status read (1 = no retry). Reads only: an unlock is never repeated. */
  readAttempts: Type.Integer({ minimum: 1, maximum: 10, default: 3 }),
  /** Wait after an unlock pulse before each read of its outcome (the board needs ~25–200 ms). */
  unlockConfirmDelayMs: Type.Integer({ minimum: 10, maximum: 5000, default: 150 }),
  /** Status reads after a pulse that may show the hook released, at least (each itself retried per `readAttempts`). */
  confirmReads: Type.Integer({ minimum: 1, maximum: 20, default: 3 }),
  /**
   * How long the board drives a lock (its own setting, not sent by the driver): about 500 ms for electromagnetic
   * locks, about 1000 ms for servo locks. The confirm reads go on until this time has passed.
   */
  pulseMs: Type.Integer({ minimum: 0, maximum: 10000, default: 500 }),
  /** Commissioning: keep the line quiet this long after a pulse and log what the board sends (0 = off). */
  listenAfterPulseMs: Type.Integer({ minimum: 0, maximum: 5000, default: 0 }),
};

export interface CompartmentMapEntry {
  number: number;
  board: number;
  lock: number;
}

/** A board as the map needs it (both models' board options have these). */
export interface MapBoard {
  address: number;
  locks: number;
  firstCompartment?: number;
}

export interface MapLine<B extends MapBoard, L extends TransportConfig = TransportConfig> {
  line: L;
  boards: B[];
  compartments?: CompartmentMapEntry[];
}

/** The options' lines, whichever of the two forms (`line` + `boards` [+ `compartments`], or `lines`) they use. */
export function linesOf<B extends MapBoard, L extends TransportConfig>(options: {
  line?: L;
  boards?: B[];
  compartments?: CompartmentMapEntry[];
  lines?: MapLine<B, L>[];
}): MapLine<B, L>[] {
  if (options.lines) return options.lines;
  if (!options.line || !options.boards) return [];
  return [
    {
      line: options.line,
      boards: options.boards,
      ...(options.compartments ? { compartments: options.compartments } : {}),
    },
  ];
}

/** One compartment's place on the hardware. */
export interface MappedCompartment {
  number: number;
  /** Index into the lines. */
  line: number;
  board: number;
  lock: number;
}

/**
 * Checks the form (one line or several) and builds the compartment map, naming the bad key: no board address twice
 * on a line; with `compartments`: numbers unique, board+lock unique, the board listed, the lock within its lock
 * count; without: every board has `firstCompartment` and no compartment number is used twice.
 */
export function resolveCompartmentMap<B extends MapBoard>(options: {
  line?: TransportConfig;
  boards?: B[];
  compartments?: CompartmentMapEntry[];
  lines?: MapLine<B>[];
}): MappedCompartment[] {
  const single =
    options.line !== undefined || options.boards !== undefined || options.compartments !== undefined;
  if (single === (options.lines !== undefined) || (single && !(options.line && options.boards))) {
    throw driverConfigError('line', 'give either line and boards (one line) or lines (several)');
  }
  const several = options.lines !== undefined;
  const owner = new Map<number, string>();
  const mapped: MappedCompartment[] = [];
  linesOf(options).forEach(({ boards, compartments }, lineIndex) => {
    const at = (key: string) => (several ? `lines.${lineIndex}.${key}` : key);
    const where = (board: number, lock?: number) =>
      `${several ? `line ${lineIndex + 1} ` : ''}board ${board}${lock === undefined ? '' : ` lock ${lock}`}`;
    const byAddress = new Map<number, B>();
    boards.forEach((board, index) => {
      if (byAddress.has(board.address)) {
        throw driverConfigError(
          at(`boards.${index}.address`),
          `board address ${board.address} is used twice`,
        );
      }
      byAddress.set(board.address, board);
      if (compartments && board.firstCompartment !== undefined) {
        throw driverConfigError(
          at(`boards.${index}.firstCompartment`),
          'not together with compartments (the map gives every compartment its board and lock)',
        );
      }
      if (!compartments && board.firstCompartment === undefined) {
        throw driverConfigError(
          at(`boards.${index}.firstCompartment`),
          'missing (give firstCompartment on every board, or a compartments map)',
        );
      }
    });
    const claim = (number: number, key: string, place: string) => {
      const other = owner.get(number);
      if (other !== undefined) throw driverConfigError(key, `compartment ${number} is also on ${other}`);
      owner.set(number, place);
    };
    if (compartments) {
      const used = new Map<string, number>();
      compartments.forEach((entry, index) => {
        const board = byAddress.get(entry.board);
        if (!board) {
          throw driverConfigError(
            at(`compartments.${index}.board`),
            `board ${entry.board} is not listed in ${at('boards')}`,
          );
        }
        if (entry.lock > board.locks) {
          throw driverConfigError(
            at(`compartments.${index}.lock`),
            `lock ${entry.lock} is outside board ${entry.board}'s locks 1–${board.locks}`,
          );
        }
        const place = `${entry.board}/${entry.lock}`;
        const before = used.get(place);
        if (before !== undefined) {
          throw driverConfigError(
            at(`compartments.${index}.lock`),
            `${where(entry.board, entry.lock)} is already compartment ${before}`,
          );
        }
        used.set(place, entry.number);
        claim(entry.number, at(`compartments.${index}.number`), where(entry.board, entry.lock));
        mapped.push({ number: entry.number, line: lineIndex, board: entry.board, lock: entry.lock });
      });
      return;
    }
    boards.forEach((board, index) => {
      for (let lock = 1; lock <= board.locks; lock++) {
        const number = board.firstCompartment! + lock - 1;
        claim(number, at(`boards.${index}.firstCompartment`), where(board.address));
        mapped.push({ number, line: lineIndex, board: board.address, lock });
      }
    });
  });
  return mapped.sort((a, b) => a.number - b.number);
}

export interface DriverEvents {
  /** Something worth a log line (a lost reply, a rejected frame, a pulse). */
  log?(level: 'debug' | 'info' | 'warn', message: string, data?: Record<string, unknown>): void;
}

export interface KerongDriverSettings {
  hookBitSetMeans: 'closed' | 'open';
  responseTimeoutMs: number;
  readAttempts: number;
  unlockConfirmDelayMs: number;
  confirmReads: number;
  pulseMs: number;
  listenAfterPulseMs: number;
}

interface Target<S extends { board: number }, B extends MapBoard> {
  line: KerongLine<S>;
  /** Health name: `cu16:<address>`, with `line<n>/` in front when there are several lines. */
  name: string;
  board: B;
  /** This board's mapped locks, in compartment order. */
  compartments: { number: number; lock: number }[];
}

/** What one status says about one lock: the hook bit as sent, and occupancy where the model reports it. */
export interface LockBits {
  hookSet: boolean;
  occupied: boolean | null;
}

export abstract class KerongBoardsDriver<
  S extends { board: number },
  B extends MapBoard,
> implements LockDriver {
  private readonly lines: KerongLine<S>[];
  /** Every board with its line, in line and then configuration order. */
  private readonly targets: Target<S, B>[] = [];
  private readonly byCompartment = new Map<number, { target: Target<S, B>; lock: number }>();

  /** `transports` replaces the configured lines' transports (same order), e.g. for tests or the probe's `--raw`. */
  constructor(
    protocol: KerongProtocol<S>,
    lines: MapLine<B>[],
    map: MappedCompartment[],
    private readonly settings: KerongDriverSettings,
    private readonly events: DriverEvents = {},
    transports?: ByteTransport[],
    now: () => Date = () => new Date(),
  ) {
    const timings = {
      responseTimeoutMs: settings.responseTimeoutMs,
      readAttempts: settings.readAttempts,
      listenAfterPulseMs: settings.listenAfterPulseMs,
    };
    const lineEvents = {
      log: (...args: Parameters<NonNullable<DriverEvents['log']>>) => this.events.log?.(...args),
    };
    this.lines = lines.map(({ line, boards }, index) => {
      const kerongLine = new KerongLine<S>(
        transports?.[index] ?? createTransport(line),
        boards.map((board) => board.address),
        timings,
        lineEvents,
        now,
        protocol,
      );
      for (const board of boards) {
        const name = `${lines.length > 1 ? `line${index + 1}/` : ''}${protocol.model}:${board.address}`;
        const compartments = map
          .filter((entry) => entry.line === index && entry.board === board.address)
          .map((entry) => ({ number: entry.number, lock: entry.lock }));
        const target = { line: kerongLine, name, board, compartments };
        this.targets.push(target);
        for (const { number, lock } of compartments) this.byCompartment.set(number, { target, lock });
      }
      return kerongLine;
    });
  }

  /** Hook and occupancy bits of one lock in a status reply. */
  protected abstract lockBits(status: S, board: B, lock: number): LockBits;

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
          for (const { number, lock } of target.compartments) {
            readings.push(this.reading(target.board, number, lock, status));
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
    const unknown = () => this.reading(board, compartment, lock, null);

    // The board must answer before a pulse is sent: a pulse into silence would leave the door's state unknown.
    const before = await line.readBoard(board.address);
    if (!before) return { ok: false, fault: 'board_offline', reading: unknown() };

    // Exactly one pulse. Whatever happens from here on, it is read back, never sent again.
    const pulsedAt = performance.now();
    await line.pulse(board.address, lock);

    // Read at least `confirmReads` times, and on until the board's pulse time (plus one read's wait) has passed:
    // a lock may release late in its pulse, and a board may not answer while it drives the lock.
    const window = this.settings.pulseMs + this.settings.unlockConfirmDelayMs;
    let last: CompartmentReading | null = null;
    for (
      let reads = 0;
      reads < this.settings.confirmReads || performance.now() - pulsedAt < window;
      reads++
    ) {
      await delay(this.settings.unlockConfirmDelayMs);
      const status = await line.readBoard(board.address);
      if (!status) continue;
      last = this.reading(board, compartment, lock, status);
      if (last.door === 'open') return { ok: true, reading: last };
    }
    if (!last) return { ok: false, fault: 'board_offline', reading: unknown() };
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

  private reading(board: B, compartment: number, lock: number, status: S | null): CompartmentReading {
    if (!status) return { compartment, door: 'unknown', occupied: null };
    const { hookSet, occupied } = this.lockBits(status, board, lock);
    const closed = this.settings.hookBitSetMeans === 'closed' ? hookSet : !hookSet;
    return { compartment, door: closed ? 'closed' : 'open', occupied };
  }
}
