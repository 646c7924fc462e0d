/**
 * The Kerong CU16 driver: several 16-lock boards on one RS-485 line (serial port or KR-BU TCP bridge), addressed
 * by their DIP switches, each box compartment mapped to one board/lock by configuration.
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
import {
  KerongFrameParser,
  LOCKS_PER_BOARD,
  MAX_BOARD_ADDRESS,
  type KerongStatus,
  hex,
  lockBit,
  statusRequest,
  unlockRequest,
} from './kerong-frames.ts';
import { LineQueue, delay } from './line-queue.ts';
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

export const KerongCu16OptionsSchema = Type.Object(
  {
    kind: Type.Literal('kerong-cu16'),
    line: Type.Union([SerialLineSchema, TcpLineSchema]),
    boards: Type.Array(
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
type BoardOptions = KerongCu16Options['boards'][number];

/** Checks raw options (defaults filled in) and the board map: no address or compartment used twice. */
export function parseKerongCu16Options(raw: unknown): KerongCu16Options {
  const options = parseDriverOptions(KerongCu16OptionsSchema, raw);
  const addresses = new Set<number>();
  const owner = new Map<number, number>();
  options.boards.forEach((board, index) => {
    if (addresses.has(board.address)) {
      throw driverConfigError(`boards.${index}.address`, `board address ${board.address} is used twice`);
    }
    addresses.add(board.address);
    for (let lock = 1; lock <= board.locks; lock++) {
      const compartment = board.firstCompartment + lock - 1;
      const other = owner.get(compartment);
      if (other !== undefined) {
        throw driverConfigError(
          `boards.${index}.firstCompartment`,
          `compartment ${compartment} is also on board ${other}`,
        );
      }
      owner.set(compartment, board.address);
    }
  });
  return options;
}

export interface DriverEvents {
  /** Something worth a log line (a lost reply, a rejected frame, a pulse). */
  log?(level: 'debug' | 'info' | 'warn', message: string, data?: Record<string, unknown>): void;
}

interface BoardHealth {
  online: boolean;
  lastSeenAt: string | null;
  lastError: string | null;
}

interface PendingRead {
  board: number;
  /** `null`: the request failed before an answer could come. */
  resolve(status: KerongStatus | null): void;
}

export class KerongCu16Driver implements LockDriver {
  private readonly transport: ByteTransport;
  private readonly queue = new LineQueue();
  private readonly parser: KerongFrameParser;
  private readonly boards: BoardOptions[];
  private readonly byCompartment = new Map<number, { board: BoardOptions; lock: number }>();
  private readonly boardHealth = new Map<number, BoardHealth>();
  private pending: PendingRead | null = null;
  private closed = false;

  constructor(
    private readonly options: KerongCu16Options,
    private readonly events: DriverEvents = {},
    transport?: ByteTransport,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.transport = transport ?? createTransport(options.line);
    this.boards = [...options.boards].sort((a, b) => a.firstCompartment - b.firstCompartment);
    for (const board of this.boards) {
      this.boardHealth.set(board.address, { online: false, lastSeenAt: null, lastError: null });
      for (let lock = 1; lock <= board.locks; lock++) {
        this.byCompartment.set(board.firstCompartment + lock - 1, { board, lock });
      }
    }
    this.parser = new KerongFrameParser('replies', {
      frame: (frame) => {
        if (frame.kind !== 'status') return;
        this.log('debug', 'status reply', { bytes: hex(frame.bytes) });
        const pending = this.pending;
        // A late reply to an earlier, timed-out read of another board is not an answer to this one.
        if (pending && pending.board === frame.status.board) {
          this.pending = null;
          pending.resolve(frame.status);
        }
      },
      rejected: (bytes, reason) =>
        this.log('warn', 'rejected a damaged frame', { bytes: hex(bytes), reason }),
    });
    this.transport.onData((chunk) => this.parser.push(chunk));
  }

  async start(): Promise<void> {
    try {
      await this.transport.open();
    } catch (error) {
      const message = `cannot open ${this.transport.description}: ${(error as Error).message}`;
      this.log('warn', message);
      for (const health of this.boardHealth.values()) health.lastError = message;
      return;
    }
    await this.readAll();
  }

  compartments(): number[] {
    return [...this.byCompartment.keys()].sort((a, b) => a - b);
  }

  health(): DriverHealth {
    const boards = this.boards.map((board) => {
      const health = this.boardHealth.get(board.address)!;
      return { board: `cu16:${board.address}`, ...health };
    });
    return { ok: boards.every((board) => board.online), boards };
  }

  async readAll(): Promise<CompartmentReading[]> {
    const readings: CompartmentReading[] = [];
    for (const board of this.boards) {
      const status = await this.readBoard(board.address);
      for (let lock = 1; lock <= board.locks; lock++) {
        readings.push(this.reading(board, lock, status));
      }
    }
    return readings.sort((a, b) => a.compartment - b.compartment);
  }

  async unlock(compartment: number): Promise<UnlockOutcome> {
    const target = this.byCompartment.get(compartment);
    if (!target) return { ok: false, fault: 'unknown_compartment', reading: null };
    const { board, lock } = target;

    // The board must answer before a pulse is sent: a pulse into silence would leave the door's state unknown.
    const before = await this.readBoard(board.address);
    if (!before) return { ok: false, fault: 'board_offline', reading: this.reading(board, lock, null) };

    // Exactly one pulse. Whatever happens from here on, it is read back, never sent again.
    const frame = unlockRequest(board.address, lock);
    await this.queue.run(async () => {
      if (this.closed) return;
      try {
        await this.transport.write(frame);
        this.log('info', 'unlock pulse sent', { board: board.address, lock, compartment, frame: hex(frame) });
      } catch (error) {
        // Whether the bytes left is unknown; the status reads below tell.
        this.markError(board.address, `unlock write failed: ${(error as Error).message}`);
      }
    });

    let last: CompartmentReading | null = null;
    for (let attempt = 0; attempt < this.options.confirmReads; attempt++) {
      await delay(this.options.unlockConfirmDelayMs);
      const status = await this.readBoard(board.address);
      if (!status) continue;
      last = this.reading(board, lock, status);
      if (last.door === 'open') return { ok: true, reading: last };
    }
    if (!last) return { ok: false, fault: 'board_offline', reading: this.reading(board, lock, null) };
    this.log('warn', 'unlock not confirmed: hook still closed', { board: board.address, lock, compartment });
    return { ok: false, fault: 'not_confirmed', reading: last };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue.run(() => this.transport.close());
  }

  /** One board's status, retried up to `readAttempts` times; `null` when the board did not answer at all. */
  private async readBoard(address: number): Promise<KerongStatus | null> {
    for (let attempt = 1; attempt <= this.options.readAttempts; attempt++) {
      const status = await this.queue.run(() => this.requestStatus(address));
      if (status) return status;
    }
    return null;
  }

  /** One status request and its reply (or `null` after the response timeout). Runs inside the line queue. */
  private async requestStatus(address: number): Promise<KerongStatus | null> {
    if (this.closed) return null;
    this.parser.reset();
    const reply = new Promise<KerongStatus | null>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        resolve(null);
      }, this.options.responseTimeoutMs);
      this.pending = {
        board: address,
        resolve: (status) => {
          clearTimeout(timer);
          resolve(status);
        },
      };
    });
    try {
      const request = statusRequest(address);
      this.log('debug', 'status request', { bytes: hex(request) });
      await this.transport.write(request);
    } catch (error) {
      const pending = this.pending;
      this.pending = null;
      pending?.resolve(null);
      this.markError(address, `write failed on ${this.transport.description}: ${(error as Error).message}`);
      await reply;
      return null;
    }
    const status = await reply;
    if (status) {
      this.boardHealth.set(address, { online: true, lastSeenAt: this.now().toISOString(), lastError: null });
    } else {
      this.markError(address, `no valid reply within ${this.options.responseTimeoutMs} ms`);
    }
    return status;
  }

  private markError(address: number, message: string): void {
    const health = this.boardHealth.get(address);
    if (health) {
      health.online = false;
      health.lastError = message;
    }
    this.log('warn', message, { board: address });
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

  private log(level: 'debug' | 'info' | 'warn', message: string, data?: Record<string, unknown>): void {
    this.events.log?.(level, message, data);
  }
}

export function createKerongCu16Driver(raw: unknown, events?: DriverEvents): KerongCu16Driver {
  return new KerongCu16Driver(parseKerongCu16Options(raw), events);
}
