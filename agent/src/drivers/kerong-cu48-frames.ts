/**
 * The Kerong CU48 wire format (48 locks per board, boards 0–9 on one RS-485 line, 19200 8N1): command frames,
 * status replies and a stream parser, shared by the CU48 driver and its byte-level simulator.
 *
 *   command  `02 ADDR LOCK CMD 03 SUM`          ADDR = board (0–9), LOCK = lock − 1 (0x00–0x2F; 0x30 = all locks),
 *                                               SUM = low byte of the sum of the bytes before it
 *   status   `02 ADDR xx 65 D1 … D6 03 SUM`     reply to 0x50 (12 bytes); D1…D6 one bit per lock, bit 0 of D1 =
 *                                               lock 1, bit 7 of D6 = lock 48. No infrared bytes.
 *
 * A firmware variant speaks `0x60` (status) / `0x61` (unlock) and answers with an 18-byte `0x75` reply carrying 12
 * data bytes. Its first six are read as the lock bits like D1…D6 above; the meaning of the other six is not
 * documented anywhere we could check, so they are kept (the probe prints them) and never read as occupancy.
 * The unlock gets no reply (settle it at commissioning with the probe's `--raw`).
 */
import { type RejectReason, ETX, STX, scanFrames } from './kerong-frames.ts';

/** Which firmware the boards of a line run, named by their status command. */
export type Cu48Variant = '0x50' | '0x60';

export interface Cu48Codes {
  status: number;
  unlock: number;
  reply: number;
  /** Data bytes in the status reply. */
  dataBytes: number;
}

export const CU48_CODES: Record<Cu48Variant, Cu48Codes> = {
  '0x50': { status: 0x50, unlock: 0x51, reply: 0x65, dataBytes: 6 },
  '0x60': { status: 0x60, unlock: 0x61, reply: 0x75, dataBytes: 12 },
};

export const CU48_LOCKS_PER_BOARD = 48;
/** Boards 0–9 (the vendor document and a distributor's manual): the address byte is the board number. */
export const CU48_MAX_BOARD_ADDRESS = 9;
/** The LOCK byte that means every lock of the board (never sent by the driver). */
export const CU48_ALL_LOCKS = 0x30;

const COMMAND_LENGTH = 6;
const HOOK_BYTES = 6;

function checkBoard(board: number): void {
  if (!Number.isInteger(board) || board < 0 || board > CU48_MAX_BOARD_ADDRESS) {
    throw new RangeError(`board address ${board} is outside 0–${CU48_MAX_BOARD_ADDRESS}`);
  }
}

function checkLock(lock: number): void {
  if (!Number.isInteger(lock) || lock < 1 || lock > CU48_LOCKS_PER_BOARD) {
    throw new RangeError(`lock ${lock} is outside 1–${CU48_LOCKS_PER_BOARD}`);
  }
}

function sum(bytes: ArrayLike<number>, length: number): number {
  let total = 0;
  for (let i = 0; i < length; i++) total += bytes[i]!;
  return total & 0xff;
}

function commandFrame(board: number, lockByte: number, command: number): Buffer {
  const frame = Buffer.from([STX, board, lockByte, command, ETX, 0]);
  frame[5] = sum(frame, 5);
  return frame;
}

/** `02 ADDR 00 50 03 SUM` (or `… 60 …`): read one board's lock bits. */
export function cu48StatusRequest(board: number, variant: Cu48Variant = '0x50'): Buffer {
  checkBoard(board);
  return commandFrame(board, 0x00, CU48_CODES[variant].status);
}

/** `02 ADDR LOCK 51 03 SUM` (or `… 61 …`): release lock `lock` (1–48) of board `board` once. No reply. */
export function cu48UnlockRequest(board: number, lock: number, variant: Cu48Variant = '0x50'): Buffer {
  checkBoard(board);
  checkLock(lock);
  return commandFrame(board, lock - 1, CU48_CODES[variant].unlock);
}

/** One board's status as the reply carries it. */
export interface Cu48Status {
  board: number;
  /** D1…D6: one bit per lock (bit 0 of byte 0 = lock 1). What a set bit means depends on the switch fitted. */
  hooks: Buffer;
  /** The variant's further data bytes (D7…D12 of the 0x75 reply; empty for 0x65), uninterpreted. */
  extra: Buffer;
}

/** Bit of lock `lock` (1–48) in the six lock bytes. */
export function cu48LockBit(hooks: Buffer, lock: number): boolean {
  return (((hooks[(lock - 1) >> 3] ?? 0) >> ((lock - 1) & 7)) & 1) === 1;
}

/** Six lock bytes with the bits of `locks` set. */
export function cu48HookBytes(locks: Iterable<number>): Buffer {
  const bytes = Buffer.alloc(HOOK_BYTES);
  for (const lock of locks) {
    checkLock(lock);
    bytes[(lock - 1) >> 3]! |= 1 << ((lock - 1) & 7);
  }
  return bytes;
}

/**
 * `02 ADDR 00 65 D1…D6 03 SUM` (or the 18-byte `0x75` reply). `corruptChecksum` flips the checksum (the simulator's
 * fault mode).
 */
export function cu48StatusReply(
  status: Cu48Status,
  variant: Cu48Variant = '0x50',
  corruptChecksum = false,
): Buffer {
  checkBoard(status.board);
  const codes = CU48_CODES[variant];
  const data = Buffer.alloc(codes.dataBytes);
  status.hooks.copy(data, 0, 0, HOOK_BYTES);
  if (codes.dataBytes > HOOK_BYTES) status.extra.copy(data, HOOK_BYTES, 0, codes.dataBytes - HOOK_BYTES);
  const frame = Buffer.concat([
    Buffer.from([STX, status.board, 0x00, codes.reply]),
    data,
    Buffer.from([ETX, 0]),
  ]);
  frame[frame.length - 1] = (sum(frame, frame.length - 1) ^ (corruptChecksum ? 0xff : 0)) & 0xff;
  return frame;
}

/** A frame found in the stream. */
export type Cu48Frame =
  | { kind: 'command'; board: number; lockByte: number; command: number; bytes: Buffer }
  | { kind: 'status'; status: Cu48Status; bytes: Buffer };

export interface Cu48ParserEvents {
  frame(frame: Cu48Frame): void;
  rejected?(bytes: Buffer, reason: RejectReason): void;
}

/**
 * Finds CU48 frames of one variant in a byte stream: command frames (what a board receives) or status replies (what
 * the driver receives). Resynchronises like the CU16 parser (see `scanFrames`).
 */
export class Cu48FrameParser {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly codes: Cu48Codes;

  constructor(
    private readonly accept: 'commands' | 'replies',
    variant: Cu48Variant,
    private readonly events: Cu48ParserEvents,
  ) {
    this.codes = CU48_CODES[variant];
  }

  reset(): void {
    this.buffer = Buffer.alloc(0);
  }

  push(chunk: Uint8Array): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : Buffer.from(chunk);
    this.buffer = scanFrames(
      this.buffer,
      (buffer) => (buffer.length < 4 ? undefined : this.frameLength(buffer)),
      (bytes) => this.events.frame(this.decode(bytes)),
      this.events.rejected,
    );
  }

  private frameLength(buffer: Buffer): number | null {
    const command = buffer[3]!;
    if (this.accept === 'replies') {
      return command === this.codes.reply ? 4 + this.codes.dataBytes + 2 : null;
    }
    const known = command === this.codes.status || command === this.codes.unlock;
    return known && buffer[2]! <= CU48_ALL_LOCKS ? COMMAND_LENGTH : null;
  }

  private decode(bytes: Buffer): Cu48Frame {
    if (this.accept === 'replies') {
      const data = bytes.subarray(4, 4 + this.codes.dataBytes);
      return {
        kind: 'status',
        status: {
          board: bytes[1]!,
          hooks: Buffer.from(data.subarray(0, HOOK_BYTES)),
          extra: Buffer.from(data.subarray(HOOK_BYTES)),
        },
        bytes,
      };
    }
    return { kind: 'command', board: bytes[1]!, lockByte: bytes[2]!, command: bytes[3]!, bytes };
  }
}

/** The variant's name as the probe and the logs print it. */
export function describeVariant(variant: Cu48Variant): string {
  const codes = CU48_CODES[variant];
  const h = (n: number) => `0x${n.toString(16)}`;
  return `status ${h(codes.status)}, unlock ${h(codes.unlock)}, reply ${h(codes.reply)} (${codes.dataBytes} data bytes)`;
}
