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
 * Public drivers differ on a few points (see docs/hardware.md, "Boards"); the driver uses only what they agree on:
 * 0x30 status and 0x31 unlock. The unlock gets no reply; the driver confirms it with a status read. The bus-wide
 * query 0x32 (answered by 0x36) is built here for the probe's `--query-all`.
 */

export const STX = 0x02;
export const ETX = 0x03;

export const KerongCommand = {
  /** Read one board's status (ADDR = board << 4). Answered by a 0x35 status reply. */
  status: 0x30,
  /** Release one lock (ADDR = board << 4 | lock - 1). No reply. */
  unlock: 0x31,
  /** Query every board on the bus (ADDR 0xF0); each board answers 0x36. Only the probe's `--query-all` sends it. */
  queryAll: 0x32,
  /** Unlock every lock of a board. Unconfirmed; never sent by the driver. */
  unlockAll: 0x33,
  /** The status reply. */
  statusReply: 0x35,
  /** A board's answer to the bus-wide query (assumed to be laid out like the 0x35 reply: 9 bytes). */
  queryAllReply: 0x36,
} as const;

/** The bus-wide address of the query-all frame `02 F0 32 03 SUM`. */
export const QUERY_ALL_ADDRESS = 0xf0;

/**
 * Boards 0–14 fit the address byte's upper nibble (0xF_ is the bus-wide query address), so the frames carry them and
 * the probe's scan looks at them all. The configuration plans for 0–9 (see MAX_PLANNED_BOARD_ADDRESS).
 */
export const MAX_BOARD_ADDRESS = 14;
/** A distributor's manual gives addresses 0–9 (10 boards per line): layouts plan for that until a board shows more. */
export const MAX_PLANNED_BOARD_ADDRESS = 9;
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

/** `02 F0 32 03 27`: asks every board on the bus to answer with `0x36` (commissioning only). */
export function queryAllRequest(): Buffer {
  return commandFrame(QUERY_ALL_ADDRESS, KerongCommand.queryAll);
}

/** One board's status as raw bit masks (bit 0 = lock 1). */
export interface KerongStatus {
  board: number;
  /** Hook switch bits, 16 locks (D1 | D2 << 8). What a set bit means depends on the switch fitted (polarity). */
  hooks: number;
  /** Infrared occupancy bits, 16 locks (D3 | D4 << 8); set = item present. */
  infrared: number;
}

/**
 * `02 ADDR 35 D1 D2 D3 D4 03 SUM`. `corruptChecksum` flips the checksum (for the simulator's fault mode); `code`
 * 0x36 builds a board's answer to the query-all frame instead.
 */
export function statusReply(
  status: KerongStatus,
  corruptChecksum = false,
  code: number = KerongCommand.statusReply,
): Buffer {
  checkBoard(status.board);
  const frame = Buffer.from([
    STX,
    status.board << 4,
    code,
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

export type RejectReason = 'checksum' | 'end_marker';

/**
 * The resynchronising search every Kerong parser shares: frames start with STX, end with `ETX SUM`, and their length
 * follows from their first bytes (`lengthOf`: the frame's length, `null` when these bytes cannot start a frame, or
 * `undefined` when more bytes are needed to tell). Whenever the bytes at hand cannot start a valid frame (noise, a
 * truncated frame, a bad checksum) one byte is dropped and the next STX is searched, so an STX inside the data of a
 * broken frame is found again. Returns the bytes still waiting for the rest of a frame.
 */
export function scanFrames(
  input: Buffer,
  lengthOf: (buffer: Buffer) => number | null | undefined,
  onFrame: (bytes: Buffer) => void,
  onRejected?: (bytes: Buffer, reason: RejectReason) => void,
): Buffer {
  let buffer = input;
  for (;;) {
    const start = buffer.indexOf(STX);
    if (start < 0) return Buffer.alloc(0);
    if (start > 0) buffer = buffer.subarray(start);
    const length = lengthOf(buffer);
    if (length === undefined) return buffer;
    if (length === null) {
      buffer = buffer.subarray(1);
      continue;
    }
    if (buffer.length < length) return buffer;
    const candidate = Buffer.from(buffer.subarray(0, length));
    if (candidate[length - 2] !== ETX) {
      onRejected?.(candidate, 'end_marker');
      buffer = buffer.subarray(1);
      continue;
    }
    if (checksum(candidate.subarray(0, length - 1)) !== candidate[length - 1]) {
      onRejected?.(candidate, 'checksum');
      buffer = buffer.subarray(1);
      continue;
    }
    buffer = buffer.subarray(length);
    onFrame(candidate);
  }
}

export interface KerongParserEvents {
  frame(frame: KerongFrame): void;
  /** A frame-shaped run of bytes whose end marker or checksum was wrong (it is skipped). */
  rejected?(bytes: Buffer, reason: RejectReason): void;
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
    this.buffer = scanFrames(
      this.buffer,
      (buffer) => (buffer.length < 3 ? undefined : this.frameLength(buffer[2]!)),
      (bytes) => this.events.frame(this.decode(bytes)),
      this.events.rejected,
    );
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

/**
 * The boards that answered a query-all frame, found in everything the line carried afterwards: each valid
 * `02 ADDR 36 … 03 SUM` frame of 9 bytes (the length of the 0x35 reply; a public driver reads 9-byte answers) gives
 * board `ADDR >> 4`. Bytes that fit no such frame are returned too, for the operator to read.
 */
export function findQueryAllReplies(bytes: Buffer): { boards: number[]; frames: Buffer[]; unknown: Buffer } {
  const frames: Buffer[] = [];
  const unknown: number[] = [];
  let cursor = 0;
  scanFrames(
    bytes,
    (buffer) => {
      if (buffer.length < 3) return undefined;
      return buffer[2] === KerongCommand.queryAllReply ? STATUS_REPLY_LENGTH : null;
    },
    (frame) => {
      const at = bytes.indexOf(frame, cursor);
      for (let i = cursor; i < at; i++) unknown.push(bytes[i]!);
      cursor = at + frame.length;
      frames.push(frame);
    },
  );
  for (let i = cursor; i < bytes.length; i++) unknown.push(bytes[i]!);
  const boards = [...new Set(frames.map((frame) => frame[1]! >> 4))].sort((a, b) => a - b);
  return { boards, frames, unknown: Buffer.from(unknown) };
}

/** `02 00 30 03 35` style, for logs and test messages. */
export function hex(bytes: ArrayLike<number>): string {
  return Array.from(bytes as ArrayLike<number>, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(
    ' ',
  );
}
