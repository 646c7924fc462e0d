/**
 * The manifest of a backup folder (`manifest.json`): what is in it, with a SHA-256 per file, the schema version,
 * the row count per table at the moment of the snapshot, and fingerprints of the keys the data was written under.
 * Keys themselves are never written into a backup (only the demo's generated secrets file is).
 */
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Secrets } from '../../config.ts';
import type { DialectName } from '../../db/database.ts';

export const manifestFile = 'manifest.json';
export const backupFormat = 'buergerpunkt-backup/1';

/** The keys whose loss or change breaks restored data: codes, sealed SMS bodies, evidence images, the audit chain. */
export const fingerprintedKeys = ['codeKey', 'smsSealKey', 'evidenceKey', 'auditKey'] as const;
export type FingerprintedKey = (typeof fingerprintedKeys)[number];

export interface BackupFile {
  /** Relative to the backup folder, with `/`. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof backupFormat;
  createdAt: string;
  mode: 'demo' | 'production';
  database: {
    dialect: DialectName;
    /** `database.sqlite` (SQLite online backup) or `database.pgdump` (pg_dump custom format). */
    file: string;
    /** Names of the migrations the database had run. */
    migrations: string[];
    /** Rows per table in the snapshot. */
    tables: Record<string, number>;
    auditHeadSeq: number;
  };
  /** The first 16 hex digits of SHA-256(key): enough to tell keys apart, useless to recover one. */
  keyFingerprints: Record<FingerprintedKey, string>;
  files: BackupFile[];
}

export function keyFingerprint(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
}

export function keyFingerprints(secrets: Secrets): Record<FingerprintedKey, string> {
  return Object.fromEntries(fingerprintedKeys.map((key) => [key, keyFingerprint(secrets[key])])) as Record<
    FingerprintedKey,
    string
  >;
}

export function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Every file below `dir` (recursively), as paths relative to `dir` with `/`, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export async function describeFile(root: string, path: string): Promise<BackupFile> {
  const full = join(root, ...path.split('/'));
  return { path, bytes: statSync(full).size, sha256: await sha256OfFile(full) };
}
