/**
 * Transport lists (Übergabeliste, issue 16): a clerk prepares a trip to the box, the loading fills in compartments,
 * loaders and times and closes the list; a document that does not go is taken back with a reason.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../platform/principal.ts';
import { demoBox, registerTestDocument, testPassword } from '../../testing/fixtures.ts';
import { transitionDocument } from '../documents/transition-document.ts';
import {
  auditActions,
  createBoxTestHub,
  documentState,
  requestLoading,
  type BoxTestHub,
} from '../boxes/box-test-support.ts';

describe('transport lists', () => {
  let t: BoxTestHub;
  beforeEach(async () => {
    t = await createBoxTestHub();
  });
  afterEach(() => t.hub.close());

  function createList(body: Record<string, unknown>, role: 'clerk' | 'loader' | 'admin' | 'zone' = 'clerk') {
    return t.hub.app.inject({
      method: 'POST',
      url: '/api/v1/transport-lists',
      headers: t.hub.staffHeaders[role],
      payload: { boxId: demoBox.id, ...body },
    });
  }

  function getList(id: string, role: 'clerk' | 'loader' | 'auditor' | 'zone' = 'clerk') {
    return t.hub.app.inject({
      method: 'GET',
      url: `/api/v1/transport-lists/${id}`,
      headers: t.hub.staffHeaders[role],
    });
  }

  function takeBack(listId: string, documentId: string, reason: unknown, role: 'clerk' | 'loader' | 'zone') {
    return t.hub.app.inject({
      method: 'POST',
      url: `/api/v1/transport-lists/${listId}/items/${documentId}/take-back`,
      headers: t.hub.staffHeaders[role],
      payload: { reason },
    });
  }

  /** Loads a document the whole way at the simulated box: unlock, place, close. */
  async function loadFully(documentId: string, secondLoader?: { username: string; password: string }) {
    const response = await requestLoading(t.hub, { documentId, ...(secondLoader ? { secondLoader } : {}) });
    expect(response.statusCode, response.body).toBe(200);
    await t.sim.settle();
    const number = response.json().compartment.number as number;
    t.sim.box().place(number);
    t.sim.box().close(number);
    await t.sim.settle();
    return number;
  }

  it('is made by a clerk, filled in by the loading and closed by the last document loaded', async () => {
    const { hub } = t;
    const first = await registerTestDocument(hub, { holderName: 'Erika Mustermann' });
    const second = await registerTestDocument(hub, { typeId: 'passport', holderName: 'Max Muster' });
    const created = await createList({ documentIds: [first.id, second.id], note: 'Fahrt am Vormittag' });
    expect(created.statusCode, created.body).toBe(201);
    const list = created.json();
    expect(list).toMatchObject({
      status: 'open',
      boxId: demoBox.id,
      note: 'Fahrt am Vormittag',
      createdByName: 'Clara Sachbearbeiterin (Demo)',
      total: 2,
      loaded: 0,
      notLoaded: 0,
      closedAt: null,
    });
    expect(list.number).toMatch(/^[0-9A-F]{8}$/);
    expect(list.items).toMatchObject([
      {
        documentId: first.id,
        position: 1,
        reference: first.reference,
        documentType: 'Personalausweis',
        holderName: 'Erika Mustermann',
        status: 'pending',
        plannedCompartment: 1,
        compartment: null,
        loaderName: null,
      },
      { documentId: second.id, position: 2, holderName: 'Max Muster', status: 'pending' },
    ]);
    expect(list.items[1].plannedCompartment).not.toBe(list.items[0].plannedCompartment);
    // Registered documents are now ready for transport.
    expect(await documentState(hub, first.id)).toBe('ready_for_transport');

    const number = await loadFully(first.id);
    const afterFirst = (await getList(list.id, 'loader')).json();
    expect(afterFirst.status).toBe('open');
    expect(afterFirst.items[0]).toMatchObject({
      status: 'loaded',
      boxId: demoBox.id,
      compartment: number,
      loaderName: 'Lars Bestücker (Demo)',
      loadingStartedAt: expect.any(String),
      loadedAt: expect.any(String),
    });
    expect(afterFirst.items[1].status).toBe('pending');

    await loadFully(second.id);
    const closed = (await getList(list.id, 'auditor')).json();
    expect(closed).toMatchObject({ status: 'closed', loaded: 2, notLoaded: 0, closedAt: expect.any(String) });
    expect(await auditActions(hub, list.id)).toEqual([
      'transport_list.create',
      'transport_list.loading_started',
      'transport_list.loaded',
      'transport_list.loading_started',
      'transport_list.loaded',
      'transport_list.close',
    ]);
    const closeEntry = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['data', 'actor_type'])
      .where('entity_id', '=', list.id)
      .where('action', '=', 'transport_list.close')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(closeEntry.data)).toEqual({ loaded: 2, takenBack: 0, cancelled: 0, notLoaded: 0 });
    // The box's sensor confirmed the last loading.
    expect(closeEntry.actor_type).toBe('box');

    // A closed list is read-only.
    const late = await takeBack(list.id, second.id, 'zu spät', 'clerk');
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('transport_list_closed');
  });

  it('names both loaders of a four-eyes loading and puts a given-up loading back to waiting', async () => {
    const { hub } = t;
    const policy = await hub.app.inject({
      method: 'PATCH',
      url: '/api/v1/document-types/passport',
      headers: hub.staffHeaders.admin,
      payload: { pickupPolicy: { check: 'date_of_birth', windowOpeningDays: null, fourEyesLoading: true } },
    });
    expect(policy.statusCode, policy.body).toBe(200);
    const document = await registerTestDocument(hub, { typeId: 'passport' });
    const list = (await createList({ documentIds: [document.id] })).json();

    // The loader opens the door but closes it empty: the document waits again.
    const opened = await requestLoading(hub, {
      documentId: document.id,
      secondLoader: { username: 'loader2', password: testPassword('loader2') },
    });
    expect(opened.statusCode, opened.body).toBe(200);
    await t.sim.settle();
    expect((await getList(list.id)).json().items[0]).toMatchObject({
      status: 'loading',
      loaderName: 'Lars Bestücker (Demo)',
      secondLoaderName: 'Lena Bestückerin (Demo)',
    });
    t.sim.box().close(opened.json().compartment.number);
    await t.sim.settle();
    expect((await getList(list.id)).json().items[0]).toMatchObject({
      status: 'pending',
      compartment: null,
      loaderName: null,
      secondLoaderName: null,
    });

    await loadFully(document.id, { username: 'loader2', password: testPassword('loader2') });
    const closed = (await getList(list.id)).json();
    expect(closed.status).toBe('closed');
    expect(closed.items[0]).toMatchObject({ status: 'loaded', secondLoaderName: 'Lena Bestückerin (Demo)' });
    expect(await auditActions(hub, list.id)).toContain('transport_list.loading_aborted');
  });

  it('closes with the rest taken back with a reason, and shows what was not loaded', async () => {
    const { hub } = t;
    const loaded = await registerTestDocument(hub);
    const back = await registerTestDocument(hub);
    const list = (await createList({ documentIds: [loaded.id, back.id] })).json();
    await loadFully(loaded.id);

    const noReason = await takeBack(list.id, back.id, '', 'loader');
    expect(noReason.statusCode).toBe(400);
    const done = await takeBack(list.id, loaded.id, 'schon drin', 'loader');
    expect(done.statusCode).toBe(409);
    expect(done.json().code).toBe('transport_list_item_not_pending');
    const unknown = await takeBack(list.id, 'no-such-document', 'Umschlag beschädigt', 'loader');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('transport_list_item_not_found');

    const response = await takeBack(list.id, back.id, '  Umschlag beschädigt  ', 'loader');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'closed', total: 2, loaded: 1, notLoaded: 1 });
    expect(response.json().items[1]).toMatchObject({
      status: 'taken_back',
      takenBackReason: 'Umschlag beschädigt',
      takenBackByName: 'Lars Bestücker (Demo)',
      takenBackAt: expect.any(String),
    });
    // The document stays at the office, ready for a later trip.
    expect(await documentState(hub, back.id)).toBe('ready_for_transport');
    const entries = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('entity_id', '=', list.id)
      .where('action', 'in', ['transport_list.take_back', 'transport_list.close'])
      .orderBy('seq')
      .execute();
    expect(entries.map((e) => [e.action, JSON.parse(e.data)])).toEqual([
      ['transport_list.take_back', { documentId: back.id, reason: 'Umschlag beschädigt' }],
      ['transport_list.close', { loaded: 1, takenBack: 1, cancelled: 0, notLoaded: 0 }],
    ]);

    // Taken back, the document may go on the next list.
    const next = await createList({ documentIds: [back.id] });
    expect(next.statusCode, next.body).toBe(201);
  });

  it('follows a fault during loading: in the box after the staff check, or not loaded when removed', async () => {
    const { hub } = t;
    const inBox = await registerTestDocument(hub);
    const removed = await registerTestDocument(hub);
    const list = (await createList({ documentIds: [inBox.id, removed.id] })).json();
    const faultWhileLoading = async (documentId: string) => {
      const response = await requestLoading(hub, { documentId });
      expect(response.statusCode, response.body).toBe(200);
      await t.sim.settle();
      // The door closed but the outcome is unclear (e.g. power): staff must look.
      await hub.ctx.db.transaction().execute((trx) =>
        transitionDocument(trx, {
          documentId,
          transition: 'flag_for_reconcile',
          principal: systemPrincipal,
          at: hub.ctx.clock.now().toISOString(),
        }),
      );
      return response.json().compartment.number as number;
    };
    const reconcile = (documentId: string, outcome: string) =>
      hub.app.inject({
        method: 'POST',
        url: `/api/v1/documents/${documentId}/reconcile`,
        headers: hub.staffHeaders.loader,
        payload: { outcome, note: 'Fach geprüft' },
      });

    const number = await faultWhileLoading(inBox.id);
    expect((await getList(list.id)).json().items[0].status).toBe('loading');
    expect((await reconcile(inBox.id, 'in_box')).statusCode).toBe(200);
    expect((await getList(list.id)).json().items[0]).toMatchObject({
      status: 'loaded',
      compartment: number,
      loadedAt: expect.any(String),
    });

    await faultWhileLoading(removed.id);
    expect((await reconcile(removed.id, 'removed')).statusCode).toBe(200);
    const closed = (await getList(list.id)).json();
    expect(closed).toMatchObject({ status: 'closed', loaded: 1, notLoaded: 1 });
    expect(closed.items[1].status).toBe('not_loaded');
    expect(await auditActions(hub, list.id)).toContain('transport_list.not_loaded');
  });

  it('marks a document the office cancels as cancelled on its list', async () => {
    const { hub } = t;
    const document = await registerTestDocument(hub);
    const list = (await createList({ documentIds: [document.id] })).json();
    const cancel = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${document.id}/cancel`,
      headers: hub.staffHeaders.clerk,
      payload: {},
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect((await getList(list.id)).json()).toMatchObject({
      status: 'closed',
      notLoaded: 1,
      items: [{ status: 'cancelled', documentState: 'cancelled' }],
    });
  });

  it('keeps a document on only one open list, also when two clerks make lists at once', async () => {
    const { hub } = t;
    const document = await registerTestDocument(hub);
    const other = await registerTestDocument(hub);
    const [a, b] = await Promise.all([
      createList({ documentIds: [document.id] }),
      createList({ documentIds: [other.id, document.id] }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([201, 409]);
    const refused = a.statusCode === 409 ? a : b;
    expect(refused.json()).toMatchObject({
      code: 'transport_list_document_on_open_list',
      title: expect.stringContaining(document.reference),
    });

    const again = await createList({ documentIds: [document.id] });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('transport_list_document_on_open_list');
    // The refused list changed nothing: the other document may still go on a list.
    const candidates = await hub.app.inject({
      method: 'GET',
      url: '/api/v1/transport-lists/candidates',
      headers: hub.staffHeaders.clerk,
    });
    const ids = candidates.json().items.map((c: { documentId: string }) => c.documentId);
    expect(ids).not.toContain(document.id);
    if (b.statusCode === 409) expect(ids).toContain(other.id);
  });

  it('answers bad input with 4xx and refuses the wrong roles', async () => {
    const { hub } = t;
    const document = await registerTestDocument(hub);
    const cases: [Record<string, unknown>, number, string | undefined][] = [
      [{ documentIds: [] }, 400, undefined],
      [{ documentIds: [document.id], extra: 1 }, 400, undefined],
      [{ documentIds: [document.id, document.id] }, 400, 'transport_list_duplicate_document'],
      [{ documentIds: ['missing'] }, 404, 'document_not_found'],
      [{ documentIds: [document.id], boxId: 'no-box' }, 404, 'box_not_found'],
    ];
    for (const [body, status, code] of cases) {
      const response = await createList(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      if (code) expect(response.json().code).toBe(code);
    }
    // A document already in the box cannot go on a list.
    const loaded = await registerTestDocument(hub);
    await loadFully(loaded.id);
    const past = await createList({ documentIds: [loaded.id] });
    expect(past.statusCode).toBe(409);
    expect(past.json()).toMatchObject({
      code: 'transport_list_document_not_ready',
      title: expect.stringContaining(loaded.reference),
    });

    // Only clerks (and admins) make lists; loaders read and take back; zone staff see nothing.
    expect((await createList({ documentIds: [document.id] }, 'loader')).statusCode).toBe(403);
    expect((await createList({ documentIds: [document.id] }, 'zone')).statusCode).toBe(403);
    const made = await createList({ documentIds: [document.id] }, 'admin');
    expect(made.statusCode, made.body).toBe(201);
    expect((await getList(made.json().id, 'zone')).statusCode).toBe(403);
    expect((await takeBack(made.json().id, document.id, 'kein Grund', 'zone')).statusCode).toBe(403);
    expect((await getList('no-such-list')).statusCode).toBe(404);
    const lists = await hub.app.inject({
      method: 'GET',
      url: '/api/v1/transport-lists?status=open',
      headers: hub.staffHeaders.loader,
    });
    expect(lists.statusCode).toBe(200);
    expect(lists.json().items.map((l: { id: string }) => l.id)).toEqual([made.json().id]);
    const noAuth = await hub.app.inject({ method: 'GET', url: '/api/v1/transport-lists' });
    expect(noAuth.statusCode).toBe(401);
  });
});
