import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgentConfigError, linkUrl, loadAgentConfig, parseAgentConfig } from './config.ts';
import { createDriver } from './create-driver.ts';
import { parseKerongCu16Options } from './drivers/kerong-cu16.ts';
import { KerongCu48Driver } from './drivers/kerong-cu48.ts';
import { backoffDelay } from './link.ts';
import { silentAgentLogger } from './logger.ts';

const valid = {
  mode: 'demo',
  boxId: 'dokbox-hn',
  hubUrl: 'https://hub.example.org',
  secret: 'a-box-secret-of-enough-length',
  driver: { kind: 'simulated' },
};

function refusal(raw: unknown): string {
  try {
    parseAgentConfig(raw, '/etc/bp');
  } catch (error) {
    expect(error).toBeInstanceOf(AgentConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('agent configuration', () => {
  it('fills in defaults and resolves paths against the config file', () => {
    const config = parseAgentConfig(valid, '/etc/bp');
    expect(config.dataDir).toBe('/etc/bp/agent-data');
    expect(config.door).toEqual({ openTimeoutSeconds: 10, leftOpenSeconds: 120, pollIntervalMs: 500 });
    expect(config.link.heartbeatIntervalMs).toBe(10_000);
    expect(config.driver).toEqual({ kind: 'simulated', compartments: 24, withoutSensor: [] });
    expect(linkUrl(config)).toBe('wss://hub.example.org/api/v1/boxes/dokbox-hn/link');
    expect(linkUrl({ hubUrl: 'http://127.0.0.1:3000/', boxId: 'b1' })).toBe(
      'ws://127.0.0.1:3000/api/v1/boxes/b1/link',
    );
  });

  it('names the bad key', () => {
    expect(refusal({ ...valid, door: { openTimeoutSeconds: 0 } })).toContain('door.openTimeoutSeconds');
    expect(refusal({ ...valid, link: { heartbeatIntervalMs: 'often' } })).toContain(
      'link.heartbeatIntervalMs',
    );
    expect(refusal({ ...valid, hubUrl: 'ftp://hub' })).toContain('hubUrl');
    expect(refusal({ ...valid, colour: 'blue' })).toContain('colour: unknown key');
    expect(refusal({ ...valid, door: { pollIntervall: 5 } })).toContain('door.pollIntervall: unknown key');
    expect(refusal({ ...valid, secret: undefined })).toContain('secret: missing');
    expect(refusal({ boxId: 'x', hubUrl: valid.hubUrl, secret: valid.secret })).toContain('driver');
  });

  it('refuses an unencrypted hub that is not on this machine unless explicitly allowed', () => {
    expect(refusal({ ...valid, hubUrl: 'http://hub.example.org' })).toContain('not encrypted');
    expect(refusal({ ...valid, hubUrl: 'ws://10.0.0.5:3000' })).toContain('hubUrl');
    expect(parseAgentConfig({ ...valid, hubUrl: 'ws://10.0.0.5:3000', allowInsecureHub: true }).hubUrl).toBe(
      'ws://10.0.0.5:3000',
    );
    expect(parseAgentConfig({ ...valid, hubUrl: 'http://localhost:3000' }).hubUrl).toBe(
      'http://localhost:3000',
    );
  });

  it('refuses simulated hardware and an insecure remote hub in production mode, the default', () => {
    const production = { ...valid, mode: undefined };
    expect(refusal(production)).toMatch(/driver\.kind: "simulated" is for the demo only/);
    const hardware = { ...production, driver: { kind: 'modbus-relay' } };
    expect(parseAgentConfig(hardware).mode).toBe('production');
    expect(refusal({ ...hardware, reader: { kind: 'simulated' } })).toMatch(/reader\.kind: "simulated"/);
    expect(refusal({ ...hardware, camera: { kind: 'simulated' } })).toMatch(/camera\.kind: "simulated"/);
    expect(refusal({ ...hardware, hubUrl: 'ws://10.0.0.5:3000', allowInsecureHub: true })).toMatch(
      /allowInsecureHub: not allowed in mode "production"/,
    );
    expect(refusal({ ...hardware, hubUrl: 'http://hub.example.org' })).toContain('not encrypted');
    expect(refusal({ ...hardware, hubUrl: 'ws://192.168.1.20/' })).toContain('not encrypted');
    // The hub on this machine (a lab box, the agent end-to-end tests) needs no TLS.
    expect(parseAgentConfig({ ...hardware, hubUrl: 'ws://127.0.0.1:3000' }).hubUrl).toBe(
      'ws://127.0.0.1:3000',
    );
    expect(parseAgentConfig({ ...hardware, hubUrl: 'wss://hub.example.org' }).hubUrl).toBe(
      'wss://hub.example.org',
    );
  });

  it('reads the secret from a file and reports an unreadable config file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-agent-config-'));
    try {
      writeFileSync(join(dir, 'secret'), 'secret-from-a-file-0123\n');
      writeFileSync(
        join(dir, 'agent.json'),
        JSON.stringify({ ...valid, secret: undefined, secretFile: 'secret' }),
      );
      expect(loadAgentConfig(join(dir, 'agent.json')).secret).toBe('secret-from-a-file-0123');
      writeFileSync(join(dir, 'broken.json'), '{ "boxId": ');
      expect(() => loadAgentConfig(join(dir, 'broken.json'))).toThrow(/Cannot read agent config/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('agent.example.json', () => {
  it('is a valid configuration, its driver options included', async () => {
    const { readFileSync } = await import('node:fs');
    const example = JSON.parse(readFileSync(new URL('../agent.example.json', import.meta.url), 'utf8'));
    const config = parseAgentConfig({ ...example, secretFile: undefined, secret: valid.secret });
    expect(config.boxId).toBe('dokbox-hn');
    expect(parseKerongCu16Options(config.driver).boards).toHaveLength(2);
  });
});

describe('Kerong CU48 in the agent configuration', () => {
  const cu48 = {
    kind: 'kerong-cu48',
    line: { type: 'tcp', host: '192.168.1.50' },
    boards: [{ address: 0, locks: 48 }],
    compartments: [
      { number: 1, board: 0, lock: 1 },
      { number: 2, board: 0, lock: 2 },
    ],
  };

  it('is a driver kind; its options are checked when the driver is built, naming the key', () => {
    const config = parseAgentConfig({ ...valid, driver: cu48 });
    const driver = createDriver(config.driver, silentAgentLogger);
    expect(driver).toBeInstanceOf(KerongCu48Driver);
    expect(driver.compartments()).toEqual([1, 2]);
    const bad = parseAgentConfig({ ...valid, driver: { ...cu48, boards: [{ address: 10, locks: 48 }] } });
    expect(() => createDriver(bad.driver, silentAgentLogger)).toThrow(/driver\.boards\.0\.address/);
  });
});

describe('reconnect backoff', () => {
  it('grows exponentially up to the maximum, with full jitter', () => {
    expect(backoffDelay(0, 500, 30_000, () => 0.999)).toBe(499);
    expect(backoffDelay(3, 500, 30_000, () => 0.999)).toBe(3996);
    expect(backoffDelay(20, 500, 30_000, () => 0.999)).toBe(29_970);
    // Never a hot loop: at least a quarter of the minimum.
    expect(backoffDelay(5, 500, 30_000, () => 0)).toBe(125);
    const spread = new Set(Array.from({ length: 50 }, () => backoffDelay(6, 500, 30_000)));
    expect(spread.size).toBeGreaterThan(10);
  });
});
