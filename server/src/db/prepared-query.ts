/**
 * Queries on the hot path (every kiosk request) built and compiled once per dialect, then run with new values.
 * Kysely builds an immutable node tree and compiles it to SQL on every call; for a statement a request sends every
 * time that is more CPU than running it (better-sqlite3 keeps the prepared statement by SQL text, database.ts).
 *
 * `preparedQuery((db, p) => db.selectFrom('t').selectAll().where('id', '=', p.id))` builds the query once with a
 * placeholder for every parameter of `p` and remembers where each lands in the compiled parameter list; a call
 * puts the values there and runs the same SQL. Parameters must be plain values compared or set as one parameter
 * (no arrays for `in`, no values that change the SQL's shape); constants written into the builder stay constants.
 * `p` is a stand-in with no keys of its own: name an inserted row's columns one by one (`values({ a: p.a })`).
 */
import type { Compilable, CompiledQuery, QueryResult } from 'kysely';
import { dialectOf, type DbOrTrx } from './database.ts';

const marker = '\u0000bp-param:';

interface Compiled {
  query: CompiledQuery;
  /** For each compiled parameter: the name of the input it takes, or undefined for a constant. */
  slots: (string | undefined)[];
}

export interface PreparedQuery<P, R> {
  /** The query's result rows (and, for writes, the affected row count). */
  run(db: DbOrTrx, params: P): Promise<QueryResult<R>>;
  /** The first row, or undefined. */
  first(db: DbOrTrx, params: P): Promise<R | undefined>;
  /** How many rows a write changed. */
  affected(db: DbOrTrx, params: P): Promise<number>;
}

export function preparedQuery<P extends Record<string, unknown>, R>(
  build: (db: DbOrTrx, params: P) => Compilable<R>,
): PreparedQuery<P, R> {
  const byDialect = new Map<string, Compiled>();
  const compiledFor = (db: DbOrTrx): Compiled => {
    const dialect = dialectOf(db);
    let compiled = byDialect.get(dialect);
    if (!compiled) {
      const placeholders = new Proxy({} as P, {
        get: (_target, name) => `${marker}${String(name)}`,
      });
      const query = build(db, placeholders).compile();
      const slots = query.parameters.map((value) =>
        typeof value === 'string' && value.startsWith(marker) ? value.slice(marker.length) : undefined,
      );
      compiled = { query, slots };
      byDialect.set(dialect, compiled);
    }
    return compiled;
  };
  const run = (db: DbOrTrx, params: P) => {
    const { query, slots } = compiledFor(db);
    const parameters = query.parameters.map((value, i) => {
      const name = slots[i];
      return name === undefined ? value : params[name];
    });
    // The same compiled query with this call's values (what CompiledQuery.raw makes, without re-parsing).
    const call: CompiledQuery = { sql: query.sql, query: query.query, queryId: query.queryId, parameters };
    return db.executeQuery(call) as Promise<QueryResult<R>>;
  };
  return {
    run,
    first: async (db, params) => (await run(db, params)).rows[0],
    affected: async (db, params) => Number((await run(db, params)).numAffectedRows ?? 0),
  };
}
