/**
 * Test support for the box area's medium tests: a seeded hub with the simulated demo box attached, documents put
 * into the box through the real loading flow, and a pickup started the way the kiosk starts it.
 */
import { expect } from 'vitest';
import type { RegisterDocumentInput } from '../documents/register-document.ts';
import { transitionDocument } from '../documents/transition-document.ts';
import { terminalPrincipal } from '../../platform/principal.ts';
import {
  demoBox,
  documentRow,
  registerTestDocument,
  seedTestHub,
  type SeededHub,
} from '../../testing/fixtures.ts';
import { attachSimulatedBoxes, type SimulatedBoxLink } from '../../testing/simulated-box-fixture.ts';
import { createTestHub, type TestHubOptions } from '../../testing/test-context.ts';
import type { AlertKind } from '../alerts/raise-alert.ts';
import { enqueueBoxCommand } from './enqueue-box-command.ts';

/** Shared with every medium test; re-exported so the box tests import their support from one place. */
export { documentRow };

export interface BoxTestHub {
  hub: SeededHub;
  sim: SimulatedBoxLink;
}

export async function createBoxTestHub(options: TestHubOptions = {}): Promise<BoxTestHub> {
  const hub = await seedTestHub(await createTestHub(options));
  const sim = await attachSimulatedBoxes(hub);
  return { hub, sim };
}

/** POST /api/v1/loading as the loader; returns the response. */
export function requestLoading(hub: SeededHub, body: Record<string, unknown>) {
  return hub.app.inject({
    method: 'POST',
    url: '/api/v1/loading',
    headers: hub.staffHeaders.loader,
    payload: { boxId: demoBox.id, ...body },
  });
}

/** Registers a document and loads it through the API; the door of its compartment is open afterwards. */
export async function startLoading(
  { hub, sim }: BoxTestHub,
  input: Partial<RegisterDocumentInput> = {},
): Promise<{ documentId: string; number: number }> {
  const document = await registerTestDocument(hub, input);
  const response = await requestLoading(hub, { documentId: document.id });
  expect(response.statusCode, response.body).toBe(200);
  await sim.settle();
  return { documentId: document.id, number: response.json().compartment.number };
}

/** Loads a document the whole way: loader places it and closes the door, the citizen is notified. */
export async function loadAndNotify(
  t: BoxTestHub,
  input: Partial<RegisterDocumentInput> = {},
): Promise<{ documentId: string; number: number }> {
  const loaded = await startLoading(t, input);
  t.sim.box().place(loaded.number);
  t.sim.box().close(loaded.number);
  await t.sim.settle();
  expect(await documentState(t.hub, loaded.documentId)).toBe('notified');
  return loaded;
}

export async function terminalId(hub: SeededHub): Promise<string> {
  const row = await hub.ctx.db.selectFrom('terminals').select('id').executeTakeFirstOrThrow();
  return row.id;
}

/** What the kiosk does once phone, code and checks passed: start_pickup and the unlock, then wake the link. */
export async function startPickup(
  { hub, sim }: BoxTestHub,
  documentId: string,
  number: number,
): Promise<string> {
  const at = hub.ctx.clock.now().toISOString();
  const terminal = await terminalId(hub);
  const commandId = await hub.ctx.db.transaction().execute(async (trx) => {
    await transitionDocument(trx, {
      documentId,
      transition: 'start_pickup',
      principal: terminalPrincipal(terminal),
      at,
      changes: { code_hash: null },
    });
    return enqueueBoxCommand(trx, hub.ctx, at, {
      boxId: demoBox.id,
      type: 'unlock',
      compartment: number,
      documentId,
    });
  });
  hub.ctx.onBoxCommandsQueued(demoBox.id);
  await sim.settle();
  return commandId;
}

export async function documentState(hub: SeededHub, documentId: string): Promise<string> {
  return (await documentRow(hub, documentId)).state;
}

export async function compartment(hub: SeededHub, number: number) {
  return hub.ctx.db
    .selectFrom('compartments')
    .selectAll()
    .where('box_id', '=', demoBox.id)
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
}

export async function alerts(hub: SeededHub, kind: AlertKind, documentId?: string) {
  let q = hub.ctx.db.selectFrom('alerts').selectAll().where('kind', '=', kind);
  if (documentId) q = q.where('document_id', '=', documentId);
  return q.execute();
}

export async function auditActions(hub: SeededHub, entityId: string): Promise<string[]> {
  const rows = await hub.ctx.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.action);
}

export async function command(hub: SeededHub, commandId: string) {
  return hub.ctx.db
    .selectFrom('box_commands')
    .selectAll()
    .where('id', '=', commandId)
    .executeTakeFirstOrThrow();
}
