/**
 * The production build (issue 15): the bundles of `npm run build` (scripts/build-server.ts, here into a folder of
 * this test's own) run with `node` alone — no tsx anywhere in the hub's process group — on a production
 * configuration and the test's database; `/api/health` and `/api/ready` carry the version and the commit baked in
 * by the build, the bundled admin tool sees the schema current, and SIGTERM stops the hub cleanly.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/build-server.ts';
import { productionSecrets } from './testing/production-config.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const outName = `dist-test-${process.pid}`;
const bakedCommit = `test-build-${process.pid}`;
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string })
  .version;

let database: TestDatabase | undefined;
let dataDir: string | undefined;
let hub: ChildProcess | undefined;

beforeAll(async () => {
  const previous = process.env.BP_COMMIT;
  process.env.BP_COMMIT = bakedCommit;
  try {
    const result = await buildServer(outName);
    expect(result.undeclared).toEqual([]);
    expect(result.built).toContain(`server/${outName}/hub.js`);
    expect(JSON.parse(readFileSync(join(repoRoot, 'server', outName, 'build-info.json'), 'utf8'))).toEqual({
      version,
      commit: bakedCommit,
    });
  } finally {
    if (previous === undefined) delete process.env.BP_COMMIT;
    else process.env.BP_COMMIT = previous;
  }
}, 120_000);

afterAll(async () => {
  if (hub && hub.exitCode === null) hub.kill('SIGKILL');
  await database?.destroy();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  for (const dir of ['server', 'agent'])
    rmSync(join(repoRoot, dir, outName), { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function productionEnv(port: number): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    BP_MODE: 'production',
    BP_PUBLIC_URL: 'https://buergerpunkt.example',
    BP_BOX__SIMULATED: 'false',
    BP_SMS__PROVIDER: 'http',
    BP_SMS__HTTP_URL: 'https://sms.example/send',
    BP_SECRETS__CODE_KEY: productionSecrets.codeKey,
    BP_SECRETS__SMS_SEAL_KEY: productionSecrets.smsSealKey,
    BP_SECRETS__SMS_WEBHOOK_SECRET: productionSecrets.smsWebhookSecret,
    BP_SECRETS__EVIDENCE_KEY: productionSecrets.evidenceKey,
    BP_SECRETS__AUDIT_KEY: productionSecrets.auditKey,
    BP_DATA_DIR: dataDir!,
    DATABASE_URL: database!.url,
    PORT: String(port),
    LOG_LEVEL: 'warn',
  };
}

/** Command lines of the processes in a process group (Linux /proc). */
function processGroup(pgid: number): string[] {
  const lines: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      lines.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim());
    } catch {
      // the process ended meanwhile
    }
  }
  return lines;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<Response> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the hub exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return response;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the hub did not become healthy within 60 s:\n${output()}`);
}

describe('the production build', () => {
  it('runs the hub with node alone: health and readiness with version and commit, no tsx in its group', async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'bp-prod-build-'));
    const port = await freePort();
    const env = productionEnv(port);
    let output = '';
    // Its own process group, as a service manager starts it.
    hub = spawn(process.execPath, [`server/${outName}/hub.js`], { cwd: repoRoot, env, detached: true });
    hub.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    hub.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

    const health = await waitForHealth(`http://127.0.0.1:${port}/api/health`, hub, () => output);
    expect(await health.json()).toEqual({ status: 'ok', version, commit: bakedCommit });
    const ready = await fetch(`http://127.0.0.1:${port}/api/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', version, commit: bakedCommit, reasons: [] });

    const group = processGroup(hub.pid!);
    expect(group).toEqual([`${process.execPath} server/${outName}/hub.js`]);
    expect(group.join('\n')).not.toMatch(/tsx/);

    // The bundled admin tool on the same database: the hub migrated it at start.
    const admin = spawnSync(process.execPath, [`server/${outName}/admin.js`, 'migrate', '--dry-run'], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(admin.status, admin.stderr).toBe(0);
    expect(admin.stdout).toContain('pending: 0');

    const exited = new Promise<number | null>((done) => hub!.once('exit', (code) => done(code)));
    hub.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
