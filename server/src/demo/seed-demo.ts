/** Loads the demo data into an empty database through the same services staff use, so it is audited too. */
import type { AppContext } from '../context.ts';
import { layoutRows, presetLayout } from '../modules/boxes/box-layouts.ts';
import { randomToken } from '../platform/crypto.ts';
import { systemPrincipal } from '../platform/principal.ts';
import { recordAudit } from '../modules/audit/audit-service.ts';
import { createStaffUser, createTerminal } from '../modules/accounts/accounts-service.ts';
import { typeColumnsOf } from '../modules/document-types/pickup-policy.ts';
import {
  demoBox,
  demoCompartments,
  demoDocumentTypes,
  demoOffices,
  demoOpeningHours,
  demoStaff,
  demoTerminal,
} from './demo-data.ts';

export interface DemoCredentials {
  staff: { username: string; password: string; roles: string[] }[];
  terminalKey: string;
  terminalId: string;
  boxId: string;
}

export interface SeedOptions {
  /** Fixed passwords (tests); otherwise random ones are made. */
  password?: (username: string) => string;
  terminalKey?: string;
  /** The demo on `npm start` is open around the clock (public holidays still close it), so a newcomer can try a
   *  pickup whatever the hour; tests keep the store's real hours. */
  openAroundTheClock?: boolean;
}

export async function isDatabaseEmpty(ctx: AppContext): Promise<boolean> {
  const row = await ctx.db.selectFrom('boxes').select('id').limit(1).executeTakeFirst();
  return !row;
}

export async function seedDemoData(ctx: AppContext, options: SeedOptions = {}): Promise<DemoCredentials> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    for (const office of demoOffices)
      await trx
        .insertInto('offices')
        .values({ ...office, created_at: now })
        .execute();
    for (const type of demoDocumentTypes) {
      await trx
        .insertInto('document_types')
        .values({
          id: type.id,
          name: type.name,
          min_size: type.min_size,
          ...typeColumnsOf(type.policy),
          updated_at: now,
        })
        .execute();
    }
    await trx
      .insertInto('boxes')
      .values({ ...demoBox, in_service: 1, created_at: now })
      .execute();
    // The demo box is the `demo-24` preset (the same compartments as `demoCompartments`, with heights and locks).
    for (const c of layoutRows(presetLayout('demo-24'))) {
      await trx
        .insertInto('compartments')
        .values({
          id: `${demoBox.id}-${c.number}`,
          box_id: demoBox.id,
          ...c,
          door: 'closed',
          sensor_occupied: 0,
          document_id: null,
          updated_at: now,
        })
        .execute();
    }
    const hours = options.openAroundTheClock
      ? [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '23:59' }))
      : demoOpeningHours;
    for (const opening of hours) {
      await trx
        .insertInto('box_opening_hours')
        .values({ id: ctx.ids.newId(), box_id: demoBox.id, ...opening })
        .execute();
    }
    await recordAudit(trx, now, {
      actor: systemPrincipal.actor,
      action: 'demo.seed',
      entityType: 'box',
      entityId: demoBox.id,
      data: {
        offices: demoOffices.length,
        types: demoDocumentTypes.length,
        compartments: demoCompartments.length,
      },
    });
  });
  const staff = [];
  for (const member of demoStaff) {
    const password = options.password?.(member.username) ?? randomToken(12);
    await createStaffUser(ctx, {
      username: member.username,
      displayName: member.display_name,
      password,
      roles: member.roles,
      officeId: member.office_id,
      allOffices: member.all_offices ?? false,
    });
    staff.push({ username: member.username, password, roles: member.roles });
  }
  const terminal = await createTerminal(ctx, {
    name: demoTerminal.name,
    boxId: demoBox.id,
    ...(options.terminalKey ? { key: options.terminalKey } : {}),
  });
  return { staff, terminalKey: terminal.key, terminalId: terminal.id, boxId: demoBox.id };
}
