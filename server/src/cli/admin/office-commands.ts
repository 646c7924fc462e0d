/** `office create`, `office list`. */
import { NewOfficeSchema } from '@buergerpunkt/contracts';
import { listOffices } from '../../modules/document-types/document-types-service.ts';
import { createOffice } from '../../modules/offices/offices-admin.ts';
import {
  exitOk,
  formatTable,
  parseCommandArgs,
  required,
  validateWith,
  type AdminCommand,
} from './command.ts';

const officeCreate: AdminCommand = {
  name: 'office create',
  summary: 'create an office',
  usage: 'office create --name NAME --short-name SHORT --address ADDRESS',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      name: { type: 'string' },
      'short-name': { type: 'string' },
      address: { type: 'string' },
    });
    const input = validateWith(
      NewOfficeSchema,
      {
        name: required(values, 'name'),
        shortName: required(values, 'short-name'),
        address: required(values, 'address'),
      },
      { name: '--name', shortName: '--short-name', address: '--address' },
    );
    const office = await createOffice(ctx.app, input, ctx.principal);
    ctx.out(`Office created: ${office.name}`);
    ctx.out(`id: ${office.id}`);
    return exitOk;
  },
};

const officeList: AdminCommand = {
  name: 'office list',
  summary: 'list the offices',
  usage: 'office list',
  async run(ctx, args) {
    parseCommandArgs(args, {});
    const offices = await listOffices(ctx.app);
    for (const line of formatTable(
      ['ID', 'SHORT NAME', 'NAME', 'ADDRESS'],
      offices.map((o) => [o.id, o.shortName, o.name, o.address]),
    ))
      ctx.out(line);
    return exitOk;
  },
};

export const officeCommands: AdminCommand[] = [officeCreate, officeList];
