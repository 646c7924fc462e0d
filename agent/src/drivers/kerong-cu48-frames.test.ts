// The CU48 wire format byte by byte: the vendor document's example as a known-answer test, frames of other boards and
// locks with checksums worked out by hand, the 0x60 firmware variant, and the parser's resynchronisation.
import { describe, expect, it } from 'vitest';
import {
  type Cu48Frame,
  Cu48FrameParser,
  type Cu48Variant,
  cu48HookBytes,
  cu48LockBit,
  cu48StatusReply,
  cu48StatusRequest,
  cu48UnlockRequest,
} from './kerong-cu48-frames.ts';
import { checksum, hex } from './kerong-frames.ts';

const bytes = (text: string) => Buffer.from(text.replaceAll(' ', ''), 'hex');

function parseAll(accept: 'commands' | 'replies', variant: Cu48Variant, ...chunks: Buffer[]) {
  const frames: Cu48Frame[] = [];
  const rejected: { bytes: string; reason: string }[] = [];
  const parser = new Cu48FrameParser(accept, variant, {
    frame: (frame) => frames.push(frame),
    rejected: (raw, reason) => rejected.push({ bytes: hex(raw), reason }),
  });
  for (const chunk of chunks) parser.push(chunk);
  return { frames, rejected };
}

function setLocks(hooks: Buffer): number[] {
  return Array.from({ length: 48 }, (_, i) => i + 1).filter((lock) => cu48LockBit(hooks, lock));
}

describe('Kerong CU48 frames: the example of the vendor document', () => {
  it('status of board 0 is 02 00 00 50 03 55 (55 = 02 + 00 + 00 + 50 + 03)', () => {
    expect(hex(cu48StatusRequest(0))).toBe('02 00 00 50 03 55');
    expect(checksum([0x02, 0x00, 0x00, 0x50, 0x03])).toBe(0x55);
  });

  it('reply 02 00 00 65 07 00 00 00 00 C0 03 31 is board 0 with the bits of locks 1, 2, 3, 47 and 48 set', () => {
    const { frames, rejected } = parseAll('replies', '0x50', bytes('02 00 00 65 07 00 00 00 00 C0 03 31'));
    expect(rejected).toEqual([]);
    expect(frames).toHaveLength(1);
    const frame = frames[0]!;
    if (frame.kind !== 'status') throw new Error('expected a status frame');
    expect(frame.status.board).toBe(0);
    expect(setLocks(frame.status.hooks)).toEqual([1, 2, 3, 47, 48]);
    expect(frame.status.extra).toHaveLength(0);
    // 02 + 65 + 07 + C0 + 03 = 0x131: the low byte 31 is the checksum.
    expect(checksum(bytes('02 00 00 65 07 00 00 00 00 C0 03'))).toBe(0x31);
    // And the simulator side builds exactly these bytes from that status.
    expect(
      hex(cu48StatusReply({ board: 0, hooks: cu48HookBytes([1, 2, 3, 47, 48]), extra: Buffer.alloc(0) })),
    ).toBe('02 00 00 65 07 00 00 00 00 C0 03 31');
  });
});

describe('Kerong CU48 addressing and checksums', () => {
  it('puts the board in the address byte and lock − 1 in the lock byte', () => {
    // 02 + 03 + 00 + 50 + 03 = 0x58
    expect(hex(cu48StatusRequest(3))).toBe('02 03 00 50 03 58');
    // 02 + 00 + 00 + 51 + 03 = 0x56
    expect(hex(cu48UnlockRequest(0, 1))).toBe('02 00 00 51 03 56');
    // 02 + 09 + 2F + 51 + 03 = 0x8E
    expect(hex(cu48UnlockRequest(9, 48))).toBe('02 09 2F 51 03 8E');
  });

  it('wraps the checksum to its low byte: all 48 lock bits of board 9', () => {
    const reply = cu48StatusReply({
      board: 9,
      hooks: cu48HookBytes(Array.from({ length: 48 }, (_, i) => i + 1)),
      extra: Buffer.alloc(0),
    });
    // 02 + 09 + 00 + 65 + 6 × FF + 03 = 0x66D
    expect(hex(reply)).toBe('02 09 00 65 FF FF FF FF FF FF 03 6D');
  });

  it('refuses boards outside 0–9 and locks outside 1–48 (0x30, "all locks", is never built)', () => {
    expect(() => cu48StatusRequest(10)).toThrow(RangeError);
    expect(() => cu48UnlockRequest(-1, 1)).toThrow(RangeError);
    expect(() => cu48UnlockRequest(0, 0)).toThrow(RangeError);
    expect(() => cu48UnlockRequest(0, 49)).toThrow(RangeError);
  });
});

describe('Kerong CU48 firmware variant 0x60 / 0x61 / 0x75', () => {
  it('builds 0x60 status and 0x61 unlock frames', () => {
    // 02 + 00 + 00 + 60 + 03 = 0x65
    expect(hex(cu48StatusRequest(0, '0x60'))).toBe('02 00 00 60 03 65');
    // 02 + 02 + 09 + 61 + 03 = 0x71
    expect(hex(cu48UnlockRequest(2, 10, '0x60'))).toBe('02 02 09 61 03 71');
  });

  it('reads the 18-byte 0x75 reply: the first six data bytes are the lock bits, the other six are kept as they came', () => {
    // 02 + 01 + 75 + 01 + 80 + 5A + 03 = 0x156
    const raw = bytes('02 01 00 75 01 00 00 00 00 80 5A 00 00 00 00 00 03 56');
    const { frames, rejected } = parseAll('replies', '0x60', raw);
    expect(rejected).toEqual([]);
    const frame = frames[0]!;
    if (frame.kind !== 'status') throw new Error('expected a status frame');
    expect(frame.status.board).toBe(1);
    expect(setLocks(frame.status.hooks)).toEqual([1, 48]);
    expect(hex(frame.status.extra)).toBe('5A 00 00 00 00 00');
    expect(hex(cu48StatusReply(frame.status, '0x60'))).toBe(hex(raw));
  });

  it('a parser for one variant does not take the other variant’s frames', () => {
    expect(parseAll('replies', '0x60', bytes('02 00 00 65 07 00 00 00 00 C0 03 31')).frames).toEqual([]);
    expect(parseAll('commands', '0x50', cu48StatusRequest(0, '0x60')).frames).toEqual([]);
  });
});

describe('Kerong CU48 stream parser', () => {
  const reply = bytes('02 00 00 65 07 00 00 00 00 C0 03 31');

  it('finds a reply split over chunks and after noise, including a truncated reply head', () => {
    const noise = bytes('00 FF 02 00 00 65 07 00');
    const { frames } = parseAll('replies', '0x50', noise, reply.subarray(0, 5), reply.subarray(5));
    expect(frames).toHaveLength(1);
  });

  it('rejects a wrong checksum and a wrong end marker, and finds the good frame after them', () => {
    const badSum = Buffer.from(reply);
    badSum[11] = 0x32;
    const badEnd = Buffer.from(reply);
    badEnd[10] = 0x04;
    const { frames, rejected } = parseAll('replies', '0x50', Buffer.concat([badSum, badEnd, reply]));
    expect(frames).toHaveLength(1);
    expect(rejected.map((r) => r.reason)).toEqual(['checksum', 'end_marker']);
  });

  it('reads command frames on the board side: status, unlock and unlock-all', () => {
    const { frames } = parseAll(
      'commands',
      '0x50',
      Buffer.concat([cu48StatusRequest(4), cu48UnlockRequest(4, 17), bytes('02 04 30 51 03 8A')]),
    );
    expect(frames.map((f) => (f.kind === 'command' ? [f.board, f.lockByte, f.command] : null))).toEqual([
      [4, 0x00, 0x50],
      [4, 0x10, 0x51],
      [4, 0x30, 0x51],
    ]);
  });
});
