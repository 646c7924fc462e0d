/** The auditors' reading of the log over HTTP: filters by actor, subject and time, paging, one entry in detail. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerTestDocument, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { placeNotifiedDocument, startKioskPickup } from '../kiosk/kiosk-test-support.ts';

describe('audit log queries', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const get = (url: string, role: 'auditor' | 'admin' | 'clerk' = 'auditor') =>
    hub.app.inject({ url, headers: hub.staffHeaders[role] });

  it('filters by staff user name and actor type and names the staff member', async () => {
    const document = await registerTestDocument(hub);
    const byClerk = await get('/api/v1/audit?actorUsername=clerk');
    expect(byClerk.statusCode).toBe(200);
    const items = byClerk.json().items as { action: string; actorName: string; entityId: string }[];
    expect(items.map((i) => i.action)).toEqual(['document.register', 'staff.login']);
    expect(items[0]).toMatchObject({
      entityId: document.id,
      actorName: 'Clara Sachbearbeiterin (Demo) (clerk)',
    });
    const system = (await get('/api/v1/audit?actorType=system')).json().items as { actorName: null }[];
    expect(system.length).toBeGreaterThan(0);
    expect(system.every((i) => i.actorName === null)).toBe(true);
    const clerkId = (
      await hub.ctx.db
        .selectFrom('staff_users')
        .select('id')
        .where('username', '=', 'clerk')
        .executeTakeFirstOrThrow()
    ).id;
    expect((await get(`/api/v1/audit?actorId=${clerkId}`)).json().items).toHaveLength(2);
    expect((await get(`/api/v1/audit?entityId=${document.id}`)).json().items).toHaveLength(1);
    expect((await get('/api/v1/audit?actorType=wizard')).statusCode).toBe(400);
    expect((await get('/api/v1/audit?actorUsername=clerk', 'clerk')).statusCode).toBe(403);
  });

  it('pages through a time range and shows one entry with its hashes', async () => {
    hub.clock.set('2026-11-24T10:00:00.000Z');
    for (let i = 0; i < 3; i++) await registerTestDocument(hub);
    const first = await get(
      '/api/v1/audit?action=document.register&from=2026-11-24T09:30:00Z&to=2026-11-25T00:00:00Z&limit=2',
    );
    expect(first.statusCode, first.body).toBe(200);
    const page1 = first.json();
    expect(page1.items).toHaveLength(2);
    expect(page1.nextBeforeSeq).toBe(page1.items[1].seq);
    const page2 = (
      await get(
        `/api/v1/audit?action=document.register&from=2026-11-24T09:30:00Z&to=2026-11-25T00:00:00Z&limit=2&beforeSeq=${page1.nextBeforeSeq}`,
      )
    ).json();
    expect(page2.items).toHaveLength(1);
    expect(page2.nextBeforeSeq).toBeNull();
    expect((await get('/api/v1/audit?from=2026-11-26T00:00:00Z&to=2026-11-25T00:00:00Z')).json().code).toBe(
      'date_range_invalid',
    );

    const seq = page2.items[0].seq as number;
    const detail = await get(`/api/v1/audit/entries/${seq}`, 'admin');
    expect(detail.statusCode).toBe(200);
    const previous = (await get(`/api/v1/audit/entries/${seq - 1}`)).json();
    expect(detail.json()).toMatchObject({ seq, action: 'document.register', prevHash: previous.hash });
    expect((await get('/api/v1/audit/entries/999999')).json().code).toBe('audit_entry_not_found');
    expect((await get('/api/v1/audit/entries/abc')).statusCode).toBe(400);
  });

  it('finds every entry about a document: its own and those naming it (pickups, SMS, alerts), and no other', async () => {
    const mine = await placeNotifiedDocument(hub, { phone: '0151 44444444' });
    const other = await placeNotifiedDocument(hub, { phone: '0151 55555555', compartmentNumber: 8 });
    expect((await startKioskPickup(hub, mine.phone, mine.code)).statusCode).toBe(201);
    expect((await startKioskPickup(hub, other.phone, other.code)).statusCode).toBe(201);
    const items = (await get(`/api/v1/audit?documentId=${mine.documentId}`)).json().items as {
      entityType: string;
      entityId: string;
      data: Record<string, unknown>;
    }[];
    const kinds = new Set(items.map((i) => i.entityType));
    expect(kinds).toContain('document');
    expect(kinds).toContain('pickup_session');
    for (const item of items) {
      expect(item.entityId === mine.documentId || item.data.documentId === mine.documentId).toBe(true);
    }
    expect(JSON.stringify(items)).not.toContain(other.documentId);
    // LIKE's wildcards in the input match nothing but themselves.
    expect((await get('/api/v1/audit?documentId=%25')).json().items).toEqual([]);
    expect((await get('/api/v1/audit?documentId=_')).json().items).toEqual([]);
  });

  it('finds the entries of a case by its Vorgangsnummer, as staff know it (not the internal id)', async () => {
    const mine = await placeNotifiedDocument(hub, { phone: '0151 44444444', reference: 'BA-2026-0815' });
    const other = await placeNotifiedDocument(hub, {
      phone: '0151 55555555',
      reference: 'BA-2026-0816',
      compartmentNumber: 8,
    });
    expect((await startKioskPickup(hub, mine.phone, mine.code)).statusCode).toBe(201);
    const byReference = (await get('/api/v1/audit?reference=BA-2026-0815')).json().items as {
      entityType: string;
      entityId: string;
      data: Record<string, unknown>;
    }[];
    const byId = (await get(`/api/v1/audit?documentId=${mine.documentId}`)).json().items;
    expect(byReference).toEqual(byId);
    const kinds = byReference.map((i) => i.entityType);
    expect(kinds).toContain('document');
    expect(kinds).toContain('pickup_session');
    expect(JSON.stringify(byReference)).not.toContain(other.documentId);
    expect((await get('/api/v1/audit?reference=BA-2026-9999')).json()).toEqual({
      items: [],
      nextBeforeSeq: null,
    });
  });
});
