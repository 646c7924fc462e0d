/**
 * A real hub process for the browser tests: `tsx server/src/main.ts` in demo mode (SQLite, simulated box, SMS
 * outbox, demo data) on its own port and data folder. The demo credentials it writes give the tests the staff
 * passwords and the kiosk's terminal key.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

export interface DemoCredentials {
  staff: { username: string; password: string; roles: string[] }[];
  terminalKey: string;
  terminalId: string;
  boxId: string;
}

export interface RunningHub {
  url: string;
  dataDir: string;
  credentials: DemoCredentials;
  passwordOf(username: string): string;
  stop(): Promise<void>;
  /** Stops the process but keeps its data folder: `startHubProcess({ port, dataDir })` starts the same hub again. */
  stopProcess(): Promise<void>;
}

export interface StartHubOptions {
  port: number;
  /** Extra configuration as environment variables (`BP_…`). */
  env?: Record<string, string>;
  /** An existing data folder (a hub started again after `stopProcess`); else a new temporary one. */
  dataDir?: string;
}

export async function startHubProcess(options: StartHubOptions): Promise<RunningHub> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'bp-e2e-'));
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      // The test runner's own switches (BP_E2E_…) are not hub configuration: the hub refuses unknown keys.
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('BP_E2E_'))),
      PORT: String(options.port),
      HOST: '127.0.0.1',
      BP_DATA_DIR: dataDir,
      BP_PUBLIC_URL: url,
      BP_LOG_LEVEL: 'warn',
      // Cheap password hashes (demo mode only; production refuses them): seven demo staff and every login.
      BP_ACCOUNTS__PASSWORD_HASH_MEMORY_KIB: '1024',
      BP_ACCOUNTS__PASSWORD_HASH_PASSES: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  await waitForHealth(url, child, () => output);
  const credentials = JSON.parse(
    readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8'),
  ) as DemoCredentials;
  return {
    url,
    dataDir,
    credentials,
    passwordOf(username) {
      const account = credentials.staff.find((s) => s.username === username);
      if (!account) throw new Error(`no demo account ${username}`);
      return account.password;
    },
    async stop() {
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
    async stopProcess() {
      await stopProcess(child);
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`hub exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`hub did not become healthy within 60 s:\n${output()}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
