/**
 * The bar for a production setup, with the real `npm run admin` process on a production-safe
 * configuration: `init` prints a one-time password, that admin changes it, logs in and creates a box over the API,
 * `terminal create` prints a key that works at the kiosk, `terminal list` shows it, and once `terminal revoke` ran,
 * the key answers 403. The API runs in this process on the same database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { silentLogger, type AppContext } from '../context.ts';
import { systemClock } from '../platform/clock.ts';
import { randomIds } from '../platform/ids.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { sessionTokenOf } from '../testing/fixtures.ts';
import { runAdminProcess } from '../testing/run-cli-process.ts';

function productionEnv(databaseUrl: string, dataDir: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dataDir,
    BP_MODE: 'production',
    BP_PUBLIC_URL: 'https://buergerpunkt.example',
    BP_BOX__SIMULATED: 'false',
    BP_SMS__PROVIDER: 'http',
    BP_SMS__HTTP_URL: 'https://sms.example/send',
    BP_SECRETS__CODE_KEY: 'process-test-code-key-0123456789abcdef',
    BP_SECRETS__SMS_SEAL_KEY: 'process-test-seal-key-0123456789abcdef',
    BP_SECRETS__SMS_WEBHOOK_SECRET: 'process-test-webhook-secret-0123456789',
    BP_SECRETS__EVIDENCE_KEY: 'process-test-evidence-key-0123456789abc',
    BP_SECRETS__AUDIT_KEY: 'process-test-audit-key-0123456789abcdefgh',
    BP_DEMO__SEED: 'false',
    BP_DATA_DIR: dataDir,
    BP_DATABASE_URL: databaseUrl,
    BP_LOG_LEVEL: 'silent',
  };
}

const valueAfter = (text: string, label: string) => new RegExp(`^${label}: (\\S+)$`, 'm').exec(text)?.[1];

describe('npm run admin as a process, production configuration', () => {
  let database: TestDatabase | undefined;
  let app: BuiltApp | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    await app?.close();
    await database?.destroy();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('sets up an installation: first admin, box over the API, a kiosk key that works until revoked', async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'bp-admin-cli-'));
    const env = productionEnv(database.url, dataDir);

    const init = await runAdminProcess(env, [
      'init',
      '--town',
      'Hohen Neuendorf',
      '--office',
      'Bürgeramt Hohen Neuendorf',
      '--admin',
      'chefin',
    ]);
    expect(init.code, init.err).toBe(0);
    const oneTimePassword = valueAfter(init.out, 'one-time password');
    expect(oneTimePassword).toBeTruthy();
    const again = await runAdminProcess(env, ['init', '--town', 'X', '--office', 'Y', '--admin', 'zweiter']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('admin_already_exists');

    // The hub's API on the same database, configured from the same environment.
    const config = loadConfig(env);
    expect(config.mode).toBe('production');
    const ctx: AppContext = {
      db: database.db,
      dialect: database.dialect,
      config,
      clock: systemClock,
      ids: randomIds,
      log: silentLogger,
      onBoxCommandsQueued: () => {},
      onJobsQueued: () => {},
    };
    app = await buildApp(ctx);
    const login = async (password: string) => {
      const response = await app!.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'chefin', password },
      });
      expect(response.statusCode, response.body).toBe(200);
      return { ...(response.json() as { mustChangePassword: boolean }), token: sessionTokenOf(response) };
    };
    const first = await login(oneTimePassword!);
    expect(first.mustChangePassword).toBe(true);
    const changed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { authorization: `Bearer ${first.token}` },
      payload: { currentPassword: oneTimePassword, newPassword: 'ein eigenes langes Passwort' },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    const session = await login('ein eigenes langes Passwort');
    expect(session.mustChangePassword).toBe(false);
    const box = await app.inject({
      method: 'POST',
      url: '/api/v1/boxes',
      headers: { authorization: `Bearer ${session.token}` },
      payload: {
        id: 'dokbox-markt',
        name: 'DokBox am Markt',
        locationName: 'Rathaus, Foyer',
        address: 'Oranienburger Str. 2, 16540 Hohen Neuendorf',
        stateCode: 'BB',
        timezone: 'Europe/Berlin',
      },
    });
    expect(box.statusCode, box.body).toBe(201);

    const created = await runAdminProcess(env, [
      'terminal',
      'create',
      '--box',
      'dokbox-markt',
      '--name',
      'Kiosk',
    ]);
    expect(created.code, created.err).toBe(0);
    const key = valueAfter(created.out, 'key')!;
    expect(key).toMatch(/^kiosk_/);
    expect(valueAfter(created.out, 'pairing link')).toBe(
      `https://buergerpunkt.example/kiosk/#terminal=${encodeURIComponent(key)}`,
    );
    const kiosk = { 'x-terminal-key': key };
    const settings = await app.inject({ url: '/api/v1/kiosk/settings', headers: kiosk });
    expect(settings.statusCode, settings.body).toBe(200);
    expect(settings.json().boxId).toBe('dokbox-markt');

    const id = /\(id (\S+), box dokbox-markt\)/.exec(created.out)![1]!;
    const list = await runAdminProcess(env, ['terminal', 'list']);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(new RegExp(`^${id}\\s+Kiosk\\s+dokbox-markt\\s`, 'm'));

    const revoked = await runAdminProcess(env, ['terminal', 'revoke', id]);
    expect(revoked.code, revoked.err).toBe(0);
    const refused = await app.inject({ url: '/api/v1/kiosk/settings', headers: kiosk });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('terminal_revoked');
  }, 300_000);
});
