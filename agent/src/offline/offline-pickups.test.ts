/** The agent's offline pickup rules without hardware (docs/offline.md); the whole flow runs in offline-pickup.e2e. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OfflineVerifiersMessage } from '@buergerpunkt/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Journal } from '../journal.ts';
import { createLogger } from '../logger.ts';
import { codeVerifierOf, phoneVerifierOf, sha256Hex } from './offline-crypto.ts';
import { normalizeGermanMobile, OfflinePickups } from './offline-pickups.ts';

const boxKey = 'ab'.repeat(32);
const phone = '+4915123456789';
const now = new Date('2026-11-24T09:00:00.000Z');

function snapshot(): OfflineVerifiersMessage {
  return {
    kind: 'offline_verifiers',
    boxKey,
    issuedAt: now.toISOString(),
    validUntil: '2026-11-27T09:00:00.000Z',
    maxCodeAttempts: 5,
    terminals: [{ id: 'kiosk-1', keyHash: sha256Hex('terminal-key') }],
    verifiers: [
      {
        documentId: 'document-0001',
        compartment: 7,
        documentType: 'Urkunde',
        codeVerifier: codeVerifierOf(boxKey, phone, '123456'),
        phoneVerifier: phoneVerifierOf(boxKey, phone),
        dateOfBirthVerifier: null,
        check: 'none',
        pinLetter: false,
        evidence: false,
        codeGuessesLeft: 2,
        checkGuessesLeft: 3,
        deadlineAt: '2026-11-26T19:00:00.000Z',
      },
    ],
  };
}

describe('offline pickups at the agent', () => {
  let dir: string;
  let journal: Journal;
  const pickups = () =>
    new OfflinePickups({
      journal,
      log: createLogger('silent', {}),
      linkUp: () => false,
      unlock: async (commandId) => ({ kind: 'ack', commandId, ok: true }),
      door: () => undefined,
      now: () => now,
    });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bp-offline-unit-'));
    journal = new Journal(dir);
  });
  afterEach(() => {
    journal.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('normalises German mobile numbers as typed', () => {
    expect(normalizeGermanMobile('0151 2345 6789')).toBe(phone);
    expect(normalizeGermanMobile('+49 (0)151/23456789')).toBe(phone);
    expect(normalizeGermanMobile('0049 151 23456789')).toBe(phone);
    expect(normalizeGermanMobile('hallo')).toBeUndefined();
  });

  it('keeps verifiers sealed; after a restart without the key nothing can be decided', () => {
    const first = pickups();
    first.receive(snapshot());
    // Only the document id (a random id that says nothing) is in plain, as the row's key.
    const sealed = JSON.stringify(journal.database.prepare('select sealed from offline_verifiers').all());
    expect(sealed).not.toContain(snapshot().verifiers[0]!.codeVerifier);
    expect(sealed).not.toContain('Urkunde');
    const restarted = pickups();
    expect(() => restarted.start('kiosk-1', { phone: '0151 23456789', code: '123456' })).toThrow(
      expect.objectContaining({ status: 503, code: 'offline_not_ready' }),
    );
  });

  it('journals a wrong code against the number, locks at the budget, and opens a right code once', async () => {
    const offline = pickups();
    offline.receive(snapshot());
    const terminal = offline.terminalOf('terminal-key');
    expect(() => offline.terminalOf('other-key')).toThrow(
      expect.objectContaining({ code: 'terminal_unknown' }),
    );
    expect(() => offline.start(terminal, { phone: '0151 23456789', code: '654321' })).toThrow(
      expect.objectContaining({ status: 401, code: 'code_wrong' }),
    );
    const started = offline.start(terminal, { phone: '0151 23456789', code: '123 456' });
    expect(started.status).toBe('ready');
    expect((await offline.open(terminal, started.pickupId)).compartmentNumber).toBe(7);
    // Used once: the right code no longer opens anything.
    expect(() => offline.start(terminal, { phone: '0151 23456789', code: '123456' })).toThrow(
      expect.objectContaining({ code: 'code_wrong' }),
    );
    const facts = journal.pendingEvents().map((m) => (m.kind === 'offline_fact' ? m.type : m.kind));
    expect(facts).toEqual(['code_wrong', 'pickup_opened', 'code_wrong']);
    // A later snapshot still holding the document (sent before the hub heard of the pickup) does not bring it back.
    offline.receive(snapshot());
    expect(offline.usableCount()).toBe(0);
  });
});
