/**
 * Staff accounts as the admin manages them: list, change name, roles, office and the grant to see every office's
 * documents, lock and unlock, reset the
 * password to a one-time password. Password hashes never leave the server. An admin cannot take away their own
 * admin role nor lock themselves out, so an installation always keeps the admin who is working on it.
 */
import { inTenant, tenantIdOf } from '../tenants/tenant-scope.ts';
import type { StaffRole, StaffAccountChange, StaffAccountView } from '@buergerpunkt/contracts';
import { randomInt } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import type { DbOrTrx } from '../../db/database.ts';
import type { StaffUsersTable } from '../../db/schema.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findStaffUserById } from './accounts-repository.ts';
import { hashPassword } from './passwords.ts';

function staffView(user: StaffUsersTable): StaffAccountView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    roles: JSON.parse(user.roles) as StaffRole[],
    officeId: user.office_id,
    allOffices: Number(user.all_offices) === 1,
    active: Number(user.active) === 1,
    hasPassword: user.password_hash !== null,
    createdAt: user.created_at,
  };
}

export async function listStaffUsers(ctx: AppContext, tenantId?: string): Promise<StaffAccountView[]> {
  const rows = await ctx.db
    .selectFrom('staff_users')
    .selectAll()
    .where(inTenant(tenantId, 'staff_users.tenant_id'))
    .orderBy('username')
    .execute();
  return rows.map(staffView);
}

export async function getStaffUser(ctx: AppContext, id: string): Promise<StaffAccountView> {
  const user = await findStaffUserById(ctx.db, id);
  if (!user) throw notFound('staff_user_not_found');
  return staffView(user);
}

/** Refuses an office id that does not exist (the foreign key would otherwise fail as a server error). */
export async function assertOfficeExists(
  db: DbOrTrx,
  officeId: string | null | undefined,
  tenantId?: string,
): Promise<void> {
  if (!officeId) return;
  const office = await db
    .selectFrom('offices')
    .select('id')
    .where('id', '=', officeId)
    .where(inTenant(tenantId, 'offices.tenant_id'))
    .executeTakeFirst();
  if (!office) throw notFound('office_not_found');
}

const isSelf = (principal: Principal, userId: string) =>
  principal.actor.type === 'staff' && principal.actor.id === userId;

export async function updateStaffUser(
  ctx: AppContext,
  id: string,
  change: StaffAccountChange,
  principal: Principal,
): Promise<StaffAccountView> {
  const at = ctx.clock.now().toISOString();
  if (isSelf(principal, id)) {
    if (change.roles && !change.roles.includes('admin')) throw conflict('own_admin_role_required');
    if (change.active === false) throw conflict('cannot_disable_self');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findStaffUserById(trx, id);
    if (!before) throw notFound('staff_user_not_found');
    // Only an office of the admin's own tenant (modules/tenants/).
    if (change.officeId !== undefined) await assertOfficeExists(trx, change.officeId, tenantIdOf(principal));
    const patch: Partial<StaffUsersTable> = {};
    const changed: Record<string, { before: unknown; after: unknown }> = {};
    const displayName = change.displayName?.trim();
    if (displayName !== undefined && displayName !== before.display_name) {
      patch.display_name = displayName;
      changed.displayName = { before: before.display_name, after: displayName };
    }
    const rolesBefore = JSON.parse(before.roles) as StaffRole[];
    if (
      change.roles &&
      JSON.stringify([...change.roles].sort()) !== JSON.stringify([...rolesBefore].sort())
    ) {
      patch.roles = JSON.stringify(change.roles);
      changed.roles = { before: rolesBefore, after: change.roles };
    }
    if (change.officeId !== undefined && change.officeId !== before.office_id) {
      patch.office_id = change.officeId;
      changed.officeId = { before: before.office_id, after: change.officeId };
    }
    // The grant to see every office's documents (modules/privacy/office-scope.ts); audited like a role change.
    const allOfficesBefore = Number(before.all_offices) === 1;
    if (change.allOffices !== undefined && change.allOffices !== allOfficesBefore) {
      patch.all_offices = change.allOffices ? 1 : 0;
      changed.allOffices = { before: allOfficesBefore, after: change.allOffices };
    }
    const activeBefore = Number(before.active) === 1;
    const activeChanged = change.active !== undefined && change.active !== activeBefore;
    if (activeChanged) patch.active = change.active ? 1 : 0;
    if (Object.keys(patch).length === 0) return staffView(before);
    await trx.updateTable('staff_users').set(patch).where('id', '=', id).execute();
    if (Object.keys(changed).length > 0) {
      await recordAudit(trx, at, {
        actor: principal.actor,
        action: 'staff.updated',
        entityType: 'staff_user',
        entityId: id,
        data: { username: before.username, ...changed },
      });
    }
    if (activeChanged) {
      // A locked account's sessions end at once (they would be refused anyway; this also frees the rows).
      if (!change.active) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
      await recordAudit(trx, at, {
        actor: principal.actor,
        action: change.active ? 'staff.enabled' : 'staff.disabled',
        entityType: 'staff_user',
        entityId: id,
        data: { username: before.username },
      });
    }
    return staffView({ ...before, ...patch });
  });
}

/** Letters and digits without look-alikes (0/O, 1/l/I), so a password read aloud or copied by hand survives. */
const passwordAlphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function makeOneTimePassword(length = 16): string {
  let password = '';
  for (let i = 0; i < length; i++) password += passwordAlphabet[randomInt(passwordAlphabet.length)];
  return password;
}

/**
 * Sets a new random password that the admin hands over once; the person's running sessions end and they must
 * choose their own password at the next login. The password itself is returned only in this answer and never
 * stored or audited.
 */
export async function resetStaffPassword(
  ctx: AppContext,
  id: string,
  principal: Principal,
): Promise<{ oneTimePassword: string }> {
  const at = ctx.clock.now().toISOString();
  const oneTimePassword = makeOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await ctx.db.transaction().execute(async (trx) => {
    const user = await findStaffUserById(trx, id);
    if (!user) throw notFound('staff_user_not_found');
    await trx
      .updateTable('staff_users')
      .set({ password_hash: passwordHash, must_change_password: 1 })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'staff.password_reset',
      entityType: 'staff_user',
      entityId: id,
      data: { username: user.username },
    });
  });
  return { oneTimePassword };
}
