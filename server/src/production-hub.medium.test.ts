// A production hub as `BP_MODE=production npm start` wires it (startHub): no dev or simulator routes, no outbox page,
// no demo data, no generated secrets, no demo banner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { de } from '@buergerpunkt/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp, isDemoOnlyPath } from './app.ts';
import { loadConfig } from './config.ts';
import { silentLogger, type AppContext } from './context.ts';
import { startHub, type RunningHub } from './hub.ts';
import { ManualClock } from './platform/clock.ts';
import { randomIds } from './platform/ids.ts';
import { productionSecrets, productionTestConfig } from './testing/production-config.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';

let hub: RunningHub | undefined;
let database: TestDatabase | undefined;
let dataDir: string | undefined;

afterEach(async () => {
  vi.restoreAllMocks();
  await hub?.stop();
  await database?.destroy();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  hub = database = dataDir = undefined;
});

describe('a production hub', () => {
  it('registers no dev, simulator or outbox route and loads no demo data', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'bp-production-'));
    database = await createTestDatabase();
    const printed = vi.spyOn(console, 'log');
    const config = loadConfig(
      {},
      { ...productionTestConfig, dataDir, databaseUrl: database.url, port: 0, logLevel: 'silent' },
    );
    hub = await startHub(config, buildApp);

    for (const [method, path] of [
      ['GET', '/api/v1/dev/outbox'],
      ['GET', '/api/v1/dev/simulator/boxes/dokbox-hn'],
      ['POST', '/api/v1/dev/simulator/boxes/dokbox-hn'],
      ['POST', '/api/v1/dev/simulator/boxes/dokbox-hn/compartments/1'],
    ] as const) {
      const response = await fetch(`${hub.url}${path}`, {
        method,
        ...(method === 'POST'
          ? { headers: { 'content-type': 'application/json' }, body: '{"action":"take"}' }
          : {}),
      });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(((await response.json()) as { code: string }).code).toBe('route_not_found');
    }
    // `/outbox` is an ordinary path of the public site then, never the outbox.
    const page = await fetch(`${hub.url}/outbox`);
    expect(await page.text()).not.toContain(de.outbox.heading);
    const openapi = (await (await fetch(`${hub.url}/api/openapi.json`)).json()) as { paths: object };
    expect(Object.keys(openapi.paths).filter((path) => path.includes('/dev/'))).toEqual([]);

    // No demo data, no generated secrets or demo passwords on disk, no demo banner.
    expect(await hub.ctx.db.selectFrom('boxes').select('id').execute()).toEqual([]);
    expect(await hub.ctx.db.selectFrom('staff_users').select('id').execute()).toEqual([]);
    expect(existsSync(join(dataDir, 'secrets.json'))).toBe(false);
    expect(existsSync(join(dataDir, 'demo-credentials.json'))).toBe(false);
    expect(printed.mock.calls.flat().join('\n')).not.toContain('DEMO');
    expect((await fetch(`${hub.url}/api/health`)).status).toBe(200);
  });

  it('cannot be built with a demo-only route even if its gate were forgotten', async () => {
    database = await createTestDatabase();
    const config = loadConfig({}, { ...productionTestConfig, dataDir: tmpdir(), logLevel: 'silent' });
    expect(
      ['/api/v1/dev/outbox', '/api/v1/dev/simulator/boxes/:boxId', '/outbox'].every(isDemoOnlyPath),
    ).toBe(true);
    expect(isDemoOnlyPath('/api/v1/devices')).toBe(false);
    const ctx: AppContext = {
      db: database.db,
      dialect: database.dialect,
      config: { ...config, databaseUrl: database.url },
      clock: new ManualClock('2026-11-24T09:00:00.000Z'),
      ids: randomIds,
      log: silentLogger,
      onBoxCommandsQueued: () => {},
      onJobsQueued: () => {},
    };
    const app = await buildApp(ctx);
    expect(() => app.get('/api/v1/dev/forgotten', async () => 'demo')).toThrow(/demo-only route/);
    await app.close();
  });

  it('refuses to start as a process with the demo defaults and only the secrets given, naming box.simulated', () => {
    dataDir = mkdtempSync(join(tmpdir(), 'bp-production-refused-'));
    const started = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: {
        PATH: process.env.PATH,
        BP_MODE: 'production',
        BP_DATA_DIR: dataDir,
        BP_SECRETS__CODE_KEY: productionSecrets.codeKey,
        BP_SECRETS__SMS_SEAL_KEY: productionSecrets.smsSealKey,
        BP_SECRETS__SMS_WEBHOOK_SECRET: productionSecrets.smsWebhookSecret,
        BP_SECRETS__EVIDENCE_KEY: productionSecrets.evidenceKey,
        BP_SECRETS__AUDIT_KEY: productionSecrets.auditKey,
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(started.status, started.stderr).toBe(2);
    expect(started.stderr).toContain('box.simulated (BP_BOX__SIMULATED) must be false in production mode');
    expect(started.stderr).toContain('sms.provider (BP_SMS__PROVIDER)');
    // Refused before anything was written: no database, no generated secrets.
    expect(existsSync(join(dataDir, 'buergerpunkt.sqlite'))).toBe(false);
    expect(existsSync(join(dataDir, 'secrets.json'))).toBe(false);
  });
});
