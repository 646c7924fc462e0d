// The CU16 wire format byte by byte: the protocol's own examples, addressing across boards, checksum wrap-around,
// and the stream parser's resynchronisation on noise, split chunks and damaged frames.
import { describe, expect, it } from 'vitest';
import {
  KerongFrameParser,
  type KerongFrame,
  checksum,
  hex,
  kerongAddress,
  statusReply,
  statusRequest,
  unlockRequest,
} from './kerong-frames.ts';

const bytes = (text: string) => Buffer.from(text.replaceAll(' ', ''), 'hex');

function parseAll(accept: 'commands' | 'replies', ...chunks: Buffer[]) {
  const frames: KerongFrame[] = [];
  const rejected: { bytes: string; reason: string }[] = [];
  const parser = new KerongFrameParser(accept, {
    frame: (frame) => frames.push(frame),
    rejected: (raw, reason) => rejected.push({ bytes: hex(raw), reason }),
  });
  for (const chunk of chunks) parser.push(chunk);
  return { frames, rejected };
}

describe('Kerong CU16 frames: the examples of the protocol description', () => {
  it('status of board 0 is 02 00 30 03 35', () => {
    expect(hex(statusRequest(0))).toBe('02 00 30 03 35');
  });

  it('unlock lock 5 on board 1 is 02 14 31 03 4A', () => {
    expect(hex(unlockRequest(1, 5))).toBe('02 14 31 03 4A');
  });

  it('reply 02 00 35 11 00 01 00 03 4C is board 0, hook bits of locks 1 and 5, lock 1 occupied', () => {
    const { frames, rejected } = parseAll('replies', bytes('02 00 35 11 00 01 00 03 4C'));
    expect(rejected).toEqual([]);
    expect(frames).toHaveLength(1);
    const frame = frames[0]!;
    expect(frame.kind).toBe('status');
    if (frame.kind !== 'status') return;
    expect(frame.status).toEqual({ board: 0, hooks: 0b1_0001, infrared: 0b1 });
    // And the simulator side builds exactly these bytes from that status.
    expect(hex(statusReply(frame.status))).toBe('02 00 35 11 00 01 00 03 4C');
  });
});

describe('Kerong CU16 addressing and checksums', () => {
  it('puts the board in the upper nibble and lock-1 in the lower', () => {
    expect(kerongAddress(0, 1)).toBe(0x00);
    expect(kerongAddress(0, 16)).toBe(0x0f);
    expect(kerongAddress(1, 1)).toBe(0x10);
    expect(kerongAddress(3, 9)).toBe(0x38);
    expect(kerongAddress(14, 16)).toBe(0xef);
  });

  it('builds frames for several boards on one line, computing (not copying) each checksum', () => {
    expect(hex(statusRequest(1))).toBe('02 10 30 03 45');
    expect(hex(statusRequest(3))).toBe('02 30 30 03 65');
    expect(hex(unlockRequest(0, 1))).toBe('02 00 31 03 36');
    expect(hex(unlockRequest(2, 16))).toBe('02 2F 31 03 65');
    // 02 + EF + 31 + 03 = 0x125: only the low byte is sent.
    expect(hex(unlockRequest(14, 16))).toBe('02 EF 31 03 25');
    expect(checksum([0x02, 0xef, 0x31, 0x03])).toBe(0x25);
  });

  it('encodes locks 9–16 in D2 and D4', () => {
    const reply = statusReply({ board: 2, hooks: 0x8100, infrared: 0x0180 });
    expect(hex(reply)).toBe('02 20 35 00 81 80 01 03 5C');
  });

  it('refuses board and lock numbers the address byte cannot carry', () => {
    expect(() => statusRequest(15)).toThrow(RangeError);
    expect(() => unlockRequest(-1, 1)).toThrow(RangeError);
    expect(() => unlockRequest(0, 0)).toThrow(RangeError);
    expect(() => unlockRequest(0, 17)).toThrow(RangeError);
  });
});

describe('Kerong CU16 stream parser', () => {
  it('finds a reply after noise, including noise that contains STX', () => {
    const { frames } = parseAll('replies', bytes('00 FF 02 10 35 7E 02 03 AA 02 00 35 11 00 01 00 03 4C'));
    expect(frames.map((f) => hex(f.bytes))).toEqual(['02 00 35 11 00 01 00 03 4C']);
  });

  it('assembles a reply that arrives one byte at a time', () => {
    const reply = bytes('02 10 35 FF FF 00 00 03 48');
    const { frames } = parseAll('replies', ...[...reply].map((b) => Buffer.from([b])));
    expect(frames).toHaveLength(1);
    expect(frames[0]!.kind === 'status' && frames[0]!.status).toEqual({
      board: 1,
      hooks: 0xffff,
      infrared: 0,
    });
  });

  it('rejects a bad checksum and still finds the good frame right after it', () => {
    const { frames, rejected } = parseAll(
      'replies',
      bytes('02 00 35 11 00 01 00 03 B3'),
      bytes('02 00 35 11 00 01 00 03 4C'),
    );
    expect(rejected).toContainEqual({ bytes: '02 00 35 11 00 01 00 03 B3', reason: 'checksum' });
    expect(frames.map((f) => hex(f.bytes))).toEqual(['02 00 35 11 00 01 00 03 4C']);
  });

  it('resynchronises on an STX inside the data of a damaged frame', () => {
    // A reply whose D1 is 0x02 and whose checksum was damaged, then a good reply.
    const { frames } = parseAll('replies', bytes('02 00 35 02 00 00 00 03 00 02 00 35 02 00 00 00 03 3C'));
    expect(frames.map((f) => hex(f.bytes))).toEqual(['02 00 35 02 00 00 00 03 3C']);
  });

  it('reads two replies in one chunk', () => {
    const { frames } = parseAll(
      'replies',
      Buffer.concat([
        statusReply({ board: 0, hooks: 1, infrared: 0 }),
        statusReply({ board: 1, hooks: 2, infrared: 0 }),
      ]),
    );
    expect(frames.map((f) => (f.kind === 'status' ? f.status.board : -1))).toEqual([0, 1]);
  });

  it('reads command frames on the board side, with board and lock decoded', () => {
    const { frames } = parseAll('commands', bytes('55 02 14 31 03 4A 02 00 30 03 35'));
    expect(frames).toEqual([
      expect.objectContaining({ kind: 'command', address: 0x14, board: 1, lock: 5, command: 0x31 }),
      expect.objectContaining({ kind: 'command', address: 0x00, board: 0, lock: 1, command: 0x30 }),
    ]);
  });

  it('does not take a command frame for a reply or a reply for a command', () => {
    expect(parseAll('replies', statusRequest(0)).frames).toEqual([]);
    expect(parseAll('commands', bytes('02 00 35 11 00 01 00 03 4C')).frames).toEqual([]);
  });
});
