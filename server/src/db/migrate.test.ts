/** Migrations added in parallel: one that arrives after a later-named one already ran still runs. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { migrateToLatest, migrations } from './migrate.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('migrateToLatest', () => {
  it('runs a migration whose name sorts before one the database already has', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-migrate-'));
    dirs.push(dir);
    const handle = openDatabase(`sqlite:${join(dir, 'db.sqlite')}`);
    try {
      const withoutEvidence = Object.fromEntries(
        Object.entries(migrations).filter(([name]) => name !== '0009_evidence_images'),
      );
      await migrateToLatest(handle.db, withoutEvidence);
      const tablesBefore = await sql<{
        name: string;
      }>`select name from sqlite_master where type = 'table'`.execute(handle.db);
      expect(tablesBefore.rows.map((r) => r.name)).toContain('old_document_deposits');
      expect(tablesBefore.rows.map((r) => r.name)).not.toContain('evidence_images');

      await migrateToLatest(handle.db);
      const tablesAfter = await sql<{
        name: string;
      }>`select name from sqlite_master where type = 'table'`.execute(handle.db);
      expect(tablesAfter.rows.map((r) => r.name)).toContain('evidence_images');
    } finally {
      await handle.close();
    }
  });
});
