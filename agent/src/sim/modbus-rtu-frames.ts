/**
 * Modbus RTU framing for the relay-board simulator: CRC-16/Modbus, reading requests out of a byte stream (with
 * resynchronisation on noise and bad CRCs), and building the replies a relay board sends. The driver itself uses
 * `modbus-serial`; this module is the board's side, written from the Modbus specification so that the two sides are
 * independent implementations of the same wire format.
 *
 * Frames: `UNIT FC DATA… CRC_LO CRC_HI`. Requests handled: 0x01 read coils, 0x02 read discrete inputs,
 * 0x05 write single coil (FF00 = on, 0000 = off), 0x0F write multiple coils.
 */

export const ModbusFunction = {
  readCoils: 0x01,
  readDiscreteInputs: 0x02,
  readHoldingRegisters: 0x03,
  readInputRegisters: 0x04,
  writeSingleCoil: 0x05,
  writeSingleRegister: 0x06,
  writeMultipleCoils: 0x0f,
  writeMultipleRegisters: 0x10,
} as const;

export const ModbusException = {
  illegalFunction: 0x01,
  illegalDataAddress: 0x02,
  illegalDataValue: 0x03,
} as const;

/** CRC-16/Modbus (poly 0xA001 reflected, init 0xFFFF); sent low byte first. */
export function crc16(bytes: ArrayLike<number>): number {
  let crc = 0xffff;
  for (let i = 0; i < bytes.length; i++) {
    crc ^= bytes[i]!;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return crc;
}

/** Appends the CRC (low byte first). */
export function withCrc(body: ArrayLike<number>): Buffer {
  const frame = Buffer.alloc(body.length + 2);
  for (let i = 0; i < body.length; i++) frame[i] = body[i]!;
  frame.writeUInt16LE(crc16(body), body.length);
  return frame;
}

export type ModbusRequest =
  | { unit: number; fn: 0x01 | 0x02; address: number; quantity: number; bytes: Buffer }
  | { unit: number; fn: 0x05; address: number; value: number; bytes: Buffer }
  | { unit: number; fn: 0x0f; address: number; quantity: number; states: boolean[]; bytes: Buffer }
  | { unit: number; fn: number; bytes: Buffer };

/** Request length for a function code, once enough bytes are there to tell (null: need more, NaN: unknown). */
function requestLength(buffer: Buffer): number | null {
  const fn = buffer[1]!;
  if (fn >= 0x01 && fn <= 0x06) return 8;
  if (fn === 0x0f || fn === 0x10) return buffer.length < 7 ? null : 9 + buffer[6]!;
  return Number.NaN;
}

/**
 * Reads requests from a byte stream. RTU delimits frames by silence, which a byte stream does not keep; this
 * parser instead takes the length the function code implies and accepts the run only if its CRC is right,
 * otherwise it drops one byte and tries again (the way to resynchronise after noise).
 */
export class ModbusRequestParser {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(
    private readonly onRequest: (request: ModbusRequest) => void,
    private readonly onRejected: (bytes: Buffer) => void = () => {},
  ) {}

  push(chunk: Uint8Array): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : Buffer.from(chunk);
    while (this.buffer.length >= 2) {
      const length = requestLength(this.buffer);
      if (length === null) return;
      if (Number.isNaN(length) || this.buffer[0] === 0 || this.buffer[0]! > 247) {
        this.buffer = this.buffer.subarray(1);
        continue;
      }
      if (this.buffer.length < length) return;
      const frame = Buffer.from(this.buffer.subarray(0, length));
      if (crc16(frame.subarray(0, length - 2)) !== frame.readUInt16LE(length - 2)) {
        this.onRejected(frame);
        this.buffer = this.buffer.subarray(1);
        continue;
      }
      this.buffer = this.buffer.subarray(length);
      this.onRequest(decodeRequest(frame));
    }
  }
}

function decodeRequest(bytes: Buffer): ModbusRequest {
  const unit = bytes[0]!;
  const fn = bytes[1]!;
  if (fn === 0x01 || fn === 0x02) {
    return { unit, fn, address: bytes.readUInt16BE(2), quantity: bytes.readUInt16BE(4), bytes };
  }
  if (fn === 0x05) return { unit, fn, address: bytes.readUInt16BE(2), value: bytes.readUInt16BE(4), bytes };
  if (fn === 0x0f) {
    const quantity = bytes.readUInt16BE(4);
    const states = Array.from({ length: quantity }, (_, i) => ((bytes[7 + (i >> 3)]! >> (i & 7)) & 1) === 1);
    return { unit, fn, address: bytes.readUInt16BE(2), quantity, states, bytes };
  }
  return { unit, fn, bytes };
}

/** Bits packed LSB first, as in replies to 0x01/0x02 and requests 0x0F. */
export function packBits(bits: boolean[]): Buffer {
  const packed = Buffer.alloc(Math.ceil(bits.length / 8));
  bits.forEach((bit, i) => {
    if (bit) packed[i >> 3]! |= 1 << (i & 7);
  });
  return packed;
}

/** Reply to 0x01/0x02: `UNIT FC COUNT BITS… CRC`. */
export function readBitsReply(unit: number, fn: number, bits: boolean[]): Buffer {
  const packed = packBits(bits);
  return withCrc([unit, fn, packed.length, ...packed]);
}

/** Reply to 0x0F: `UNIT 0F ADDR QTY CRC`. */
export function writeMultipleCoilsReply(unit: number, address: number, quantity: number): Buffer {
  return withCrc([unit, 0x0f, address >> 8, address & 0xff, quantity >> 8, quantity & 0xff]);
}

/** Exception reply: `UNIT FC|80 CODE CRC`. */
export function exceptionReply(unit: number, fn: number, code: number): Buffer {
  return withCrc([unit, fn | 0x80, code]);
}

/** Request builders (the tests check the driver library's bytes against these). */
export function readRequest(unit: number, fn: 0x01 | 0x02, address: number, quantity: number): Buffer {
  return withCrc([unit, fn, address >> 8, address & 0xff, quantity >> 8, quantity & 0xff]);
}

export function writeCoilRequest(unit: number, address: number, on: boolean): Buffer {
  return withCrc([unit, 0x05, address >> 8, address & 0xff, on ? 0xff : 0x00, 0x00]);
}
