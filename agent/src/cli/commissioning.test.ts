// The probe's commissioning helpers against the CU16 simulator over a pty pair: the bus-wide query finds exactly the
// boards that answer, and the raw tap shows every byte with its time, including a board's answer to an unlock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTransport } from '../drivers/byte-transport.ts';
import { KerongCu16Driver, parseKerongCu16Options } from '../drivers/kerong-cu16.ts';
import { findQueryAllReplies, hex, queryAllRequest, statusReply } from '../drivers/kerong-frames.ts';
import { KerongCu16Simulator } from '../sim/kerong-cu16-simulator.ts';
import { type PtyPair, createPtyPair } from '../sim/pty-pair.ts';
import { formatRaw, queryAllBoards, tapTransport } from './commissioning.ts';

describe('query all (CU16 0x32 to 0xF0)', () => {
  it('is the frame 02 F0 32 03 27 (02 + F0 + 32 + 03 = 0x127)', () => {
    expect(hex(queryAllRequest())).toBe('02 F0 32 03 27');
  });

  it('finds the answering boards in the bytes, keeping what fits no 0x36 frame', () => {
    const answer = (board: number) => statusReply({ board, hooks: 0xffff, infrared: 0 }, false, 0x36);
    // 02 + 30 + 36 + FF + FF + 03 = 0x269
    expect(hex(answer(3))).toBe('02 30 36 FF FF 00 00 03 69');
    const collided = Buffer.from([0x02, 0x40, 0x36, 0xff]);
    const result = findQueryAllReplies(Buffer.concat([answer(3), collided, answer(0), Buffer.from([0x55])]));
    expect(result.boards).toEqual([0, 3]);
    expect(result.frames.map(hex)).toEqual([hex(answer(3)), hex(answer(0))]);
    expect(hex(result.unknown)).toBe('02 40 36 FF 55');
  });
});

describe('commissioning over a pty pair', () => {
  let pair: PtyPair;
  let sim: KerongCu16Simulator;

  beforeEach(async () => {
    pair = await createPtyPair();
    sim = new KerongCu16Simulator({ boards: [{ address: 0 }, { address: 2 }, { address: 7 }] });
    await sim.openSerial(pair.simulatorPath);
  });

  afterEach(async () => {
    await sim.close();
    await pair.close();
  });

  it('--query-all lists the boards that answer 0x36 and not a silent one', async () => {
    sim.faults(7).silent = true;
    const transport = createTransport({ type: 'serial', path: pair.driverPath, baudRate: 19200 });
    try {
      const result = await queryAllBoards(transport, 300);
      expect(result.boards).toEqual([0, 2]);
      expect(result.unknown).toHaveLength(0);
      expect(sim.received.map((frame) => hex(frame.bytes))).toEqual(['02 F0 32 03 27']);
    } finally {
      await transport.close();
    }
  });

  it('--raw logs every byte with its time, and the listening after a pulse catches a board that answers 0x31', async () => {
    sim.faults(2).answersUnlock = true;
    const raw: string[] = [];
    const logs: string[] = [];
    const at = new Date('2026-12-07T10:00:00.123Z');
    const transport = tapTransport(
      createTransport({ type: 'serial', path: pair.driverPath, baudRate: 19200 }),
      (direction, time, bytes) => raw.push(formatRaw(direction, time, bytes)),
      () => at,
    );
    const driver = new KerongCu16Driver(
      parseKerongCu16Options({
        kind: 'kerong-cu16',
        line: { type: 'serial', path: pair.driverPath },
        boards: [{ address: 2, firstCompartment: 1 }],
        responseTimeoutMs: 250,
        unlockConfirmDelayMs: 30,
        listenAfterPulseMs: 200,
        pulseMs: 0,
      }),
      { log: (_level, message) => logs.push(message) },
      [transport],
    );
    try {
      await driver.start();
      expect(await driver.unlock(4)).toMatchObject({ ok: true });
      expect(sim.unlockFrames(2, 4)).toHaveLength(1);
      expect(raw).toContain('10:00:00.123 TX 02 23 31 03 59');
      // The status frame the board sent in answer to the pulse, before any confirm read was sent.
      const pulse = raw.indexOf('10:00:00.123 TX 02 23 31 03 59');
      expect(raw[pulse + 1]).toMatch(/^10:00:00\.123 RX 02 20 35 /);
      expect(logs).toContain('the board sent 9 bytes within 200 ms of the pulse');
    } finally {
      await driver.close();
    }
  });
});
