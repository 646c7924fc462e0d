/**
 * One RS-485 line of Kerong boards (one serial adapter or one KR-BU bridge): the byte stream, the queue that keeps
 * one request in flight, the reply parser, and each board's health. A box with more boards than one line takes (10)
 * or with boards spread over several cabinets has several lines; each runs independently. The line knows the boards'
 * frames only through a `KerongProtocol` (CU16 or CU48).
 */
import type { ByteTransport } from './byte-transport.ts';
import {
  KerongFrameParser,
  type KerongStatus,
  type RejectReason,
  hex,
  statusRequest,
  unlockRequest,
} from './kerong-frames.ts';
import { LineQueue, delay } from './line-queue.ts';

/** What a line needs to know of a board model's frames. */
export interface KerongProtocol<S extends { board: number }> {
  /** `cu16` / `cu48`: the health name's prefix. */
  readonly model: string;
  statusRequest(board: number): Buffer;
  unlockRequest(board: number, lock: number): Buffer;
  /** A parser of the status replies this model sends. */
  replyParser(events: {
    status(status: S, bytes: Buffer): void;
    rejected(bytes: Buffer, reason: RejectReason): void;
  }): { push(chunk: Uint8Array): void; reset(): void };
}

/** The CU16's frames (`02 ADDR CMD 03 SUM`, 9-byte 0x35 reply). */
export const cu16Protocol: KerongProtocol<KerongStatus> = {
  model: 'cu16',
  statusRequest,
  unlockRequest,
  replyParser: (events) =>
    new KerongFrameParser('replies', {
      frame: (frame) => {
        if (frame.kind === 'status') events.status(frame.status, frame.bytes);
      },
      rejected: events.rejected,
    }),
};

export interface LineEvents {
  log(level: 'debug' | 'info' | 'warn', message: string, data?: Record<string, unknown>): void;
}

export interface LineTimings {
  responseTimeoutMs: number;
  readAttempts: number;
  /**
   * Keep the line quiet this long after an unlock pulse and log whatever arrives (commissioning: does the board
   * answer an unlock?). 0: no listening.
   */
  listenAfterPulseMs?: number;
}

export interface BoardHealth {
  online: boolean;
  lastSeenAt: string | null;
  lastError: string | null;
}

interface PendingRead<S> {
  board: number;
  /** `null`: the request failed before an answer could come. */
  resolve(status: S | null): void;
}

export class KerongLine<S extends { board: number } = KerongStatus> {
  private readonly queue = new LineQueue();
  private readonly parser: { push(chunk: Uint8Array): void; reset(): void };
  private readonly boardHealth = new Map<number, BoardHealth>();
  private pending: PendingRead<S> | null = null;
  /** Bytes received while listening after a pulse (`listenAfterPulseMs`). */
  private heard: Buffer[] | null = null;
  private closed = false;

  constructor(
    private readonly transport: ByteTransport,
    addresses: number[],
    private readonly timings: LineTimings,
    private readonly events: LineEvents,
    private readonly now: () => Date,
    private readonly protocol: KerongProtocol<S>,
  ) {
    for (const address of addresses) {
      this.boardHealth.set(address, { online: false, lastSeenAt: null, lastError: null });
    }
    this.parser = protocol.replyParser({
      status: (status, bytes) => {
        this.events.log('debug', 'status reply', { bytes: hex(bytes) });
        const pending = this.pending;
        // A late reply to an earlier, timed-out read of another board is not an answer to this one.
        if (pending && pending.board === status.board) {
          this.pending = null;
          pending.resolve(status);
        } else {
          this.events.log('debug', 'status frame nobody waited for (ignored)', { bytes: hex(bytes) });
        }
      },
      rejected: (bytes, reason) =>
        this.events.log('warn', 'rejected a damaged frame', { bytes: hex(bytes), reason }),
    });
    this.transport.onData((chunk) => {
      this.heard?.push(chunk);
      this.parser.push(chunk);
    });
  }

  get description(): string {
    return this.transport.description;
  }

  /** Opens the line; a line that cannot be opened marks its boards and is tried again on the next request. */
  async open(): Promise<boolean> {
    try {
      await this.transport.open();
      return true;
    } catch (error) {
      const message = `cannot open ${this.transport.description}: ${(error as Error).message}`;
      this.events.log('warn', message);
      for (const health of this.boardHealth.values()) health.lastError = message;
      return false;
    }
  }

  health(address: number): BoardHealth {
    return { ...this.boardHealth.get(address)! };
  }

  /**
   * One board's status, retried up to `readAttempts` times; `null` when the board did not answer at all.
   * `poll`: a routine read; a board whose last read failed then gets a single attempt, so that a dead board does
   * not hold the line (and the unlocks waiting for it) for all its retries on every poll.
   */
  async readBoard(address: number, poll = false): Promise<S | null> {
    const known = this.boardHealth.get(address);
    const attempts =
      poll && known && !known.online && known.lastError !== null ? 1 : this.timings.readAttempts;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const status = await this.queue.run(() => this.requestStatus(address));
      if (status) return status;
    }
    return null;
  }

  /**
   * Sends one unlock frame, once. Never retried: a failed write may still have left the port, so the caller reads
   * the outcome instead.
   */
  async pulse(address: number, lock: number): Promise<void> {
    const frame = this.protocol.unlockRequest(address, lock);
    await this.queue.run(async () => {
      if (this.closed) return;
      const listenMs = this.timings.listenAfterPulseMs ?? 0;
      if (listenMs > 0) this.heard = [];
      try {
        await this.transport.write(frame);
        this.events.log('info', 'unlock pulse sent', { board: address, lock, frame: hex(frame) });
      } catch (error) {
        this.heard = null;
        this.markError(address, `unlock write failed: ${(error as Error).message}`);
        return;
      }
      if (listenMs <= 0) return;
      // Nothing else is sent meanwhile (this runs inside the queue): whatever arrives answers the pulse.
      await delay(listenMs);
      const heard = Buffer.concat(this.heard ?? []);
      this.heard = null;
      if (heard.length) {
        this.events.log('info', `the board sent ${heard.length} bytes within ${listenMs} ms of the pulse`, {
          board: address,
          bytes: hex(heard),
        });
      } else {
        this.events.log('info', `no reply to the unlock pulse within ${listenMs} ms`, { board: address });
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue.run(() => this.transport.close());
  }

  /** One status request and its reply (or `null` after the response timeout). Runs inside the line queue. */
  private async requestStatus(address: number): Promise<S | null> {
    if (this.closed) return null;
    // Bytes from before this request (a late reply, noise) must not be read as its answer.
    this.parser.reset();
    const reply = new Promise<S | null>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        resolve(null);
      }, this.timings.responseTimeoutMs);
      this.pending = {
        board: address,
        resolve: (status) => {
          clearTimeout(timer);
          resolve(status);
        },
      };
    });
    try {
      const request = this.protocol.statusRequest(address);
      this.events.log('debug', 'status request', { bytes: hex(request) });
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
      this.markError(address, `no valid reply within ${this.timings.responseTimeoutMs} ms`);
    }
    return status;
  }

  private markError(address: number, message: string): void {
    const health = this.boardHealth.get(address);
    if (health) {
      health.online = false;
      health.lastError = message;
    }
    this.events.log('warn', message, { board: address, line: this.transport.description });
  }
}
