// Modbus RTU framing of the relay-board simulator byte by byte: CRC-16/Modbus against published frames, bit
// packing, and the request parser's resynchronisation on noise and bad CRCs.
import { describe, expect, it } from 'vitest';
import { hex } from '../drivers/kerong-frames.ts';
import {
  type ModbusRequest,
  ModbusRequestParser,
  crc16,
  exceptionReply,
  readBitsReply,
  readRequest,
  withCrc,
  writeCoilRequest,
} from './modbus-rtu-frames.ts';

const bytes = (text: string) => Buffer.from(text.replaceAll(' ', ''), 'hex');

function parse(...chunks: Buffer[]) {
  const requests: ModbusRequest[] = [];
  const rejected: string[] = [];
  const parser = new ModbusRequestParser(
    (request) => requests.push(request),
    (raw) => rejected.push(hex(raw)),
  );
  for (const chunk of chunks) parser.push(chunk);
  return { requests, rejected };
}

describe('Modbus RTU frames', () => {
  it('computes CRC-16/Modbus as in published frames, low byte first', () => {
    // The Modbus specification's example: read holding registers 108–110 of unit 17.
    expect(hex(withCrc(bytes('11 03 00 6B 00 03')))).toBe('11 03 00 6B 00 03 76 87');
    expect(hex(withCrc(bytes('01 03 00 00 00 0A')))).toBe('01 03 00 00 00 0A C5 CD');
    expect(hex(writeCoilRequest(1, 0, true))).toBe('01 05 00 00 FF 00 8C 3A');
    expect(crc16([])).toBe(0xffff);
  });

  it('builds read requests, bit replies packed LSB first, and exception replies', () => {
    expect(hex(readRequest(1, 0x02, 0, 12))).toBe(hex(withCrc(bytes('01 02 00 00 00 0C'))));
    // Inputs 0, 2 and 9 active → 0b0000_0101, 0b0000_0010.
    const bits = Array.from({ length: 12 }, (_, i) => [0, 2, 9].includes(i));
    expect(hex(readBitsReply(1, 0x02, bits))).toBe(hex(withCrc(bytes('01 02 02 05 02'))));
    expect(hex(exceptionReply(1, 0x05, 0x02))).toBe(hex(withCrc(bytes('01 85 02'))));
  });

  it('reads requests from a stream: noise skipped, bad CRC rejected, split chunks joined', () => {
    const good = writeCoilRequest(3, 4, true);
    const damaged = Buffer.from(readRequest(3, 0x02, 0, 8));
    damaged[7] = damaged[7]! ^ 0xff;
    const coils = withCrc(bytes('03 0F 00 00 00 0A 02 05 02'));
    const stream = Buffer.concat([bytes('00 FF 55'), damaged, good, coils]);
    const { requests, rejected } = parse(stream.subarray(0, 7), stream.subarray(7, 15), stream.subarray(15));

    // 55 03 … looks like a request to unit 0x55 until its CRC fails; then the damaged read request is rejected.
    expect(rejected).toContain(hex(damaged));
    expect(requests).toEqual([
      expect.objectContaining({ unit: 3, fn: 0x05, address: 4, value: 0xff00 }),
      expect.objectContaining({
        unit: 3,
        fn: 0x0f,
        address: 0,
        quantity: 10,
        states: [true, false, true, false, false, false, false, false, false, true],
      }),
    ]);
  });
});
