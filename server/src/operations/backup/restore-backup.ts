/**
 * `npm run admin -- restore --from DIR`: checks the backup (format, checksums, key fingerprints, schema) before it
 * touches anything, restores into an empty data folder and database only, compares the row counts with the
 * manifest, brings the schema up to date and verifies the audit chain with the configured audit key.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config, Secrets } from '../../config.ts';
import { migrateToLatest, migrations } from '../../db/migrate.ts';
import { verifyAuditLog } from '../../modules/audit/audit-service.ts';
import { openAuditedDatabase } from '../../modules/audit/open-audited-database.ts';
import { BackupRefusal } from './backup-errors.ts';
import { demoFiles } from './create-backup.ts';
import {
  describePostgres,
  describeSqlite,
  dialectOfUrl,
  postgresIsEmpty,
  restorePostgres,
  restoreSqlite,
  sqliteFileOf,
  sqliteIsEmpty,
} from './database-snapshot.ts';
import {
  backupFormat,
  fingerprintedKeys,
  keyFingerprint,
  listFiles,
  manifestFile,
  sha256OfFile,
  type BackupManifest,
} from './manifest.ts';

export interface RestoreResult {
  manifest: BackupManifest;
  mediaFiles: number;
  audit: { ok: boolean; entries: number; problems: number };
}

export function readManifest(from: string): BackupManifest {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(readFileSync(join(from, manifestFile), 'utf8')) as BackupManifest;
  } catch {
    throw new BackupRefusal('manifest_missing', { path: from });
  }
  if (manifest.format !== backupFormat)
    throw new BackupRefusal('format_unknown', { format: String(manifest.format) });
  return manifest;
}

/** The demo's generated secrets inside a backup (demo mode only), so a restore in a fresh folder can use them. */
export function demoSecretsOfBackup(from: string): Partial<Secrets> | undefined {
  const file = join(from, 'demo', 'secrets.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>) : undefined;
}

async function checkBackup(config: Config, from: string, manifest: BackupManifest): Promise<void> {
  const configured = dialectOfUrl(config.databaseUrl);
  if (manifest.database.dialect !== configured)
    throw new BackupRefusal('dialect_mismatch', { backup: manifest.database.dialect, configured });
  const differing = fingerprintedKeys.filter(
    (key) => manifest.keyFingerprints[key] !== keyFingerprint(config.secrets[key]),
  );
  if (differing.length > 0)
    throw new BackupRefusal('key_mismatch', { keys: differing.map((key) => `secrets.${key}`).join(', ') });
  const unknown = manifest.database.migrations.filter((name) => !(name in migrations));
  if (unknown.length > 0) throw new BackupRefusal('schema_newer', { migrations: unknown.join(', ') });
  for (const file of manifest.files) {
    const path = join(from, ...file.path.split('/'));
    if (!existsSync(path) || (await sha256OfFile(path)) !== file.sha256)
      throw new BackupRefusal('file_damaged', { path: file.path });
  }
}

async function checkTargetEmpty(config: Config): Promise<void> {
  const occupied: string[] = [];
  const dialect = dialectOfUrl(config.databaseUrl);
  if (
    dialect === 'sqlite'
      ? !sqliteIsEmpty(sqliteFileOf(config.databaseUrl))
      : !(await postgresIsEmpty(config.databaseUrl))
  )
    occupied.push(dialect === 'sqlite' ? sqliteFileOf(config.databaseUrl) : 'database has tables');
  const mediaDir = join(config.dataDir, 'media');
  if (existsSync(mediaDir) && listFiles(mediaDir).length > 0) occupied.push(mediaDir);
  if (occupied.length > 0) throw new BackupRefusal('restore_target_not_empty', { what: occupied.join(', ') });
}

export async function restoreBackup(config: Config, from: string): Promise<RestoreResult> {
  const manifest = readManifest(from);
  await checkBackup(config, from, manifest);
  await checkTargetEmpty(config);

  const backupDatabase = join(from, manifest.database.file);
  if (manifest.database.dialect === 'sqlite') {
    mkdirSync(dirname(sqliteFileOf(config.databaseUrl)), { recursive: true });
    restoreSqlite(backupDatabase, config.databaseUrl);
  } else await restorePostgres(backupDatabase, config.databaseUrl);
  const restored =
    manifest.database.dialect === 'sqlite'
      ? describeSqlite(sqliteFileOf(config.databaseUrl))
      : await describePostgres(config.databaseUrl);
  for (const [table, expected] of Object.entries(manifest.database.tables)) {
    if (restored.tables[table] !== expected)
      throw new BackupRefusal('counts_differ', { table, expected, restored: restored.tables[table] ?? 0 });
  }

  let mediaFiles = 0;
  for (const file of manifest.files) {
    const [top, ...rest] = file.path.split('/');
    const target =
      top === 'media'
        ? join(config.dataDir, 'media', ...rest)
        : top === 'demo' && config.mode === 'demo' && demoFiles.includes(rest.join('/'))
          ? join(config.dataDir, ...rest)
          : null;
    // The demo's secrets file is already in place when the configuration was loaded from the backup's.
    if (!target || existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
    copyFileSync(join(from, ...file.path.split('/')), target);
    if (top === 'media') mediaFiles++;
  }

  const database = openAuditedDatabase(config, { poolSize: 1 });
  try {
    await migrateToLatest(database.db);
    const verification = await verifyAuditLog(database.db);
    return {
      manifest,
      mediaFiles,
      audit: {
        ok: verification.ok,
        entries: verification.entries,
        problems: verification.ok ? 0 : verification.problems.length,
      },
    };
  } finally {
    await database.close();
  }
}
