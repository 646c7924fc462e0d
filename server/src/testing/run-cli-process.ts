/** Runs one of the hub's command-line tools as a real process (`npx tsx <script>`) from the repository root. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

export function runCliProcess(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['tsx', script, ...args], { cwd: repoRoot, env });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out, err }));
  });
}

/** `npm run admin -- <args>` as a process. */
export const runAdminProcess = (env: Record<string, string>, args: string[]): Promise<CliResult> =>
  runCliProcess('server/src/cli/admin.ts', args, env);
