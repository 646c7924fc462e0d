/**
 * The restore drill (issue 15): a backup of a hub under pickup and registration load, restored into a fresh data
 * folder and database; then the audit chain verifies, every table has the manifest's row count, the media files
 * have their checksums, and a code that was waiting still opens its compartment on a hub built on the restored
 * data. Plus the refusals of `npm run admin -- restore` (keys, non-empty target) with exit code 2.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig, type Config } from '../../config.ts';
import { silentLogger, type AppContext } from '../../context.ts';
import { openDatabase, type DatabaseHandle } from '../../db/database.ts';
import { useAuditKey, verifyAuditLog } from '../../modules/audit/audit-service.ts';
import { placeNotifiedDocument, startKioskPickup } from '../../modules/kiosk/kiosk-test-support.ts';
import { ManualClock } from '../../platform/clock.ts';
import { randomIds } from '../../platform/ids.ts';
import { cliPrincipal } from '../../platform/principal.ts';
import { runAdmin } from '../../cli/admin/run-admin.ts';
import { seedTestHub, testTerminalKey, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub, testSecrets } from '../../testing/test-context.ts';
import { testDialect, withPgAdmin, pgAdminUrl } from '../../testing/test-database.ts';
import { createBackup } from './create-backup.ts';
import { listFiles, sha256OfFile } from './manifest.ts';
import { restoreBackup } from './restore-backup.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh, empty target database of the test's dialect (no migrations). */
async function emptyTargetDatabaseUrl(dataDir: string): Promise<string> {
  if (testDialect() === 'sqlite') return `sqlite:${join(dataDir, 'buergerpunkt.sqlite')}`;
  const name = `bp_restore_${randomBytes(6).toString('hex')}`;
  await withPgAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  cleanups.push(async () => {
    await withPgAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });
  const url = new URL(pgAdminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

function restoredConfig(source: Config, dataDir: string, databaseUrl: string, secrets = testSecrets): Config {
  return { ...loadConfig({}, { ...source, secrets, dataDir, databaseUrl }), databaseUrl };
}

async function tableCounts(db: DatabaseHandle['db'], tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = Number(row.rows[0]!.n);
  }
  return counts;
}

async function mediaChecksums(dataDir: string): Promise<Record<string, string>> {
  const dir = join(dataDir, 'media');
  const sums: Record<string, string> = {};
  for (const path of listFiles(dir)) sums[path] = await sha256OfFile(join(dir, path));
  return sums;
}

describe('backup and restore drill', () => {
  let hub: SeededHub;

  async function sourceHub(): Promise<SeededHub> {
    const dataDir = tempDir('bp-backup-source-');
    hub = await seedTestHub(await createTestHub({ config: { dataDir } }));
    cleanups.push(() => hub.close());
    // Media as the map's image upload stores them: `<dataDir>/media/<id>/<size>.jpg`.
    for (const id of ['poi-rathaus', 'poi-markt']) {
      mkdirSync(join(dataDir, 'media', id), { recursive: true });
      for (const size of ['thumb', 'large'])
        writeFileSync(join(dataDir, 'media', id, `${size}.jpg`), randomBytes(2048 + id.length));
    }
    return hub;
  }

  it('restores a backup taken under load: audit intact, same counts and media, a waiting code opens', async () => {
    await sourceHub();
    const waiting = await placeNotifiedDocument(hub, { compartmentNumber: 5, phone: '0151 11111111' });
    const others: Awaited<ReturnType<typeof placeNotifiedDocument>>[] = [];
    for (const [i, compartmentNumber] of [8, 9, 10].entries())
      others.push(await placeNotifiedDocument(hub, { compartmentNumber, phone: `0151 2222222${i}` }));

    // Citizens pick up and the clerk registers while the backup runs.
    let backupDone = false;
    let requests = 0;
    const load = async (worker: number) => {
      for (let i = 0; !backupDone || i < 2; i++) {
        const registered = await hub.app.inject({
          method: 'POST',
          url: '/api/v1/documents',
          headers: hub.staffHeaders.clerk,
          payload: {
            reference: `HN-LOAD-${worker}-${i}`,
            officeId: 'buergeramt-hn',
            typeId: 'civil_certificate',
            holderName: 'Max Mustermann',
            phone: '0151 33333333',
          },
        });
        expect(registered.statusCode, registered.body).toBe(201);
        requests++;
        const doc = others[worker];
        if (doc && i === 0) {
          const started = await startKioskPickup(hub, doc.phone, doc.code);
          expect(started.statusCode, started.body).toBe(201);
          const opened = await hub.app.inject({
            method: 'POST',
            url: `/api/v1/kiosk/pickups/${started.json().pickupId}/open`,
            headers: hub.terminalHeaders,
          });
          expect(opened.statusCode, opened.body).toBe(200);
          requests += 2;
        }
      }
    };
    const backupDir = join(tempDir('bp-backup-'), 'backup');
    const [manifest] = await Promise.all([
      createBackup(hub.config, hub.clock, backupDir).finally(() => (backupDone = true)),
      load(0),
      load(1),
      load(2),
    ]);
    expect(requests).toBeGreaterThanOrEqual(9);
    expect(manifest.database.dialect).toBe(testDialect());
    expect(manifest.database.tables.documents).toBeGreaterThanOrEqual(4);
    expect(manifest.files.filter((f) => f.path.startsWith('media/'))).toHaveLength(4);
    // No key of the configuration is in the backup, only fingerprints.
    const everything = listFiles(backupDir).map((path) => path);
    expect(everything).not.toContain('demo/secrets.json');
    for (const key of Object.values(testSecrets)) expect(JSON.stringify(manifest)).not.toContain(key);

    const dataDir = tempDir('bp-restored-');
    const config = restoredConfig(hub.config, dataDir, await emptyTargetDatabaseUrl(dataDir));
    const result = await restoreBackup(config, backupDir);
    expect(result.audit).toEqual({ ok: true, entries: manifest.database.auditHeadSeq, problems: 0 });
    expect(result.mediaFiles).toBe(4);
    expect(await mediaChecksums(dataDir)).toEqual(await mediaChecksums(hub.config.dataDir));

    // A hub on the restored data.
    const database = openDatabase(config.databaseUrl, { poolSize: 2 });
    cleanups.push(() => database.close());
    useAuditKey(database.db, config.secrets.auditKey);
    expect(await verifyAuditLog(database.db)).toMatchObject({ ok: true });
    expect(await tableCounts(database.db, Object.keys(manifest.database.tables))).toEqual(
      manifest.database.tables,
    );
    const ctx: AppContext = {
      db: database.db,
      dialect: database.dialect,
      config,
      clock: new ManualClock(hub.clock.now().toISOString()),
      ids: randomIds,
      log: silentLogger,
      onBoxCommandsQueued: () => {},
      onJobsQueued: () => {},
    };
    const restored = await buildApp(ctx);
    cleanups.push(() => restored.close());
    const started = await restored.inject({
      method: 'POST',
      url: '/api/v1/kiosk/pickups',
      headers: { 'x-terminal-key': testTerminalKey },
      payload: { phone: waiting.phone, code: waiting.code },
    });
    expect(started.statusCode, started.body).toBe(201);
    const opened = await restored.inject({
      method: 'POST',
      url: `/api/v1/kiosk/pickups/${started.json().pickupId}/open`,
      headers: { 'x-terminal-key': testTerminalKey },
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const unlock = await database.db
      .selectFrom('box_commands')
      .select('payload')
      .where('type', '=', 'unlock')
      .where('document_id', '=', waiting.documentId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(unlock.payload)).toEqual({ compartment: 5, requireOccupied: true });
  });

  it('refuses other keys and a non-empty target with exit code 2 and a German and English message', async () => {
    await sourceHub();
    const backupDir = join(tempDir('bp-backup-'), 'backup');
    await createBackup(hub.config, hub.clock, backupDir);
    const dataDir = tempDir('bp-restored-');
    const databaseUrl = await emptyTargetDatabaseUrl(dataDir);
    const admin = async (config: Config, ...argv: string[]) => {
      const lines: string[] = [];
      const code = await runAdmin(argv, {
        io: { out: (line) => lines.push(line), err: (line) => lines.push(line) },
        principal: cliPrincipal('tester'),
        open: () => Promise.reject(new Error('the dispatcher must not open the database')),
        loadConfig: () => config,
      });
      return { code, text: lines.join('\n') };
    };

    const otherKey = restoredConfig(hub.config, dataDir, databaseUrl, {
      ...testSecrets,
      codeKey: 'another-code-key-0123456789abcdef012345',
    });
    const wrongKey = await admin(otherKey, 'restore', '--from', backupDir);
    expect(wrongKey.code).toBe(2);
    expect(wrongKey.text).toContain('Fehler: Der eingestellte Schlüssel secrets.codeKey passt nicht');
    expect(wrongKey.text).toContain('(key_mismatch)');

    // Into a backup folder that is not empty, a backup is refused as well.
    const again = await admin(hub.config, 'backup', '--to', backupDir);
    expect(again).toMatchObject({ code: 2 });
    expect(again.text).toContain('(target_not_empty)');

    const config = restoredConfig(hub.config, dataDir, databaseUrl);
    const first = await admin(config, 'restore', '--from', backupDir);
    expect(first.code, first.text).toBe(0);
    expect(first.text).toContain('restore: status=done audit=intact');
    const second = await admin(config, 'restore', '--from', backupDir);
    expect(second.code).toBe(2);
    expect(second.text).toContain('Fehler: Das Ziel ist nicht leer');
    expect(second.text).toContain('(restore_target_not_empty)');

    // A damaged file is found before anything is touched.
    writeFileSync(join(backupDir, 'media', 'poi-markt', 'thumb.jpg'), 'not the image');
    const emptyDir = tempDir('bp-restored-');
    const damaged = await admin(
      restoredConfig(hub.config, emptyDir, await emptyTargetDatabaseUrl(emptyDir)),
      'restore',
      '--from',
      backupDir,
    );
    expect(damaged.code).toBe(1);
    expect(damaged.text).toContain('(file_damaged)');
  });

  it('works as the real commands: backup of a running hub, restore into a fresh folder, audit:verify passes', async () => {
    await sourceHub();
    await placeNotifiedDocument(hub, { compartmentNumber: 5 });
    const repoRoot = resolve(import.meta.dirname, '../../../..');
    const run = (env: Record<string, string>, script: string, args: string[]) =>
      new Promise<{ code: number | null; out: string }>((done, fail) => {
        const child = spawn('npx', ['tsx', script, ...args], { cwd: repoRoot, env });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('error', fail);
        child.on('close', (code) => done({ code, out }));
      });
    const envFor = (dataDir: string, databaseUrl: string): Record<string, string> => ({
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dataDir,
      BP_DATA_DIR: dataDir,
      BP_DATABASE_URL: databaseUrl,
      BP_LOG_LEVEL: 'silent',
      BP_SECRETS__CODE_KEY: testSecrets.codeKey,
      BP_SECRETS__SMS_SEAL_KEY: testSecrets.smsSealKey,
      BP_SECRETS__SMS_WEBHOOK_SECRET: testSecrets.smsWebhookSecret,
      BP_SECRETS__EVIDENCE_KEY: testSecrets.evidenceKey,
      BP_SECRETS__AUDIT_KEY: testSecrets.auditKey,
    });
    const backupDir = join(tempDir('bp-backup-'), 'backup');
    const backup = await run(envFor(hub.config.dataDir, hub.config.databaseUrl), 'server/src/cli/admin.ts', [
      'backup',
      '--to',
      backupDir,
    ]);
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toContain('backup: status=done');

    const dataDir = tempDir('bp-restored-');
    const restoredEnv = envFor(dataDir, await emptyTargetDatabaseUrl(dataDir));
    const restore = await run(restoredEnv, 'server/src/cli/admin.ts', ['restore', '--from', backupDir]);
    expect(restore.code, restore.out).toBe(0);
    expect(restore.out).toContain('restore: status=done audit=intact');
    const verify = await run(restoredEnv, 'server/src/cli/audit-verify.ts', []);
    expect(verify.code, verify.out).toBe(0);
    expect(verify.out).toContain('audit-verify: status=intact');
  });
});
