/** SQL for kiosk pairings (table kiosk_pairings). */
import type { DbOrTrx } from '../../db/database.ts';
import type { KioskPairingsTable } from '../../db/schema.ts';

export async function insertPairing(db: DbOrTrx, pairing: KioskPairingsTable): Promise<void> {
  await db.insertInto('kiosk_pairings').values(pairing).execute();
}

export function findPairingById(db: DbOrTrx, id: string) {
  return db.selectFrom('kiosk_pairings').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPairingByCodeHash(db: DbOrTrx, codeHash: string) {
  return db.selectFrom('kiosk_pairings').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
}

/** Pairings asked for from one (hashed) address since `since`: the rate limit survives restarts and instances. */
export async function countPairingsFromIp(db: DbOrTrx, ipHash: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('kiosk_pairings')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('ip_hash', '=', ipHash)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Attaches the sealed key, only to a pairing still waiting (of two admins confirming one code, one wins). */
export async function attachTerminal(
  db: DbOrTrx,
  id: string,
  change: Pick<KioskPairingsTable, 'terminal_id' | 'sealed_key' | 'confirmed_at' | 'confirmed_by'>,
): Promise<boolean> {
  const result = await db
    .updateTable('kiosk_pairings')
    .set(change)
    .where('id', '=', id)
    .where('terminal_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Wipes the sealed key once handed out; only one of two racing fetches succeeds. */
export async function consumePairing(db: DbOrTrx, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('kiosk_pairings')
    .set({ sealed_key: null, consumed_at: at })
    .where('id', '=', id)
    .where('sealed_key', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteExpiredPairings(db: DbOrTrx, now: string): Promise<number> {
  const result = await db.deleteFrom('kiosk_pairings').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
