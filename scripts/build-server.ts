/**
 * `npm run build:server` (part of `npm run build`): bundles the hub, the box agent and the command-line tools into
 * plain JavaScript under `server/dist/` and `agent/dist/`, run with `node` alone (no tsx; `npm ci --omit=dev`
 * installs all they import). Our own workspaces (contracts, agent) are bundled, because they export TypeScript
 * sources, and so are the migrations and JSON files the code imports; every npm package stays an import, resolved
 * from node_modules at run time (native ones such as better-sqlite3, argon2, serialport and sharp cannot be bundled
 * anyway). The commit (BP_COMMIT, else `git rev-parse HEAD`, else "unknown") is baked in, and written with the
 * version to `dist/build-info.json`. docs/operations.md.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;

/**
 * Each workspace's bundle goes to its own `dist/`, so its imports resolve through its own node_modules first, and
 * the hub finds the checkout (web/dist) two levels above its bundle (server/src/platform/build-info.ts).
 */
const bundles: { dir: string; workspaces: string[]; entries: Record<string, string> }[] = [
  {
    dir: 'server',
    // Whose `dependencies` may be imported: the workspace and the workspaces bundled into it.
    workspaces: ['server', 'agent', 'contracts'],
    entries: {
      hub: 'server/src/main.ts',
      admin: 'server/src/cli/admin.ts',
      'audit-verify': 'server/src/cli/audit-verify.ts',
      // Forked by the hub and the admin tool for image work (server/src/modules/map/image-process.ts).
      'image-worker': 'server/src/modules/map/image-worker.ts',
    },
  },
  { dir: 'agent', workspaces: ['agent', 'contracts'], entries: { agent: 'agent/src/main.ts' } },
];

function commit(): string {
  if (process.env.BP_COMMIT) return process.env.BP_COMMIT;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * npm packages that stay imports, resolved from node_modules at run time: native ones, ones that read their own
 * files at run time (pdfkit's font metrics), and optional native add-ons other packages try to load. Every other
 * npm package is bundled too, minified: V8 keeps each loaded module's source text and records in the heap, and
 * one minified bundle holds about 10 MB less of them than the same packages loaded from node_modules (issue 15).
 */
const runtimePackages = [
  'argon2',
  'better-sqlite3',
  'sharp',
  'serialport',
  '@serialport/',
  'modbus-serial',
  'pdfkit',
  ...optionalPackages(),
];

/** Add-ons that packages load only when installed (pg's native client, ws's speed-ups); not dependencies of ours. */
function optionalPackages(): string[] {
  return ['pg-native', 'bufferutil', 'utf-8-validate', 'pino-pretty'];
}

function isRuntimePackage(path: string): boolean {
  return runtimePackages.some((name) =>
    name.endsWith('/') ? path.startsWith(name) : path === name || path.startsWith(`${name}/`),
  );
}

/** Runtime packages stay external; our workspaces (`@buergerpunkt/*`), relative imports and other packages are bundled. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || isRuntimePackage(args.path))
        return { path: args.path, external: true };
      return undefined;
    });
  },
};

/** CommonJS packages bundled into an ES module still call `require` and read `__dirname`: give them both. */
const commonJsShim = [
  "import { createRequire as __bpCreateRequire } from 'node:module';",
  "import { fileURLToPath as __bpFileUrlToPath } from 'node:url';",
  "import { dirname as __bpDirname } from 'node:path';",
  'const require = __bpCreateRequire(import.meta.url);',
  'const __filename = __bpFileUrlToPath(import.meta.url);',
  'const __dirname = __bpDirname(__filename);',
].join('\n');

function dependenciesOf(workspace: string): string[] {
  const manifest = JSON.parse(readFileSync(`${root}${workspace}/package.json`, 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(manifest.dependencies ?? {});
}

export interface BuildResult {
  /** The entry files written, relative to the checkout (e.g. `server/dist/hub.js`). */
  built: string[];
  /** npm packages the bundles import at run time. */
  externals: string[];
  /** Imported packages no bundled workspace declares in `dependencies` (must be empty). */
  undeclared: string[];
}

/** `outName` is the folder beside each workspace's `src/` (tests build into their own, e.g. `dist-test-…`). */
export async function buildServer(outName = 'dist'): Promise<BuildResult> {
  const externals = new Set<string>();
  const built: string[] = [];
  const undeclared: string[] = [];
  const baked = commit();
  for (const bundle of bundles) {
    const outdir = `${root}${bundle.dir}/${outName}`;
    rmSync(outdir, { recursive: true, force: true });
    const result = await build({
      absWorkingDir: root,
      entryPoints: bundle.entries,
      outdir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // One file per entry (no shared chunks), each with its source map for readable stack traces.
      sourcemap: true,
      // Smaller source for V8 to keep in memory (about 1 MB less heap for the hub); names stay for stack traces.
      minifyWhitespace: true,
      minifySyntax: true,
      metafile: true,
      logLevel: 'warning',
      plugins: [externalPackages],
      banner: { js: commonJsShim },
      define: { BP_BUILD: JSON.stringify({ commit: baked }) },
    });
    // What `npm ci --omit=dev` installs must cover every package the bundle imports.
    const declared = new Set(bundle.workspaces.flatMap(dependenciesOf));
    for (const output of Object.values(result.metafile!.outputs))
      for (const imported of output.imports) {
        if (!imported.external || imported.path.startsWith('node:') || isBuiltin(imported.path)) continue;
        const name = imported.path
          .split('/')
          .slice(0, imported.path.startsWith('@') ? 2 : 1)
          .join('/');
        if (optionalPackages().includes(name)) continue;
        externals.add(name);
        if (!declared.has(name)) undeclared.push(`${name} (in ${bundle.dir}/${outName})`);
      }
    built.push(...Object.keys(bundle.entries).map((name) => `${bundle.dir}/${outName}/${name}.js`));
    // The same facts as a file, for deployment scripts and people (the bundles carry them baked in).
    writeFileSync(`${outdir}/build-info.json`, JSON.stringify({ version, commit: baked }, null, 2) + '\n');
  }
  return { built, externals: [...externals].sort(), undeclared: [...new Set(undeclared)] };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await buildServer();
  console.log(`Built ${result.built.join(', ')}`);
  console.log(`npm packages they import at run time: ${result.externals.join(', ')}`);
  if (result.undeclared.length > 0) {
    console.error(
      `Not in any bundled workspace's dependencies (npm ci --omit=dev would miss them): ${result.undeclared.join(', ')}`,
    );
    process.exit(1);
  }
}
