/**
 * A pair of connected pseudo-terminals made by `socat`, standing in for an RS-485 line: the driver opens one end
 * with `serialport`, a board simulator the other, and bytes pass between them like over a real cable.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PtyPair {
  /** The end the driver opens. */
  driverPath: string;
  /** The end the simulator opens. */
  simulatorPath: string;
  close(): Promise<void>;
}

export interface PtyPairOptions {
  /** Wait this long for socat's links. */
  timeoutMs?: number;
  /**
   * Make the links in this folder (it must exist) instead of a fresh one, and leave the folder on close: a new pair
   * in the same folder gets the same paths, like a USB adapter unplugged and plugged in again.
   */
  dir?: string;
}

/** Starts `socat` with two raw ptys and waits until both links exist. */
export async function createPtyPair(options: PtyPairOptions = {}): Promise<PtyPair> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const ownDir = options.dir === undefined;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'bp-pty-'));
  const driverPath = join(dir, 'driver');
  const simulatorPath = join(dir, 'board');
  const socat: ChildProcess = spawn(
    'socat',
    [`pty,raw,echo=0,link=${driverPath}`, `pty,raw,echo=0,link=${simulatorPath}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  socat.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => socat.once('exit', () => resolve()));
  let spawnError: Error | null = null;
  socat.once('error', (error) => (spawnError = error));

  // socat outlives a process that exits without closing the pair (a test worker torn down); stop it then too.
  const killOnExit = () => socat.kill('SIGTERM');
  process.once('exit', killOnExit);

  const cleanup = async () => {
    process.removeListener('exit', killOnExit);
    if (socat.exitCode === null && socat.signalCode === null) {
      socat.kill('SIGTERM');
      await exited;
    }
    if (ownDir) rmSync(dir, { recursive: true, force: true });
    else for (const link of [driverPath, simulatorPath]) rmSync(link, { force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (!(existsSync(driverPath) && existsSync(simulatorPath))) {
    if (spawnError || socat.exitCode !== null || Date.now() > deadline) {
      await cleanup();
      const reason = spawnError ? (spawnError as Error).message : stderr.trim() || 'timed out';
      throw new Error(`socat did not create the pty pair (is socat installed?): ${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { driverPath, simulatorPath, close: cleanup };
}
