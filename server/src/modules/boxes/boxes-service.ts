/** Boxes as staff see them (compartments, doors, sensors, connection) and taking compartments out of service. */
import { allOffices, officeInScope, type OfficeScope } from '../privacy/office-scope.ts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import {
  countCompartmentsByStatus,
  findBox,
  findCompartmentByNumber,
  listBoxRows,
  listCompartments,
} from './boxes-repository.ts';

export interface BoxSummary {
  id: string;
  name: string;
  locationName: string;
  address: string;
  inService: boolean;
  connected: boolean;
  connectionChangedAt: string | null;
  compartments: {
    total: number;
    free: number;
    reserved: number;
    occupied: number;
    outOfService: number;
    deposit: number;
  };
}

export interface CompartmentView {
  number: number;
  size: string;
  wheelchairReachable: boolean;
  status: string;
  door: string;
  sensorOccupied: boolean | null;
  doorOpenedAt: string | null;
  document: { id: string; reference: string; state: string } | null;
}

function summary(
  box: Awaited<ReturnType<typeof listBoxRows>>[number],
  counts: Record<string, number>,
): BoxSummary {
  const count = (status: string) => counts[status] ?? 0;
  return {
    id: box.id,
    name: box.name,
    locationName: box.location_name,
    address: box.address,
    inService: box.in_service === 1,
    connected: box.link_connected === 1,
    connectionChangedAt: box.link_changed_at,
    compartments: {
      total: Object.values(counts).reduce((a, b) => a + b, 0),
      free: count('free'),
      reserved: count('reserved'),
      occupied: count('occupied'),
      outOfService: count('out_of_service'),
      deposit: count('deposit'),
    },
  };
}

/** Every box, or those a principal of a tenant may use (its tenant's and the granting tenants'). */
export async function listBoxes(ctx: AppContext, principal?: Principal): Promise<BoxSummary[]> {
  const [boxes, counts] = await Promise.all([
    listBoxRows(ctx.db, principal?.tenant?.boxTenantIds),
    countCompartmentsByStatus(ctx.db),
  ]);
  return boxes.map((box) => summary(box, counts.get(box.id) ?? {}));
}

/** One box; a compartment holding a document of an office outside `scope` shows as occupied without it. */
export async function getBox(
  ctx: AppContext,
  boxId: string,
  scope: OfficeScope = allOffices,
): Promise<BoxSummary & { compartmentList: CompartmentView[] }> {
  const box = await findBox(ctx.db, boxId);
  if (!box) throw notFound('box_not_found');
  const compartments = await listCompartments(ctx.db, boxId);
  const counts: Record<string, number> = {};
  for (const c of compartments) counts[c.status] = (counts[c.status] ?? 0) + 1;
  return {
    ...summary(box, counts),
    compartmentList: compartments.map((c) => ({
      number: c.number,
      size: c.size,
      wheelchairReachable: c.wheelchair_reachable === 1,
      status: c.status,
      door: c.door,
      sensorOccupied: c.sensor_occupied === null ? null : c.sensor_occupied === 1,
      doorOpenedAt: c.door_opened_at,
      document:
        c.document_id &&
        c.document_reference &&
        c.document_state &&
        c.document_office_id &&
        officeInScope(scope, c.document_office_id)
          ? { id: c.document_id, reference: c.document_reference, state: c.document_state }
          : null,
    })),
  };
}

/**
 * Takes a compartment out of service (broken lock, dirty) or back. Only an empty, unassigned compartment may go
 * out of service: the change is conditional on `free`, so a loader reserving it at the same moment wins or loses
 * cleanly.
 */
export async function setCompartmentOutOfService(
  ctx: AppContext,
  boxId: string,
  number: number,
  outOfService: boolean,
  principal: Principal,
): Promise<{ number: number; status: string }> {
  const now = ctx.clock.now().toISOString();
  return ctx.db
    .transaction()
    .execute((trx) => switchCompartmentService(trx, { boxId, number, outOfService, principal, at: now }));
}

/** `setCompartmentOutOfService` inside the caller's transaction (the admin's compartment edit uses it too). */
export async function switchCompartmentService(
  trx: Trx,
  input: { boxId: string; number: number; outOfService: boolean; principal: Principal; at: string },
): Promise<{ number: number; status: string }> {
  const { boxId, number, outOfService, principal, at: now } = input;
  const compartment = await findCompartmentByNumber(trx, boxId, number);
  if (!compartment) throw notFound('compartment_not_found');
  const [from, to] = outOfService ? ['free', 'out_of_service'] : ['out_of_service', 'free'];
  if (compartment.status === to) return { number, status: to };
  if (compartment.status !== from) throw conflict('compartment_occupied');
  const updated = await trx
    .updateTable('compartments')
    .set({ status: to, updated_at: now })
    .where('id', '=', compartment.id)
    .where('status', '=', from)
    .where('document_id', 'is', null)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw conflict('compartment_occupied');
  await recordAudit(trx, now, {
    actor: principal.actor,
    action: outOfService ? 'compartment.out_of_service' : 'compartment.in_service',
    entityType: 'compartment',
    entityId: compartment.id,
    data: { boxId, number },
  });
  return { number, status: to };
}
