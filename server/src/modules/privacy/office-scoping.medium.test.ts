/**
 * Data protection by office over HTTP: every staff role sees and changes only the documents of its own office,
 * unless an admin granted every office; a document of another office answers 404 like one that does not exist.
 * Demo staff: clerk, loader and zone team belong to the Bürgeramt; the auditor has the grant; the admin sees all.
 */
import type { StaffRole } from '@buergerpunkt/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerTestDocument, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { completeTestPickup, placeWaitingDocument } from '../../testing/waiting-document-fixture.ts';

let hub: SeededHub;
beforeEach(async () => {
  hub = await seedTestHub(await createTestHub());
});
afterEach(() => hub.close());

const otherOffice = 'auslaenderbehoerde-ohv';

async function call(role: StaffRole, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
  return hub.app.inject({
    method,
    url,
    headers: hub.staffHeaders[role],
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

async function listedIds(role: StaffRole, query = ''): Promise<string[]> {
  const response = await call(role, 'GET', `/api/v1/documents?limit=200${query}`);
  expect(response.statusCode).toBe(200);
  return (response.json().items as { id: string }[]).map((d) => d.id);
}

async function twoOffices() {
  const own = await registerTestDocument(hub, { holderName: 'Erika Eigenamt' });
  const other = await registerTestDocument(hub, {
    holderName: 'Olga Fremdamt',
    officeId: otherOffice,
    typeId: 'residence_permit',
  });
  return { own, other };
}

async function staffIdOf(username: string): Promise<string> {
  const response = await call('admin', 'GET', '/api/v1/staff-users');
  return (response.json() as { id: string; username: string }[]).find((u) => u.username === username)!.id;
}

describe('office scoping of documents', () => {
  it('clerk, loader and zone team list, search and open only their own office’s documents', async () => {
    const { own, other } = await twoOffices();
    for (const role of ['clerk', 'loader', 'zone'] as const) {
      const ids = await listedIds(role);
      expect(ids, role).toContain(own.id);
      expect(ids, role).not.toContain(other.id);
      // A search by the other office's holder name finds nothing, nor does asking for that office.
      expect(await listedIds(role, '&holderName=Fremdamt'), role).toEqual([]);
      expect(await listedIds(role, `&officeId=${otherOffice}`), role).toEqual([]);
      expect((await call(role, 'GET', `/api/v1/documents/${own.id}`)).statusCode, role).toBe(200);
      const foreign = await call(role, 'GET', `/api/v1/documents/${other.id}`);
      expect(foreign.statusCode, role).toBe(404);
      expect(foreign.json().code, role).toBe('document_not_found');
      expect((await call(role, 'GET', `/api/v1/documents/${other.id}/history`)).statusCode, role).toBe(404);
    }
    for (const role of ['clerk', 'zone'] as const) {
      expect((await call(role, 'GET', `/api/v1/documents/${other.id}/sms`)).statusCode, role).toBe(404);
      expect((await call(role, 'GET', `/api/v1/documents/${own.id}/sms`)).statusCode, role).toBe(200);
    }
  });

  it('a clerk cannot change or register documents of another office', async () => {
    const { own, other } = await twoOffices();
    for (const action of ['prepare-transport', 'cancel']) {
      const response = await call('clerk', 'POST', `/api/v1/documents/${other.id}/${action}`, {});
      expect(response.statusCode, action).toBe(404);
      expect(response.json().code).toBe('document_not_found');
    }
    expect((await call('clerk', 'POST', `/api/v1/documents/${other.id}/resend-code`, {})).statusCode).toBe(
      404,
    );
    expect(
      (await call('clerk', 'PUT', `/api/v1/documents/${other.id}/phone`, { phone: '0151 99999999' }))
        .statusCode,
    ).toBe(404);
    const registration = await call('clerk', 'POST', '/api/v1/documents', {
      reference: 'ABH-2026-1',
      officeId: otherOffice,
      typeId: 'residence_permit',
      holderName: 'Olga Fremdamt',
      phone: '0151 23456789',
      dateOfBirth: '1980-01-01',
    });
    expect(registration.statusCode).toBe(404);
    expect(registration.json().code).toBe('office_not_found');
    // Their own office's document moves as before; the other office's stays untouched.
    expect(
      (await call('clerk', 'POST', `/api/v1/documents/${own.id}/prepare-transport`, {})).statusCode,
    ).toBe(200);
    const untouched = await hub.ctx.db
      .selectFrom('documents')
      .select('state')
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow();
    expect(untouched.state).toBe('registered');
  });

  it('a loader cannot load, collect or reconcile another office’s document', async () => {
    const { other } = await twoOffices();
    const loading = await call('loader', 'POST', '/api/v1/loading', {
      documentId: other.id,
      boxId: 'dokbox-hn',
    });
    expect(loading.statusCode).toBe(404);
    expect(loading.json().code).toBe('document_not_found');
    const byReference = await call('loader', 'POST', '/api/v1/loading', {
      reference: other.reference,
      boxId: 'dokbox-hn',
    });
    expect(byReference.statusCode).toBe(404);
    expect((await call('loader', 'POST', `/api/v1/documents/${other.id}/collect`)).statusCode).toBe(404);
    const reconcile = await call('loader', 'POST', `/api/v1/documents/${other.id}/reconcile`, {
      outcome: 'in_box',
      note: 'x',
    });
    expect(reconcile.statusCode).toBe(404);
  });

  it('the box view shows the other office’s compartment as occupied without its document', async () => {
    const own = await placeWaitingDocument(hub, { compartmentNumber: 1 });
    const other = await placeWaitingDocument(hub, {
      compartmentNumber: 2,
      officeId: otherOffice,
      typeId: 'residence_permit',
    });
    const view = async (role: StaffRole) =>
      (await call(role, 'GET', '/api/v1/boxes/dokbox-hn')).json().compartmentList as {
        number: number;
        status: string;
        document: { id: string } | null;
      }[];
    const loaderView = await view('loader');
    expect(loaderView.find((c) => c.number === 1)!.document?.id).toBe(own.id);
    expect(loaderView.find((c) => c.number === 2)).toMatchObject({ status: 'occupied', document: null });
    expect((await view('admin')).find((c) => c.number === 2)!.document?.id).toBe(other.id);
  });

  it('the issue register shows a clerk only their own office’s issues', async () => {
    const own = await placeWaitingDocument(hub, { compartmentNumber: 1 });
    const other = await placeWaitingDocument(hub, {
      compartmentNumber: 2,
      officeId: otherOffice,
      typeId: 'residence_permit',
    });
    hub.clock.set('2026-11-24T10:00:00.000Z');
    await completeTestPickup(hub, own.id);
    await completeTestPickup(hub, other.id);
    const range = 'from=2026-11-24T00:00:00Z&to=2026-11-25T00:00:00Z';
    const ids = async (role: StaffRole) =>
      (
        (await call(role, 'GET', `/api/v1/register/issues?${range}`)).json().items as { documentId: string }[]
      ).map((i) => i.documentId);
    expect(await ids('clerk')).toEqual([own.id]);
    expect((await ids('auditor')).sort()).toEqual([own.id, other.id].sort());
    const day = await call('clerk', 'GET', '/api/v1/register/day?date=2026-11-24');
    expect((day.json().items as { documentId: string }[]).map((i) => i.documentId)).toEqual([own.id]);
    const booked = await call('clerk', 'POST', `/api/v1/register/issues/${other.id}/booked`, {});
    expect(booked.statusCode).toBe(404);
  });

  it('the auditor sees every office through the admin’s grant, and nothing once the admin takes it back', async () => {
    const { own, other } = await twoOffices();
    expect((await listedIds('auditor')).sort()).toEqual([own.id, other.id].sort());
    expect((await listedIds('admin')).sort()).toEqual([own.id, other.id].sort());

    const auditorId = await staffIdOf('auditor');
    const revoked = await hub.app.inject({
      method: 'PATCH',
      url: `/api/v1/staff-users/${auditorId}`,
      headers: hub.staffHeaders.admin,
      payload: { allOffices: false },
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ allOffices: false, officeId: null });
    // Without an office and without the grant: no documents at all, at once (the running session included).
    expect(await listedIds('auditor')).toEqual([]);
    expect((await call('auditor', 'GET', `/api/v1/documents/${own.id}`)).statusCode).toBe(404);

    // The admin makes the auditor a member of the other office instead.
    await hub.app.inject({
      method: 'PATCH',
      url: `/api/v1/staff-users/${auditorId}`,
      headers: hub.staffHeaders.admin,
      payload: { officeId: otherOffice },
    });
    expect(await listedIds('auditor')).toEqual([other.id]);

    const grant = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'staff.updated')
      .where('entity_id', '=', auditorId)
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(grant.data)).toMatchObject({ allOffices: { before: true, after: false } });
  });
});
