import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, envVarOf, loadConfig } from './config.ts';
import { productionSecrets, productionTestConfig } from './testing/production-config.ts';

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
    const production = { BP_DATA_DIR: dataDir() };
    expect(loadConfig(production, productionTestConfig).demo.fixedStart).toBeUndefined();
    expect(() =>
      loadConfig({ ...production, BP_DEMO__FIXED_START: fixedStart }, productionTestConfig),
    ).toThrow(/demo\.fixedStart \(BP_DEMO__FIXED_START\) is for tests in demo mode only/);
  });
});

/** The start refused in production, with the message naming the key and its environment variable. */
function productionRefusal(env: NodeJS.ProcessEnv, overrides: Record<string, unknown> = {}): string {
  try {
    loadConfig({ BP_DATA_DIR: dataDir(), ...env }, overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the production configuration was accepted');
}

/** The safe production settings as environment variables, as an operator would give them. */
const productionEnv = {
  BP_MODE: 'production',
  BP_SECRETS__CODE_KEY: productionSecrets.codeKey,
  BP_SECRETS__SMS_SEAL_KEY: productionSecrets.smsSealKey,
  BP_SECRETS__SMS_WEBHOOK_SECRET: productionSecrets.smsWebhookSecret,
  BP_SECRETS__EVIDENCE_KEY: productionSecrets.evidenceKey,
  BP_SECRETS__AUDIT_KEY: productionSecrets.auditKey,
  BP_PUBLIC_URL: 'https://buergerpunkt.example.org',
  BP_BOX__SIMULATED: 'false',
  BP_SMS__PROVIDER: 'http',
  BP_SMS__HTTP_URL: 'https://sms-gateway.example.org/send',
};

describe('production mode', () => {
  it('starts with the safe settings, and demo settings never take effect', () => {
    const config = loadConfig({ BP_DATA_DIR: dataDir(), ...productionEnv });
    expect(config).toMatchObject({
      mode: 'production',
      box: { simulated: false },
      demo: { seed: false, openAroundTheClock: false },
    });
    expect(config.pickup.idDocumentReader).toBeUndefined();
    expect(loadConfig({}, { ...productionTestConfig, dataDir: dataDir() }).mode).toBe('production');
  });

  it('refuses password hashes below the OWASP minimum, which the tests use', () => {
    const message = productionRefusal({
      ...productionEnv,
      BP_ACCOUNTS__PASSWORD_HASH_MEMORY_KIB: '1024',
      BP_ACCOUNTS__PASSWORD_HASH_PASSES: '1',
    });
    expect(message).toContain(
      'accounts.passwordHashMemoryKib (BP_ACCOUNTS__PASSWORD_HASH_MEMORY_KIB) must be at least 19456',
    );
    expect(message).toContain(
      'accounts.passwordHashPasses (BP_ACCOUNTS__PASSWORD_HASH_PASSES) must be at least 2',
    );
    const config = loadConfig({ BP_DATA_DIR: dataDir(), ...productionEnv });
    expect(config.accounts).toMatchObject({ passwordHashMemoryKib: 65536, passwordHashPasses: 3 });
  });

  it('requires the webhook secret with the webhook URL (issue 16)', () => {
    expect(() =>
      loadConfig({ BP_DATA_DIR: dataDir(), BP_INTEGRATION__WEBHOOK_URL: 'http://127.0.0.1:9/events' }),
    ).toThrow(/integration\.webhookSecret \(BP_INTEGRATION__WEBHOOK_SECRET\) is required/);
    expect(() =>
      loadConfig({
        BP_DATA_DIR: dataDir(),
        BP_INTEGRATION__WEBHOOK_URL: 'http://127.0.0.1:9/events',
        BP_INTEGRATION__WEBHOOK_SECRET: 'not-a-whsec-secret',
      }),
    ).toThrow(/integration\.webhookSecret/);
  });

  it('refuses the demo defaults with only the secrets given, naming box.simulated first', () => {
    const {
      BP_PUBLIC_URL: _u,
      BP_BOX__SIMULATED: _b,
      BP_SMS__PROVIDER: _p,
      BP_SMS__HTTP_URL: _h,
      ...secretsOnly
    } = productionEnv;
    const message = productionRefusal(secretsOnly);
    expect(message).toMatch(/^Invalid configuration for production mode \(BP_MODE=production\)/);
    expect(message.split('\n')[1]).toMatch(/^ {2}box\.simulated \(BP_BOX__SIMULATED\) must be false/);
    expect(message).toContain('sms.provider (BP_SMS__PROVIDER) must be "http" or "seven"');
    expect(message).toContain('publicUrl (BP_PUBLIC_URL) must be https://');
    expect(message).toContain('docs/installation.md');
  });

  it.each([
    ['box.simulated', { BP_BOX__SIMULATED: 'true' }],
    ['sms.provider', { BP_SMS__PROVIDER: 'outbox' }],
    ['pickup.idDocumentReader', { BP_PICKUP__ID_DOCUMENT_READER: 'simulated' }],
    ['publicUrl', { BP_PUBLIC_URL: 'http://buergerpunkt.example.org' }],
    ['sms.httpUrl', { BP_SMS__HTTP_URL: 'http://sms-gateway.example.org/send' }],
    [
      'sms.sevenBaseUrl',
      {
        BP_SMS__PROVIDER: 'seven',
        BP_SMS__SEVEN_API_KEY: 'key',
        BP_SMS__SEVEN_BASE_URL: 'http://gateway.seven.io',
      },
    ],
    ['secrets.evidenceKey', { BP_SECRETS__EVIDENCE_KEY: undefined }],
    ['secrets.auditKey', { BP_SECRETS__AUDIT_KEY: undefined }],
    ['demo.seed', { BP_DEMO__SEED: 'true' }],
    ['demo.openAroundTheClock', { BP_DEMO__OPEN_AROUND_THE_CLOCK: 'true' }],
    [
      'oidc.issuerUrl',
      {
        BP_OIDC__ENABLED: 'true',
        BP_OIDC__ISSUER_URL: 'http://login.example.org',
        BP_OIDC__CLIENT_ID: 'bp',
        BP_OIDC__CLIENT_SECRET: 'secret',
      },
    ],
    [
      'map.baseLayerUrl',
      { BP_MAP__BASE_LAYER_TYPE: 'xyz', BP_MAP__BASE_LAYER_URL: 'http://tiles.example.org/{z}/{x}/{y}.png' },
    ],
    [
      'integration.webhookUrl',
      {
        BP_INTEGRATION__WEBHOOK_URL: 'http://fachverfahren.example.org/events',
        BP_INTEGRATION__WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      },
    ],
    [
      'redPhone.sipWebSocketUrl',
      {
        BP_RED_PHONE__MODE: 'sip',
        BP_RED_PHONE__SIP_WEB_SOCKET_URL: 'ws://pbx.example.org/ws',
        BP_RED_PHONE__SIP_URI: 'sip:kiosk@pbx.example.org',
        BP_RED_PHONE__SIP_PASSWORD: 'pw',
      },
    ],
  ])('refuses %s, naming the key and its environment variable', (key, env) => {
    const message = productionRefusal({ ...productionEnv, ...env });
    const lines = message.split('\n').filter((line) => line.startsWith('  '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${key} (${envVarOf(key)})`);
    // The same settings are fine for the demo (except what the schema itself refuses).
    if (key !== 'secrets.evidenceKey')
      expect(() =>
        loadConfig({ BP_DATA_DIR: dataDir(), ...productionEnv, ...env, BP_MODE: 'demo' }),
      ).not.toThrow();
  });

  it('refuses the demo settings also from a config file, naming them by their variables', () => {
    const message = productionRefusal(
      {},
      { ...productionTestConfig, demo: { seed: true }, box: { simulated: true } },
    );
    expect(message).toContain('box.simulated (BP_BOX__SIMULATED)');
    expect(message).toContain('demo.seed (BP_DEMO__SEED)');
  });

  it('names environment variables the way the loader reads them', () => {
    expect(envVarOf('sms.httpUrl')).toBe('BP_SMS__HTTP_URL');
    expect(envVarOf('pickup.idDocumentReader')).toBe('BP_PICKUP__ID_DOCUMENT_READER');
    expect(envVarOf('publicUrl')).toBe('BP_PUBLIC_URL');
    expect(envVarOf('port')).toBe('PORT');
    expect(envVarOf('databaseUrl')).toBe('DATABASE_URL');
  });
});
