/**
 * Box layouts over HTTP and the admin CLI: a box from a preset or a layout file, field errors for a bad layout,
 * loading that picks a fitting and reachable compartment, and the agent config that addresses the layout's locks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withinReachBand, type BoxLayout } from '@buergerpunkt/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerTestDocument } from '../../testing/fixtures.ts';
import { startSimulatedBoxes } from '../../sim/simulated-boxes.ts';
import { boxCommands } from '../../cli/admin/box-commands.ts';
import type { AdminCliContext } from '../../cli/admin/command.ts';
import { verifyAgentSecret } from './agent-secrets.ts';
import { createBoxTestHub, requestLoading, type BoxTestHub } from './box-test-support.ts';
import { presetLayout } from './box-layouts.ts';

describe('box layouts', () => {
  let t: BoxTestHub;
  const dirs: string[] = [];
  beforeEach(async () => {
    t = await createBoxTestHub();
  });
  afterEach(async () => {
    await t.hub.close();
    dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  const send = (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: unknown) =>
    t.hub.app.inject({
      method,
      url,
      headers: t.hub.staffHeaders.admin,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const box = (id: string, extra: Record<string, unknown>) => ({
    id,
    name: `DokBox ${id}`,
    locationName: 'Rathaus (Test)',
    address: 'Markt 1, 39104 Magdeburg',
    stateCode: 'ST',
    timezone: 'Europe/Berlin',
    ...extra,
  });
  const compartmentRows = (boxId: string) =>
    t.hub.ctx.db
      .selectFrom('compartments')
      .selectAll()
      .where('box_id', '=', boxId)
      .orderBy('number')
      .execute();

  function cli(): { ctx: AdminCliContext; out: string[]; err: string[] } {
    const out: string[] = [];
    const err: string[] = [];
    return {
      ctx: {
        app: t.hub.ctx,
        principal: t.hub.staffPrincipal('admin'),
        out: (line) => out.push(line),
        err: (line) => err.push(line),
      },
      out,
      err,
    };
  }
  const command = (name: string) => boxCommands.find((c) => c.name === name)!;

  it('creates a box from a preset: compartments, reach and locks from the layout; settings and status carry it', async () => {
    const created = await send('POST', '/api/v1/boxes', box('dokbox-cu16', { preset: 'kerong-cu16-3x16' }));
    expect(created.statusCode, created.body).toBe(201);
    const preset = presetLayout('kerong-cu16-3x16');
    expect(created.json().layout).toEqual(preset);
    const rows = await compartmentRows('dokbox-cu16');
    expect(rows).toHaveLength(48);
    // Column 2 (board 1), 9th from the top: lock 9, 87–97 cm above the floor, reachable from a wheelchair.
    expect(rows.find((r) => r.number === 25)).toMatchObject({
      layout_column: 2,
      layout_position: 9,
      lock_board: 1,
      lock_number: 9,
      bottom_cm: 87,
      height_cm: 10,
      wheelchair_reachable: 1,
      status: 'free',
    });
    expect(rows.filter((r) => r.wheelchair_reachable === 1).map((r) => r.number)).toEqual([
      7, 8, 9, 10, 11, 12, 13, 23, 24, 25, 26, 27, 28, 29, 39, 40, 41, 42, 43, 44, 45,
    ]);
    expect((await send('GET', '/api/v1/boxes/dokbox-cu16/settings')).json().layout).toEqual(preset);
    const status = await send('GET', '/api/v1/boxes/dokbox-cu16/status');
    expect(status.statusCode).toBe(200);
    expect(status.json().layout).toEqual(preset);
    const audit = await t.hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('entity_id', '=', 'dokbox-cu16')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['box.created', 'box.layout_set']);
    expect(JSON.parse(audit[1]!.data!)).toMatchObject({ preset: 'kerong-cu16-3x16', added: 48 });
  });

  it('answers a bad layout with 400 and one German message per field, and creates nothing', async () => {
    const layout = presetLayout('kerong-cu16-3x16');
    layout.columns[1]!.compartments[2]!.lock = 49;
    layout.columns[2]!.compartments[0]!.number = 1;
    const response = await send('POST', '/api/v1/boxes', box('dokbox-bad', { layout }));
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'layout_invalid',
      errors: [
        {
          path: '/columns/1/compartments/2/lock',
          message: 'Spalte 2, Fach 3: Schloss 49 gibt es nicht (1–48)',
        },
        {
          path: '/columns/2/compartments/0/number',
          message: 'Spalte 3, Fach 1: Fachnummer 1 gibt es schon (Spalte 1, Fach 1).',
        },
      ],
    });
    expect(response.json().title).toContain('nicht gültig');
    expect((await send('GET', '/api/v1/boxes/dokbox-bad/settings')).statusCode).toBe(404);

    const unknown = await send('POST', '/api/v1/boxes', box('dokbox-bad', { preset: 'magdeburg-9000' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('layout_preset_unknown');
    const both = await send('POST', '/api/v1/boxes', box('dokbox-bad', { preset: 'demo-24', layout }));
    expect(both.json().code).toBe('layout_and_preset');
    const notObject = await send('POST', '/api/v1/boxes', box('dokbox-bad', { layout: 'columns' }));
    expect(notObject.statusCode).toBe(400);
  });

  it('changes a box to a layout: known compartments move, new ones are added, none is dropped', async () => {
    const created = await send('POST', '/api/v1/boxes', box('dokbox-grow', {}));
    expect(created.json().layout).toEqual({ reachBandCm: { min: 40, max: 120 }, columns: [] });
    expect(
      (
        await send('POST', '/api/v1/boxes/dokbox-grow/compartments', {
          number: 1,
          size: 'S',
          wheelchairReachable: false,
        })
      ).statusCode,
    ).toBe(201);
    const changed = await send('PATCH', '/api/v1/boxes/dokbox-grow', { preset: 'mixed-96-cu48' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().layout).toEqual(presetLayout('mixed-96-cu48'));
    expect(await compartmentRows('dokbox-grow')).toHaveLength(96);
    const smaller = presetLayout('kerong-cu16-3x16');
    smaller.columns.pop();
    const refused = await send('PATCH', '/api/v1/boxes/dokbox-grow', { layout: smaller });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'layout_removes_compartment',
      title: expect.stringContaining('Fach 33'),
    });
  });

  it('loads into a compartment whose size fits the type, and a reachable one for wheelchair users', async () => {
    expect(
      (await send('POST', '/api/v1/boxes', box('dokbox-mixed', { preset: 'mixed-96-cu48' }))).statusCode,
    ).toBe(201);
    await startSimulatedBoxes(t.hub.ctx, t.sim.link);
    const layout = presetLayout('mixed-96-cu48');
    const spec = (number: number) =>
      layout.columns.flatMap((c) => c.compartments).find((c) => c.number === number)!;
    await t.hub.ctx.db
      .updateTable('document_types')
      .set({ min_size: 'L' })
      .where('id', '=', 'passport')
      .execute();
    await t.hub.ctx.db
      .updateTable('document_types')
      .set({ min_size: 'M' })
      .where('id', '=', 'driving_licence')
      .execute();

    const load = async (input: Parameters<typeof registerTestDocument>[1]) => {
      const document = await registerTestDocument(t.hub, input);
      const response = await requestLoading(t.hub, { boxId: 'dokbox-mixed', documentId: document.id });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().compartment as { number: number; size: string; wheelchairReachable: boolean };
    };
    const large = await load({ typeId: 'passport' });
    expect(large.size).toBe('L');
    expect(spec(large.number).size).toBe('L');
    const medium = await load({ typeId: 'driving_licence', needsWheelchairAccess: true });
    expect(medium).toMatchObject({ size: 'M', wheelchairReachable: true });
    expect(withinReachBand(spec(medium.number), layout.reachBandCm)).toBe(true);
    const small = await load({ typeId: 'id_card' });
    expect(small).toMatchObject({ size: 'S', wheelchairReachable: false });
    expect(withinReachBand(spec(small.number))).toBe(false);
  });

  it('creates a box from a layout file on the command line, lists it, and prints an agent config for its locks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-layout-'));
    dirs.push(dir);
    const file = join(dir, 'layout.json');
    const layout: BoxLayout = {
      reachBandCm: { min: 30, max: 130 },
      columns: [
        {
          compartments: [
            { number: 1, size: 'S', heightCm: 20, bottomCm: 140, board: 0, lock: 1 },
            { number: 2, size: 'M', heightCm: 30, bottomCm: 100, board: 0, lock: 2 },
          ],
        },
        {
          compartments: [
            { number: 3, size: 'L', heightCm: 60, bottomCm: 50, board: 2, lock: 16 },
            { number: 4, size: 'S', heightCm: 20, bottomCm: 10, board: 2, lock: 3, deposit: true },
          ],
        },
      ],
    };
    writeFileSync(file, JSON.stringify(layout));
    const create = cli();
    const args = [
      '--id',
      'dokbox-file',
      '--name',
      'DokBox Datei',
      '--location',
      'Foyer',
      '--address',
      'Markt 1',
    ];
    expect(await command('box create').run(create.ctx, [...args, '--layout', file])).toBe(0);
    expect(create.out.join('\n')).toContain('2 columns, 4 compartments');
    const rows = await compartmentRows('dokbox-file');
    expect(rows.map((r) => [r.number, r.status, r.wheelchair_reachable])).toEqual([
      [1, 'free', 0],
      [2, 'free', 1],
      [3, 'free', 1],
      [4, 'deposit', 0],
    ]);

    const bad = cli();
    writeFileSync(
      file,
      JSON.stringify({ columns: [{ compartments: [{ ...layout.columns[0]!.compartments[0]!, lock: 49 }] }] }),
    );
    await expect(
      command('box create').run(bad.ctx, [
        ...args.map((a) => a.replace('dokbox-file', 'dokbox-x')),
        '--layout',
        file,
      ]),
    ).rejects.toMatchObject({
      code: 'layout_invalid',
      fieldErrors: [{ message: 'Spalte 1, Fach 1: Schloss 49 gibt es nicht (1–48)' }],
    });

    const list = cli();
    expect(await command('box list').run(list.ctx, [])).toBe(0);
    expect(list.out.find((line) => line.startsWith('dokbox-file'))).toMatch(/DokBox Datei\s+4\s+3/);

    const config = cli();
    expect(
      await command('box agent-config').run(config.ctx, ['--box', 'dokbox-file', '--serial', '/dev/ttyS1']),
    ).toBe(0);
    const printed = JSON.parse(config.out.join('\n'));
    expect(printed).toMatchObject({
      boxId: 'dokbox-file',
      hubUrl: t.hub.ctx.config.publicUrl,
      driver: {
        kind: 'kerong-cu16',
        line: { type: 'serial', path: '/dev/ttyS1' },
        boards: [
          { address: 0, locks: 16 },
          { address: 2, locks: 16 },
        ],
        compartments: [
          { number: 1, board: 0, lock: 1 },
          { number: 2, board: 0, lock: 2 },
          { number: 3, board: 2, lock: 16 },
          { number: 4, board: 2, lock: 3 },
        ],
      },
    });
    expect(await verifyAgentSecret(t.hub.ctx.db, 'dokbox-file', printed.secret)).toBeTruthy();
    // A second config rotates the secret: the first one stops working.
    const again = cli();
    expect(
      await command('box agent-config').run(again.ctx, ['--box', 'dokbox-file', '--driver', 'kerong-cu48']),
    ).toBe(0);
    const second = JSON.parse(again.out.join('\n'));
    expect(second.driver.boards).toEqual([
      { address: 0, locks: 48 },
      { address: 2, locks: 48 },
    ]);
    expect(await verifyAgentSecret(t.hub.ctx.db, 'dokbox-file', printed.secret)).toBeUndefined();
    expect(await verifyAgentSecret(t.hub.ctx.db, 'dokbox-file', second.secret)).toBeTruthy();

    // The mixed preset uses locks up to 48: a CU16 cannot address it, refused before any secret is rotated.
    expect(
      (await send('POST', '/api/v1/boxes', box('dokbox-mixed', { preset: 'mixed-96-cu48' }))).statusCode,
    ).toBe(201);
    const cu16 = cli();
    await expect(
      command('box agent-config').run(cu16.ctx, ['--box', 'dokbox-mixed', '--driver', 'kerong-cu16']),
    ).rejects.toMatchObject({ code: 'layout_lock_beyond_board' });
    const secrets = await t.hub.ctx.db
      .selectFrom('box_agent_secrets')
      .select('box_id')
      .where('box_id', '=', 'dokbox-mixed')
      .execute();
    expect(secrets).toEqual([]);
    const mixed = cli();
    expect(await command('box agent-config').run(mixed.ctx, ['--box', 'dokbox-mixed'])).toBe(0);
    const mixedConfig = JSON.parse(mixed.out.join('\n'));
    expect(mixedConfig.driver.kind).toBe('kerong-cu48');
    expect(mixedConfig.driver.compartments).toHaveLength(96);
    expect(mixedConfig.driver.compartments[60]).toEqual({ number: 61, board: 1, lock: 13 });
  });
});
