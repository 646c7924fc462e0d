/**
 * `box create` (with a layout file or preset), `box list`, and `box agent-config` (the agent's config file for a
 * box, generated from its layout, with a fresh agent secret shown once). The lead wires `boxCommands` into the
 * registry (`commands.ts`).
 */
import { readFileSync } from 'node:fs';
import { NewBoxSchema } from '@buergerpunkt/contracts';
import { issueAgentSecret } from '../../modules/boxes/agent-secrets.ts';
import { agentConfigFor, lockDriverKinds, type LockDriverKind } from '../../modules/boxes/agent-config.ts';
import { createBox } from '../../modules/boxes/box-admin.ts';
import { layoutOfBox } from '../../modules/boxes/box-layouts.ts';
import { listBoxes } from '../../modules/boxes/boxes-service.ts';
import { findBox } from '../../modules/boxes/boxes-repository.ts';
import {
  exitFailed,
  exitOk,
  formatTable,
  parseCommandArgs,
  required,
  UsageError,
  validateWith,
  type AdminCommand,
} from './command.ts';

function readLayoutFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--layout: cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`--layout: ${path} is not JSON: ${(error as Error).message}`);
  }
}

const boxCreate: AdminCommand = {
  name: 'box create',
  summary: 'create a box with its compartments from a layout file or a preset',
  usage: [
    'box create --id ID --name NAME --location LOCATION --address ADDRESS',
    '           [--layout FILE | --preset demo-24|kerong-cu16-3x16|mixed-96-cu48]',
    '           [--state BB] [--timezone Europe/Berlin]',
    '',
    'The layout file is JSON as described in docs/boxes.md; it is checked field by field.',
  ].join('\n'),
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      id: { type: 'string' },
      name: { type: 'string' },
      location: { type: 'string' },
      address: { type: 'string' },
      layout: { type: 'string' },
      preset: { type: 'string' },
      state: { type: 'string' },
      timezone: { type: 'string' },
    });
    if (values.layout && values.preset) throw new UsageError('give --layout or --preset, not both');
    const input = validateWith(
      NewBoxSchema,
      {
        id: required(values, 'id'),
        name: required(values, 'name'),
        locationName: required(values, 'location'),
        address: required(values, 'address'),
        stateCode: values.state?.trim() || 'BB',
        timezone: values.timezone?.trim() || 'Europe/Berlin',
        ...(values.layout ? { layout: readLayoutFile(values.layout) as never } : {}),
        ...(values.preset ? { preset: values.preset.trim() } : {}),
      },
      { id: '--id', name: '--name', locationName: '--location', address: '--address', stateCode: '--state' },
    );
    const box = await createBox(ctx.app, input, ctx.principal);
    const count = box.layout.columns.reduce((sum, column) => sum + column.compartments.length, 0);
    ctx.out(
      `Box created: ${box.name} (id ${box.id}), ${box.layout.columns.length} columns, ${count} compartments`,
    );
    if (count === 0)
      ctx.out('No compartments yet: give the box a layout (PATCH /api/v1/boxes/:id) or add them.');
    return exitOk;
  },
};

const boxList: AdminCommand = {
  name: 'box list',
  summary: 'list boxes (compartments, connection)',
  usage: 'box list',
  async run(ctx, args) {
    parseCommandArgs(args, {});
    const boxes = await listBoxes(ctx.app);
    for (const line of formatTable(
      ['ID', 'NAME', 'COMPARTMENTS', 'FREE', 'IN SERVICE', 'CONNECTED'],
      boxes.map((b) => [
        b.id,
        b.name,
        String(b.compartments.total),
        String(b.compartments.free),
        b.inService ? 'yes' : 'no',
        b.connected ? 'yes' : 'no',
      ]),
    ))
      ctx.out(line);
    return exitOk;
  },
};

const boxAgentConfig: AdminCommand = {
  name: 'box agent-config',
  summary: 'print the agent config for a box from its layout, with a new agent secret (rotates the old one)',
  usage: [
    'box agent-config --box ID [--driver kerong-cu16|kerong-cu48] [--serial PATH]',
    '',
    'Prints JSON for the agent (`agent --config agent.json`): hub URL, box id, a NEW agent secret (shown only now;',
    'the previous secret stops working) and the driver section that maps every compartment number to the board',
    'and lock the layout names. Without --driver: CU16 if every lock is 1–16, else CU48. --serial defaults to',
    '/dev/ttyUSB0.',
  ].join('\n'),
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      box: { type: 'string' },
      driver: { type: 'string' },
      serial: { type: 'string' },
    });
    const boxId = required(values, 'box');
    const driver = values.driver?.trim();
    if (driver !== undefined && !(lockDriverKinds as readonly string[]).includes(driver)) {
      throw new UsageError(`--driver: one of ${lockDriverKinds.join(', ')}`);
    }
    if (!(await findBox(ctx.app.db, boxId))) {
      ctx.err(`No box with id ${boxId}.`);
      return exitFailed;
    }
    const layout = await layoutOfBox(ctx.app.db, boxId);
    if (layout.columns.length === 0) {
      ctx.err(`Box ${boxId} has no compartments: give it a layout first.`);
      return exitFailed;
    }
    // Built (and checked against the driver) before the secret is rotated, so a refusal leaves the old one working.
    const draft = agentConfigFor({
      boxId,
      hubUrl: ctx.app.config.publicUrl,
      secret: 'x',
      layout,
      ...(driver ? { kind: driver as LockDriverKind } : {}),
      ...(values.serial ? { serialPath: values.serial } : {}),
    });
    const { secret } = await issueAgentSecret(ctx.app, boxId, ctx.principal);
    ctx.out(JSON.stringify({ ...draft, secret }, null, 2));
    ctx.err('The agent secret is shown only now; the previous secret of this box no longer works.');
    return exitOk;
  },
};

export const boxCommands: AdminCommand[] = [boxCreate, boxList, boxAgentConfig];
