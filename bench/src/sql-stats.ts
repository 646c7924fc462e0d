/**
 * `BENCH_SQL_STATS=1` (bench/src/hub-server.ts): every SQL statement the hub sends while the load runs, with its
 * count and the time spent in it (SQLite: the synchronous run; PostgreSQL: the round trip), printed by total time.
 */
import SQLite from 'better-sqlite3';
import pg from 'pg';

interface Stat {
  count: number;
  us: number;
}

export function collectSqlStats(): { reset(): void; print(): void } {
  let stats = new Map<string, Stat>();
  const add = (sql: string, us: number) => {
    const stat = stats.get(sql) ?? { count: 0, us: 0 };
    stat.count++;
    stat.us += us;
    stats.set(sql, stat);
  };
  const prepare = SQLite.prototype.prepare;
  SQLite.prototype.prepare = function (this: SQLite.Database, source: string) {
    const statement = prepare.call(this, source) as SQLite.Statement;
    for (const method of ['all', 'run', 'get'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        const started = process.hrtime.bigint();
        try {
          return original(...args);
        } finally {
          add(source, Number((process.hrtime.bigint() - started) / 1000n));
        }
      };
    }
    return statement;
  } as typeof SQLite.prototype.prepare;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text;
    const started = process.hrtime.bigint();
    const result = (query as (...a: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise)
      void result.finally(() => add(text, Number((process.hrtime.bigint() - started) / 1000n)));
    return result;
  } as typeof pg.Client.prototype.query;
  return {
    reset: () => {
      stats = new Map();
    },
    print: () => {
      const rows = [...stats].sort((a, b) => b[1].us - a[1].us);
      const total = rows.reduce((sum, [, s]) => sum + s.us, 0);
      console.log(
        `\nSQL while the load ran: ${rows.reduce((n, [, s]) => n + s.count, 0)} statements, ${(total / 1e6).toFixed(2)} s`,
      );
      for (const [sql, s] of rows.slice(0, 40))
        console.log(
          `${(s.us / 1000).toFixed(0).padStart(7)} ms ${String(s.count).padStart(7)}× ${(s.us / s.count).toFixed(0).padStart(6)} µs  ${sql.replace(/\s+/g, ' ').slice(0, 220)}`,
        );
    },
  };
}
