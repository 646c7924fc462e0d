/**
 * Opens the database named by a URL: `sqlite:<file>` (embedded default, via better-sqlite3) or `postgres://…`.
 * The one place that knows which database runs; everything above uses `Db` and `dialectOf`.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import type PgModule from 'pg';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
export type DbOrTrx = Db | Trx;
export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  dialect: DialectName;
  url: string;
  close(): Promise<void>;
}

/** Which database a handle (or a transaction opened from it) talks to, for the few queries that must differ. */
export function dialectOf(db: DbOrTrx): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

const beforeCommitHooks = new WeakMap<object, (() => Promise<void>)[]>();

/**
 * Registers work to run at the end of a transaction opened with `db.transaction().execute(…)`, after the callback
 * and right before COMMIT, in the same transaction. Returns false where `trx` is not such a transaction. The audit
 * log uses it to take its global lock as late as possible (see modules/audit/audit-service.ts).
 */
export function runBeforeCommit(trx: DbOrTrx, hook: () => Promise<void>): boolean {
  const hooks = beforeCommitHooks.get(trx);
  if (!hooks) return false;
  hooks.push(hook);
  return true;
}

const afterCommitHooks = new WeakMap<object, (() => void)[]>();
const transactionOwners = new WeakMap<object, object>();

/**
 * Registers work to run once the transaction has committed (never after a rollback), e.g. telling the live view
 * of the office about a change only when it is real. Returns false where `trx` is not such a transaction; the
 * caller then runs the work itself. Hooks must not throw; an error is swallowed so it cannot undo the commit's
 * success for the caller.
 */
export function runAfterCommit(trx: DbOrTrx, hook: () => void): boolean {
  const hooks = afterCommitHooks.get(trx);
  if (!hooks) return false;
  hooks.push(hook);
  return true;
}

/** The database a transaction was opened on (or `db` itself), for things kept per database such as the live bus. */
export function databaseOf(db: DbOrTrx): object {
  return transactionOwners.get(db) ?? db;
}

/** Kysely whose transactions run their before-commit and after-commit hooks (see runBeforeCommit, runAfterCommit). */
class HubKysely extends Kysely<Database> {
  override transaction() {
    const builder = super.transaction();
    const execute = builder.execute.bind(builder);
    builder.execute = async <T>(callback: (trx: Trx) => Promise<T>) => {
      const after: (() => void)[] = [];
      const result = await execute(async (trx) => {
        const hooks: (() => Promise<void>)[] = [];
        beforeCommitHooks.set(trx, hooks);
        afterCommitHooks.set(trx, after);
        transactionOwners.set(trx, this);
        const value = await callback(trx);
        // Hooks may register further hooks; run until none are left.
        for (let i = 0; i < hooks.length; i++) await hooks[i]!();
        beforeCommitHooks.delete(trx);
        return value;
      });
      for (const hook of after) {
        try {
          hook();
        } catch {
          // see runAfterCommit: the commit stands
        }
      }
      return result;
    };
    return builder;
  }
}

/**
 * Kysely prepares every query anew; preparing costs more than running a typical indexed query here. The hub
 * sends a small, fixed set of SQL strings, so keeping their prepared statements is safe and bounded (the cap only
 * guards against unbounded dynamic SQL). Kysely runs statements to completion synchronously, so one statement is
 * never in use twice at once.
 */
function withStatementCache(sqlite: SQLite.Database, capacity = 500): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  // An own property in front of the prototype's method (a Proxy would run a trap on every property access).
  sqlite.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = prepare(sql);
      if (cache.size >= capacity) cache.delete(cache.keys().next().value!);
      cache.set(sql, statement);
    }
    return statement;
  }) as typeof sqlite.prepare;
  return sqlite;
}

export interface OpenDatabaseOptions {
  poolSize?: number;
  onIdleConnectionError?: (error: Error) => void;
}

export function openDatabase(url: string, options: OpenDatabaseOptions = {}): DatabaseHandle {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    const db = new HubKysely({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return { db, dialect: 'sqlite', url, close: () => db.destroy() };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    // Loaded only for PostgreSQL (synchronously, as this function is): a hub on SQLite saves its ~15 MB.
    const pg = createRequire(import.meta.url)('pg') as typeof PgModule;
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // An idle connection can be cut by the server (restart, failover, admin command); without a listener that
    // error would end the process. The pool replaces the connection; the next query simply gets a new one.
    pool.on('error', (error) => options.onIdleConnectionError?.(error));
    // The same cut while a connection is checked out (a transaction between two statements, e.g. during a
    // PostgreSQL restart): pg-pool listens only to idle ones, so without this listener the process would end
    // (found by `npm run reliability`). The statement in flight fails, the transaction with it, and the pool drops
    // the broken connection when it comes back.
    pool.on('connect', (client) => client.on('error', (error) => options.onIdleConnectionError?.(error)));
    const db = new HubKysely({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', url, close: () => db.destroy() };
  }
  throw new Error(
    `Unsupported database URL (expected sqlite:<file> or postgres://…): ${url.split('@').pop()}`,
  );
}
