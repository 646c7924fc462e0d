import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgentToHubMessage, BoxEvent, CommandResult } from '@buergerpunkt/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { Controller } from './controller.ts';
import { SimulatedDriver } from './drivers/simulated.ts';
import { Journal } from './journal.ts';
import { silentAgentLogger } from './logger.ts';

const door = { openTimeoutSeconds: 5, leftOpenSeconds: 60, pollIntervalMs: 60_000 };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A controller on a journal in `dir` and a simulated board, with a clock the test moves. */
async function rig(dir: string, driver = SimulatedDriver.withCompartments(4)) {
  let now = new Date('2026-11-24T09:00:00Z');
  const journal = new Journal(dir);
  const controller = new Controller({ driver, journal, door, log: silentAgentLogger, now: () => now });
  const sent: AgentToHubMessage[] = [];
  await controller.start();
  controller.connected((m) => sent.push(m));
  return {
    driver,
    journal,
    controller,
    sent,
    advance: (ms: number) => (now = new Date(now.getTime() + ms)),
    async poll() {
      controller.pollSoon();
      await controller.whenIdle();
    },
    async unlock(commandId: string, compartment: number) {
      controller.receive({ kind: 'command', commandId, type: 'unlock', compartment });
      await controller.whenIdle();
    },
    events: (type?: BoxEvent['type']) =>
      sent.filter((m): m is BoxEvent => m.kind === 'event' && (!type || m.type === type)),
    acks: () => sent.filter((m): m is CommandResult => m.kind === 'ack'),
    async close() {
      await controller.stop();
      journal.close();
    },
  };
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bp-agent-'));
  dirs.push(dir);
  return dir;
}

describe('agent controller', () => {
  it('carries out a command id once: a resend gets the stored ack, also after a restart', async () => {
    const dir = tempDir();
    const driver = SimulatedDriver.withCompartments(4);
    const first = await rig(dir, driver);
    await first.unlock('command-0001', 2);
    await first.unlock('command-0001', 2);
    expect(driver.unlockPulses(2)).toBe(1);
    expect(first.acks()).toEqual([
      { kind: 'ack', commandId: 'command-0001', ok: true },
      { kind: 'ack', commandId: 'command-0001', ok: true },
    ]);
    expect(first.events('door_opened')).toHaveLength(1);
    await first.close();

    const second = await rig(dir, driver);
    await second.unlock('command-0001', 2);
    expect(driver.unlockPulses(2)).toBe(1);
    expect(second.acks()).toEqual([{ kind: 'ack', commandId: 'command-0001', ok: true }]);
    // The door-opened event was never receipted: it goes out again after the restart.
    expect(second.events('door_opened').map((e) => e.eventId)).toEqual(
      first.events('door_opened').map((e) => e.eventId),
    );
    await second.close();
  });

  it('never pulses a command that was interrupted between its record and its result', async () => {
    const dir = tempDir();
    const driver = SimulatedDriver.withCompartments(4);
    const crashed = new Journal(dir);
    crashed.startCommand('command-0002', 'unlock', 3);
    crashed.close();
    const r = await rig(dir, driver);
    await r.unlock('command-0002', 3);
    expect(driver.unlockPulses(3)).toBe(0);
    expect(r.acks()).toEqual([
      { kind: 'ack', commandId: 'command-0002', ok: false, fault: 'unlock_interrupted' },
    ]);
    await r.close();
  });

  it('refuses a pickup unlock of a compartment that reads empty, without pulsing the lock', async () => {
    const r = await rig(tempDir());
    r.controller.receive({
      kind: 'command',
      commandId: 'command-empty-1',
      type: 'unlock',
      compartment: 1,
      requireOccupied: true,
    });
    await r.controller.whenIdle();
    expect(r.acks()).toEqual([
      { kind: 'ack', commandId: 'command-empty-1', ok: false, fault: 'compartment_empty' },
    ]);
    expect(r.driver.compartment(1).door).toBe('closed');
    // A resend gets the stored answer, never a pulse.
    r.controller.receive({
      kind: 'command',
      commandId: 'command-empty-1',
      type: 'unlock',
      compartment: 1,
      requireOccupied: true,
    });
    await r.controller.whenIdle();
    expect(r.acks()).toHaveLength(2);
    expect(r.driver.compartment(1).door).toBe('closed');
    await r.close();
  });

  it('unlocks a pickup when the compartment reads occupied, or has no sensor to read', async () => {
    const driver = SimulatedDriver.withCompartments(4, [2]);
    const r = await rig(tempDir(), driver);
    r.driver.act(1, 'open');
    r.driver.act(1, 'place');
    r.driver.act(1, 'close');
    await r.poll();
    for (const [commandId, compartment] of [
      ['command-full-1', 1],
      ['command-nosensor-2', 2],
    ] as const) {
      r.controller.receive({
        kind: 'command',
        commandId,
        type: 'unlock',
        compartment,
        requireOccupied: true,
      });
      await r.controller.whenIdle();
    }
    expect(r.acks().map((a) => [a.commandId, a.ok])).toEqual([
      ['command-full-1', true],
      ['command-nosensor-2', true],
    ]);
    await r.close();
  });

  it('reports the door cycle: opened, taken, closed empty; receipts empty the journal', async () => {
    const r = await rig(tempDir());
    r.driver.act(1, 'open');
    await r.poll();
    r.driver.act(1, 'place');
    r.driver.act(1, 'close');
    await r.poll();
    await r.unlock('command-0003', 1);
    r.driver.act(1, 'take');
    await r.poll();
    r.driver.act(1, 'close');
    await r.poll();
    const types = r.events().map((e) => [e.type, 'occupied' in e ? e.occupied : undefined]);
    expect(types).toEqual([
      ['door_opened', undefined],
      ['door_closed', true],
      ['door_opened', undefined],
      ['occupancy_changed', false],
      ['door_closed', false],
    ]);
    expect(r.controller.journalSize()).toBe(5);
    for (const e of r.events()) r.controller.receive({ kind: 'event_receipt', eventId: e.eventId });
    expect(r.controller.journalSize()).toBe(0);
    await r.close();
  });

  it('raises door_did_not_open after the open timeout and door_left_open once per opening', async () => {
    const r = await rig(tempDir());
    r.driver.act(2, 'jam_next_unlock');
    await r.unlock('command-0004', 2);
    expect(r.acks()[0]).toMatchObject({ ok: false, fault: 'not_confirmed' });

    // A lock that releases but a door that stays shut (frozen, blocked): the agent's timer notices.
    const stuck = SimulatedDriver.withCompartments(2);
    const s = await rig(tempDir(), stuck);
    stuck.unlock = async (compartment) => ({
      ok: true,
      reading: { compartment, door: 'closed', occupied: true },
    });
    await s.unlock('command-0005', 1);
    await s.poll();
    expect(s.events('fault')).toHaveLength(0);
    s.advance(5_000);
    await s.poll();
    await s.poll();
    expect(s.events('fault')).toMatchObject([{ compartment: 1, fault: 'door_did_not_open' }]);

    r.driver.act(3, 'open_by_force');
    await r.poll();
    r.advance(60_000);
    await r.poll();
    await r.poll();
    expect(r.events('fault').map((e) => 'fault' in e && e.fault)).toEqual(['door_left_open']);
    r.driver.act(3, 'close');
    await r.poll();
    r.driver.act(3, 'open_by_force');
    await r.poll();
    r.advance(60_000);
    await r.poll();
    expect(r.events('fault')).toHaveLength(2);
    await r.close();
    await s.close();
  });

  it('reports a board that stops answering once, and keeps the last known doors meanwhile', async () => {
    const r = await rig(tempDir());
    r.driver.setOnline(false);
    await r.poll();
    await r.poll();
    expect(r.events('fault')).toMatchObject([{ fault: 'board_offline:simulated' }]);
    expect(r.events('fault')[0]).not.toHaveProperty('compartment');
    r.driver.setOnline(true);
    await r.poll();
    expect(r.events()).toHaveLength(1);
    await r.close();
  });

  it('notices after a restart what changed while it was down', async () => {
    const dir = tempDir();
    const driver = SimulatedDriver.withCompartments(2);
    const first = await rig(dir, driver);
    await first.unlock('command-0006', 1);
    await first.close();
    driver.act(1, 'close');
    const second = await rig(dir, driver);
    expect(second.events('door_closed')).toMatchObject([{ compartment: 1, occupied: false }]);
    await second.close();
  });
});
