/**
 * After `vite build`: how much JavaScript each app makes a browser download before it can start (the entry and
 * every chunk it imports statically, gzip-compressed; languages and other lazily loaded chunks excluded). Fails
 * the build when an app's start download exceeds its budget: 100 kB gzip each for kiosk, office and site.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const budgetBytes = 100 * 1000;
const apps = [
  { name: 'kiosk', entry: 'kiosk/index.html', budget: budgetBytes },
  { name: 'office', entry: 'office/index.html', budget: budgetBytes },
  { name: 'site', entry: 'index.html', budget: budgetBytes },
] as const;

/** The entry's file and the files of all chunks it imports statically, each once. */
export function staticJsFiles(manifest: Manifest, entry: string): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  return [...files].filter((file) => file.endsWith('.js'));
}

function main(): number {
  const dist = resolve(import.meta.dirname, '..', 'dist');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const gzipBytes = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  let failed = false;
  for (const app of apps) {
    if (!manifest[app.entry]) {
      console.log(`${app.name.padEnd(7)} (no entry ${app.entry} in this build)`);
      continue;
    }
    const files = staticJsFiles(manifest, app.entry);
    const total = files.reduce((sum, file) => sum + gzipBytes(file), 0);
    const lazy = (manifest[app.entry]!.dynamicImports ?? []).length;
    const budget = 'budget' in app ? app.budget : undefined;
    const verdict = budget === undefined ? '' : total <= budget ? '  ✓ within budget' : '  ✗ OVER BUDGET';
    console.log(
      `${app.name.padEnd(7)} ${(total / 1000).toFixed(1).padStart(6)} kB gzip JavaScript at start ` +
        `(${files.length} file${files.length === 1 ? '' : 's'}, ${lazy} loaded later)` +
        (budget === undefined ? '' : `, budget ${budget / 1000} kB${verdict}`),
    );
    if (budget !== undefined && total > budget) failed = true;
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
