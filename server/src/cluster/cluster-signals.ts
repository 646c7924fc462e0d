/**
 * Signals between hub instances that share one PostgreSQL database (issue 17, "several hubs"): wake-ups for box
 * commands and jobs, the office's live events, and the one hub that runs the periodic passes. The database rows
 * (box command outbox, jobs, alerts) stay the truth; a signal only says "look now" instead of at the next poll, so
 * a lost signal costs at most one poll interval, never data.
 *
 * PostgreSQL: `LISTEN`/`NOTIFY` on one channel over a dedicated connection, which also holds the session-level
 * advisory lock of the maintenance leader (a crashed hub's session ends and the lock passes on). SQLite runs one hub
 * only: signals stay in the process and this hub always leads.
 */
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import type PgModule from 'pg';
import type { Logger } from 'pino';

export type ClusterTopic = 'box' | 'jobs' | 'live';

export interface ClusterSignals {
  /** This hub's id in the cluster; its own signals are not delivered back to it. */
  readonly origin: string;
  /** Tells the other hubs; best effort (the database is the truth). */
  send(topic: ClusterTopic, payload: unknown): void;
  /** Handles signals from the other hubs. */
  on(topic: ClusterTopic, handler: (payload: unknown) => void): void;
  /** Called after the link to the other hubs was lost and is back: signals may have been missed meanwhile. */
  onReconnect(handler: () => void): void;
  /** Whether this hub runs the periodic passes now (takes the leadership when it is free). */
  isLeader(): Promise<boolean>;
  close(): Promise<void>;
}

/** One hub on its own (SQLite, tests): nothing to tell, always the leader. */
export function singleHubSignals(): ClusterSignals {
  return {
    origin: randomUUID(),
    send: () => {},
    on: () => {},
    onReconnect: () => {},
    isLeader: async () => true,
    close: async () => {},
  };
}

export const clusterChannel = 'bp_cluster';
/** The advisory lock key of the maintenance leader ("BP" and 1). */
const leaderLockKey = 0x4250_0001;
/** NOTIFY payloads are limited to 8,000 bytes; ours are ids and small events. */
const maxPayloadBytes = 7_900;

interface Envelope {
  o: string;
  t: ClusterTopic;
  p: unknown;
}

export interface PgClusterOptions {
  log: Pick<Logger, 'warn' | 'error' | 'info'>;
  /** Sends a notification through the hub's pool (so it needs no extra connection). */
  notify(channel: string, payload: string): Promise<void>;
  reconnectDelayMs?: number;
}

export async function pgClusterSignals(url: string, options: PgClusterOptions): Promise<ClusterSignals> {
  const pg = createRequire(import.meta.url)('pg') as typeof PgModule;
  const origin = randomUUID();
  const handlers = new Map<ClusterTopic, ((payload: unknown) => void)[]>();
  const reconnectHandlers: (() => void)[] = [];
  let client: PgModule.Client | null = null;
  let leader = false;
  let closed = false;
  let reconnectTimer: NodeJS.Timeout | undefined;

  const deliver = (raw: string | undefined) => {
    if (!raw) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(raw) as Envelope;
    } catch {
      return;
    }
    if (envelope.o === origin) return;
    for (const handler of handlers.get(envelope.t) ?? []) {
      try {
        handler(envelope.p);
      } catch (error) {
        options.log.error({ err: error, topic: envelope.t }, 'cluster signal handler failed');
      }
    }
  };

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === clusterChannel) deliver(message.payload);
    });
    next.on('error', (error) => options.log.warn({ err: error }, 'cluster link to PostgreSQL failed'));
    next.on('end', () => {
      if (client !== next) return;
      client = null;
      leader = false;
      if (!closed) scheduleReconnect();
    });
    await next.connect();
    await next.query(`LISTEN ${clusterChannel}`);
    client = next;
  }

  function scheduleReconnect(): void {
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(() => {
      connect().then(
        () => {
          options.log.info({}, 'cluster link to PostgreSQL is back');
          for (const handler of reconnectHandlers) handler();
        },
        (error: unknown) => {
          options.log.warn({ err: error }, 'cluster link to PostgreSQL: reconnect failed, trying again');
          scheduleReconnect();
        },
      );
    }, options.reconnectDelayMs ?? 2_000);
    reconnectTimer.unref();
  }

  await connect();

  return {
    origin,
    send(topic, payload) {
      const text = JSON.stringify({ o: origin, t: topic, p: payload } satisfies Envelope);
      if (Buffer.byteLength(text) > maxPayloadBytes) {
        options.log.warn({ topic }, 'cluster signal too large, not sent (the next poll finds the change)');
        return;
      }
      options
        .notify(clusterChannel, text)
        .catch((error: unknown) =>
          options.log.warn({ err: error, topic }, 'cluster signal not sent (the next poll finds the change)'),
        );
    },
    on(topic, handler) {
      handlers.set(topic, [...(handlers.get(topic) ?? []), handler]);
    },
    onReconnect(handler) {
      reconnectHandlers.push(handler);
    },
    async isLeader() {
      if (leader) return true;
      const current = client;
      if (!current) return false;
      try {
        const { rows } = await current.query<{ locked: boolean }>(
          'select pg_try_advisory_lock($1) as locked',
          [leaderLockKey],
        );
        leader = client === current && rows[0]!.locked;
      } catch (error) {
        options.log.warn({ err: error }, 'cluster leadership check failed');
        leader = false;
      }
      return leader;
    },
    async close() {
      closed = true;
      clearTimeout(reconnectTimer);
      const current = client;
      client = null;
      leader = false;
      await current?.end().catch(() => {});
    },
  };
}
