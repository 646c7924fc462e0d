/**
 * A consistent copy of the hub's database while the hub runs, and its way back into an empty database:
 * SQLite through its online backup API (better-sqlite3 `.backup()`), PostgreSQL through `pg_dump` on an exported
 * snapshot, so the row counts written into the manifest are exactly those of the dump.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { DialectName } from '../../db/database.ts';

export interface SnapshotFacts {
  migrations: string[];
  tables: Record<string, number>;
  auditHeadSeq: number;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function dialectOfUrl(url: string): DialectName {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres';
  throw new Error(`Unsupported database URL: ${url.split('@').pop()}`);
}

export const sqliteFileOf = (url: string) => url.slice('sqlite:'.length);

function sqliteFacts(sqlite: SQLite.Database): SnapshotFacts {
  const names = (
    sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .all() as { name: string }[]
  ).map((row) => row.name);
  const tables: Record<string, number> = {};
  for (const name of names)
    tables[name] = (sqlite.prepare(`select count(*) as n from ${quoteIdent(name)}`).get() as { n: number }).n;
  const migrations = names.includes('kysely_migration')
    ? (sqlite.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map(
        (row) => row.name,
      )
    : [];
  const head = names.includes('audit_log')
    ? (sqlite.prepare('select max(seq) as seq from audit_log').get() as { seq: number | null }).seq
    : null;
  return { migrations, tables, auditHeadSeq: head ?? 0 };
}

async function pgFacts(client: pg.Client): Promise<SnapshotFacts> {
  const { rows } = await client.query<{ name: string }>(
    "select tablename as name from pg_tables where schemaname = 'public' order by tablename",
  );
  const tables: Record<string, number> = {};
  for (const { name } of rows)
    tables[name] = Number(
      (await client.query<{ n: string }>(`select count(*) as n from ${quoteIdent(name)}`)).rows[0]!.n,
    );
  const names = rows.map((row) => row.name);
  const migrations = names.includes('kysely_migration')
    ? (await client.query<{ name: string }>('select name from kysely_migration order by name')).rows.map(
        (row) => row.name,
      )
    : [];
  const head = names.includes('audit_log')
    ? (await client.query<{ seq: string | null }>('select max(seq) as seq from audit_log')).rows[0]!.seq
    : null;
  return { migrations, tables, auditHeadSeq: head === null ? 0 : Number(head) };
}

/** Copies the live SQLite database into `target` (a single file, rollback journal mode) and describes the copy. */
export async function snapshotSqlite(url: string, target: string): Promise<SnapshotFacts> {
  const file = sqliteFileOf(url);
  if (!existsSync(file)) throw new Error(`the database file ${file} does not exist`);
  const source = new SQLite(file, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    // After the first step, everything left in one step: a busy hub that writes between steps would restart a
    // backup that copies page by page, over and over.
    await source.backup(target, { progress: () => 2 ** 30 });
  } finally {
    source.close();
  }
  const copy = new SQLite(target);
  try {
    // A self-contained file: no -wal beside it that a copy could forget.
    copy.pragma('journal_mode = DELETE');
    return sqliteFacts(copy);
  } finally {
    copy.close();
  }
}

/** Facts of an SQLite file (after a restore, for the check). */
export function describeSqlite(file: string): SnapshotFacts {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return sqliteFacts(db);
  } finally {
    db.close();
  }
}

/** True when the SQLite file is missing, empty or has no tables. */
export function sqliteIsEmpty(file: string): boolean {
  if (!existsSync(file) || statSync(file).size === 0) return true;
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return (
      (db.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as { n: number })
        .n === 0
    );
  } finally {
    db.close();
  }
}

/** Puts the backup's SQLite file in place (through a temporary name, so a crash leaves no half file). */
export function restoreSqlite(backupFile: string, url: string): void {
  const file = sqliteFileOf(url);
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  const temporary = `${file}.restoring`;
  copyFileSync(backupFile, temporary);
  renameSync(temporary, file);
}

/** Connection settings for the PostgreSQL tools: the password travels in the environment, not on the command line. */
function pgToolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

function runTool(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) =>
      reject(
        new Error(
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? `${command} is not installed (Debian: apt-get install postgresql-client)`
            : error.message,
        ),
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

/**
 * `pg_dump` (custom format) of the live database on a snapshot exported by a read-only transaction, in which the
 * rows are counted too: the counts and the dump see the same moment.
 */
export async function snapshotPostgres(url: string, target: string): Promise<SnapshotFacts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const snapshot = (await client.query<{ id: string }>('select pg_export_snapshot() as id')).rows[0]!.id;
    const facts = await pgFacts(client);
    const { dbname, env } = pgToolConnection(url);
    await runTool(
      'pg_dump',
      [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--snapshot=${snapshot}`,
        `--file=${target}`,
        `--dbname=${dbname}`,
      ],
      env,
    );
    await client.query('commit');
    return facts;
  } finally {
    await client.end();
  }
}

async function withPgClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function describePostgres(url: string): Promise<SnapshotFacts> {
  return withPgClient(url, pgFacts);
}

/** True when the database has no table in its `public` schema. */
export function postgresIsEmpty(url: string): Promise<boolean> {
  return withPgClient(url, async (client) => {
    const { rows } = await client.query<{ n: string }>(
      "select count(*) as n from pg_tables where schemaname = 'public'",
    );
    return Number(rows[0]!.n) === 0;
  });
}

/** `pg_restore` of the dump into the (empty) database, in one transaction: all or nothing. */
export async function restorePostgres(backupFile: string, url: string): Promise<void> {
  const { dbname, env } = pgToolConnection(url);
  await runTool(
    'pg_restore',
    [
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${dbname}`,
      backupFile,
    ],
    env,
  );
}
