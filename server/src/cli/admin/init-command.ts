/** `init`: the first office and the first admin of a new installation (refused once an admin exists). */
import { NewOfficeSchema } from '@buergerpunkt/contracts';
import { initInstallation } from '../../modules/accounts/init-installation.ts';
import {
  exitOk,
  parseCommandArgs,
  required,
  UsageError,
  validateWith,
  type AdminCommand,
} from './command.ts';
import { checkUsername } from './user-commands.ts';

export const initCommand: AdminCommand = {
  name: 'init',
  summary: 'create the first office and the first admin (prints a one-time password)',
  usage: [
    'init --town NAME --office NAME --admin USERNAME [--admin-name "Display Name"]',
    '     [--office-short-name NAME] [--office-address ADDRESS]',
    '',
    'On a database without an admin: creates the office and the admin account and prints',
    '"one-time password: <password>". The admin must choose a new password at the first login.',
    'Refused (exit 1) once any account has the admin role.',
    'The town name is configuration (BP_TOWN_NAME), not data: init reminds you when it differs.',
  ].join('\n'),
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      town: { type: 'string' },
      office: { type: 'string' },
      admin: { type: 'string' },
      'admin-name': { type: 'string' },
      'office-short-name': { type: 'string' },
      'office-address': { type: 'string' },
    });
    const town = required(values, 'town');
    if (town.length > 40) throw new UsageError('--town: at most 40 characters (BP_TOWN_NAME)');
    const officeName = required(values, 'office');
    const username = checkUsername(required(values, 'admin'));
    const office = validateWith(
      NewOfficeSchema,
      {
        name: officeName,
        shortName: values['office-short-name']?.trim() || officeName.slice(0, 40),
        // The address can be completed later in the office's settings.
        address: values['office-address']?.trim() || town,
      },
      { name: '--office', shortName: '--office-short-name', address: '--office-address' },
    );
    const result = await initInstallation(
      ctx.app,
      { office, admin: { username, displayName: values['admin-name']?.trim() || username } },
      ctx.principal,
    );
    ctx.out(`Office created: ${office.name} (id ${result.officeId})`);
    ctx.out(`Admin account created: ${username}`);
    ctx.out(`one-time password: ${result.oneTimePassword}`);
    ctx.out('The admin must choose a new password at the first login; the password is not shown again.');
    if (ctx.app.config.townName !== town) {
      ctx.out(
        `Note: the town name is configuration, not stored by init. Set BP_TOWN_NAME="${town}" ` +
          `(now "${ctx.app.config.townName}") in the hub's environment and restart it.`,
      );
    }
    return exitOk;
  },
};
