/**
 * The first step on a new installation (`npm run admin -- init`): the first office and the first admin account,
 * with a one-time password the admin must replace at the first login. Refused once any account has the admin role,
 * so it cannot be used to take over a running installation.
 */
import type { AppContext } from '../../context.ts';
import { conflict } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findStaffUserByUsername, insertStaffUser } from './accounts-repository.ts';
import { hashPassword } from './passwords.ts';
import { makeOneTimePassword } from './staff-admin.ts';

export interface InitInstallationInput {
  office: { name: string; shortName: string; address: string };
  admin: { username: string; displayName: string };
}

export interface InitInstallationResult {
  officeId: string;
  adminId: string;
  oneTimePassword: string;
}

export async function initInstallation(
  ctx: AppContext,
  input: InitInstallationInput,
  by: Principal,
): Promise<InitInstallationResult> {
  const oneTimePassword = makeOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const at = ctx.clock.now().toISOString();
  const officeId = ctx.ids.newId();
  const adminId = ctx.ids.newId();
  await ctx.db.transaction().execute(async (trx) => {
    // Any account with the admin role counts, a locked one too.
    const accounts = await trx.selectFrom('staff_users').select('roles').execute();
    if (accounts.some((row) => (JSON.parse(row.roles) as string[]).includes('admin')))
      throw conflict('admin_already_exists');
    if (await findStaffUserByUsername(trx, input.admin.username)) throw conflict('username_taken');
    await trx
      .insertInto('offices')
      .values({
        id: officeId,
        name: input.office.name,
        short_name: input.office.shortName,
        address: input.office.address,
        created_at: at,
      })
      .execute();
    await insertStaffUser(trx, {
      id: adminId,
      username: input.admin.username,
      display_name: input.admin.displayName,
      password_hash: passwordHash,
      roles: JSON.stringify(['admin']),
      office_id: officeId,
      active: 1,
      created_at: at,
      must_change_password: 1,
    });
    await recordAudit(trx, at, {
      actor: by.actor,
      action: 'office.created',
      entityType: 'office',
      entityId: officeId,
      data: { ...input.office, via: 'init' },
    });
    await recordAudit(trx, at, {
      actor: by.actor,
      action: 'staff.create',
      entityType: 'staff_user',
      entityId: adminId,
      data: { username: input.admin.username, roles: ['admin'], via: 'init' },
    });
  });
  return { officeId, adminId, oneTimePassword };
}
