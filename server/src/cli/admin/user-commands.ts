/** `user create`, `user lock`, `user unlock`, `user reset-password`: staff accounts. */
import { staffRoles, type StaffRole } from '@buergerpunkt/contracts';
import { createStaffUser } from '../../modules/accounts/accounts-service.ts';
import { findStaffUserByUsername } from '../../modules/accounts/accounts-repository.ts';
import {
  makeOneTimePassword,
  resetStaffPassword,
  updateStaffUser,
} from '../../modules/accounts/staff-admin.ts';
import { notFound } from '../../platform/errors.ts';
import {
  exitOk,
  parseCommandArgs,
  required,
  UsageError,
  type AdminCommand,
  type AdminCliContext,
} from './command.ts';

/** The API's rule for usernames. */
export function checkUsername(username: string): string {
  if (!/^[a-zA-Z0-9._-]{2,64}$/.test(username))
    throw new UsageError('username: 2 to 64 letters, digits, ".", "_" or "-"');
  return username;
}

/** `clerk,loader` → roles; an unknown role is a usage error. */
export function parseRoles<Role extends string = StaffRole>(
  text: string,
  known: readonly Role[] = staffRoles as readonly string[] as readonly Role[],
): Role[] {
  const roles = [
    ...new Set(
      text
        .split(',')
        .map((role) => role.trim())
        .filter(Boolean),
    ),
  ];
  const unknown = roles.find((role) => !(known as readonly string[]).includes(role));
  if (unknown) throw new UsageError(`--roles: unknown role "${unknown}" (known: ${known.join(', ')})`);
  if (roles.length === 0) throw new UsageError('--roles: at least one role');
  return roles as Role[];
}

async function userIdByName(ctx: AdminCliContext, username: string): Promise<string> {
  const user = await findStaffUserByUsername(ctx.app.db, username);
  if (!user) throw notFound('staff_user_not_found');
  return user.id;
}

const userCreate: AdminCommand = {
  name: 'user create',
  summary: 'create a staff account (prints a one-time password)',
  usage: [
    'user create --username USERNAME --name "Display Name" --roles clerk[,loader,…] [--office OFFICE_ID]',
    '',
    `Roles: ${staffRoles.join(', ')}. The person must choose a new password at the first login.`,
  ].join('\n'),
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      username: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'string' },
      office: { type: 'string' },
    });
    const username = checkUsername(required(values, 'username'));
    const displayName = required(values, 'name');
    if (displayName.length > 120) throw new UsageError('--name: at most 120 characters');
    const roles = parseRoles(required(values, 'roles'));
    const password = makeOneTimePassword();
    await createStaffUser(
      ctx.app,
      {
        username,
        displayName,
        password,
        roles,
        officeId: values.office?.trim() || null,
        mustChangePassword: true,
      },
      ctx.principal,
    );
    ctx.out(`Account created: ${username} (${roles.join(',')})`);
    ctx.out(`one-time password: ${password}`);
    ctx.out('The person must choose a new password at the first login; the password is not shown again.');
    return exitOk;
  },
};

function lockCommand(name: 'user lock' | 'user unlock', active: boolean): AdminCommand {
  return {
    name,
    summary: active ? 'unlock a staff account' : 'lock a staff account (its sessions and API tokens stop)',
    usage: `${name} USERNAME`,
    async run(ctx, args) {
      const { positionals } = parseCommandArgs(args, {}, 1);
      const id = await userIdByName(ctx, positionals[0]!);
      await updateStaffUser(ctx.app, id, { active }, ctx.principal);
      ctx.out(`Account ${active ? 'unlocked' : 'locked'}: ${positionals[0]}`);
      return exitOk;
    },
  };
}

const userResetPassword: AdminCommand = {
  name: 'user reset-password',
  summary: 'set a one-time password (printed) and end the sessions',
  usage: 'user reset-password USERNAME',
  async run(ctx, args) {
    const { positionals } = parseCommandArgs(args, {}, 1);
    const id = await userIdByName(ctx, positionals[0]!);
    const { oneTimePassword } = await resetStaffPassword(ctx.app, id, ctx.principal);
    ctx.out(`Password reset: ${positionals[0]}`);
    ctx.out(`one-time password: ${oneTimePassword}`);
    ctx.out('The person must choose a new password at the next login.');
    return exitOk;
  },
};

export const userCommands: AdminCommand[] = [
  userCreate,
  lockCommand('user lock', false),
  lockCommand('user unlock', true),
  userResetPassword,
];
