/**
 * Opens the configured database for a process of the hub (the hub itself, the admin command line, `audit:verify`,
 * `sms:test`, a restore) with the audit chain's key registered: every entry such a process writes or checks is
 * keyed with `secrets.auditKey`. A process that opened the database without it failed at its first audit entry.
 */
import type { Config } from '../../config.ts';
import { openDatabase, type DatabaseHandle, type OpenDatabaseOptions } from '../../db/database.ts';
import { useAuditKey } from './audit-service.ts';

export function openAuditedDatabase(
  config: Pick<Config, 'databaseUrl' | 'secrets'>,
  options: OpenDatabaseOptions = {},
): DatabaseHandle {
  const database = openDatabase(config.databaseUrl, options);
  useAuditKey(database.db, config.secrets.auditKey);
  return database;
}
