/**
 * Document types over HTTP: admins create and change them, everyone on staff reads them; a policy change is
 * audited and never changes what an already registered document requires at the box or how long it waits.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerTestDocument, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { expireDocuments } from '../documents/expire-documents.ts';
import { listWaitingDocuments } from '../documents/waiting-documents.ts';
import { documentRow, placeNotifiedDocument, startKioskPickup } from '../kiosk/kiosk-test-support.ts';

describe('document types', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const patchType = (id: string, payload: unknown, role: 'admin' | 'clerk' = 'admin') =>
    hub.app.inject({
      method: 'PATCH',
      url: `/api/v1/document-types/${id}`,
      headers: hub.staffHeaders[role],
      payload: payload as object,
    });

  it('lists the types with their policy for staff, and the offices', async () => {
    const list = await hub.app.inject({ url: '/api/v1/document-types', headers: hub.staffHeaders.clerk });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toContainEqual(
      expect.objectContaining({
        id: 'id_card',
        name: 'Personalausweis',
        minSize: 'S',
        // The demo carries the city defaults (cityDefaultPolicies).
        pickupPolicy: {
          check: 'old_document_or_date_of_birth',
          windowOpeningDays: null,
          pinLetter: true,
          evidenceImage: false,
          fourEyesLoading: false,
        },
        defaultWindowOpeningDays: 10,
        openDocuments: 0,
      }),
    );
    const offices = await hub.app.inject({ url: '/api/v1/offices', headers: hub.staffHeaders.loader });
    expect(offices.json().map((o: { id: string }) => o.id)).toContain('buergeramt-hn');
    expect((await hub.app.inject({ url: '/api/v1/document-types' })).statusCode).toBe(401);
  });

  it('creates a type (admin only), refuses a taken id and hostile bodies with 4xx', async () => {
    const body = {
      id: 'gun_licence',
      name: 'Waffenbesitzkarte',
      minSize: 'M',
      pickupPolicy: { check: 'staff_confirmation', windowOpeningDays: 5 },
    };
    const post = (payload: unknown, role: 'admin' | 'clerk' = 'admin') =>
      hub.app.inject({
        method: 'POST',
        url: '/api/v1/document-types',
        headers: hub.staffHeaders[role],
        payload: payload as object,
      });
    expect((await post(body, 'clerk')).statusCode).toBe(403);
    const created = await post(body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ id: 'gun_licence', minSize: 'M', openDocuments: 0 });
    const again = await post(body);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'document_type_id_taken',
      title: expect.stringContaining('Kennung'),
    });
    for (const bad of [
      { ...body, id: 'Bad Id' },
      { ...body, id: 'other', extra: 1 },
      { ...body, id: 'other', pickupPolicy: { check: 'retina_scan', windowOpeningDays: null } },
      { ...body, id: 'other', pickupPolicy: { check: 'none', windowOpeningDays: 61 } },
      { ...body, id: 'other', pickupPolicy: { check: 'none' } },
      { ...body, id: 'other', minSize: 'XL' },
    ]) {
      expect((await post(bad)).statusCode, JSON.stringify(bad)).toBe(400);
    }
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'document_type.created')
      .execute();
    expect(audit).toEqual([{ action: 'document_type.created', entity_id: 'gun_licence' }]);
  });

  it('keeps the check a document was registered with when the type changes, and audits the change', async () => {
    const before = await placeNotifiedDocument(hub, { typeId: 'travel_document', phone: '0151 11111111' });
    expect((await documentRow(hub, before.documentId)).pickup_check).toBe('date_of_birth');

    expect(
      (
        await patchType(
          'travel_document',
          { pickupPolicy: { check: 'none', windowOpeningDays: null } },
          'clerk',
        )
      ).statusCode,
    ).toBe(403);
    const changed = await patchType('travel_document', {
      pickupPolicy: { check: 'none', windowOpeningDays: null },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ pickupPolicy: { check: 'none' }, openDocuments: 1 });

    // The document registered before still asks for the date of birth at the kiosk.
    const started = await startKioskPickup(hub, before.phone, before.code);
    expect(started.statusCode).toBe(201);
    expect(started.json().check).toBe('date_of_birth');

    // A document registered now follows the new policy.
    const after = await placeNotifiedDocument(hub, {
      typeId: 'travel_document',
      phone: '0151 22222222',
      compartmentNumber: 8,
    });
    expect((await documentRow(hub, after.documentId)).pickup_check).toBe('none');
    expect((await startKioskPickup(hub, after.phone, after.code)).json().check).toBe('none');

    const entries = await hub.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'document_type.pickup_policy_changed')
      .execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      entity_type: 'document_type',
      entity_id: 'travel_document',
      actor_type: 'staff',
    });
    expect(JSON.parse(entries[0]!.data)).toEqual({
      before: {
        check: 'date_of_birth',
        windowOpeningDays: null,
        pinLetter: false,
        evidenceImage: false,
        fourEyesLoading: false,
      },
      after: {
        check: 'none',
        windowOpeningDays: null,
        pinLetter: false,
        evidenceImage: false,
        fourEyesLoading: false,
      },
      openDocumentsKeepingTheirPolicy: 1,
    });
  });

  it('keeps the pickup window a document was registered with', async () => {
    const registered = await registerTestDocument(hub, { typeId: 'passport' });
    expect((await documentRow(hub, registered.id)).window_opening_days).toBe(10);
    expect(
      (await patchType('passport', { pickupPolicy: { check: 'date_of_birth', windowOpeningDays: 2 } }))
        .statusCode,
    ).toBe(200);
    const waiting = await placeNotifiedDocument(hub, { typeId: 'passport', compartmentNumber: 9 });
    const older = await placeNotifiedDocument(hub, {
      typeId: 'civil_certificate',
      compartmentNumber: 10,
      phone: '0151 33333333',
    });
    expect((await documentRow(hub, waiting.documentId)).window_opening_days).toBe(2);
    // Thursday evening after the Tuesday notification: the new passport's two days are over, nothing else's.
    hub.clock.set('2026-11-26T19:30:00.000Z');
    const windows = new Map(
      (await listWaitingDocuments(hub.ctx.db, 10)).map((d) => [d.id, d.windowOpeningDays]),
    );
    expect(windows.get(waiting.documentId)).toBe(2);
    expect(windows.get(older.documentId)).toBe(10);
    expect(await expireDocuments(hub.ctx)).toMatchObject({ expired: 1 });
    expect((await documentRow(hub, waiting.documentId)).state).toBe('awaiting_return');
    expect((await documentRow(hub, registered.id)).window_opening_days).toBe(10);
  });

  it('changes name and size without a policy entry, and answers 404 / 400 for unknown or empty changes', async () => {
    const renamed = await patchType('driving_licence', { name: 'Führerschein (Karte)', minSize: 'M' });
    expect(renamed.json()).toMatchObject({ name: 'Führerschein (Karte)', minSize: 'M' });
    const actions = (
      await hub.ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', 'driving_licence')
        .execute()
    ).map((r) => r.action);
    expect(actions).toEqual(['document_type.updated']);
    expect((await patchType('nope', { name: 'x' })).statusCode).toBe(404);
    expect((await patchType('driving_licence', {})).statusCode).toBe(400);
    expect((await patchType('driving_licence', { name: '' })).statusCode).toBe(400);
  });
});
