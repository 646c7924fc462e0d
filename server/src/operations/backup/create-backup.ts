/**
 * `npm run admin -- backup --to DIR` while the hub runs: a consistent copy of the database, the media files
 * (`<dataDir>/media`), in demo mode the generated secrets and demo passwords, and `manifest.json` written last.
 * The database is copied before the media, so every image the copied rows name is in the folder.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../../config.ts';
import type { Clock } from '../../platform/clock.ts';
import { BackupRefusal } from './backup-errors.ts';
import { dialectOfUrl, snapshotPostgres, snapshotSqlite } from './database-snapshot.ts';
import {
  backupFormat,
  describeFile,
  keyFingerprints,
  listFiles,
  manifestFile,
  type BackupManifest,
} from './manifest.ts';

/** Files of the data folder that belong in a backup, besides the database: in demo mode only, generated there. */
export const demoFiles = ['secrets.json', 'demo-credentials.json'];

function copyInto(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true, mode: 0o700 });
  copyFileSync(from, to);
}

export async function createBackup(config: Config, clock: Clock, to: string): Promise<BackupManifest> {
  if (existsSync(to) && readdirSync(to).length > 0) throw new BackupRefusal('target_not_empty', { path: to });
  mkdirSync(to, { recursive: true, mode: 0o700 });
  const createdAt = clock.now().toISOString();
  const dialect = dialectOfUrl(config.databaseUrl);
  const databaseFile = dialect === 'sqlite' ? 'database.sqlite' : 'database.pgdump';
  const facts =
    dialect === 'sqlite'
      ? await snapshotSqlite(config.databaseUrl, join(to, databaseFile))
      : await snapshotPostgres(config.databaseUrl, join(to, databaseFile));

  chmodSync(join(to, databaseFile), 0o600);

  const mediaDir = join(config.dataDir, 'media');
  if (existsSync(mediaDir))
    for (const path of listFiles(mediaDir))
      copyInto(join(mediaDir, ...path.split('/')), join(to, 'media', ...path.split('/')));
  if (config.mode === 'demo')
    for (const name of demoFiles)
      if (existsSync(join(config.dataDir, name)))
        copyInto(join(config.dataDir, name), join(to, 'demo', name));

  const files = [];
  for (const path of listFiles(to)) files.push(await describeFile(to, path));
  const manifest: BackupManifest = {
    format: backupFormat,
    createdAt,
    mode: config.mode,
    database: { dialect, file: databaseFile, ...facts },
    keyFingerprints: keyFingerprints(config.secrets),
    files,
  };
  writeFileSync(join(to, manifestFile), JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 });
  return manifest;
}
