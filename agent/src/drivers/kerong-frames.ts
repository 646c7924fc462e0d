/**
 * The Kerong CU16 wire format: building command frames, building and reading status replies, and a stream parser
 * that finds frames in a byte stream (skipping noise, rejecting bad checksums). Shared by the driver and the
 * byte-level simulator so both sides speak exactly the bytes described in docs/hardware.md.
 *
 * Frames (19200 baud 8N1, several boards on one RS-485 bus):
 *   command  `02 ADDR CMD 03 SUM`                 ADDR = (board << 4) | (lock - 1), SUM = (02 + ADDR + CMD + 03) & 0xFF
 *   status   `02 ADDR 35 D1 D2 D3 D4 03 SUM`      reply to 0x30; D1/D2 hook bits locks 1–8 / 9–16 (bit 0 = lock 1),
 *                                                 D3/D4 infrared occupancy bits, SUM = low byte of the sum of bytes 0–7
 *
 * Public drivers differ on a few points (see docs/hardware.md, "Boards"); this module implements only what they agree
 * on: 0x30 status and 0x31 unlock. The unlock gets no reply; the driver confirms it with a status read.
 */

export const STX = 0x02;
export const ETX = 0x03;

export const KerongCommand = {
  /** Read one board's status (ADDR = board << 4). Answered by a 0x35 status reply. */
  status: 0x30,
  /** Release one lock (ADDR = board << 4 | lock - 1). No reply. */
  unlock: 0x31,
  /** Query every board on the bus (ADDR 0xF0 in most drivers). Not used by the driver; listed for the parser. */
  queryAll: 0x32,
  /** Unlock every lock of a board. Unconfirmed; never sent by the driver. */
  unlockAll: 0x33,
  /** The status reply. */
  statusReply: 0x35,
} as const;

/** Boards 0–14: the address byte's upper nibble; 0xF_ is the bus-wide query address in public drivers. */
export const MAX_BOARD_ADDRESS = 14;
export const LOCKS_PER_BOARD = 16;

const COMMAND_LENGTH = 5;
const STATUS_REPLY_LENGTH = 9;

/** Low byte of the sum of all bytes (the CU16's checksum). */
export function checksum(bytes: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i++) sum += bytes[i]!;
  return sum & 0xff;
}

function checkBoard(board: number): void {
  if (!Number.isInteger(board) || board < 0 || board > MAX_BOARD_ADDRESS) {
    throw new RangeError(`board address ${board} is outside 0–${MAX_BOARD_ADDRESS}`);
  }
}

/** The address byte for one lock (1–16) of a board (0–14). */
export function kerongAddress(board: number, lock: number): number {
  checkBoard(board);
  if (!Number.isInteger(lock) || lock < 1 || lock > LOCKS_PER_BOARD) {
    throw new RangeError(`lock ${lock} is outside 1–${LOCKS_PER_BOARD}`);
  }
  return (board << 4) | (lock - 1);
}

function commandFrame(address: number, command: number): Buffer {
  const frame = Buffer.from([STX, address, command, ETX, 0]);
  frame[4] = checksum(frame.subarray(0, 4));
  return frame;
}

/** `02 B0 30 03 SUM`: read board `board`'s hooks and sensors. */
export function statusRequest(board: number): Buffer {
  checkBoard(board);
  return commandFrame(board << 4, KerongCommand.status);
}

/** `02 ADDR 31 03 SUM`: release lock `lock` (1–16) of board `board` once. */
export function unlockRequest(board: number, lock: number): Buffer {
  return commandFrame(kerongAddress(board, lock), KerongCommand.unlock);
}

/** One board's status as raw bit masks (bit 0 = lock 1). */
export interface KerongStatus {
  board: number;
  /** Hook switch bits, 16 locks (D1 | D2 << 8). What a set bit means depends on the switch fitted (polarity). */
  hooks: number;
  /** Infrared occupancy bits, 16 locks (D3 | D4 << 8); set = item present. */
  infrared: number;
}

/** `02 ADDR 35 D1 D2 D3 D4 03 SUM`. `corruptChecksum` flips the checksum (for the simulator's fault mode). */
export function statusReply(status: KerongStatus, corruptChecksum = false): Buffer {
  checkBoard(status.board);
  const frame = Buffer.from([
    STX,
    status.board << 4,
    KerongCommand.statusReply,
    status.hooks & 0xff,
    (status.hooks >> 8) & 0xff,
    status.infrared & 0xff,
    (status.infrared >> 8) & 0xff,
    ETX,
    0,
  ]);
  frame[8] = (checksum(frame.subarray(0, 8)) ^ (corruptChecksum ? 0xff : 0)) & 0xff;
  return frame;
}

/** Bit of lock `lock` (1–16) in a 16-bit mask. */
export function lockBit(mask: number, lock: number): boolean {
  return ((mask >> (lock - 1)) & 1) === 1;
}

/** A frame found in the stream. */
export type KerongFrame =
  | { kind: 'command'; address: number; board: number; lock: number; command: number; bytes: Buffer }
  | { kind: 'status'; status: KerongStatus; bytes: Buffer };

export interface KerongParserEvents {
  frame(frame: KerongFrame): void;
  /** A frame-shaped run of bytes whose end marker or checksum was wrong (it is skipped). */
  rejected?(bytes: Buffer, reason: 'checksum' | 'end_marker'): void;
}

/**
 * Finds frames in a byte stream. Accepts command frames (what a board receives) or status replies (what the
 * driver receives), chosen by `accept`. Resynchronises by dropping one byte and searching for the next STX
 * whenever the bytes at hand cannot start a valid frame: noise before a frame, a truncated frame, a frame with
 * a bad checksum (an STX inside the data of a broken frame is found again this way).
 */
export class KerongFrameParser {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(
    private readonly accept: 'commands' | 'replies',
    private readonly events: KerongParserEvents,
  ) {}

  /** Forgets bytes held from earlier chunks (the driver calls it before each request). */
  reset(): void {
    this.buffer = Buffer.alloc(0);
  }

  push(chunk: Uint8Array): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : Buffer.from(chunk);
    for (;;) {
      const start = this.buffer.indexOf(STX);
      if (start < 0) {
        this.buffer = Buffer.alloc(0);
        return;
      }
      if (start > 0) this.buffer = this.buffer.subarray(start);
      if (this.buffer.length < 3) return;
      const length = this.frameLength(this.buffer[2]!);
      if (length === null) {
        this.buffer = this.buffer.subarray(1);
        continue;
      }
      if (this.buffer.length < length) return;
      const candidate = Buffer.from(this.buffer.subarray(0, length));
      if (candidate[length - 2] !== ETX) {
        this.events.rejected?.(candidate, 'end_marker');
        this.buffer = this.buffer.subarray(1);
        continue;
      }
      if (checksum(candidate.subarray(0, length - 1)) !== candidate[length - 1]) {
        this.events.rejected?.(candidate, 'checksum');
        this.buffer = this.buffer.subarray(1);
        continue;
      }
      this.buffer = this.buffer.subarray(length);
      this.events.frame(this.decode(candidate));
    }
  }

  private frameLength(command: number): number | null {
    if (this.accept === 'replies') return command === KerongCommand.statusReply ? STATUS_REPLY_LENGTH : null;
    return command >= KerongCommand.status && command <= KerongCommand.unlockAll ? COMMAND_LENGTH : null;
  }

  private decode(bytes: Buffer): KerongFrame {
    const address = bytes[1]!;
    if (this.accept === 'replies') {
      return {
        kind: 'status',
        status: {
          board: address >> 4,
          hooks: bytes[3]! | (bytes[4]! << 8),
          infrared: bytes[5]! | (bytes[6]! << 8),
        },
        bytes,
      };
    }
    return {
      kind: 'command',
      address,
      board: address >> 4,
      lock: (address & 0x0f) + 1,
      command: bytes[2]!,
      bytes,
    };
  }
}

/** `02 00 30 03 35` style, for logs and test messages. */
export function hex(bytes: ArrayLike<number>): string {
  return Array.from(bytes as ArrayLike<number>, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(
    ' ',
  );
}
