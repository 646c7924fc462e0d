/**
 * Acceptance of the offline-safe box (issue 19, docs/offline.md): hub + the agent as its own process + a Kerong CU16
 * bus simulated byte by byte behind a pty. Ten documents of mixed policies are loaded, the hub process is stopped,
 * citizens collect at the agent's kiosk API, the hub is started again and reconciles: right states with the true
 * issue times, no door opened twice, codes used up, failures counted, audited as `offline.*`, the chain verifying.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentRow, registerTestDocument, testTerminalKey } from '../../../server/src/testing/fixtures.ts';
import { waitFor } from '../testing/wait-for.ts';
import {
  boardLock,
  boxConnected,
  codeFromOutbox,
  doorOpenAtHub,
  journaledEvents,
  settledState,
  startKerongLine,
  type AgentProcess,
  type KerongLine,
} from './e2e-harness.ts';
import {
  agentKiosk,
  freePort,
  offlineAgent,
  startRestartableHub,
  type RestartableHub,
} from './offline-harness.ts';

interface Loaded {
  name: string;
  documentId: string;
  number: number;
  phone: string;
  code: string;
  pulses: number;
}

const dob = { day: 12, month: 8, year: 1964 };

function journalVerifierRows(dataDir: string): { document_id: string; sealed: string }[] {
  const db = new Database(join(dataDir, 'agent-journal.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], { document_id: string; sealed: string }>('select * from offline_verifiers').all();
  } catch {
    return [];
  } finally {
    db.close();
  }
}
const wrongDob = { day: 13, month: 8, year: 1964 };

describe('offline pickup (hub stopped, agent decides, hub reconciles)', () => {
  let hub: RestartableHub;
  let line: KerongLine;
  let agent: AgentProcess;
  let dataDir: string;
  let kioskPort: number;
  const docs = new Map<string, Loaded>();
  const closedAt = new Map<string, string>();
  let restartedAt = '';

  beforeAll(async () => {
    hub = await startRestartableHub();
    line = await startKerongLine();
    dataDir = mkdtempSync(join(tmpdir(), 'bp-offline-e2e-'));
    kioskPort = await freePort();
    agent = offlineAgent({ hub, serialPath: line.pty.driverPath, dataDir, kioskPort, brakeFailures: 6 });
    agent.start();
    await waitFor('the agent connected', () => boxConnected(hub.hub), 30_000).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}\n${agent.output}`);
    });
  }, 60_000);
  afterAll(async () => {
    await agent?.stop();
    await line?.close();
    await hub?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const sim = () => line.sim;
  const kiosk = () => agentKiosk(kioskPort, testTerminalKey);
  const pulses = (number: number) => sim().unlockFrames(...boardLock(number)).length;

  async function load(name: string, typeId: string, index: number): Promise<void> {
    const phone = `0151 2345678${index}`;
    const document = await registerTestDocument(hub.hub, { typeId, phone });
    const response = await hub.hub.app.inject({
      method: 'POST',
      url: '/api/v1/loading',
      headers: hub.hub.staffHeaders.loader,
      payload: { documentId: document.id, boxId: 'dokbox-hn' },
    });
    if (response.statusCode !== 200) throw new Error(`loading refused: ${response.body}`);
    const number = response.json().compartment.number as number;
    await doorOpenAtHub(hub.hub, number);
    sim().placeItem(...boardLock(number));
    sim().closeDoor(...boardLock(number));
    expect(await settledState(hub.hub, document.id)).toBe('notified');
    const code = await codeFromOutbox(hub.hub, document.id);
    docs.set(name, { name, documentId: document.id, number, phone, code, pulses: 0 });
  }

  const doc = (name: string) => docs.get(name)!;

  /** The citizen at the kiosk while the hub is away: code, date of birth, PIN letter, open, take, close. */
  async function collect(name: string, options: { dob?: boolean; pinLetter?: boolean } = {}) {
    const d = doc(name);
    const started = await kiosk().start(d.phone, d.code);
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const id = started.body.pickupId as string;
    if (options.dob) expect((await kiosk().check(id, dob)).status).toBe(200);
    if (options.pinLetter) expect((await kiosk().pinLetter(id, true)).status).toBe(200);
    const opened = await kiosk().open(id);
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    const [board, lock] = boardLock(d.number);
    await waitFor(`door ${d.number} open`, () => sim().compartment(board, lock).doorOpen);
    sim().takeItem(board, lock);
    sim().closeDoor(board, lock);
    closedAt.set(name, hub.now());
    await waitFor(
      `pickup ${name} done at the agent`,
      async () => (await kiosk().status(id)).body.phase === 'done',
    );
  }

  it('loads ten documents of mixed policies; the hub sends their verifiers to the agent', async () => {
    await load('pinLetter', 'id_card', 0); // date of birth + PIN letter
    await load('wrongCode', 'residence_permit', 1);
    await load('wrongDob', 'driving_licence', 2);
    await load('evidence', 'civil_certificate', 3); // no check, evidence image (set below)
    await load('passport', 'passport', 4);
    await load('child', 'child_passport', 5);
    await load('deposit', 'passport', 6); // old document into the deposit (set below)
    await load('lockout', 'travel_document', 7);
    await load('deadline', 'travel_document', 8); // notified long ago (set below)
    await load('untouched', 'driving_licence', 9);
    const db = hub.hub.ctx.db;
    const at = hub.now();
    await db
      .updateTable('documents')
      .set({ evidence_image_required: 1, updated_at: at })
      .where('id', '=', doc('evidence').documentId)
      .execute();
    await db
      .updateTable('documents')
      .set({ pickup_check: 'old_document_scan', updated_at: at })
      .where('id', '=', doc('deposit').documentId)
      .execute();
    // Notified on the Friday before with a one-day window: the deadline was Saturday's closing time.
    await db
      .updateTable('documents')
      .set({ notified_at: '2026-11-20T09:00:00.000Z', window_opening_days: 1, updated_at: at })
      .where('id', '=', doc('deadline').documentId)
      .execute();
    for (const d of docs.values()) d.pulses = pulses(d.number);
    const sent = await waitFor('the verifiers of all ten documents sent after the last change', async () => {
      const row = await db
        .selectFrom('offline_boxes')
        .selectAll()
        .where('box_id', '=', 'dokbox-hn')
        .executeTakeFirst();
      return row && row.sent_at > at && row.documents === 10 ? row : undefined;
    });
    expect(sent.documents).toBe(10);
    // The agent keeps them in its journal, sealed: neither a document id nor a verifier in plain.
    const rows = await waitFor('the verifiers in the agent journal', () => {
      const found = journalVerifierRows(dataDir);
      return found.length === 10 ? found : undefined;
    });
    const plain = rows.map((r) => r.sealed).join('\n');
    expect(plain).not.toMatch(/codeVerifier|[0-9a-f]{64}/);
    expect(plain).not.toContain(doc('untouched').documentId);
    // While the hub answers, the agent sends the kiosk to the hub.
    expect((await kiosk().settings()).body.code).toBe('offline_hub_reachable');
  }, 120_000);

  it('with the hub process stopped, the agent runs the pickups', async () => {
    await hub.stop();
    await waitFor(
      'the agent answers the kiosk',
      async () => (await kiosk().settings()).status === 200,
      20_000,
    );

    // One wrong code, then the right one (date of birth).
    const wrong = await kiosk().start(
      doc('wrongCode').phone,
      doc('wrongCode').code === '000000' ? '111111' : '000000',
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('code_wrong');
    expect(typeof wrong.body.title).toBe('string');
    await collect('wrongCode', { dob: true });

    // One wrong date of birth, then the right one.
    const d = doc('wrongDob');
    const started = await kiosk().start(d.phone, d.code);
    const id = started.body.pickupId as string;
    expect((await kiosk().check(id, wrongDob)).body.code).toBe('check_failed');
    expect((await kiosk().check(id, dob)).status).toBe(200);
    const opened = await kiosk().open(id);
    expect(opened.status).toBe(200);
    await waitFor('door open', () => sim().compartment(...boardLock(d.number)).doorOpen);
    sim().takeItem(...boardLock(d.number));
    sim().closeDoor(...boardLock(d.number));
    closedAt.set('wrongDob', hub.now());

    // The PIN letter: the door does not open before the holder confirms it.
    const p = doc('pinLetter');
    const pin = await kiosk().start(p.phone, p.code);
    expect(pin.body.pinLetterRequired).toBe(true);
    const pinId = pin.body.pickupId as string;
    await kiosk().check(pinId, dob);
    expect((await kiosk().open(pinId)).body.code).toBe('pin_letter_required');
    await kiosk().pinLetter(pinId, true);
    expect((await kiosk().open(pinId)).status).toBe(200);
    await waitFor('door open', () => sim().compartment(...boardLock(p.number)).doorOpen);
    sim().takeItem(...boardLock(p.number));
    sim().closeDoor(...boardLock(p.number));
    closedAt.set('pinLetter', hub.now());

    await collect('evidence');
    await collect('passport', { dob: true });
    await collect('child', { dob: true });

    // The old-document deposit needs the hub (docs/offline.md): refused with a German message, nothing opens.
    const deposit = await kiosk().start(doc('deposit').phone, doc('deposit').code);
    expect(deposit.status).toBe(409);
    expect(deposit.body.code).toBe('offline_not_possible');

    // After the deadline: refused.
    const late = await kiosk().start(doc('deadline').phone, doc('deadline').code);
    expect(late.status).toBe(410);
    expect(late.body.code).toBe('offline_deadline_passed');

    // The budget: three wrong dates of birth lock the code; the right code then answers like a wrong one.
    const l = doc('lockout');
    const lockStart = await kiosk().start(l.phone, l.code);
    const lockId = lockStart.body.pickupId as string;
    expect((await kiosk().check(lockId, wrongDob)).status).toBe(401);
    expect((await kiosk().check(lockId, wrongDob)).status).toBe(401);
    expect((await kiosk().check(lockId, wrongDob)).body.code).toBe('check_locked');
    // The terminal brake (6 here): the locked code is the sixth wrong answer; the next attempt is blocked.
    expect((await kiosk().start(l.phone, l.code)).body.code).toBe('code_wrong');
    expect((await kiosk().start(doc('untouched').phone, doc('untouched').code)).body.code).toBe(
      'terminal_throttled',
    );
  }, 120_000);

  it('the restarted hub reconciles: true issue times, codes used up, failures counted, audited, chain intact', async () => {
    restartedAt = hub.now();
    await hub.restart();
    const h = hub.hub;
    await waitFor('the agent reconnected', () => boxConnected(h), 30_000);
    // Reconciled: the hub has receipted every fact and event the agent journaled offline.
    await waitFor('the agent journal receipted', () => journaledEvents(dataDir).length === 0, 30_000);
    const collected = ['wrongCode', 'wrongDob', 'pinLetter', 'evidence', 'passport', 'child'];
    for (const name of collected) {
      expect(await settledState(h, doc(name).documentId)).toBe('picked_up');
      const row = await documentRow(h, doc(name).documentId);
      // The issue time is the close the agent saw offline, not the reconnect.
      expect(row.issued_at! < restartedAt).toBe(true);
      expect(Math.abs(Date.parse(row.issued_at!) - Date.parse(closedAt.get(name)!))).toBeLessThan(3_000);
      expect(row.code_hash).toBeNull();
    }
    expect(JSON.parse((await documentRow(h, doc('pinLetter').documentId)).pickup_checks_passed!)).toEqual([
      'code',
      'date_of_birth',
      'pin_letter',
    ]);
    expect((await documentRow(h, doc('pinLetter').documentId)).pin_letter_confirmed_at).not.toBeNull();

    // 0 double openings: one pulse per collected document, none for the others.
    for (const d of docs.values()) {
      expect(pulses(d.number) - d.pulses, d.name).toBe(collected.includes(d.name) ? 1 : 0);
    }

    const lockout = await documentRow(h, doc('lockout').documentId);
    expect(lockout.state).toBe('notified');
    expect(lockout.code_locked).toBe(1);
    expect(lockout.check_failed_attempts).toBe(3);
    const untouched = await documentRow(h, doc('untouched').documentId);
    expect(untouched.state).toBe('notified');
    expect((await documentRow(h, doc('deposit').documentId)).state).toBe('notified');
    expect((await documentRow(h, doc('wrongDob').documentId)).check_failed_attempts).toBe(1);

    // The evidence image taken offline arrived with its unlock.
    const image = await waitFor('the evidence image stored', () =>
      h.ctx.db
        .selectFrom('evidence_images')
        .select(['document_id'])
        .where('document_id', '=', doc('evidence').documentId)
        .executeTakeFirst(),
    );
    expect(image.document_id).toBe(doc('evidence').documentId);

    // A used code does not work at the hub's kiosk either.
    const again = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kiosk/pickups',
      headers: h.terminalHeaders,
      payload: { phone: doc('child').phone, code: doc('child').code },
    });
    expect(again.statusCode).toBe(401);

    const audit = await h.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_type', 'actor_id'])
      .where('action', 'like', 'offline.%')
      .execute();
    const count = (action: string) => audit.filter((a) => a.action === action).length;
    expect(count('offline.pickup_opened')).toBe(6);
    expect(count('offline.code_wrong')).toBe(2);
    expect(count('offline.check_failed')).toBe(4);
    expect(count('offline.pin_letter_confirmed')).toBe(1);
    expect(new Set(audit.map((a) => `${a.actor_type}:${a.actor_id}`))).toEqual(new Set(['box:dokbox-hn']));

    const verified = await h.app.inject({
      method: 'GET',
      url: '/api/v1/audit/verify',
      headers: h.staffHeaders.auditor,
    });
    expect(verified.json()).toMatchObject({ ok: true, problems: [] });
  }, 120_000);
});
