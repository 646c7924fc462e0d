/**
 * The old-document reader at the agent: `read_old_document` reads what lies in the deposit compartment and answers
 * with the number and whether the holder matches; faults are answered, not thrown; the number is never written to
 * the journal, and a resent command is read again (never answered from disk).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgentToHubMessage, CommandResult } from '@buergerpunkt/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { Controller } from '../controller.ts';
import { SimulatedDriver } from '../drivers/simulated.ts';
import { Journal } from '../journal.ts';
import { silentAgentLogger } from '../logger.ts';
import { SimulatedIdDocumentReader } from './simulated-id-document-reader.ts';

const door = { openTimeoutSeconds: 5, leftOpenSeconds: 60, pollIntervalMs: 60_000 };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function rig(withReader = true) {
  const dir = mkdtempSync(join(tmpdir(), 'bp-agent-reader-'));
  dirs.push(dir);
  const driver = SimulatedDriver.withCompartments(4);
  const reader = new SimulatedIdDocumentReader(driver);
  const journal = new Journal(dir);
  const controller = new Controller({
    driver,
    journal,
    door,
    log: silentAgentLogger,
    ...(withReader ? { reader } : {}),
  });
  const sent: AgentToHubMessage[] = [];
  await controller.start();
  controller.connected((m) => sent.push(m));
  const read = async (commandId: string, compartment = 4) => {
    controller.receive({
      kind: 'command',
      commandId,
      type: 'read_old_document',
      compartment,
      expectedHolder: 'Erika Mustermann',
    });
    await controller.whenIdle();
    return sent.filter((m): m is CommandResult => m.kind === 'ack' && m.commandId === commandId).at(-1);
  };
  /** A person opens the deposit door, lays the document in and shuts it. */
  const deposit = (document: Parameters<SimulatedDriver['placeOldDocument']>[1]) => {
    driver.act(4, 'open');
    driver.placeOldDocument(4, document);
    driver.act(4, 'close');
  };
  return { dir, driver, reader, journal, controller, read, deposit };
}

describe('old-document reader at the agent', () => {
  it('reads the deposited document; a resend is read again; the number never reaches the journal', async () => {
    const r = await rig();
    r.deposit({ documentNumber: 'C01X00T47', holderMatches: true });
    expect(await r.read('read-command-0001')).toEqual({
      kind: 'ack',
      commandId: 'read-command-0001',
      ok: true,
      oldDocument: { documentNumber: 'C01X00T47', holderMatches: true },
    });
    expect(await r.read('read-command-0001')).toMatchObject({
      ok: true,
      oldDocument: { documentNumber: 'C01X00T47' },
    });
    expect(r.reader.reads()).toBe(2);
    expect(r.journal.findCommand('read-command-0001')).toMatchObject({ state: 'done' });
    expect(JSON.stringify(r.journal.findCommand('read-command-0001'))).not.toContain('C01X00T47');
    await r.controller.stop();
    r.journal.close();
    // Not in any file of the journal either (database, WAL).
    for (const file of readdirSync(r.dir)) {
      expect(readFileSync(join(r.dir, file)).includes('C01X00T47'), file).toBe(false);
    }
  });

  it('answers another holder, an empty compartment, an unreadable document and a failing reader', async () => {
    const r = await rig();
    expect(await r.read('read-command-0002')).toMatchObject({ ok: false, fault: 'no_document' });
    r.deposit({ documentNumber: 'C01X00T99', holderMatches: false });
    expect(await r.read('read-command-0003')).toMatchObject({
      ok: true,
      oldDocument: { documentNumber: 'C01X00T99', holderMatches: false },
    });
    r.driver.act(4, 'open');
    r.driver.act(4, 'take');
    r.driver.placeOldDocument(4, { readable: false });
    expect(await r.read('read-command-0004')).toMatchObject({ ok: false, fault: 'unreadable' });
    r.driver.act(4, 'take');
    r.driver.placeOldDocument(4, { readerFault: true });
    expect(await r.read('read-command-0005')).toMatchObject({ ok: false, fault: 'reader_fault' });
    // A laid-in document without details reads as the holder's own (the demo's default).
    r.driver.act(4, 'take');
    r.driver.act(4, 'place');
    expect(await r.read('read-command-0006')).toMatchObject({
      ok: true,
      oldDocument: { documentNumber: 'L01X00T47', holderMatches: true },
    });
    await r.controller.stop();
    r.journal.close();
  });

  it('without a reader the command fails with no_reader', async () => {
    const r = await rig(false);
    r.deposit({});
    expect(await r.read('read-command-0007')).toMatchObject({ ok: false, fault: 'no_reader' });
    await r.controller.stop();
    r.journal.close();
  });
});
