/**
 * `backup --to DIR` and `restore --from DIR` (server/src/operations/backup/). Neither goes through the dispatcher's
 * database: a backup takes its own consistent copy while the hub runs, a restore needs an empty target.
 */
import { resolve } from 'node:path';
import { BackupRefusal } from '../../operations/backup/backup-errors.ts';
import { createBackup } from '../../operations/backup/create-backup.ts';
import { demoSecretsOfBackup, readManifest, restoreBackup } from '../../operations/backup/restore-backup.ts';
import { systemClock } from '../../platform/clock.ts';
import { t } from '../../platform/i18n.ts';
import {
  exitFailed,
  exitOk,
  exitUsage,
  parseCommandArgs,
  required,
  type AdminConfigCommand,
  type AdminConfigContext,
} from './command.ts';

function reportRefusal(ctx: AdminConfigContext, error: unknown): number {
  if (!(error instanceof BackupRefusal)) throw error;
  ctx.err(`Fehler: ${error.german}`);
  ctx.err(`Error: ${error.message} (${error.problem})`);
  return error.exitCode;
}

const backupCommand: AdminConfigCommand = {
  name: 'backup',
  summary:
    'back up the database, the media files and a manifest (checksums, schema, key fingerprints) into DIR',
  usage: [
    'backup --to DIR',
    '',
    'Works while the hub runs: SQLite through its online backup API, PostgreSQL through pg_dump (postgresql-client).',
    'DIR must be new or empty. Keys from the configuration are never written into it (only their fingerprints);',
    "the demo's generated secrets file is. Keep the keys apart from the backups (docs/operations.md).",
  ].join('\n'),
  async runWithConfig(ctx, args) {
    const { values } = parseCommandArgs(args, { to: { type: 'string' } });
    const to = resolve(required(values, 'to'));
    const config = ctx.loadConfig();
    if (!config) return exitUsage;
    try {
      const manifest = await createBackup(config, systemClock, to);
      ctx.out(
        t('operations.backup.done', {
          path: to,
          files: manifest.files.length,
          seq: manifest.database.auditHeadSeq,
        }),
      );
      ctx.out(
        `backup: status=done dialect=${manifest.database.dialect} files=${manifest.files.length} ` +
          `audit_head=${manifest.database.auditHeadSeq} code_key=${manifest.keyFingerprints.codeKey}`,
      );
      return exitOk;
    } catch (error) {
      return reportRefusal(ctx, error);
    }
  },
};

const restoreCommand: AdminConfigCommand = {
  name: 'restore',
  summary: 'restore a backup from DIR into an empty data folder and database, then verify the audit log',
  usage: [
    'restore --from DIR',
    '',
    'Refuses (exit 2) when the data folder or database is not empty, or when the configured keys (secrets.codeKey,',
    "smsSealKey, evidenceKey, auditKey) are not the backup's (compared by fingerprint). Checks every file's checksum",
    'before it changes anything, compares the row count of every table afterwards, runs newer migrations and',
    "verifies the audit chain (exit 1 when broken). Demo mode: the backup's generated secrets are used when the",
    'configuration gives none.',
  ].join('\n'),
  async runWithConfig(ctx, args) {
    const { values } = parseCommandArgs(args, { from: { type: 'string' } });
    const from = resolve(required(values, 'from'));
    try {
      readManifest(from);
      const config = ctx.loadConfig({ demoSecretsFallback: demoSecretsOfBackup(from) });
      if (!config) return exitUsage;
      const result = await restoreBackup(config, from);
      if (!result.audit.ok) {
        ctx.err(t('operations.backup.auditBroken', { count: result.audit.problems }));
        ctx.err(`restore: status=audit_broken problems=${result.audit.problems}`);
        return exitFailed;
      }
      ctx.out(
        t('operations.backup.restored', {
          path: from,
          tables: Object.keys(result.manifest.database.tables).length,
          files: result.mediaFiles,
          entries: result.audit.entries,
        }),
      );
      ctx.out(`restore: status=done audit=intact entries=${result.audit.entries} media=${result.mediaFiles}`);
      return exitOk;
    } catch (error) {
      return reportRefusal(ctx, error);
    }
  },
};

export const backupCommands: AdminConfigCommand[] = [backupCommand, restoreCommand];
