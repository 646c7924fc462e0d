/**
 * Tampering with the audit log is detected: an edited entry, a deleted middle entry, a deleted newest entry and an
 * edited head; through the service, the auditors' API and `npm run audit:verify` as a real child process.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub, testSecrets } from '../../testing/test-context.ts';
import { placeWaitingDocument } from '../../testing/waiting-document-fixture.ts';
import { hashAuditEntry } from './audit-chain.ts';
import { verifyAuditLog } from './audit-service.ts';

let hub: SeededHub;
beforeEach(async () => {
  hub = await seedTestHub(await createTestHub());
  // Some real traffic: two documents registered, loaded and notified.
  await placeWaitingDocument(hub, { compartmentNumber: 1 });
  await placeWaitingDocument(hub, { compartmentNumber: 2 });
});
afterEach(() => hub.close());

const head = () => hub.ctx.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
const verifyOverHttp = async () => {
  const response = await hub.app.inject({ url: '/api/v1/audit/verify', headers: hub.staffHeaders.auditor });
  expect(response.statusCode).toBe(200);
  return response.json();
};

describe('audit chain verification', () => {
  it('an untouched log verifies', async () => {
    const { seq } = await head();
    expect(Number(seq)).toBeGreaterThan(10);
    expect(await verifyAuditLog(hub.ctx.db)).toEqual({ ok: true, entries: Number(seq), problems: [] });
    expect(await verifyOverHttp()).toMatchObject({ ok: true, entries: Number(seq), problems: [] });
  });

  it("detects an edited entry's data", async () => {
    await hub.ctx.db
      .updateTable('audit_log')
      .set({ data: JSON.stringify({ from: 'notified', to: 'picked_up' }) })
      .where('seq', '=', 5)
      .execute();
    const result = await verifyAuditLog(hub.ctx.db);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ seq: 5, problem: 'hash_mismatch' }]);
    expect((await verifyOverHttp()).problems).toEqual([{ seq: 5, problem: 'hash_mismatch' }]);
  });

  it('detects an edited entry even when its hash was recomputed without the chain', async () => {
    // Changing the actor and fixing up only that entry's own hash breaks the link to the next entry.
    const row = await hub.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '=', 4)
      .executeTakeFirstOrThrow();
    const forged = { ...row, seq: Number(row.seq), actor_id: 'someone-else' };
    const forgedHash = hashAuditEntry(row.prev_hash, forged, testSecrets.auditKey);
    await hub.ctx.db
      .updateTable('audit_log')
      .set({ actor_id: 'someone-else', hash: forgedHash })
      .where('seq', '=', 4)
      .execute();
    const result = await verifyAuditLog(hub.ctx.db);
    expect(result.problems).toEqual([{ seq: 5, problem: 'broken_link' }]);
  });

  it('detects a deleted entry in the middle', async () => {
    await hub.ctx.db.deleteFrom('audit_log').where('seq', '=', 7).execute();
    const result = await verifyAuditLog(hub.ctx.db);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { seq: 8, problem: 'gap' },
      { seq: 8, problem: 'broken_link' },
    ]);
  });

  it('detects a deleted newest entry', async () => {
    const { seq } = await head();
    await hub.ctx.db.deleteFrom('audit_log').where('seq', '=', seq).execute();
    const result = await verifyAuditLog(hub.ctx.db);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ seq: Number(seq), problem: 'head_mismatch' }]);
  });

  it('detects an edited head', async () => {
    await hub.ctx.db
      .updateTable('audit_head')
      .set({ hash: 'f'.repeat(64) })
      .where('id', '=', 1)
      .execute();
    const result = await verifyAuditLog(hub.ctx.db);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.problem)).toEqual(['head_mismatch']);
    expect((await verifyOverHttp()).ok).toBe(false);
  });
});

describe('audit API', () => {
  it('filters by entity and action, pages newest first, and is for auditors and admins only', async () => {
    const document = await placeWaitingDocument(hub, { compartmentNumber: 3 });
    const byDocument = await hub.app.inject({
      url: `/api/v1/audit?entityType=document&entityId=${document.id}`,
      headers: hub.staffHeaders.auditor,
    });
    expect(byDocument.statusCode).toBe(200);
    expect(byDocument.json().items.map((i: { action: string }) => i.action)).toEqual([
      'document.notify',
      'document.confirm_loaded',
      'document.start_loading',
      'document.prepare_transport',
      'document.register',
    ]);
    expect(byDocument.json().items[0].data).toMatchObject({ from: 'loaded', to: 'notified' });
    expect(byDocument.json().nextBeforeSeq).toBeNull();

    const firstPage = await hub.app.inject({ url: '/api/v1/audit?limit=3', headers: hub.staffHeaders.admin });
    const page1 = firstPage.json();
    expect(page1.items).toHaveLength(3);
    const secondPage = await hub.app.inject({
      url: `/api/v1/audit?limit=3&beforeSeq=${page1.nextBeforeSeq}`,
      headers: hub.staffHeaders.admin,
    });
    const seqs = [...page1.items, ...secondPage.json().items].map((i: { seq: number }) => i.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(6);
    expect(seqs[0]).toBe(Number((await head()).seq));

    const byAction = await hub.app.inject({
      url: '/api/v1/audit?action=document.notify&from=2026-11-24T00:00:00Z&to=2026-11-25T00:00:00Z',
      headers: hub.staffHeaders.auditor,
    });
    expect(byAction.json().items).toHaveLength(3);

    for (const role of ['clerk', 'loader', 'zone'] as const) {
      const refused = await hub.app.inject({ url: '/api/v1/audit', headers: hub.staffHeaders[role] });
      expect(refused.statusCode).toBe(403);
    }
    expect((await hub.app.inject({ url: '/api/v1/audit/verify' })).statusCode).toBe(401);
    for (const query of ['limit=501', 'limit=0', 'beforeSeq=-1', 'from=gestern', 'unknown=1']) {
      const bad = await hub.app.inject({ url: `/api/v1/audit?${query}`, headers: hub.staffHeaders.auditor });
      expect({ query, status: bad.statusCode }).toEqual({ query, status: 400 });
    }
    const reversed = await hub.app.inject({
      url: '/api/v1/audit?from=2026-11-25T00:00:00Z&to=2026-11-24T00:00:00Z',
      headers: hub.staffHeaders.auditor,
    });
    expect(reversed.json().code).toBe('date_range_invalid');
  });
});

const repoRoot = resolve(import.meta.dirname, '../../../..');

/** The environment without the test runner's own BP_ variables (BP_TEST_DB is no hub setting). */
const operatorEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('BP_')));

/** `npm run audit:verify` from the repository root against the test database, as an operator would run it. */
function runAuditVerify(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bp-audit-cli-'));
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', '--silent', 'audit:verify'], {
      cwd: repoRoot,
      env: {
        ...operatorEnv(),
        DATABASE_URL: databaseUrl,
        BP_DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        BP_SECRETS__AUDIT_KEY: testSecrets.auditKey,
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      rmSync(dataDir, { recursive: true, force: true });
      done({ code, stdout });
    });
  });
}

// Each run starts npm and tsx: several seconds apiece on a loaded 2-core machine, so these tests get more time.
describe('npm run audit:verify', { timeout: 120_000 }, () => {
  it('exits 0 on an intact log and 1 with the first problem after tampering', async () => {
    const intact = await runAuditVerify(hub.database.url);
    expect(intact.stdout).toContain('Audit-Protokoll intakt');
    expect(intact.stdout).toContain('audit-verify: status=intact');
    expect(intact.code).toBe(0);

    await sql`UPDATE audit_log SET data = '{}' WHERE seq = 3`.execute(hub.ctx.db);
    const tampered = await runAuditVerify(hub.database.url);
    expect(tampered.stdout).toContain('Audit-Protokoll NICHT intakt');
    expect(tampered.stdout).toContain('Eintrag 3: Inhalt verändert');
    expect(tampered.stdout).toContain('first_seq=3 first_problem=hash_mismatch');
    expect(tampered.code).toBe(1);
  });

  it('exits 2 when the check cannot run: a bad configuration or an unreachable database', async () => {
    const badConfig = await runAuditVerify(hub.database.url, { BP_MODE: 'testing' });
    expect(badConfig.stdout).toContain('Invalid configuration');
    expect(badConfig.code).toBe(2);

    // Nothing listens on port 1: the connection is refused at once.
    const unreachable = await runAuditVerify('postgres://bp:bp@127.0.0.1:1/postgres');
    expect(unreachable.stdout).toContain('audit-verify: status=error');
    expect(unreachable.code).toBe(2);
  });
});
