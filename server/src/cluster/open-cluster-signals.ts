/** The hub's cluster signals for its configured database: PostgreSQL links the hubs, SQLite runs one hub alone. */
import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { pgClusterSignals, singleHubSignals, type ClusterSignals } from './cluster-signals.ts';

export async function openClusterSignals(ctx: AppContext): Promise<ClusterSignals> {
  if (ctx.dialect !== 'postgres') return singleHubSignals();
  return pgClusterSignals(ctx.config.databaseUrl, {
    log: ctx.log,
    notify: async (channel, payload) => {
      await sql`select pg_notify(${channel}, ${payload})`.execute(ctx.db);
    },
  });
}
