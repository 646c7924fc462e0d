/**
 * What this hub is: its version (root package.json) and the commit it was built from, and where the checkout lives.
 * The production bundle (scripts/build-server.ts) bakes in the commit and marks itself as bundled; run from source
 * (tsx), the commit comes from `BP_COMMIT` or is "unknown".
 */
import { fileURLToPath } from 'node:url';
import rootPackage from '../../../package.json' with { type: 'json' };

/** Replaced by the bundler (esbuild `define`); undefined when run from source. */
declare const BP_BUILD: { commit: string } | undefined;
const baked = typeof BP_BUILD === 'undefined' ? undefined : BP_BUILD;

export interface BuildInfo {
  version: string;
  commit: string;
}

export const buildInfo: BuildInfo = {
  version: rootPackage.version,
  commit: process.env.BP_COMMIT?.trim() || baked?.commit || 'unknown',
};

/** The checkout's root: from source three levels above this file, from the bundle (`server/dist/*.js`) two. */
export const repoRoot = fileURLToPath(new URL(baked ? '../..' : '../../..', import.meta.url));
