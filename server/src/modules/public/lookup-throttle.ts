/**
 * The brake on the public status lookup: lookups are counted per caller IP and per typed reference in a fixed
 * window, in the database so that every hub instance shares the count. Keys are keyed hashes, so the table holds
 * neither IP addresses nor references in clear; rows of ended windows are deleted as the lookup goes.
 */
import type { Trx } from '../../db/database.ts';
import { dialectOf } from '../../db/database.ts';

export interface ThrottleLimit {
  /** A keyed hash naming what is counted (`ip:…` or `ref:…`). */
  key: string;
  max: number;
}

export interface ThrottleOutcome {
  /** 0: go ahead; else the seconds until every exhausted key's window has ended. */
  retryAfterSeconds: number;
  /** Keys refused for the first time in their window (the caller records that once, not every refusal). */
  newlyExhausted: string[];
}

/**
 * Counts one lookup for every key that still has room, inside `trx`. A key at its limit is not counted further;
 * its first refusal in a window is marked (hits = max + 1) and reported in `newlyExhausted`.
 */
export async function countLookup(
  trx: Trx,
  limits: readonly ThrottleLimit[],
  nowIso: string,
  windowSeconds: number,
): Promise<ThrottleOutcome> {
  const windowMs = windowSeconds * 1000;
  const windowEndedBefore = new Date(Date.parse(nowIso) - windowMs).toISOString();
  await trx
    .deleteFrom('public_lookup_throttle')
    .where('window_started_at', '<=', windowEndedBefore)
    .execute();

  let retryAfterSeconds = 0;
  const newlyExhausted: string[] = [];
  for (const limit of limits) {
    await trx
      .insertInto('public_lookup_throttle')
      .values({ key: limit.key, hits: 0, window_started_at: nowIso })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    let select = trx
      .selectFrom('public_lookup_throttle')
      .select(['hits', 'window_started_at'])
      .where('key', '=', limit.key);
    // SQLite runs one writer at a time; PostgreSQL needs the row lock so that concurrent lookups all count.
    if (dialectOf(trx) === 'postgres') select = select.forUpdate();
    const row = await select.executeTakeFirstOrThrow();
    const windowEndsMs = Date.parse(row.window_started_at) + windowMs;
    if (Number(row.hits) >= limit.max) {
      retryAfterSeconds = Math.max(
        retryAfterSeconds,
        Math.max(1, Math.ceil((windowEndsMs - Date.parse(nowIso)) / 1000)),
      );
      if (Number(row.hits) === limit.max) {
        newlyExhausted.push(limit.key);
        await trx
          .updateTable('public_lookup_throttle')
          .set({ hits: limit.max + 1 })
          .where('key', '=', limit.key)
          .execute();
      }
      continue;
    }
    await trx
      .updateTable('public_lookup_throttle')
      .set({ hits: Number(row.hits) + 1 })
      .where('key', '=', limit.key)
      .execute();
  }
  return { retryAfterSeconds, newlyExhausted };
}
