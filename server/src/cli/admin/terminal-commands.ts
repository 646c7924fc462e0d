/** `terminal create` (key, pairing link and QR code), `terminal list`, `terminal revoke`. */
import { NewTerminalSchema } from '@buergerpunkt/contracts';
import { createTerminalForBox, listTerminals, revokeTerminal } from '../../modules/accounts/terminals.ts';
import {
  exitOk,
  formatTable,
  parseCommandArgs,
  required,
  validateWith,
  type AdminCommand,
} from './command.ts';
import { renderQrForTerminal } from './terminal-qr.ts';

const terminalCreate: AdminCommand = {
  name: 'terminal create',
  summary: "create a box's kiosk terminal: prints its key, the pairing link and a QR code",
  usage: [
    'terminal create --box BOX_ID --name NAME [--no-qr]',
    '',
    'Open the pairing link once on the kiosk (or scan the QR code with it): the kiosk keeps the key.',
    'The key is shown only now.',
  ].join('\n'),
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      box: { type: 'string' },
      name: { type: 'string' },
      'no-qr': { type: 'boolean' },
    });
    const input = validateWith(
      NewTerminalSchema,
      { boxId: required(values, 'box'), name: required(values, 'name') },
      { boxId: '--box', name: '--name' },
    );
    const created = await createTerminalForBox(ctx.app, input, ctx.principal);
    ctx.out(`Terminal created: ${created.terminal.name} (id ${created.terminal.id}, box ${input.boxId})`);
    ctx.out(`key: ${created.key}`);
    ctx.out(`pairing link: ${created.pairingUrl}`);
    if (!values['no-qr']) {
      ctx.out('');
      for (const line of renderQrForTerminal(created.pairingUrl)) ctx.out(line);
      ctx.out('');
    }
    ctx.out('The key is shown only now; only its hash is stored.');
    return exitOk;
  },
};

const terminalList: AdminCommand = {
  name: 'terminal list',
  summary: 'list kiosk terminals (last seen, revoked)',
  usage: 'terminal list',
  async run(ctx, args) {
    parseCommandArgs(args, {});
    const terminals = await listTerminals(ctx.app);
    for (const line of formatTable(
      ['ID', 'NAME', 'BOX', 'LAST SEEN', 'REVOKED'],
      terminals.map((t) => [t.id, t.name, t.boxId, t.lastSeenAt, t.revokedAt]),
    ))
      ctx.out(line);
    return exitOk;
  },
};

const terminalRevoke: AdminCommand = {
  name: 'terminal revoke',
  summary: "revoke a terminal's key (the kiosk stops working at once)",
  usage: 'terminal revoke TERMINAL_ID',
  async run(ctx, args) {
    const { positionals } = parseCommandArgs(args, {}, 1);
    const terminal = await revokeTerminal(ctx.app, positionals[0]!, ctx.principal);
    ctx.out(`Terminal revoked: ${terminal.name} (id ${terminal.id}) at ${terminal.revokedAt}`);
    return exitOk;
  },
};

export const terminalCommands: AdminCommand[] = [terminalCreate, terminalList, terminalRevoke];
