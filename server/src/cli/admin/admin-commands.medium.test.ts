/**
 * The admin command line through its dispatcher on a real database: every command, the refusals, exit codes,
 * `--help`, and that its changes are audited as `cli:<os user>` and work over the API at once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliPrincipal } from '../../platform/principal.ts';
import { seedTestHub, sessionTokenOf, testPassword, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub, type TestHub } from '../../testing/test-context.ts';
import { adminCommands } from './commands.ts';
import { runAdmin } from './run-admin.ts';

interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the tool on the test hub's database; without a hub, opening the database fails the test. */
function cli(hub: TestHub | null) {
  return async (...argv: string[]): Promise<CliResult> => {
    const out: string[] = [];
    const err: string[] = [];
    let opened = 0;
    const code = await runAdmin(argv, {
      io: { out: (line) => out.push(line), err: (line) => err.push(line) },
      principal: cliPrincipal('tester'),
      open: async () => {
        opened++;
        if (!hub) throw new Error('the database was opened');
        // The test owns the database; the command must not close it.
        return { app: hub.ctx, close: async () => {} };
      },
    });
    expect(opened).toBeLessThanOrEqual(1);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}

const valueAfter = (text: string, label: string) => new RegExp(`^${label}: (\\S+)$`, 'm').exec(text)?.[1];

describe('admin command line', () => {
  let hub: TestHub | undefined;
  afterEach(async () => {
    await hub?.close();
    hub = undefined;
  });

  it('init creates the office and the first admin once; the admin must change the one-time password', async () => {
    hub = await createTestHub({ config: { townName: 'Testdorf' } });
    const admin = cli(hub);
    const first = await admin(
      'init',
      '--town',
      'Testdorf',
      '--office',
      'Bürgeramt Testdorf',
      '--admin',
      'chefin',
      '--admin-name',
      'Clara Chefin',
    );
    expect(first.code, first.err).toBe(0);
    expect(first.out).not.toContain('BP_TOWN_NAME');
    const password = valueAfter(first.out, 'one-time password');
    expect(password).toMatch(/^[a-zA-Z2-9]{16}$/);
    const login = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'chefin', password },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({
      mustChangePassword: true,
      user: { displayName: 'Clara Chefin', roles: ['admin'] },
    });
    const office = await hub.ctx.db.selectFrom('offices').selectAll().executeTakeFirstOrThrow();
    expect(office).toMatchObject({ name: 'Bürgeramt Testdorf', short_name: 'Bürgeramt Testdorf' });
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['actor_type', 'actor_id', 'action'])
      .where('actor_type', '=', 'cli')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { actor_type: 'cli', actor_id: 'cli:tester', action: 'office.created' },
      { actor_type: 'cli', actor_id: 'cli:tester', action: 'staff.create' },
    ]);

    const second = await admin('init', '--town', 'Testdorf', '--office', 'Zweites Amt', '--admin', 'zweiter');
    expect(second.code).toBe(1);
    expect(second.err).toContain('admin_already_exists');
    expect(second.out).not.toContain('one-time password');
    expect(await hub.ctx.db.selectFrom('offices').select('id').execute()).toHaveLength(1);

    // A locked admin still counts: init cannot be used to take over an installation.
    await hub.ctx.db.updateTable('staff_users').set({ active: 0 }).execute();
    expect((await admin('init', '--town', 'X', '--office', 'Y', '--admin', 'dritter')).code).toBe(1);
  });

  it('init reminds to set BP_TOWN_NAME when the town differs, and refuses bad usage with exit 2', async () => {
    hub = await createTestHub();
    const admin = cli(hub);
    const missing = await admin('init', '--town', 'Testdorf', '--office', 'Amt');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--admin is required');
    expect((await admin('init', '--town', 'T', '--office', 'A', '--admin', 'x y')).code).toBe(2);
    expect((await admin('init', '--town', 'T', '--office', 'A', '--admin', 'ab', '--bogus')).code).toBe(2);
    const done = await admin('init', '--town', 'Testdorf', '--office', 'Amt', '--admin', 'chefin');
    expect(done.code).toBe(0);
    expect(done.out).toContain('BP_TOWN_NAME="Testdorf"');
  });

  describe('on a running installation', () => {
    let seeded: SeededHub;
    let admin: ReturnType<typeof cli>;
    // Seeding logs in every demo role (password hashing): a hook, so it counts against the longer hook timeout.
    beforeEach(async () => {
      seeded = await seedTestHub(await createTestHub({ config: { publicUrl: 'https://bp.example' } }));
      hub = seeded;
      admin = cli(seeded);
    });

    it('offices: create and list', async () => {
      const created = await admin(
        'office',
        'create',
        '--name',
        'Standesamt',
        '--short-name',
        'StA',
        '--address',
        'Markt 2',
      );
      expect(created.code, created.err).toBe(0);
      const id = valueAfter(created.out, 'id')!;
      const list = await admin('office', 'list');
      expect(list.code).toBe(0);
      expect(list.out).toMatch(new RegExp(`^${id}\\s+StA\\s+Standesamt\\s+Markt 2$`, 'm'));
      expect(list.out).toContain('buergeramt-hn');
      const bad = await admin('office', 'create', '--name', 'x', '--short-name', 'y');
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('--address is required');
    });

    it('terminals: the created key works on the kiosk, is listed, and answers 403 once revoked', async () => {
      const created = await admin('terminal', 'create', '--box', 'dokbox-hn', '--name', 'Kiosk Hof');
      expect(created.code, created.err).toBe(0);
      const key = valueAfter(created.out, 'key')!;
      expect(key).toMatch(/^kiosk_/);
      expect(valueAfter(created.out, 'pairing link')).toBe(
        `https://bp.example/kiosk/#terminal=${encodeURIComponent(key)}`,
      );
      // The QR code: rows of half blocks, all the same width.
      const qrRows = created.out.split('\n').filter((line) => /^[█▀▄ ]{20,}$/.test(line));
      expect(qrRows.length).toBeGreaterThan(10);
      expect(new Set(qrRows.map((row) => row.length)).size).toBe(1);
      const headers = { 'x-terminal-key': key };
      expect((await seeded.app.inject({ url: '/api/v1/kiosk/settings', headers })).statusCode).toBe(200);

      const id = /\(id (\S+), box dokbox-hn\)/.exec(created.out)![1]!;
      const list = await admin('terminal', 'list');
      expect(list.out).toMatch(
        new RegExp(`^${id}\\s+Kiosk Hof\\s+dokbox-hn\\s+2026-11-24T09:00:00.000Z\\s+-$`, 'm'),
      );
      const revoked = await admin('terminal', 'revoke', id);
      expect(revoked.code).toBe(0);
      const refused = await seeded.app.inject({ url: '/api/v1/kiosk/settings', headers });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('terminal_revoked');
      expect((await admin('terminal', 'list')).out).toMatch(
        new RegExp(`^${id}\\s+.*2026-11-24T09:00:00.000Z$`, 'm'),
      );
      const audit = await seeded.ctx.db
        .selectFrom('audit_log')
        .select(['actor_id', 'action'])
        .where('entity_id', '=', id)
        .orderBy('seq')
        .execute();
      expect(audit).toEqual([
        { actor_id: 'cli:tester', action: 'terminal.create' },
        { actor_id: 'cli:tester', action: 'terminal.revoked' },
      ]);

      expect((await admin('terminal', 'create', '--box', 'no-box', '--name', 'X')).err).toContain(
        'box_not_found',
      );
      expect((await admin('terminal', 'revoke', 'no-such-id')).code).toBe(1);
      expect((await admin('terminal', 'revoke')).code).toBe(2);
      expect((await admin('terminal', 'create', '--name', 'X', '--no-qr')).code).toBe(2);
    });

    it('tokens: create (never admin, 1–365 days), list, revoke', async () => {
      const created = await admin(
        'token',
        'create',
        '--name',
        'Fachverfahren',
        '--roles',
        'clerk,auditor',
        '--expires',
        '30d',
      );
      expect(created.code, created.err).toBe(0);
      const secret = valueAfter(created.out, 'secret')!;
      expect(valueAfter(created.out, 'expires')).toBe('2026-12-24T09:00:00.000Z');
      const me = await seeded.app.inject({
        url: '/api/v1/auth/me',
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(me.statusCode).toBe(200);
      // Only a token with the `integration` role acts as the specialist procedure (issue 16).
      expect(me.json().triggers).toEqual(['clerk', 'auditor']);

      const list = await admin('token', 'list');
      expect(list.out).not.toContain(secret);
      const id = /\(id (\S+), roles/.exec(created.out)![1]!;
      expect(list.out).toMatch(
        new RegExp(`^${id}\\s+Fachverfahren\\s+clerk,auditor\\s+cli:tester\\s+2026-12-24`, 'm'),
      );
      expect((await admin('token', 'revoke', id)).code).toBe(0);
      expect(
        (await seeded.app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${secret}` } }))
          .statusCode,
      ).toBe(401);

      const withAdmin = await admin('token', 'create', '--name', 'x', '--roles', 'clerk,admin');
      expect(withAdmin.code).toBe(1);
      expect(withAdmin.err).toContain('api_token_admin_role');
      expect(
        (await admin('token', 'create', '--name', 'x', '--roles', 'clerk', '--expires', '366d')).code,
      ).toBe(2);
      expect(
        (await admin('token', 'create', '--name', 'x', '--roles', 'clerk', '--expires', 'soon')).code,
      ).toBe(2);
      expect((await admin('token', 'create', '--name', 'x', '--roles', 'kaiser')).code).toBe(2);
      const defaults = await admin('token', 'create', '--name', 'y', '--roles', 'loader');
      expect(valueAfter(defaults.out, 'expires')).toBe('2027-02-22T09:00:00.000Z');
      expect((await admin('token', 'revoke', 'nope')).err).toContain('api_token_not_found');
    });

    it('users: create with a one-time password, lock, unlock, reset the password', async () => {
      const login = (username: string, password: string) =>
        seeded.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      const created = await admin(
        'user',
        'create',
        '--username',
        'neu',
        '--name',
        'Nele Neu',
        '--roles',
        'clerk,loader',
        '--office',
        'buergeramt-hn',
      );
      expect(created.code, created.err).toBe(0);
      const password = valueAfter(created.out, 'one-time password')!;
      const first = await login('neu', password);
      expect(first.json()).toMatchObject({ mustChangePassword: true, user: { roles: ['clerk', 'loader'] } });
      const blocked = await seeded.app.inject({
        url: '/api/v1/offices',
        headers: { authorization: `Bearer ${sessionTokenOf(first)}` },
      });
      expect(blocked.json().code).toBe('password_change_required');

      expect((await admin('user', 'lock', 'clerk')).code).toBe(0);
      expect((await login('clerk', testPassword('clerk'))).statusCode).toBe(401);
      expect((await admin('user', 'unlock', 'clerk')).code).toBe(0);
      expect((await login('clerk', testPassword('clerk'))).statusCode).toBe(200);

      const reset = await admin('user', 'reset-password', 'loader');
      expect(reset.code).toBe(0);
      const oneTime = valueAfter(reset.out, 'one-time password')!;
      expect((await login('loader', testPassword('loader'))).statusCode).toBe(401);
      expect((await login('loader', oneTime)).json().mustChangePassword).toBe(true);

      const taken = await admin('user', 'create', '--username', 'neu', '--name', 'X', '--roles', 'clerk');
      expect(taken.code).toBe(1);
      expect(taken.err).toContain('username_taken');
      expect((await admin('user', 'lock', 'niemand')).err).toContain('staff_user_not_found');
      expect(
        (
          await admin(
            'user',
            'create',
            '--username',
            'n2',
            '--name',
            'X',
            '--roles',
            'clerk',
            '--office',
            'nope',
          )
        ).err,
      ).toContain('office_not_found');
      expect((await admin('user', 'create', '--username', 'n3', '--name', 'X')).code).toBe(2);
      const actions = await seeded.ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('actor_type', '=', 'cli')
        .orderBy('seq')
        .execute();
      expect(actions.map((a) => a.action)).toEqual([
        'staff.create',
        'staff.disabled',
        'staff.enabled',
        'staff.password_reset',
      ]);
    });
  });

  it('tenant create, list and grant-boxes: a second town, a district office using its boxes', async () => {
    hub = await createTestHub();
    const admin = cli(hub);
    const created = await admin(
      'tenant',
      'create',
      '--name',
      'Musterfelde (erfunden)',
      '--host',
      'buergerpunkt.musterfelde.test',
      '--sms-sender',
      'Musterfelde',
    );
    expect(created.code, created.err).toBe(0);
    expect(valueAfter(created.out, 'slug')).toBe('musterfelde-erfunden');
    expect(valueAfter(created.out, 'host')).toBe('buergerpunkt.musterfelde.test');
    const again = await admin('tenant', 'create', '--name', 'Musterfelde (erfunden)');
    expect(again.code).toBe(1);
    expect(again.err).toContain('tenant_slug_taken');
    expect((await admin('tenant', 'create', '--name', 'X', '--state', 'Brandenburg')).code).toBe(2);

    const office = await admin(
      'office',
      'create',
      '--name',
      'Fahrerlaubnisbehörde',
      '--short-name',
      'FE',
      '--address',
      'Kreisstadt',
    );
    const officeId = valueAfter(office.out, 'id')!;
    const granted = await admin(
      'tenant',
      'grant-boxes',
      '--office',
      officeId,
      '--tenant',
      'musterfelde-erfunden',
    );
    expect(granted.code, granted.err).toBe(0);

    const list = await admin('tenant', 'list');
    expect(list.code).toBe(0);
    // The default tenant took the configured town (Hohen Neuendorf), the new one is beside it.
    expect(list.out).toMatch(/hohen-neuendorf +Hohen Neuendorf/);
    expect(list.out).toMatch(
      /musterfelde-erfunden +Musterfelde \(erfunden\) +buergerpunkt\.musterfelde\.test +BB +Musterfelde/,
    );
    expect(list.out).toMatch(new RegExp(`${officeId} +musterfelde-erfunden`));
  });

  it('answers --help for the tool and every command without opening the database; unknown commands exit 2', async () => {
    const admin = cli(null);
    const help = await admin('--help');
    expect(help.code).toBe(0);
    for (const command of adminCommands) {
      expect(help.out).toContain(command.name);
      const one = await admin(...command.name.split(' '), '--help');
      expect(one.code, command.name).toBe(0);
      expect(one.out).toContain(`npm run admin -- ${command.name}`);
    }
    expect((await admin()).code).toBe(2);
    const unknown = await admin('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown command: frobnicate');
    expect((await admin('terminal', 'explode')).code).toBe(2);
    expect((await admin('terminal')).code).toBe(2);
    expect((await admin('terminal', '--help')).code).toBe(0);
  });
});
