// The Modbus relay driver (modbus-serial) against the byte-level relay-board simulator over a real pty pair (and
// once over TCP): request bytes, one coil pulse per unlock, door-input confirmation, and each fault.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModbusRelaySimulator } from '../sim/modbus-relay-simulator.ts';
import { readRequest, writeCoilRequest } from '../sim/modbus-rtu-frames.ts';
import { type PtyPair, createPtyPair } from '../sim/pty-pair.ts';
import { hex } from './kerong-frames.ts';
import type { CompartmentReading } from './lock-driver.ts';
import { ModbusRelayDriver, parseModbusRelayOptions } from './modbus-relay.ts';

const UNIT = 3;
/** Compartments 1–8 on relays 0–7 and door inputs 0–7; 1–4 also have occupancy sensors on inputs 8–11. */
const WIRING = Array.from({ length: 8 }, (_, i) => ({
  compartment: i + 1,
  coil: i,
  doorInput: i,
  ...(i < 4 ? { occupancyInput: 8 + i } : {}),
}));

function options(line: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return parseModbusRelayOptions({
    kind: 'modbus-relay',
    line,
    unitId: UNIT,
    compartments: WIRING,
    // Small timings keep the tests fast; nothing below asserts on durations.
    pulseMs: 30,
    responseTimeoutMs: 250,
    readAttempts: 2,
    coilOffAttempts: 2,
    unlockConfirmDelayMs: 10,
    confirmReads: 2,
    ...extra,
  });
}

const at = (readings: CompartmentReading[]) =>
  new Map(readings.map((reading) => [reading.compartment, reading]));

describe('Modbus relay driver over a pty pair', () => {
  let pair: PtyPair;
  let sim: ModbusRelaySimulator;
  let driver: ModbusRelayDriver;
  let logs: string[];

  beforeEach(async () => {
    pair = await createPtyPair();
    sim = new ModbusRelaySimulator({ unitId: UNIT, compartments: WIRING });
    await sim.openSerial(pair.simulatorPath, 9600);
    logs = [];
    driver = new ModbusRelayDriver(options({ type: 'serial', path: pair.driverPath }), {
      log: (level, message) => logs.push(`${level}: ${message}`),
    });
  });

  afterEach(async () => {
    await driver.close();
    await sim.close();
    await pair.close();
  });

  const requests = () => sim.received.map(({ request }) => hex(request.bytes));

  it('reads every door and sensor in one read-discrete-inputs request and maps them', async () => {
    sim.forceDoor(2);
    sim.placeItem(2);
    sim.forceDoor(7);
    await driver.start();
    sim.received.length = 0;

    const readings = at(await driver.readAll());

    expect(requests()).toEqual([hex(readRequest(UNIT, 0x02, 0, 12))]);
    expect(driver.compartments()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(readings.get(1)).toEqual({ compartment: 1, door: 'closed', occupied: false });
    expect(readings.get(2)).toEqual({ compartment: 2, door: 'open', occupied: true });
    expect(readings.get(7)).toEqual({ compartment: 7, door: 'open', occupied: null });
    expect(driver.health()).toEqual({
      ok: true,
      boards: [{ board: 'modbus:3', online: true, lastSeenAt: expect.any(String), lastError: null }],
    });
  });

  it('unlocks with one coil pulse (on, then off) and confirms by the door input', async () => {
    await driver.start();
    sim.received.length = 0;

    const outcome = await driver.unlock(5);

    expect(outcome).toEqual({ ok: true, reading: { compartment: 5, door: 'open', occupied: null } });
    expect(requests()).toEqual([
      hex(readRequest(UNIT, 0x02, 0, 12)),
      hex(writeCoilRequest(UNIT, 4, true)),
      hex(writeCoilRequest(UNIT, 4, false)),
      hex(readRequest(UNIT, 0x02, 0, 12)),
    ]);
    expect(sim.coilStates[4]).toBe(false);
    expect(sim.compartment(5).doorOpen).toBe(true);
  });

  it('a lock that does not open: not_confirmed, exactly one pulse, relay off again', async () => {
    sim.compartment(3).stuck = true;
    await driver.start();

    const outcome = await driver.unlock(3);

    expect(outcome).toEqual({
      ok: false,
      fault: 'not_confirmed',
      reading: { compartment: 3, door: 'closed', occupied: false },
    });
    expect(sim.coilOnWrites(2)).toHaveLength(1);
    expect(sim.coilStates[2]).toBe(false);
  });

  it('a board that does not answer: board_offline without any coil write', async () => {
    sim.faults().silent = true;
    await driver.start();

    expect(await driver.unlock(1)).toEqual({
      ok: false,
      fault: 'board_offline',
      reading: { compartment: 1, door: 'unknown', occupied: null },
    });
    expect(sim.received.filter(({ request }) => request.fn === 0x05)).toEqual([]);
    expect(at(await driver.readAll()).get(1)).toEqual({ compartment: 1, door: 'unknown', occupied: null });
    // start (2 attempts), the unlock's read (2), then a poll of a board known silent (1).
    expect(sim.received.filter(({ request }) => request.fn === 0x02)).toHaveLength(5);
    expect(driver.health().boards[0]).toMatchObject({
      online: false,
      lastError: expect.stringMatching(/Timed out/),
    });
  });

  it('a board that goes silent when the relay switches: board_offline, the pulse never repeated', async () => {
    await driver.start();
    sim.on('unlock', () => {
      sim.faults().silent = true;
    });

    const outcome = await driver.unlock(6);

    expect(outcome).toMatchObject({ ok: false, fault: 'board_offline' });
    expect(sim.coilOnWrites(5)).toHaveLength(1);
    // The off write was tried (repeatable: it opens nothing), and the driver warns that the relay may still be on.
    const offWrites = sim.received.filter(
      ({ request }) => hex(request.bytes) === hex(writeCoilRequest(UNIT, 5, false)),
    );
    expect(offWrites.length).toBeGreaterThanOrEqual(2);
    expect(logs).toContain('warn: coil 5 may still be on: the board did not confirm switching it off');
    expect(driver.health()).toMatchObject({
      ok: false,
      boards: [{ lastError: expect.stringMatching(/relay 5 may still be on/) }],
    });

    // The board answers again: the next read switches the relay off first, and the board is healthy again.
    sim.coilStates[5] = true;
    sim.faults().silent = false;
    await driver.readAll();
    expect(sim.coilStates[5]).toBe(false);
    expect(driver.health()).toMatchObject({ ok: true, boards: [{ lastError: null }] });
    expect(sim.coilOnWrites(5)).toHaveLength(1);
  });

  it('a reply with a corrupt CRC is rejected and the read retried', async () => {
    sim.forceDoor(4);
    await driver.start();
    sim.received.length = 0;
    sim.faults().corruptReplies = 1;

    expect(at(await driver.readAll()).get(4)).toEqual({ compartment: 4, door: 'open', occupied: false });
    expect(requests()).toEqual([hex(readRequest(UNIT, 0x02, 0, 12)), hex(readRequest(UNIT, 0x02, 0, 12))]);
  });

  it('only corrupt replies: unknown, never a guess', async () => {
    await driver.start();
    sim.faults().corruptReplies = Infinity;

    expect(at(await driver.readAll()).get(4)!.door).toBe('unknown');
  });

  it('noise bytes before the replies: the readings are still right', async () => {
    sim.forceDoor(8);
    await driver.start();
    sim.faults().garbageBeforeReplies = Infinity;

    const readings = at(await driver.readAll());

    expect(readings.get(8)!.door).toBe('open');
    expect(readings.get(1)!.door).toBe('closed');
    expect((await driver.unlock(1)).ok).toBe(true);
    expect(sim.coilOnWrites(0)).toHaveLength(1);
  });

  it('slow replies: waited for within the timeout, lost beyond it, read again once quick', async () => {
    await driver.start();
    sim.faults().extraReplyDelayMs = 60;
    expect(at(await driver.readAll()).get(1)!.door).toBe('closed');

    sim.faults().extraReplyDelayMs = 2000;
    expect(at(await driver.readAll()).get(1)!.door).toBe('unknown');
    expect(driver.health().ok).toBe(false);
  });

  it('a pickup: door opens, the item is taken, the door closed; a door that will not latch stays open', async () => {
    sim.forceDoor(2);
    sim.placeItem(2);
    sim.closeDoor(2);
    sim.compartment(3).wontLatch = true;
    await driver.start();

    expect((await driver.unlock(2)).ok).toBe(true);
    expect((await driver.unlock(3)).ok).toBe(true);
    sim.takeItem(2);
    sim.closeDoor(2);
    sim.closeDoor(3);

    const readings = at(await driver.readAll());
    expect(readings.get(2)).toEqual({ compartment: 2, door: 'closed', occupied: false });
    expect(readings.get(3)!.door).toBe('open');
  });

  it('serialises concurrent unlocks and reads: one request in flight, one pulse each', async () => {
    await driver.start();

    const [first, , second] = await Promise.all([
      driver.unlock(1),
      driver.readAll(),
      driver.unlock(2),
      driver.readAll(),
    ]);

    expect(first.ok && second.ok).toBe(true);
    expect(sim.overlappingRequests).toBe(0);
    expect(sim.rejected).toEqual([]);
    expect(sim.coilOnWrites(0)).toHaveLength(1);
    expect(sim.coilOnWrites(1)).toHaveLength(1);
  });

  it('refuses an unknown compartment', async () => {
    await driver.start();
    expect(await driver.unlock(9)).toEqual({ ok: false, fault: 'unknown_compartment', reading: null });
  });
});

describe('Modbus relay driver over TCP (RTU through a serial-to-Ethernet bridge)', () => {
  it('reads and unlocks', async () => {
    const sim = new ModbusRelaySimulator({ unitId: UNIT, compartments: WIRING, doorInputOnMeans: 'open' });
    const port = await sim.listenTcp(0);
    const driver = new ModbusRelayDriver(
      options({ type: 'tcp', host: '127.0.0.1', port }, { doorInputOnMeans: 'open' }),
    );
    try {
      await driver.start();
      sim.forceDoor(8);
      const readings = at(await driver.readAll());
      expect(readings.get(8)!.door).toBe('open');
      expect(readings.get(7)!.door).toBe('closed');
      expect(await driver.unlock(7)).toEqual({
        ok: true,
        reading: { compartment: 7, door: 'open', occupied: null },
      });
      expect(sim.coilOnWrites(6)).toHaveLength(1);
    } finally {
      await driver.close();
      await sim.close();
    }
  });
});

describe('Modbus relay configuration', () => {
  const line = { type: 'serial', path: '/dev/ttyUSB0' };

  it('fills in the defaults', () => {
    expect(
      parseModbusRelayOptions({
        kind: 'modbus-relay',
        line,
        compartments: [{ compartment: 1, coil: 0, doorInput: 0 }],
      }),
    ).toEqual({
      kind: 'modbus-relay',
      line: { type: 'serial', path: '/dev/ttyUSB0', baudRate: 9600, parity: 'none', stopBits: 1 },
      unitId: 1,
      compartments: [{ compartment: 1, coil: 0, doorInput: 0 }],
      doorInputOnMeans: 'closed',
      pulseMs: 500,
      responseTimeoutMs: 300,
      readAttempts: 3,
      coilOffAttempts: 5,
      unlockConfirmDelayMs: 100,
      confirmReads: 3,
    });
  });

  it('refuses a coil, input or compartment used twice, naming the key', () => {
    const parse = (compartments: unknown[]) => () =>
      parseModbusRelayOptions({ kind: 'modbus-relay', line, compartments });
    expect(
      parse([
        { compartment: 1, coil: 0, doorInput: 0 },
        { compartment: 2, coil: 0, doorInput: 1 },
      ]),
    ).toThrow(/driver\.compartments\.1\.coil: coil 0 is used twice/);
    expect(
      parse([
        { compartment: 1, coil: 0, doorInput: 0, occupancyInput: 1 },
        { compartment: 2, coil: 1, doorInput: 1 },
      ]),
    ).toThrow(/driver\.compartments\.1\.doorInput: input 1 is used twice/);
    expect(
      parse([
        { compartment: 1, coil: 0, doorInput: 0 },
        { compartment: 1, coil: 1, doorInput: 1 },
      ]),
    ).toThrow(/driver\.compartments\.1\.compartment/);
    expect(() =>
      parseModbusRelayOptions({ kind: 'modbus-relay', line, unitId: 0, compartments: [] }),
    ).toThrow(/driver\.unitId/);
  });
});
