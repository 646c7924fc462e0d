/**
 * What an admin sets up about a box: its name, place, federal state (for public holidays) and time zone, and its
 * compartments: as a layout or preset (docs/boxes.md), or one by one (number, size, wheelchair reach, in or out of
 * service). Each change is one transaction with its
 * audit entry; a change of state or time zone drops this process's cached calendar of the box.
 */
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import { tenantIdOf } from '../tenants/tenant-scope.ts';
import {
  germanStateCodes,
  type BoxChange,
  type BoxSettingsView,
  type CompartmentAdminView,
  type CompartmentChange,
  type NewBox,
  type NewCompartment,
} from '@buergerpunkt/contracts';
import type { Insertable, Updateable } from 'kysely';
import { IANAZone } from 'luxon';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import type { BoxesTable, CompartmentsTable } from '../../db/schema.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { forgetBoxCalendar } from '../calendar/box-open.ts';
import { findBox, findCompartmentByNumber } from './boxes-repository.ts';
import { switchCompartmentService } from './boxes-service.ts';
import { setDepositCompartment } from '../deposits/deposit-compartments.ts';
import {
  applyLayout,
  layoutOfBox,
  placeWithoutLayout,
  requestedLayout,
  type ResolvedLayout,
} from './box-layouts.ts';

type BoxRow = Pick<
  BoxesTable,
  | 'id'
  | 'name'
  | 'location_name'
  | 'address'
  | 'state_code'
  | 'timezone'
  | 'in_service'
  | 'created_at'
  | 'tenant_id'
>;

function settingsView(box: BoxRow, layout: ResolvedLayout): BoxSettingsView {
  return {
    id: box.id,
    name: box.name,
    locationName: box.location_name,
    address: box.address,
    stateCode: box.state_code,
    timezone: box.timezone,
    inService: Number(box.in_service) === 1,
    createdAt: box.created_at,
    layout,
  };
}

function validStateCode(code: string): string {
  const upper = code.trim().toUpperCase();
  if (!(germanStateCodes as readonly string[]).includes(upper)) throw badRequest('state_code_invalid');
  return upper;
}

function validTimezone(zone: string): string {
  const trimmed = zone.trim();
  // Luxon accepts fixed offsets too; a box lives in a named zone so that DST is followed.
  if (!trimmed.includes('/') || !IANAZone.isValidZone(trimmed)) throw badRequest('timezone_invalid');
  return trimmed;
}

export async function getBoxSettings(ctx: AppContext, boxId: string): Promise<BoxSettingsView> {
  const box = await findBox(ctx.db, boxId);
  if (!box) throw notFound('box_not_found');
  return settingsView(box, await layoutOfBox(ctx.db, boxId));
}

export async function createBox(
  ctx: AppContext,
  input: NewBox,
  principal: Principal,
): Promise<BoxSettingsView> {
  const at = ctx.clock.now().toISOString();
  const row: BoxRow = {
    id: input.id,
    name: input.name.trim(),
    location_name: input.locationName.trim(),
    address: input.address.trim(),
    state_code: validStateCode(input.stateCode),
    timezone: validTimezone(input.timezone),
    in_service: 1,
    created_at: at,
    tenant_id: tenantIdOf(principal) ?? defaultTenantId,
  };
  const layout = requestedLayout(input);
  return ctx.db.transaction().execute(async (trx) => {
    if (await findBox(trx, row.id)) throw conflict('box_id_taken');
    await trx.insertInto('boxes').values(row).execute();
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'box.created',
      entityType: 'box',
      entityId: row.id,
      data: { ...settingsView(row, { reachBandCm: { min: 40, max: 120 }, columns: [] }), layout: undefined },
    });
    if (layout) {
      await applyLayout(trx, {
        boxId: row.id,
        layout,
        ...(input.preset ? { preset: input.preset } : {}),
        principal,
        at,
        newId: () => ctx.ids.newId(),
      });
    }
    return settingsView(row, await layoutOfBox(trx, row.id));
  });
}

export async function updateBox(
  ctx: AppContext,
  boxId: string,
  change: BoxChange,
  principal: Principal,
): Promise<BoxSettingsView> {
  const at = ctx.clock.now().toISOString();
  const wanted: Partial<BoxRow> = {};
  if (change.name !== undefined) wanted.name = change.name.trim();
  if (change.locationName !== undefined) wanted.location_name = change.locationName.trim();
  if (change.address !== undefined) wanted.address = change.address.trim();
  if (change.stateCode !== undefined) wanted.state_code = validStateCode(change.stateCode);
  if (change.timezone !== undefined) wanted.timezone = validTimezone(change.timezone);
  const layout = requestedLayout(change);
  const result = await ctx.db.transaction().execute(async (trx) => {
    const before = await findBox(trx, boxId);
    if (!before) throw notFound('box_not_found');
    if (layout) {
      await applyLayout(trx, {
        boxId,
        layout,
        ...(change.preset ? { preset: change.preset } : {}),
        principal,
        at,
        newId: () => ctx.ids.newId(),
      });
    }
    const patch = Object.fromEntries(
      Object.entries(wanted).filter(([key, value]) => before[key as keyof BoxRow] !== value),
    ) as Partial<BoxRow>;
    if (Object.keys(patch).length === 0) return settingsView(before, await layoutOfBox(trx, boxId));
    await trx.updateTable('boxes').set(patch).where('id', '=', boxId).execute();
    const after = { ...before, ...patch };
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'box.updated',
      entityType: 'box',
      entityId: boxId,
      data: Object.fromEntries(
        Object.keys(patch).map((key) => [
          key,
          { before: before[key as keyof BoxRow], after: after[key as keyof BoxRow] },
        ]),
      ),
    });
    return settingsView(after, await layoutOfBox(trx, boxId));
  });
  forgetBoxCalendar(ctx.db, boxId);
  return result;
}

function compartmentView(c: Pick<CompartmentsTable, 'number' | 'size' | 'wheelchair_reachable' | 'status'>) {
  return {
    number: Number(c.number),
    size: c.size,
    wheelchairReachable: Number(c.wheelchair_reachable) === 1,
    status: c.status,
  };
}

export async function addCompartment(
  ctx: AppContext,
  boxId: string,
  input: NewCompartment,
  principal: Principal,
): Promise<CompartmentAdminView> {
  const at = ctx.clock.now().toISOString();
  const row = {
    id: ctx.ids.newId(),
    box_id: boxId,
    number: input.number,
    size: input.size,
    wheelchair_reachable: input.wheelchairReachable ? 1 : 0,
    status: 'free',
    door: 'unknown',
    sensor_occupied: null,
    document_id: null,
    updated_at: at,
  } satisfies Insertable<CompartmentsTable>;
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await findBox(trx, boxId))) throw notFound('box_not_found');
    if (await findCompartmentByNumber(trx, boxId, input.number)) throw conflict('compartment_number_taken');
    // Added one by one, a compartment takes its place on the 4 × 6 demo front (a real box is set up by layout).
    await trx
      .insertInto('compartments')
      .values({ ...row, ...placeWithoutLayout(input.number, 6) })
      .execute();
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'compartment.created',
      entityType: 'compartment',
      entityId: row.id,
      data: { boxId, ...compartmentView(row) },
    });
  });
  return compartmentView(row);
}

/**
 * Changes a compartment's size or wheelchair reach (only while nothing is in it or reserved for it: the loading
 * that chose it relied on them) and/or takes it out of service or back, in one transaction.
 */
export async function changeCompartment(
  ctx: AppContext,
  boxId: string,
  number: number,
  change: CompartmentChange,
  principal: Principal,
): Promise<CompartmentAdminView> {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    await changeCompartmentShape(trx, boxId, number, change, principal, at);
    if (change.deposit !== undefined) {
      await setDepositCompartment(trx, { boxId, number, deposit: change.deposit, principal, at });
    }
    if (change.outOfService !== undefined) {
      await switchCompartmentService(trx, {
        boxId,
        number,
        outOfService: change.outOfService,
        principal,
        at,
      });
    }
    const after = await findCompartmentByNumber(trx, boxId, number);
    if (!after) throw notFound('compartment_not_found');
    return compartmentView(after);
  });
}

async function changeCompartmentShape(
  trx: Trx,
  boxId: string,
  number: number,
  change: CompartmentChange,
  principal: Principal,
  at: string,
): Promise<void> {
  const compartment = await findCompartmentByNumber(trx, boxId, number);
  if (!compartment) throw notFound('compartment_not_found');
  const patch: Updateable<CompartmentsTable> = {};
  if (change.size !== undefined && change.size !== compartment.size) patch.size = change.size;
  const reach = change.wheelchairReachable === undefined ? undefined : change.wheelchairReachable ? 1 : 0;
  if (reach !== undefined && reach !== Number(compartment.wheelchair_reachable)) {
    patch.wheelchair_reachable = reach;
  }
  if (Object.keys(patch).length === 0) return;
  const updated = await trx
    .updateTable('compartments')
    .set({ ...patch, updated_at: at })
    .where('id', '=', compartment.id)
    .where('status', 'in', ['free', 'out_of_service', 'deposit'])
    .where('document_id', 'is', null)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw conflict('compartment_in_use');
  await recordAudit(trx, at, {
    actor: principal.actor,
    action: 'compartment.updated',
    entityType: 'compartment',
    entityId: compartment.id,
    data: {
      boxId,
      number,
      ...(patch.size !== undefined ? { size: { before: compartment.size, after: patch.size } } : {}),
      ...(patch.wheelchair_reachable !== undefined
        ? {
            wheelchairReachable: {
              before: Number(compartment.wheelchair_reachable) === 1,
              after: patch.wheelchair_reachable === 1,
            },
          }
        : {}),
    },
  });
}
