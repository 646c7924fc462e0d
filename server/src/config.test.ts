import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'bp-config-'));

describe('loadConfig', () => {
  it('gives safe demo defaults: SQLite in the data folder, outbox SMS, simulated box, local host only', () => {
    const dir = dataDir();
    const config = loadConfig({ BP_DATA_DIR: dir });
    expect(config).toMatchObject({
      mode: 'demo',
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: `sqlite:${join(dir, 'buergerpunkt.sqlite')}`,
      sms: { provider: 'outbox' },
      box: { simulated: true },
      pickup: { windowOpeningDays: 10, maxCodeAttempts: 5, reminderOpeningDaysBefore: 2 },
    });
    expect(config.secrets.codeKey.length).toBeGreaterThanOrEqual(32);
    // Generated once, then kept: codes issued before a restart still verify after it.
    expect(loadConfig({ BP_DATA_DIR: dir }).secrets).toEqual(config.secrets);
  });

  it('reads environment variables into nested keys with their types', () => {
    const config = loadConfig({
      BP_DATA_DIR: dataDir(),
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db/bp',
      BP_PICKUP__WINDOW_OPENING_DAYS: '14',
      BP_BOX__SIMULATED: 'false',
    });
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgres://u:p@db/bp');
    expect(config.pickup.windowOpeningDays).toBe(14);
    expect(config.box.simulated).toBe(false);
  });

  it('names the bad key and where it came from', () => {
    expect(() => loadConfig({ BP_DATA_DIR: dataDir(), BP_PICKUP__WINDOW_OPENING_DAYS: 'ten' })).toThrow(
      /pickup\.windowOpeningDays \(environment variable BP_PICKUP__WINDOW_OPENING_DAYS\)/,
    );
    expect(() => loadConfig({ BP_DATA_DIR: dataDir(), PORT: '99999' })).toThrow(/port/);
    expect(() => loadConfig({ BP_DATA_DIR: dataDir(), BP_SMS__PROVIDER: 'pigeon' })).toThrow(/sms\.provider/);
    expect(() => loadConfig({ BP_DATA_DIR: dataDir(), DATABASE_URL: 'mysql://x' })).toThrow(/databaseUrl/);
  });

  it('names an unknown environment key, but leaves the tooling variables CI exports alone', () => {
    expect(() => loadConfig({ BP_DATA_DIR: dataDir(), BP_SMS_PROVIDR: 'outbox' })).toThrow(
      /unknown key\(s\) smsProvidr \(environment variable BP_SMS_PROVIDR\)/,
    );
    const config = loadConfig({
      BP_DATA_DIR: dataDir(),
      BP_TEST_PG_URL: 'postgres://bp:bp@127.0.0.1:5432/postgres',
      BP_E2E_SKIP_BUILD: '1',
      BP_BENCH_ROUNDS: '3',
    });
    expect(config.port).toBeGreaterThan(0);
  });

  it('reads an optional JSON file, with the environment winning', () => {
    const dir = dataDir();
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ port: 4000, townName: 'Bergfelde', dataDir: dir }));
    const config = loadConfig({ BP_CONFIG_FILE: file, PORT: '4001' });
    expect(config).toMatchObject({ port: 4001, townName: 'Bergfelde' });
    writeFileSync(file, JSON.stringify({ nonsense: true, dataDir: dir }));
    expect(() => loadConfig({ BP_CONFIG_FILE: file })).toThrow(/unknown key\(s\) nonsense/);
    expect(() => loadConfig({ BP_CONFIG_FILE: join(dir, 'missing.json') })).toThrow(ConfigError);
  });

  it('demands real secrets in production and provider settings for real gateways', () => {
    expect(() => loadConfig({ BP_DATA_DIR: dataDir(), BP_MODE: 'production' })).toThrow(
      /secrets\.codeKey \(BP_SECRETS__CODE_KEY\) is required in production/,
    );
    expect(() => loadConfig({ BP_DATA_DIR: dataDir(), BP_SECRETS__CODE_KEY: 'short' })).toThrow(
      /secrets\.codeKey/,
    );
    expect(() => loadConfig({ BP_DATA_DIR: dataDir(), BP_SMS__PROVIDER: 'seven' })).toThrow(
      /sms\.sevenApiKey/,
    );
  });

  it('keeps the purge of personal data within 23 hours, an hour inside the 24-hour promise', () => {
    expect(loadConfig({ BP_DATA_DIR: dataDir() }).retention.personalDataHours).toBe(23);
    expect(
      loadConfig({ BP_DATA_DIR: dataDir(), BP_RETENTION__PERSONAL_DATA_HOURS: '23' }).retention
        .personalDataHours,
    ).toBe(23);
    expect(() => loadConfig({ BP_DATA_DIR: dataDir(), BP_RETENTION__PERSONAL_DATA_HOURS: '24' })).toThrow(
      /retention\.personalDataHours/,
    );
  });

  it('accepts a fixed start of the clock in demo mode only', () => {
    const fixedStart = '2027-03-03T10:00:00+01:00';
    expect(loadConfig({ BP_DATA_DIR: dataDir(), BP_DEMO__FIXED_START: fixedStart }).demo.fixedStart).toBe(
      fixedStart,
    );
    expect(() => loadConfig({ BP_DATA_DIR: dataDir(), BP_DEMO__FIXED_START: 'next tuesday' })).toThrow(
      /demo\.fixedStart/,
    );
    const production = {
      BP_DATA_DIR: dataDir(),
      BP_MODE: 'production',
      BP_SECRETS__CODE_KEY: 'c'.repeat(40),
      BP_SECRETS__SMS_SEAL_KEY: 's'.repeat(40),
      BP_SECRETS__SMS_WEBHOOK_SECRET: 'w'.repeat(40),
      BP_SECRETS__EVIDENCE_KEY: 'e'.repeat(40),
    };
    expect(loadConfig(production).demo.fixedStart).toBeUndefined();
    expect(() => loadConfig({ ...production, BP_DEMO__FIXED_START: fixedStart })).toThrow(
      /demo\.fixedStart \(BP_DEMO__FIXED_START\) is for tests in demo mode only/,
    );
  });
});
