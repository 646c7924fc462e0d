/**
 * What this hub is: its version (root package.json, semantic) and the commit it was built from, and where the
 * checkout lives. The production bundle (scripts/build-server.ts) bakes in the commit and marks itself as bundled;
 * run from source (tsx), the commit is `BP_COMMIT`, else `git rev-parse HEAD` of the checkout, else "unknown".
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import rootPackage from '../../../package.json' with { type: 'json' };

/** Replaced by the bundler (esbuild `define`); undefined when run from source. */
declare const BP_BUILD: { commit: string } | undefined;
const baked = typeof BP_BUILD === 'undefined' ? undefined : BP_BUILD;

export interface BuildInfo {
  version: string;
  commit: string;
}

/** The checkout's root: from source three levels above this file, from the bundle (`server/dist/*.js`) two. */
export const repoRoot = fileURLToPath(new URL(baked ? '../..' : '../../..', import.meta.url));

function gitCommit(): string | undefined {
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 2000,
    });
    return /^[0-9a-f]{40}$/.test(out.trim()) ? out.trim() : undefined;
  } catch {
    return undefined;
  }
}

export const buildInfo: BuildInfo = {
  version: rootPackage.version,
  commit: process.env.BP_COMMIT?.trim() || baked?.commit || gitCommit() || 'unknown',
};
