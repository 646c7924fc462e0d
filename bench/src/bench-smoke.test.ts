/**
 * The quick form of `npm run bench` that CI runs (unit project): SQLite only, 4 connections, 1 s after the 2 s
 * warm-up, 6,000 seeded documents. It asserts no figure (a shared, noisy machine makes throughput meaningless
 * there), only that the benchmark still walks the kiosk's real path: every request 2xx, no error, pickups done,
 * and exit 0. So a change to the kiosk path or a policy that would make the benchmark measure refusals fails CI.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = mkdtempSync(join(tmpdir(), 'bp-bench-smoke-'));

describe('npm run bench (quick form)', () => {
  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it('walks the kiosk path with every answer 2xx and exits 0', { timeout: 120_000 }, async () => {
    const resultsFile = join(resultsDir, 'latest.json');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/run.ts'], {
      cwd: benchDir,
      env: {
        ...process.env,
        BENCH_DB: 'sqlite',
        BENCH_SECONDS: '1',
        BENCH_CONNECTIONS: '4',
        BENCH_DOCUMENTS: '6000',
        BENCH_RESULTS_FILE: resultsFile,
      },
      timeout: 110_000,
    });
    const report = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
      kioskPath: { sqlite: { non2xx: number; errors: number; failures: string[]; scenarios: number } };
    };
    const sqlite = report.kioskPath.sqlite;
    expect(sqlite.failures).toEqual([]);
    expect(sqlite.non2xx).toBe(0);
    expect(sqlite.errors).toBe(0);
    expect(sqlite.scenarios).toBeGreaterThan(0);
  });
});
