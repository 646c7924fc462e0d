/**
 * Four-eyes loading (Kern terminals in Ludwigsburg, Langenhagen, Göttingen): for document types whose policy asks
 * for it, the door only unlocks for loading when a second staff member confirms with their own credentials in the
 * same request (a second login). The second account must be a different, active loader; both are recorded in the
 * audit entry of the loading, in the loading's transaction.
 */
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { DateTime } from 'luxon';
import { AppError, conflict, tooManyRequests } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findStaffUserById, findStaffUserByUsername } from '../accounts/accounts-repository.ts';
import { verifyStaffPassword } from '../accounts/passwords.ts';

export interface SecondLoaderCredentials {
  username: string;
  password: string;
}

/** Both people who loaded a four-eyes document, by name, for the loader's confirmation screen. */
export interface FourEyesLoaders {
  firstLoader: string;
  secondLoader: string;
}

/**
 * A loader may not use the second login to guess a colleague's password: after this many refused second logins
 * within the window (counted from the audit log, where each refusal is recorded), the loader must wait.
 */
export const secondLoaderRefusalLimit = 5;
export const secondLoaderRefusalWindowMinutes = 15;

/** Seconds until the loader may try again, or 0 when fewer than the limit were refused within the window. */
async function secondLoginWaitSeconds(trx: Trx, actorId: string, at: string): Promise<number> {
  const now = DateTime.fromISO(at);
  const since = now.minus({ minutes: secondLoaderRefusalWindowMinutes }).toUTC().toISO()!;
  const recent = await trx
    .selectFrom('audit_log')
    .select('at')
    .where('action', '=', 'loading.four_eyes_refused')
    .where('actor_id', '=', actorId)
    .where('at', '>', since)
    .where('data', 'like', '%"reason":"second_loader_invalid"%')
    .orderBy('at', 'desc')
    .limit(secondLoaderRefusalLimit)
    .execute();
  if (recent.length < secondLoaderRefusalLimit) return 0;
  // The oldest of the last refusals leaves the window first; then one more try is allowed.
  const freeAt = DateTime.fromISO(recent.at(-1)!.at).plus({ minutes: secondLoaderRefusalWindowMinutes });
  return Math.max(1, Math.ceil(freeAt.diff(now, 'seconds').seconds));
}

/** Throws unless `second` is another active loader with the right password; records both loaders. */
export async function confirmSecondLoader(
  trx: Trx,
  ctx: Pick<AppContext, 'ids'>,
  at: string,
  input: {
    documentId: string;
    principal: Principal;
    second: SecondLoaderCredentials | undefined;
  },
): Promise<FourEyesLoaders> {
  if (!input.second) throw conflict('second_loader_required');
  const actorId = input.principal.actor.id;
  const waitSeconds = actorId ? await secondLoginWaitSeconds(trx, actorId, at) : 0;
  if (waitSeconds > 0) throw tooManyRequests('second_loader_throttled', waitSeconds);
  const user = await findStaffUserByUsername(trx, input.second.username);
  // Always spend the hashing time, so a wrong username and a wrong password look alike.
  const ok = await verifyStaffPassword(user?.password_hash, input.second.password);
  const roles: string[] = user ? (JSON.parse(user.roles) as string[]) : [];
  // 403, not 401: the loader's own session is fine; only the second person's credentials are refused.
  if (!user || !ok || Number(user.active) !== 1 || !roles.includes('loader')) {
    throw new AppError(403, 'second_loader_invalid');
  }
  if (user.id === input.principal.actor.id) throw conflict('second_loader_same_account');
  await recordAudit(trx, at, {
    actor: input.principal.actor,
    action: 'loading.four_eyes_confirmed',
    entityType: 'document',
    entityId: input.documentId,
    data: { firstLoader: input.principal.actor.id, secondLoader: user.id },
  });
  const first = input.principal.actor.id ? await findStaffUserById(trx, input.principal.actor.id) : undefined;
  return { firstLoader: first?.display_name ?? '', secondLoader: user.display_name };
}
