// The Kerong CU16 driver against the byte-level board simulator over a real byte stream (a socat pty pair, and once
// a TCP bridge): compartment mapping across boards, the one-pulse unlock rule, and every fault the simulator knows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KerongCu16Simulator, type KerongSimulatorOptions } from '../sim/kerong-cu16-simulator.ts';
import { type PtyPair, createPtyPair } from '../sim/pty-pair.ts';
import { KerongCu16Driver, type KerongCu16Options, parseKerongCu16Options } from './kerong-cu16.ts';
import { KerongCommand, hex } from './kerong-frames.ts';
import type { CompartmentReading } from './lock-driver.ts';

/** Board 0: compartments 1–16 with sensors; board 1: compartments 17–24 (8 locks), no sensors. */
const BOARDS = [
  { address: 0, firstCompartment: 1 },
  { address: 1, firstCompartment: 17, locks: 8, sensors: false },
];

function options(
  line: KerongCu16Options['line'] | Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  return parseKerongCu16Options({
    kind: 'kerong-cu16',
    line,
    boards: BOARDS,
    // Small timeouts keep the tests fast; nothing below asserts on durations.
    responseTimeoutMs: 250,
    readAttempts: 2,
    unlockConfirmDelayMs: 30,
    confirmReads: 2,
    ...extra,
  });
}

function byCompartment(readings: CompartmentReading[]): Map<number, CompartmentReading> {
  return new Map(readings.map((reading) => [reading.compartment, reading]));
}

describe('Kerong CU16 driver over a pty pair', () => {
  let pair: PtyPair;
  let sim: KerongCu16Simulator;
  let driver: KerongCu16Driver;
  let logs: { level: string; message: string }[];

  async function startDriver(extra: Record<string, unknown> = {}) {
    logs = [];
    driver = new KerongCu16Driver(options({ type: 'serial', path: pair.driverPath }, extra), {
      log: (level, message) => logs.push({ level, message }),
    });
    await driver.start();
  }

  beforeEach(async () => {
    pair = await createPtyPair();
    sim = new KerongCu16Simulator({
      boards: [{ address: 0 }, { address: 1, locks: 8, sensors: false }],
    });
    await sim.openSerial(pair.simulatorPath);
  });

  afterEach(async () => {
    await driver?.close();
    await sim.close();
    await pair.close();
  });

  it('reads every compartment of both boards with the exact status frames, mapped by configuration', async () => {
    sim.forceDoor(0, 5);
    sim.placeItem(0, 5);
    sim.compartment(0, 16).occupied = true;
    sim.forceDoor(1, 3);
    await startDriver();
    sim.received.length = 0;

    const readings = await driver.readAll();

    expect(driver.compartments()).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(readings.map((r) => r.compartment)).toEqual(driver.compartments());
    const at = byCompartment(readings);
    expect(at.get(5)).toEqual({ compartment: 5, door: 'open', occupied: true });
    expect(at.get(16)).toEqual({ compartment: 16, door: 'closed', occupied: true });
    expect(at.get(1)).toEqual({ compartment: 1, door: 'closed', occupied: false });
    expect(at.get(19)).toEqual({ compartment: 19, door: 'open', occupied: null });
    expect(at.get(24)).toEqual({ compartment: 24, door: 'closed', occupied: null });
    expect(sim.received.map((frame) => hex(frame.bytes))).toEqual(['02 00 30 03 35', '02 10 30 03 45']);
    expect(driver.health()).toEqual({
      ok: true,
      boards: [
        { board: 'cu16:0', online: true, lastSeenAt: expect.any(String), lastError: null },
        { board: 'cu16:1', online: true, lastSeenAt: expect.any(String), lastError: null },
      ],
    });
  });

  it('unlocks compartment 21 as lock 5 of board 1 with one pulse 02 14 31 03 4A and confirms it by a status read', async () => {
    await startDriver();

    const outcome = await driver.unlock(21);

    expect(outcome).toEqual({ ok: true, reading: { compartment: 21, door: 'open', occupied: null } });
    expect(sim.unlockFrames(1, 5).map((frame) => hex(frame.bytes))).toEqual(['02 14 31 03 4A']);
    expect(sim.received.filter((frame) => frame.command === KerongCommand.unlock)).toHaveLength(1);
    expect(sim.compartment(1, 5).doorOpen).toBe(true);
    // The pulse came after a status read of the board, and was followed by one.
    const board1 = sim.received.filter((frame) => frame.board === 1).map((frame) => frame.command);
    expect(board1.slice(-3)).toEqual([KerongCommand.status, KerongCommand.unlock, KerongCommand.status]);
  });

  it('a lock that does not open: not_confirmed with the reading, and exactly one pulse', async () => {
    sim.compartment(0, 7).stuck = true;
    sim.compartment(0, 7).occupied = true;
    await startDriver();

    const outcome = await driver.unlock(7);

    expect(outcome).toEqual({
      ok: false,
      fault: 'not_confirmed',
      reading: { compartment: 7, door: 'closed', occupied: true },
    });
    expect(sim.unlockFrames(0, 7)).toHaveLength(1);
    // Every confirm read was made (reads may repeat), the pulse was not.
    const afterPulse = sim.received.slice(sim.received.indexOf(sim.unlockFrames(0, 7)[0]!) + 1);
    expect(
      afterPulse.filter((frame) => frame.command === KerongCommand.status).length,
    ).toBeGreaterThanOrEqual(2);
    expect(afterPulse.filter((frame) => frame.command === KerongCommand.unlock)).toEqual([]);
  });

  it('a board that goes silent right after the pulse: board_offline, door state unknown, and still exactly one pulse', async () => {
    await startDriver();
    sim.on('unlock', ({ board }: { board: number }) => {
      sim.faults(board).silent = true;
    });

    const outcome = await driver.unlock(3);

    expect(outcome).toEqual({
      ok: false,
      fault: 'board_offline',
      reading: { compartment: 3, door: 'unknown', occupied: null },
    });
    expect(sim.unlockFrames(0, 3)).toHaveLength(1);
    expect(sim.compartment(0, 3).doorOpen).toBe(true);
    expect(driver.health().boards[0]).toMatchObject({ board: 'cu16:0', online: false });
  });

  it('a board that does not answer: no pulse is sent into silence, its compartments read unknown, the other board is fine', async () => {
    sim.faults(1).silent = true;
    await startDriver();

    const outcome = await driver.unlock(18);
    const at = byCompartment(await driver.readAll());

    expect(outcome).toEqual({
      ok: false,
      fault: 'board_offline',
      reading: { compartment: 18, door: 'unknown', occupied: null },
    });
    expect(sim.received.filter((frame) => frame.command === KerongCommand.unlock)).toEqual([]);
    expect(at.get(18)).toEqual({ compartment: 18, door: 'unknown', occupied: null });
    expect(at.get(2)).toEqual({ compartment: 2, door: 'closed', occupied: false });
    const health = driver.health();
    expect(health.ok).toBe(false);
    expect(health.boards[1]).toMatchObject({
      board: 'cu16:1',
      online: false,
      lastError: expect.stringContaining('no valid reply'),
    });
    expect(health.boards[0]).toMatchObject({ online: true, lastError: null });
  });

  it('a board known to be silent gets one attempt per poll, not all its retries; an unlock still retries', async () => {
    sim.faults(1).silent = true;
    await startDriver();
    const board1Reads = () => sim.received.filter((frame) => frame.board === 1).length;
    expect(board1Reads()).toBe(2);

    await driver.readAll();
    await driver.readAll();
    expect(board1Reads()).toBe(4);

    await driver.unlock(17);
    expect(board1Reads()).toBe(6);
  });

  it('a board that comes back is read again', async () => {
    sim.faults(0).silent = true;
    await startDriver();
    expect(driver.health().boards[0]!.online).toBe(false);

    sim.faults(0).silent = false;
    const at = byCompartment(await driver.readAll());

    expect(at.get(1)!.door).toBe('closed');
    expect(driver.health().boards[0]).toMatchObject({ online: true, lastError: null });
  });

  it('a reply with a corrupt checksum is rejected and the read retried', async () => {
    sim.forceDoor(0, 2);
    await startDriver();
    sim.received.length = 0;
    sim.faults(0).corruptReplies = 1;

    const at = byCompartment(await driver.readAll());

    expect(at.get(2)).toEqual({ compartment: 2, door: 'open', occupied: false });
    const board0 = sim.received.filter((frame) => frame.board === 0);
    expect(board0.map((frame) => hex(frame.bytes))).toEqual(['02 00 30 03 35', '02 00 30 03 35']);
    expect(logs).toContainEqual({ level: 'warn', message: 'rejected a damaged frame' });
  });

  it('only corrupt replies: the compartments read unknown, never a guess from a damaged frame', async () => {
    await startDriver();
    sim.faults(0).corruptReplies = Infinity;

    const at = byCompartment(await driver.readAll());

    expect(at.get(1)).toEqual({ compartment: 1, door: 'unknown', occupied: null });
    expect(at.get(17)!.door).toBe('closed');
  });

  it('an unlock whose confirm reads come back corrupt: board_offline, one pulse', async () => {
    await startDriver();
    sim.on('unlock', ({ board }: { board: number }) => {
      sim.faults(board).corruptReplies = Infinity;
    });

    const outcome = await driver.unlock(9);

    expect(outcome).toMatchObject({ ok: false, fault: 'board_offline' });
    expect(sim.unlockFrames(0, 9)).toHaveLength(1);
  });

  it('garbage bytes before every reply: the parser resynchronises within the same read', async () => {
    sim.compartment(1, 8).doorOpen = true;
    await startDriver();
    sim.received.length = 0;
    sim.faults(0).garbageBeforeReplies = Infinity;
    sim.faults(1).garbageBeforeReplies = Infinity;

    const at = byCompartment(await driver.readAll());
    const outcome = await driver.unlock(4);

    expect(at.get(24)).toEqual({ compartment: 24, door: 'open', occupied: null });
    expect(at.get(1)!.door).toBe('closed');
    expect(outcome.ok).toBe(true);
    // One status request per board for readAll (no retry was needed), then the unlock's read, pulse, confirm read.
    expect(sim.received.map((frame) => hex(frame.bytes))).toEqual([
      '02 00 30 03 35',
      '02 10 30 03 45',
      '02 00 30 03 35',
      '02 03 31 03 39',
      '02 00 30 03 35',
    ]);
  });

  it('slow replies within the response timeout are waited for', async () => {
    await startDriver({ responseTimeoutMs: 1000 });
    sim.received.length = 0;
    sim.faults(0).extraReplyDelayMs = 60;

    const at = byCompartment(await driver.readAll());

    expect(at.get(1)!.door).toBe('closed');
    expect(sim.received.filter((frame) => frame.board === 0)).toHaveLength(1);
  });

  it('replies slower than the timeout count as lost; the board is read correctly once it is quick again', async () => {
    await startDriver();
    sim.faults(0).extraReplyDelayMs = 2000;

    const slow = byCompartment(await driver.readAll());
    expect(slow.get(1)).toEqual({ compartment: 1, door: 'unknown', occupied: null });
    expect(driver.health().boards[0]!.online).toBe(false);

    sim.faults(0).extraReplyDelayMs = 0;
    sim.forceDoor(0, 1);
    const quick = byCompartment(await driver.readAll());
    expect(quick.get(1)!.door).toBe('open');
  });

  it('a door left open stays open in every read until a person closes it; a door that will not latch stays open', async () => {
    sim.compartment(0, 12).wontLatch = true;
    await startDriver();

    expect((await driver.unlock(11)).ok).toBe(true);
    expect((await driver.unlock(12)).ok).toBe(true);
    for (let poll = 0; poll < 3; poll++) {
      const at = byCompartment(await driver.readAll());
      expect(at.get(11)!.door).toBe('open');
    }
    sim.closeDoor(0, 11);
    sim.closeDoor(0, 12);
    const at = byCompartment(await driver.readAll());
    expect(at.get(11)!.door).toBe('closed');
    expect(at.get(12)!.door).toBe('open');
  });

  it('a pickup: unlock, the person takes the document and closes the door; the compartment reads closed and empty', async () => {
    sim.forceDoor(0, 6);
    sim.placeItem(0, 6);
    sim.closeDoor(0, 6);
    await startDriver();
    expect(byCompartment(await driver.readAll()).get(6)).toEqual({
      compartment: 6,
      door: 'closed',
      occupied: true,
    });

    expect(await driver.unlock(6)).toEqual({
      ok: true,
      reading: { compartment: 6, door: 'open', occupied: true },
    });
    sim.takeItem(0, 6);
    sim.closeDoor(0, 6);

    expect(byCompartment(await driver.readAll()).get(6)).toEqual({
      compartment: 6,
      door: 'closed',
      occupied: false,
    });
  });

  it('a forced door shows as open without any unlock frame on the line', async () => {
    await startDriver();
    sim.forceDoor(1, 2);

    expect(byCompartment(await driver.readAll()).get(18)!.door).toBe('open');
    expect(sim.received.filter((frame) => frame.command === KerongCommand.unlock)).toEqual([]);
  });

  it('serialises concurrent reads and unlocks: one request in flight, one pulse per unlock', async () => {
    await startDriver();

    const results = await Promise.all([
      driver.readAll(),
      driver.unlock(1),
      driver.unlock(2),
      driver.readAll(),
      driver.unlock(17),
      driver.readAll(),
    ]);

    expect(results.slice(1, 3).map((outcome) => (outcome as { ok: boolean }).ok)).toEqual([true, true]);
    expect((results[4] as { ok: boolean }).ok).toBe(true);
    expect(sim.overlappingRequests).toBe(0);
    expect(sim.rejected).toEqual([]);
    expect(sim.unlockFrames(0, 1)).toHaveLength(1);
    expect(sim.unlockFrames(0, 2)).toHaveLength(1);
    expect(sim.unlockFrames(1, 1)).toHaveLength(1);
  });

  it('refuses an unknown compartment without touching the line', async () => {
    await startDriver();
    const before = sim.received.length;

    expect(await driver.unlock(25)).toEqual({ ok: false, fault: 'unknown_compartment', reading: null });
    expect(sim.received).toHaveLength(before);
  });
});

describe('Kerong CU16 hook polarity', () => {
  it('reads doors right when a set hook bit means open (normally-closed switches)', async () => {
    const pair = await createPtyPair();
    const sim = new KerongCu16Simulator({ boards: [{ address: 0 }], hookBitSetMeans: 'open' });
    await sim.openSerial(pair.simulatorPath);
    const driver = new KerongCu16Driver(
      parseKerongCu16Options({
        kind: 'kerong-cu16',
        line: { type: 'serial', path: pair.driverPath },
        boards: [{ address: 0, firstCompartment: 1 }],
        hookBitSetMeans: 'open',
        responseTimeoutMs: 150,
        unlockConfirmDelayMs: 30,
      }),
    );
    try {
      await driver.start();
      sim.forceDoor(0, 3);
      const at = byCompartment(await driver.readAll());
      expect(at.get(3)!.door).toBe('open');
      expect(at.get(4)!.door).toBe('closed');
      expect((await driver.unlock(5)).ok).toBe(true);
    } finally {
      await driver.close();
      await sim.close();
      await pair.close();
    }
  });
});

describe('Kerong CU16 driver when the serial adapter goes away', () => {
  it('reads unknown while the line is gone and reopens the same path once it is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-replug-'));
    let pair = await createPtyPair({ dir });
    let sim = new KerongCu16Simulator({ boards: [{ address: 0 }] });
    await sim.openSerial(pair.simulatorPath);
    const driver = new KerongCu16Driver(
      parseKerongCu16Options({
        kind: 'kerong-cu16',
        line: { type: 'serial', path: pair.driverPath },
        boards: [{ address: 0, firstCompartment: 1 }],
        responseTimeoutMs: 250,
        readAttempts: 2,
      }),
    );
    try {
      await driver.start();
      expect(driver.health().ok).toBe(true);

      // Unplugged: the pty pair and the board are gone.
      await sim.close();
      await pair.close();
      expect(new Set((await driver.readAll()).map((reading) => reading.door))).toEqual(new Set(['unknown']));
      expect(driver.health().ok).toBe(false);

      // Plugged in again under the same path.
      pair = await createPtyPair({ dir });
      sim = new KerongCu16Simulator({ boards: [{ address: 0 }] });
      await sim.openSerial(pair.simulatorPath);
      sim.forceDoor(0, 4);
      const readings = await driver.readAll();
      expect(readings.find((reading) => reading.compartment === 4)!.door).toBe('open');
      expect(driver.health().ok).toBe(true);
    } finally {
      await driver.close();
      await sim.close();
      await pair.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Kerong CU16 driver on two lines', () => {
  it('keeps the lines apart: the same board address on each, compartments and pulses on the right line', async () => {
    const pairs = [await createPtyPair(), await createPtyPair()];
    const sims = [
      new KerongCu16Simulator({ boards: [{ address: 0 }] }),
      new KerongCu16Simulator({ boards: [{ address: 0 }] }),
    ];
    await sims[0]!.openSerial(pairs[0]!.simulatorPath);
    await sims[1]!.openSerial(pairs[1]!.simulatorPath);
    const driver = new KerongCu16Driver(
      parseKerongCu16Options({
        kind: 'kerong-cu16',
        lines: [
          {
            line: { type: 'serial', path: pairs[0]!.driverPath },
            boards: [{ address: 0, firstCompartment: 1 }],
          },
          {
            line: { type: 'serial', path: pairs[1]!.driverPath },
            boards: [{ address: 0, firstCompartment: 17 }],
          },
        ],
        responseTimeoutMs: 250,
        readAttempts: 2,
        unlockConfirmDelayMs: 30,
      }),
    );
    try {
      await driver.start();
      sims[0]!.forceDoor(0, 2);
      sims[1]!.forceDoor(0, 3);
      const readings = byCompartment(await driver.readAll());
      expect(driver.compartments()).toHaveLength(32);
      expect(readings.get(2)!.door).toBe('open');
      expect(readings.get(18)!.door).toBe('closed');
      expect(readings.get(19)!.door).toBe('open');

      expect((await driver.unlock(20)).ok).toBe(true);
      expect(sims[1]!.unlockFrames(0, 4)).toHaveLength(1);
      expect(sims[0]!.received.filter((frame) => frame.command === KerongCommand.unlock)).toEqual([]);

      // A silent second line leaves the first one readable.
      sims[1]!.faults(0).silent = true;
      const later = byCompartment(await driver.readAll());
      expect(later.get(2)!.door).toBe('open');
      expect(later.get(17)!.door).toBe('unknown');
      expect(driver.health().boards).toEqual([
        expect.objectContaining({ board: 'line1/cu16:0', online: true }),
        expect.objectContaining({ board: 'line2/cu16:0', online: false }),
      ]);
    } finally {
      await driver.close();
      await Promise.all(sims.map((sim) => sim.close()));
      await Promise.all(pairs.map((pair) => pair.close()));
    }
  });
});

describe('Kerong CU16 driver over TCP (KR-BU bridge)', () => {
  it('reads and unlocks through a TCP connection, and reconnects after the bridge drops it', async () => {
    const sim = new KerongCu16Simulator({
      boards: [{ address: 0 }, { address: 1, locks: 8, sensors: false }],
    });
    const port = await sim.listenTcp(0);
    const driver = new KerongCu16Driver(options({ type: 'tcp', host: '127.0.0.1', port }));
    try {
      await driver.start();
      sim.forceDoor(0, 10);
      expect(byCompartment(await driver.readAll()).get(10)!.door).toBe('open');

      expect(await driver.unlock(20)).toEqual({
        ok: true,
        reading: { compartment: 20, door: 'open', occupied: null },
      });
      expect(sim.unlockFrames(1, 4).map((frame) => hex(frame.bytes))).toEqual(['02 13 31 03 49']);
      expect(driver.health().ok).toBe(true);

      sim.dropConnections();
      sim.forceDoor(0, 11);
      expect(byCompartment(await driver.readAll()).get(11)!.door).toBe('open');
      expect(driver.health().ok).toBe(true);
    } finally {
      await driver.close();
      await sim.close();
    }
  });

  it('a bridge that cannot be reached: start resolves, every compartment reads unknown, unlock is board_offline', async () => {
    const sim = new KerongCu16Simulator({ boards: [{ address: 0 }] });
    const port = await sim.listenTcp(0);
    await sim.close();
    const driver = new KerongCu16Driver(options({ type: 'tcp', host: '127.0.0.1', port }));
    try {
      await driver.start();
      const readings = await driver.readAll();
      expect(new Set(readings.map((reading) => reading.door))).toEqual(new Set(['unknown']));
      expect(await driver.unlock(1)).toMatchObject({ ok: false, fault: 'board_offline' });
      expect(driver.health().boards[0]!.lastError).toMatch(/ECONNREFUSED|write failed/);
    } finally {
      await driver.close();
    }
  });
});

describe('Kerong CU16 configuration', () => {
  const line = { type: 'serial', path: '/dev/ttyUSB0' };

  it('fills in the defaults', () => {
    const parsed = parseKerongCu16Options({
      kind: 'kerong-cu16',
      line,
      boards: [{ address: 0, firstCompartment: 1 }],
    });
    expect(parsed).toEqual({
      kind: 'kerong-cu16',
      line: { type: 'serial', path: '/dev/ttyUSB0', baudRate: 19200 },
      boards: [{ address: 0, firstCompartment: 1, locks: 16, sensors: true }],
      hookBitSetMeans: 'closed',
      infraredBitSetMeans: 'occupied',
      responseTimeoutMs: 300,
      readAttempts: 3,
      unlockConfirmDelayMs: 150,
      confirmReads: 3,
      pulseMs: 500,
      listenAfterPulseMs: 0,
    });
    expect(
      parseKerongCu16Options({
        kind: 'kerong-cu16',
        line: { type: 'tcp', host: '10.0.0.5' },
        boards: [{ address: 0, firstCompartment: 1 }],
      }).line,
    ).toEqual({ type: 'tcp', host: '10.0.0.5', port: 5000, connectTimeoutMs: 3000 });
  });

  it('refuses an address used twice, overlapping compartments, board 15 and unknown keys, naming the key', () => {
    const parse =
      (boards: unknown[], extra = {}) =>
      () =>
        parseKerongCu16Options({ kind: 'kerong-cu16', line, boards, ...extra });
    expect(
      parse([
        { address: 0, firstCompartment: 1 },
        { address: 0, firstCompartment: 17 },
      ]),
    ).toThrow(/driver\.boards\.1\.address: board address 0 is used twice/);
    expect(
      parse([
        { address: 0, firstCompartment: 1 },
        { address: 1, firstCompartment: 16 },
      ]),
    ).toThrow(/driver\.boards\.1\.firstCompartment: compartment 16 is also on board 0/);
    expect(parse([{ address: 15, firstCompartment: 1 }])).toThrow(/driver\.boards\.0\.address/);
    expect(parse([{ address: 0, firstCompartment: 1, lock: 3 }])).toThrow(
      /driver\.boards\.0: unknown key lock/,
    );
    expect(parse([{ address: 0, firstCompartment: 1 }], { hookBitSetMeans: 'set' })).toThrow(
      /driver\.hookBitSetMeans/,
    );
    const board = { address: 0, firstCompartment: 1 };
    expect(() => parseKerongCu16Options({ kind: 'kerong-cu16', boards: [board] })).toThrow(
      /driver\.line: give either/,
    );
    expect(() =>
      parseKerongCu16Options({
        kind: 'kerong-cu16',
        line,
        boards: [board],
        lines: [{ line, boards: [board] }],
      }),
    ).toThrow(/driver\.line: give either/);
    expect(() =>
      parseKerongCu16Options({
        kind: 'kerong-cu16',
        lines: [
          { line, boards: [board] },
          { line, boards: [board] },
        ],
      }),
    ).toThrow(/driver\.lines\.1\.boards\.0\.firstCompartment: compartment 1 is also on line 1 board 0/);
  });
});

describe('Kerong CU16 commissioning settings and unlock faults', () => {
  let pair: PtyPair;
  let sim: KerongCu16Simulator;
  let driver: KerongCu16Driver | undefined;

  async function start(simOptions: Partial<KerongSimulatorOptions>, extra: Record<string, unknown>) {
    pair = await createPtyPair();
    sim = new KerongCu16Simulator({ boards: [{ address: 0 }, { address: 4, locks: 4 }], ...simOptions });
    await sim.openSerial(pair.simulatorPath);
    driver = new KerongCu16Driver(
      parseKerongCu16Options({
        kind: 'kerong-cu16',
        line: { type: 'serial', path: pair.driverPath },
        boards: [
          { address: 0, firstCompartment: 1 },
          { address: 4, firstCompartment: 17, locks: 4 },
        ],
        responseTimeoutMs: 150,
        readAttempts: 1,
        unlockConfirmDelayMs: 30,
        confirmReads: 2,
        pulseMs: 0,
        ...extra,
      }),
    );
    await driver.start();
    return driver;
  }

  afterEach(async () => {
    await driver?.close();
    driver = undefined;
    await sim.close();
    await pair.close();
  });

  it('infrared polarity: sensors whose set bit means empty read right once configured so', async () => {
    const configured = await start({ infraredBitSetMeans: 'empty' }, { infraredBitSetMeans: 'empty' });
    sim.forceDoor(0, 2);
    sim.placeItem(0, 2);
    sim.closeDoor(0, 2);

    const at = byCompartment(await configured.readAll());
    expect(at.get(2)).toEqual({ compartment: 2, door: 'closed', occupied: true });
    expect(at.get(1)).toEqual({ compartment: 1, door: 'closed', occupied: false });
  });

  it('infrared polarity left at the default with such sensors reads every compartment the wrong way round', async () => {
    const misconfigured = await start({ infraredBitSetMeans: 'empty' }, {});
    sim.forceDoor(0, 2);
    sim.placeItem(0, 2);

    const at = byCompartment(await misconfigured.readAll());
    expect(at.get(2)!.occupied).toBe(false);
    expect(at.get(1)!.occupied).toBe(true);
  });

  it('a board that answers the unlock with a status frame: one pulse, unlocked; a stuck lock there: not_confirmed', async () => {
    const unlocking = await start({}, {});
    sim.faults(0).answersUnlock = true;
    sim.compartment(0, 9).stuck = true;

    expect(await unlocking.unlock(8)).toEqual({
      ok: true,
      reading: { compartment: 8, door: 'open', occupied: false },
    });
    expect(await unlocking.unlock(9)).toMatchObject({ ok: false, fault: 'not_confirmed' });
    expect(sim.unlockFrames(0, 8)).toHaveLength(1);
    expect(sim.unlockFrames(0, 9)).toHaveLength(1);
    expect(sim.received.filter((frame) => frame.command === KerongCommand.unlock)).toHaveLength(2);
    expect(sim.overlappingRequests).toBe(0);
  });

  it('a board that stays silent while pulsing: confirm reads over the pulse time see the door open, one pulse', async () => {
    const servo = await start({}, { pulseMs: 1000 });
    sim.faults(4).silentWhilePulsingMs = 700;

    expect(await servo.unlock(19)).toEqual({
      ok: true,
      reading: { compartment: 19, door: 'open', occupied: false },
    });
    expect(sim.unlockFrames(4, 3)).toHaveLength(1);
    // The board ignored the reads while it drove the lock, and none of them was an unlock.
    const afterPulse = sim.received.slice(sim.received.indexOf(sim.unlockFrames(4, 3)[0]!) + 1);
    expect(afterPulse.length).toBeGreaterThanOrEqual(2);
    expect(afterPulse.every((frame) => frame.command === KerongCommand.status)).toBe(true);
  });

  it('the same board with the pulse time left too short: board_offline, still exactly one pulse', async () => {
    const tooShort = await start({}, { pulseMs: 0 });
    sim.faults(4).silentWhilePulsingMs = 1500;

    expect(await tooShort.unlock(19)).toMatchObject({ ok: false, fault: 'board_offline' });
    expect(sim.unlockFrames(4, 3)).toHaveLength(1);
  });
});

describe('Kerong CU16 with an explicit compartment map', () => {
  it('reads and unlocks the compartment the map names, on its board and lock', async () => {
    const pair = await createPtyPair();
    const sim = new KerongCu16Simulator({ boards: [{ address: 0 }, { address: 1, locks: 8 }] });
    await sim.openSerial(pair.simulatorPath);
    const driver = new KerongCu16Driver(
      parseKerongCu16Options({
        kind: 'kerong-cu16',
        line: { type: 'serial', path: pair.driverPath },
        boards: [
          { address: 0, locks: 16 },
          { address: 1, locks: 8 },
        ],
        compartments: [
          { number: 1, board: 1, lock: 8 },
          { number: 2, board: 0, lock: 16 },
          { number: 3, board: 0, lock: 1 },
        ],
        responseTimeoutMs: 250,
        unlockConfirmDelayMs: 30,
        pulseMs: 0,
      }),
    );
    try {
      await driver.start();
      sim.forceDoor(0, 16);
      expect(await driver.readAll()).toEqual([
        { compartment: 1, door: 'closed', occupied: false },
        { compartment: 2, door: 'open', occupied: false },
        { compartment: 3, door: 'closed', occupied: false },
      ]);
      expect((await driver.unlock(1)).ok).toBe(true);
      expect(sim.unlockFrames(1, 8).map((frame) => hex(frame.bytes))).toEqual(['02 17 31 03 4D']);
    } finally {
      await driver.close();
      await sim.close();
      await pair.close();
    }
  });
});
