/**
 * A staff member changes their own password (`POST /api/v1/auth/password`): the current one must be right, the new
 * one follows the policy of staff passwords (12 to 256 characters, schema-checked) and must differ. It clears the
 * one-time-password flag and ends the person's other sessions; the session used for the change stays.
 */
import type { AppContext } from '../../context.ts';
import { badRequest, unauthorized } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findStaffUserById } from './accounts-repository.ts';
import { hashToken } from './accounts-service.ts';
import { hashPassword, verifyStaffPassword } from './passwords.ts';

export async function changeOwnPassword(
  ctx: AppContext,
  principal: Principal,
  sessionToken: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  // API tokens have no password; only a person's session may change one.
  if (principal.actor.type !== 'staff' || !principal.actor.id) throw unauthorized();
  const userId = principal.actor.id;
  const user = await findStaffUserById(ctx.db, userId);
  if (!user) throw unauthorized();
  if (!(await verifyStaffPassword(user.password_hash, input.currentPassword))) {
    await ctx.db.transaction().execute((trx) =>
      recordAudit(trx, ctx.clock.now().toISOString(), {
        actor: principal.actor,
        action: 'staff.password_change_failed',
        entityType: 'staff_user',
        entityId: userId,
        data: { username: user.username },
      }),
    );
    throw badRequest('current_password_wrong');
  }
  if (input.newPassword === input.currentPassword) throw badRequest('password_unchanged');
  const passwordHash = await hashPassword(input.newPassword);
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('staff_users')
      .set({ password_hash: passwordHash, must_change_password: 0 })
      .where('id', '=', userId)
      .execute();
    await trx
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('token_hash', '!=', hashToken(sessionToken))
      .execute();
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'staff.password_changed',
      entityType: 'staff_user',
      entityId: userId,
      data: { username: user.username, wasOneTimePassword: Number(user.must_change_password) === 1 },
    });
  });
}
