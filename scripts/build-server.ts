/**
 * `npm run build:server`: bundles the hub, the box agent and the command-line tools into plain JavaScript under
 * `dist/` (run with `node`, no tsx). Our own workspaces (contracts, agent) are bundled, because they export
 * TypeScript sources; every npm package stays an import, resolved from node_modules at run time (native ones
 * such as better-sqlite3, argon2, serialport and sharp cannot be bundled anyway). The commit is baked in.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each workspace's bundle goes to its own `dist/`, so its imports resolve through its own node_modules first. */
const bundles: { outdir: string; workspaces: string[]; entries: Record<string, string> }[] = [
  {
    outdir: 'server/dist',
    // Whose `dependencies` may be imported: the workspace and the workspaces bundled into it.
    workspaces: ['server', 'agent', 'contracts'],
    entries: {
      hub: 'server/src/main.ts',
      admin: 'server/src/cli/admin.ts',
      'audit-verify': 'server/src/cli/audit-verify.ts',
    },
  },
  { outdir: 'agent/dist', workspaces: ['agent', 'contracts'], entries: { agent: 'agent/src/main.ts' } },
];

function commit(): string {
  if (process.env.BP_COMMIT) return process.env.BP_COMMIT;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** npm packages stay external; our workspaces (`@buergerpunkt/*`) and relative imports are bundled. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@buergerpunkt/')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

function dependenciesOf(workspace: string): string[] {
  const manifest = JSON.parse(readFileSync(`${root}${workspace}/package.json`, 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(manifest.dependencies ?? {});
}

const externals = new Set<string>();
const built: string[] = [];
const undeclared: string[] = [];
for (const bundle of bundles) {
  const outdir = `${root}${bundle.outdir}`;
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: bundle.entries,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // One file per entry (no shared chunks): build-info.ts finds the checkout relative to the bundle's own place.
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    plugins: [externalPackages],
    define: { BP_BUILD: JSON.stringify({ commit: commit() }) },
  });
  // What `npm ci --omit=dev` installs must cover every package the bundle imports.
  const declared = new Set(bundle.workspaces.flatMap(dependenciesOf));
  for (const output of Object.values(result.metafile!.outputs))
    for (const imported of output.imports) {
      if (!imported.external || imported.path.startsWith('node:')) continue;
      const name = imported.path
        .split('/')
        .slice(0, imported.path.startsWith('@') ? 2 : 1)
        .join('/');
      externals.add(name);
      if (!declared.has(name)) undeclared.push(`${name} (in ${bundle.outdir})`);
    }
  built.push(...Object.keys(bundle.entries).map((name) => `${bundle.outdir}/${name}.js`));
}
console.log(`Built ${built.join(', ')}`);
console.log(`npm packages they import at run time: ${[...externals].sort().join(', ')}`);
if (undeclared.length > 0) {
  console.error(
    `Not in any bundled workspace's dependencies (npm ci --omit=dev would miss them): ${undeclared.join(', ')}`,
  );
  process.exit(1);
}
