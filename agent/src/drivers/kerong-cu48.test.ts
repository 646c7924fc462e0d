// The Kerong CU48 driver against the byte-level CU48 simulator over a real byte stream (a socat pty pair, and a TCP
// bridge): the explicit compartment map, the one-pulse unlock rule (the simulator counts the unlock frames), every
// fault the simulator knows, the pulse time, and the 0x60 firmware variant.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KerongCu48Simulator } from '../sim/kerong-cu48-simulator.ts';
import { type PtyPair, createPtyPair } from '../sim/pty-pair.ts';
import { KerongCu48Driver, parseKerongCu48Options } from './kerong-cu48.ts';
import { hex } from './kerong-frames.ts';
import type { CompartmentReading } from './lock-driver.ts';

const UNLOCK = 0x51;

/**
 * Board 0: compartments 1–48 on locks 1–48. Board 3 (12 locks wired): compartments 101–112 on locks 12 down to 1,
 * the way a generated map may number a column from the top.
 */
const BOARDS = [{ address: 0 }, { address: 3, locks: 12 }];
const COMPARTMENTS = [
  ...Array.from({ length: 48 }, (_, i) => ({ number: i + 1, board: 0, lock: i + 1 })),
  ...Array.from({ length: 12 }, (_, i) => ({ number: 101 + i, board: 3, lock: 12 - i })),
];

function options(line: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return parseKerongCu48Options({
    kind: 'kerong-cu48',
    line,
    boards: BOARDS,
    compartments: COMPARTMENTS,
    // Small timeouts keep the tests fast; nothing below asserts on durations.
    responseTimeoutMs: 250,
    readAttempts: 2,
    unlockConfirmDelayMs: 30,
    confirmReads: 2,
    pulseMs: 0,
    ...extra,
  });
}

function byCompartment(readings: CompartmentReading[]): Map<number, CompartmentReading> {
  return new Map(readings.map((reading) => [reading.compartment, reading]));
}

describe('Kerong CU48 driver over a pty pair', () => {
  let pair: PtyPair;
  let sim: KerongCu48Simulator;
  let driver: KerongCu48Driver;
  let logs: { level: string; message: string; data?: Record<string, unknown> }[];

  async function startDriver(extra: Record<string, unknown> = {}) {
    logs = [];
    driver = new KerongCu48Driver(options({ type: 'serial', path: pair.driverPath }, extra), {
      log: (level, message, data) => logs.push({ level, message, ...(data ? { data } : {}) }),
    });
    await driver.start();
  }

  const unlocks = () => sim.received.filter((frame) => frame.command === UNLOCK);

  beforeEach(async () => {
    pair = await createPtyPair();
    sim = new KerongCu48Simulator({ boards: [{ address: 0 }, { address: 3, locks: 12 }] });
    await sim.openSerial(pair.simulatorPath);
  });

  afterEach(async () => {
    await driver?.close();
    await sim.close();
    await pair.close();
  });

  it('reads every mapped compartment with the exact status frames; occupancy is unknown (no infrared)', async () => {
    sim.forceDoor(0, 47);
    sim.forceDoor(3, 12);
    sim.forceDoor(3, 2);
    sim.placeItem(3, 2);
    await startDriver();
    sim.received.length = 0;

    const readings = await driver.readAll();

    expect(driver.compartments()).toEqual(COMPARTMENTS.map((c) => c.number));
    expect(readings.map((r) => r.compartment)).toEqual(driver.compartments());
    const at = byCompartment(readings);
    expect(at.get(47)).toEqual({ compartment: 47, door: 'open', occupied: null });
    expect(at.get(48)).toEqual({ compartment: 48, door: 'closed', occupied: null });
    expect(at.get(101)).toEqual({ compartment: 101, door: 'open', occupied: null });
    // An item lies in board 3 lock 2 (compartment 111), but the CU48 cannot see it: still null, never a guess.
    expect(at.get(111)).toEqual({ compartment: 111, door: 'open', occupied: null });
    expect(at.get(112)).toEqual({ compartment: 112, door: 'closed', occupied: null });
    expect(sim.received.map((frame) => hex(frame.bytes))).toEqual(['02 00 00 50 03 55', '02 03 00 50 03 58']);
    expect(driver.health()).toEqual({
      ok: true,
      boards: [
        { board: 'cu48:0', online: true, lastSeenAt: expect.any(String), lastError: null },
        { board: 'cu48:3', online: true, lastSeenAt: expect.any(String), lastError: null },
      ],
    });
  });

  it('unlocks compartment 101 as lock 12 of board 3 with one pulse 02 03 0B 51 03 64, confirmed by a status read', async () => {
    await startDriver();

    const outcome = await driver.unlock(101);

    expect(outcome).toEqual({ ok: true, reading: { compartment: 101, door: 'open', occupied: null } });
    // 02 + 03 + 0B + 51 + 03 = 0x64
    expect(sim.unlockFrames(3, 12).map((frame) => hex(frame.bytes))).toEqual(['02 03 0B 51 03 64']);
    expect(unlocks()).toHaveLength(1);
    expect(sim.compartment(3, 12).doorOpen).toBe(true);
    const board3 = sim.received.filter((frame) => frame.board === 3).map((frame) => frame.command);
    expect(board3.slice(-3)).toEqual([0x50, UNLOCK, 0x50]);
  });

  it('a lock that does not open: not_confirmed with the reading, and exactly one pulse', async () => {
    sim.compartment(0, 40).stuck = true;
    await startDriver();

    const outcome = await driver.unlock(40);

    expect(outcome).toEqual({
      ok: false,
      fault: 'not_confirmed',
      reading: { compartment: 40, door: 'closed', occupied: null },
    });
    expect(sim.unlockFrames(0, 40)).toHaveLength(1);
    const afterPulse = sim.received.slice(sim.received.indexOf(sim.unlockFrames(0, 40)[0]!) + 1);
    expect(afterPulse.filter((frame) => frame.command === 0x50).length).toBeGreaterThanOrEqual(2);
    expect(afterPulse.filter((frame) => frame.command === UNLOCK)).toEqual([]);
  });

  it('a silent board: no pulse is sent into silence, its compartments read unknown, the other board is fine', async () => {
    sim.faults(3).silent = true;
    await startDriver();

    const outcome = await driver.unlock(105);
    const at = byCompartment(await driver.readAll());

    expect(outcome).toEqual({
      ok: false,
      fault: 'board_offline',
      reading: { compartment: 105, door: 'unknown', occupied: null },
    });
    expect(unlocks()).toEqual([]);
    expect(at.get(110)!.door).toBe('unknown');
    expect(at.get(1)!.door).toBe('closed');
    expect(driver.health().boards).toEqual([
      expect.objectContaining({ board: 'cu48:0', online: true }),
      expect.objectContaining({ board: 'cu48:3', online: false }),
    ]);
  });

  it('a board that goes silent right after the pulse: board_offline, and still exactly one pulse', async () => {
    await startDriver();
    sim.on('unlock', ({ board }: { board: number }) => {
      sim.faults(board).silent = true;
    });

    const outcome = await driver.unlock(2);

    expect(outcome).toEqual({
      ok: false,
      fault: 'board_offline',
      reading: { compartment: 2, door: 'unknown', occupied: null },
    });
    expect(sim.unlockFrames(0, 2)).toHaveLength(1);
    expect(sim.compartment(0, 2).doorOpen).toBe(true);
  });

  it('a corrupt checksum is rejected and the read retried; only corrupt replies read unknown', async () => {
    await startDriver();
    sim.received.length = 0;
    sim.faults(0).corruptReplies = 1;
    sim.forceDoor(0, 9);

    const first = byCompartment(await driver.readAll());
    expect(first.get(9)!.door).toBe('open');
    expect(sim.received.filter((frame) => frame.board === 0)).toHaveLength(2);
    expect(logs).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'rejected a damaged frame' }),
    );

    sim.faults(0).corruptReplies = Infinity;
    const second = byCompartment(await driver.readAll());
    expect(second.get(9)).toEqual({ compartment: 9, door: 'unknown', occupied: null });
    expect(second.get(101)!.door).toBe('closed');
  });

  it('garbage bytes before every reply: the parser resynchronises within the same read', async () => {
    sim.forceDoor(3, 1);
    await startDriver();
    sim.received.length = 0;
    sim.faults(0).garbageBeforeReplies = Infinity;
    sim.faults(3).garbageBeforeReplies = Infinity;

    const at = byCompartment(await driver.readAll());
    const outcome = await driver.unlock(4);

    expect(at.get(112)!.door).toBe('open');
    expect(at.get(1)!.door).toBe('closed');
    expect(outcome.ok).toBe(true);
    // One status request per board for readAll (no retry needed), then the unlock's read, pulse, confirm read.
    expect(sim.received.map((frame) => hex(frame.bytes))).toEqual([
      '02 00 00 50 03 55',
      '02 03 00 50 03 58',
      '02 00 00 50 03 55',
      '02 00 03 51 03 59',
      '02 00 00 50 03 55',
    ]);
  });

  it('slow replies within the timeout are waited for; slower ones count as lost until the board is quick again', async () => {
    await startDriver({ responseTimeoutMs: 1000 });
    sim.received.length = 0;
    sim.faults(0).extraReplyDelayMs = 60;
    expect(byCompartment(await driver.readAll()).get(1)!.door).toBe('closed');
    expect(sim.received.filter((frame) => frame.board === 0)).toHaveLength(1);
    await driver.close();

    await startDriver();
    sim.faults(0).extraReplyDelayMs = 2000;
    expect(byCompartment(await driver.readAll()).get(1)!.door).toBe('unknown');
    expect(driver.health().boards[0]!.online).toBe(false);
    sim.faults(0).extraReplyDelayMs = 0;
    sim.forceDoor(0, 1);
    expect(byCompartment(await driver.readAll()).get(1)!.door).toBe('open');
  });

  it('a door that will not latch stays open; a forced door shows open without any unlock frame', async () => {
    sim.compartment(0, 12).wontLatch = true;
    await startDriver();

    expect((await driver.unlock(12)).ok).toBe(true);
    sim.closeDoor(0, 12);
    sim.forceDoor(3, 6);
    const at = byCompartment(await driver.readAll());

    expect(at.get(12)!.door).toBe('open');
    expect(at.get(107)!.door).toBe('open');
    expect(unlocks()).toHaveLength(1);
  });

  it('a board that answers the unlock with a status frame: still one pulse and the right outcome', async () => {
    sim.faults(0).answersUnlock = true;
    sim.compartment(0, 30).stuck = true;
    await startDriver({ listenAfterPulseMs: 100 });

    expect(await driver.unlock(29)).toEqual({
      ok: true,
      reading: { compartment: 29, door: 'open', occupied: null },
    });
    expect(await driver.unlock(30)).toMatchObject({ ok: false, fault: 'not_confirmed' });

    expect(sim.unlockFrames(0, 29)).toHaveLength(1);
    expect(sim.unlockFrames(0, 30)).toHaveLength(1);
    expect(sim.overlappingRequests).toBe(0);
    // The listening after the pulse shows what the board sent (commissioning: does the board answer an unlock?).
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: 'info',
        message: 'the board sent 12 bytes within 100 ms of the pulse',
      }),
    );
  });

  it('a board that stays silent while pulsing: the confirm reads cover the pulse time, one pulse, unlocked', async () => {
    sim.faults(0).silentWhilePulsingMs = 400;
    await startDriver({ pulseMs: 600, responseTimeoutMs: 100, readAttempts: 1 });

    expect(await driver.unlock(20)).toEqual({
      ok: true,
      reading: { compartment: 20, door: 'open', occupied: null },
    });
    expect(sim.unlockFrames(0, 20)).toHaveLength(1);
  });

  it('a pulse time set too short for that board: board_offline (door state unknown), still one pulse', async () => {
    sim.faults(0).silentWhilePulsingMs = 1500;
    await startDriver({ pulseMs: 0, responseTimeoutMs: 100, readAttempts: 1 });

    expect(await driver.unlock(21)).toMatchObject({ ok: false, fault: 'board_offline' });
    expect(sim.unlockFrames(0, 21)).toHaveLength(1);
  });

  it('serialises concurrent reads and unlocks: one request in flight, one pulse per unlock', async () => {
    await startDriver();

    const results = await Promise.all([
      driver.readAll(),
      driver.unlock(1),
      driver.unlock(48),
      driver.readAll(),
      driver.unlock(112),
    ]);

    expect([results[1], results[2], results[4]].map((o) => (o as { ok: boolean }).ok)).toEqual([
      true,
      true,
      true,
    ]);
    expect(sim.overlappingRequests).toBe(0);
    expect(sim.rejected).toEqual([]);
    expect(sim.unlockFrames(0, 1)).toHaveLength(1);
    expect(sim.unlockFrames(0, 48)).toHaveLength(1);
    expect(sim.unlockFrames(3, 1)).toHaveLength(1);
  });

  it('refuses a compartment the map does not list without touching the line', async () => {
    await startDriver();
    const before = sim.received.length;

    expect(await driver.unlock(49)).toEqual({ ok: false, fault: 'unknown_compartment', reading: null });
    expect(sim.received).toHaveLength(before);
  });
});

describe('Kerong CU48 firmware variant 0x60', () => {
  it('reads and unlocks with 0x60 / 0x61 frames and the 18-byte 0x75 reply, hook polarity open', async () => {
    const pair = await createPtyPair();
    const sim = new KerongCu48Simulator({
      boards: [{ address: 1 }],
      protocolVariant: '0x60',
      hookBitSetMeans: 'open',
    });
    await sim.openSerial(pair.simulatorPath);
    const driver = new KerongCu48Driver(
      parseKerongCu48Options({
        kind: 'kerong-cu48',
        protocolVariant: '0x60',
        hookBitSetMeans: 'open',
        line: { type: 'serial', path: pair.driverPath },
        boards: [{ address: 1, firstCompartment: 1 }],
        responseTimeoutMs: 250,
        unlockConfirmDelayMs: 30,
        pulseMs: 0,
      }),
    );
    try {
      await driver.start();
      sim.forceDoor(1, 33);
      const at = byCompartment(await driver.readAll());
      expect(at.get(33)).toEqual({ compartment: 33, door: 'open', occupied: null });
      expect(at.get(34)!.door).toBe('closed');

      expect((await driver.unlock(48)).ok).toBe(true);
      // 02 + 01 + 2F + 61 + 03 = 0x96
      expect(sim.unlockFrames(1, 48).map((frame) => hex(frame.bytes))).toEqual(['02 01 2F 61 03 96']);
      expect(sim.received[0]!.bytes).toEqual(Buffer.from([0x02, 0x01, 0x00, 0x60, 0x03, 0x66]));
    } finally {
      await driver.close();
      await sim.close();
      await pair.close();
    }
  });
});

describe('Kerong CU48 driver over TCP (KR-BU bridge)', () => {
  it('reads and unlocks through a TCP connection, and reconnects after the bridge drops it', async () => {
    const sim = new KerongCu48Simulator({ boards: [{ address: 0 }, { address: 3, locks: 12 }] });
    const port = await sim.listenTcp(0);
    const driver = new KerongCu48Driver(options({ type: 'tcp', host: '127.0.0.1', port }));
    try {
      await driver.start();
      sim.forceDoor(0, 10);
      expect(byCompartment(await driver.readAll()).get(10)!.door).toBe('open');
      expect((await driver.unlock(103)).ok).toBe(true);
      expect(sim.unlockFrames(3, 10)).toHaveLength(1);

      sim.dropConnections();
      sim.forceDoor(0, 11);
      expect(byCompartment(await driver.readAll()).get(11)!.door).toBe('open');
      expect(driver.health().ok).toBe(true);
    } finally {
      await driver.close();
      await sim.close();
    }
  });

  it('a bridge that cannot be reached: every compartment reads unknown, unlock is board_offline', async () => {
    const sim = new KerongCu48Simulator({ boards: [{ address: 0 }] });
    const port = await sim.listenTcp(0);
    await sim.close();
    const driver = new KerongCu48Driver(options({ type: 'tcp', host: '127.0.0.1', port }));
    try {
      await driver.start();
      expect(new Set((await driver.readAll()).map((reading) => reading.door))).toEqual(new Set(['unknown']));
      expect(await driver.unlock(1)).toMatchObject({ ok: false, fault: 'board_offline' });
    } finally {
      await driver.close();
    }
  });
});

describe('Kerong CU48 configuration', () => {
  const line = { type: 'serial', path: '/dev/ttyUSB0' };

  it('fills in the defaults: variant 0x50, 48 locks, pulse time 500 ms', () => {
    const parsed = parseKerongCu48Options({
      kind: 'kerong-cu48',
      line,
      boards: [{ address: 0, firstCompartment: 1 }],
    });
    expect(parsed).toMatchObject({
      protocolVariant: '0x50',
      boards: [{ address: 0, firstCompartment: 1, locks: 48 }],
      hookBitSetMeans: 'closed',
      pulseMs: 500,
    });
    expect(new KerongCu48Driver(parsed).compartments()).toHaveLength(48);
  });

  it('refuses board 10, lock counts above 48, sensors and unknown variants, naming the key', () => {
    const parse =
      (boards: unknown[], extra = {}) =>
      () =>
        parseKerongCu48Options({ kind: 'kerong-cu48', line, boards, ...extra });
    expect(parse([{ address: 10, firstCompartment: 1 }])).toThrow(/driver\.boards\.0\.address/);
    expect(parse([{ address: 0, firstCompartment: 1, locks: 49 }])).toThrow(/driver\.boards\.0\.locks/);
    expect(parse([{ address: 0, firstCompartment: 1, sensors: true }])).toThrow(
      /driver\.boards\.0: unknown key sensors/,
    );
    expect(parse([{ address: 0, firstCompartment: 1 }], { protocolVariant: '0x70' })).toThrow(
      /driver\.protocolVariant/,
    );
    expect(parse([{ address: 0 }], { compartments: [{ number: 1, board: 0, lock: 49 }] })).toThrow(
      /driver\.compartments\.0\.lock/,
    );
  });
});
