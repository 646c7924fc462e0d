/**
 * The public endpoints over HTTP on a real database: the status lookup's answers, that a wrong phone number and an
 * unknown reference are indistinguishable, that nothing else leaks, the brake per reference and per caller, bad
 * input as 400 with a clear code, the audit entry without the phone number in clear, and the box list.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerTestDocument, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { placeNotifiedDocument } from '../kiosk/kiosk-test-support.ts';
import { publicBoxesCacheSeconds } from './list-public-boxes.ts';
import { statusLookupLimits } from './lookup-document-status.ts';

describe('public document status lookup', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const lookup = (payload: object, remoteAddress = '203.0.113.10') =>
    hub.app.inject({ method: 'POST', url: '/api/v1/public/document-status', payload, remoteAddress });

  async function referenceOf(documentId: string) {
    const row = await hub.ctx.db
      .selectFrom('documents')
      .select('reference')
      .where('id', '=', documentId)
      .executeTakeFirstOrThrow();
    return row.reference;
  }

  async function setState(documentId: string, state: string) {
    await hub.ctx.db.updateTable('documents').set({ state }).where('id', '=', documentId).execute();
  }

  it('answers "ready until" for a document in the box, and nothing else', async () => {
    const placed = await placeNotifiedDocument(hub, { phone: '0151 23456789' });
    const reference = await referenceOf(placed.documentId);
    // Typed differently from the registration: international format, lower case, a space in the reference.
    const typedReference = `${reference.slice(0, 3)} ${reference.slice(3)}`.toLowerCase();
    const response = await lookup({ reference: typedReference, phone: '+49 151 2345 6789' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    // Notified on Tuesday 24 Nov 2026: the tenth opening day is Saturday 5 Dec, closing 20:00 Berlin time.
    expect(response.json()).toEqual({
      status: 'ready',
      readyUntil: '2026-12-05T19:00:00.000Z',
      boxName: 'DokBox Hohen Neuendorf',
      boxLocation: 'Kaufhaus am Markt (Demo), Erdgeschoss, Begegnungszone',
    });
    expect(response.body).not.toContain('Mustermann');
    expect(response.body).not.toContain(placed.documentId);
    expect(response.body).not.toMatch(/driving|Führerschein|compartment|buergeramt/i);
  });

  it('answers the coarse status of each stage and only the status', async () => {
    const registered = await registerTestDocument(hub, { phone: '0151 23456789' });
    const ask = async () =>
      (await lookup({ reference: await referenceOf(registered.id), phone: '0151 23456789' })).json();
    expect(await ask()).toEqual({ status: 'not_ready' });
    await setState(registered.id, 'picked_up');
    expect(await ask()).toEqual({ status: 'collected' });
    for (const state of ['awaiting_return', 'collected_for_return', 'returned', 'cancelled', 'door_fault']) {
      await setState(registered.id, state);
      expect(await ask(), state).toEqual({ status: 'contact_office' });
      hub.clock.advance(statusLookupLimits.windowSeconds * 1000);
    }
  });

  it('gives the same answer for an unknown reference and for a phone number that does not match', async () => {
    const placed = await placeNotifiedDocument(hub, { phone: '0151 23456789' });
    const reference = await referenceOf(placed.documentId);
    const wrongPhone = await lookup({ reference, phone: '0151 99999999' });
    const unknownReference = await lookup({ reference: 'HN-2026-99999', phone: '0151 23456789' });
    expect(wrongPhone.statusCode).toBe(200);
    expect(unknownReference.statusCode).toBe(200);
    expect(wrongPhone.body).toBe(unknownReference.body);
    expect(wrongPhone.json()).toEqual({ status: 'not_found' });
    const headerNames = (h: Record<string, unknown>) =>
      Object.keys(h)
        .filter((n) => n !== 'date')
        .sort();
    expect(headerNames(wrongPhone.headers)).toEqual(headerNames(unknownReference.headers));
    expect(wrongPhone.headers['content-length']).toBe(unknownReference.headers['content-length']);

    // Both are audited alike: no document named, the phone number masked, the caller only as a hash.
    const entries = await hub.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'public.document_status_lookup')
      .orderBy('seq')
      .execute();
    expect(entries.map((e) => [e.entity_type, e.entity_id])).toEqual([
      ['public_lookup', null],
      ['public_lookup', null],
    ]);
    for (const entry of entries) {
      expect(entry.data).not.toContain('99999999');
      expect(entry.data).not.toContain('23456789');
      expect(entry.data).not.toContain('203.0.113.10');
      expect(JSON.parse(entry.data)).toMatchObject({ answer: 'not_found' });
    }
  });

  it('audits a found document under its id, with the phone number masked', async () => {
    const placed = await placeNotifiedDocument(hub, { phone: '0151 23456789' });
    await lookup({ reference: await referenceOf(placed.documentId), phone: '0151 23456789' });
    const entry = await hub.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'public.document_status_lookup')
      .executeTakeFirstOrThrow();
    expect(entry.entity_type).toBe('document');
    expect(entry.entity_id).toBe(placed.documentId);
    expect(entry.data).not.toContain('23456789');
    expect(JSON.parse(entry.data)).toMatchObject({ answer: 'ready', phone: '+49151****789' });
  });

  it('does not find a document whose personal data has been purged', async () => {
    const registered = await registerTestDocument(hub, { phone: '0151 23456789' });
    await hub.ctx.db
      .updateTable('documents')
      .set({ state: 'picked_up', phone_e164: null, phone_hash: null })
      .where('id', '=', registered.id)
      .execute();
    const response = await lookup({ reference: await referenceOf(registered.id), phone: '0151 23456789' });
    expect(response.json()).toEqual({ status: 'not_found' });
  });

  it('brakes lookups of one reference from any caller, with a retry time, until the window has passed', async () => {
    const placed = await placeNotifiedDocument(hub, { phone: '0151 23456789' });
    const reference = await referenceOf(placed.documentId);
    for (let i = 0; i < statusLookupLimits.perReference; i++) {
      const response = await lookup({ reference, phone: `0151 1000000${i}` }, `198.51.100.${i + 1}`);
      expect(response.json()).toEqual({ status: 'not_found' });
    }
    // Even the right number from a fresh caller is refused now: guessing numbers for a reference stops here.
    const refused = await lookup({ reference: reference.toLowerCase(), phone: '0151 23456789' }, '192.0.2.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers['retry-after']).toBe(String(statusLookupLimits.windowSeconds));
    expect(refused.json()).toMatchObject({
      code: 'status_lookup_throttled',
      retryAfterSeconds: statusLookupLimits.windowSeconds,
    });
    expect(refused.json().title).toContain('15 Minuten');
    // The first refusal in the window is audited (once, naming what ran out), further ones are not.
    await lookup({ reference, phone: '0151 23456789' }, '192.0.2.8');
    const refusals = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'public.document_status_lookup_refused')
      .execute();
    expect(refusals).toHaveLength(1);
    expect(JSON.parse(refusals[0]!.data)).toMatchObject({ exhausted: ['reference'], phone: '+49151****789' });
    expect(refusals[0]!.data).not.toContain('23456789');

    hub.clock.advance(statusLookupLimits.windowSeconds * 1000);
    const later = await lookup({ reference, phone: '0151 23456789' }, '192.0.2.7');
    expect(later.statusCode).toBe(200);
    expect(later.json().status).toBe('ready');
  });

  it('brakes one caller across references but not another caller', async () => {
    for (let i = 0; i < statusLookupLimits.perIp; i++) {
      const response = await lookup({ reference: `HN-2026-${i}`, phone: '0151 23456789' });
      expect(response.statusCode).toBe(200);
    }
    hub.clock.advance(60_000);
    const refused = await lookup({ reference: 'HN-2026-X', phone: '0151 23456789' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().retryAfterSeconds).toBe(statusLookupLimits.windowSeconds - 60);
    const other = await lookup({ reference: 'HN-2026-X', phone: '0151 23456789' }, '203.0.113.99');
    expect(other.statusCode).toBe(200);
  });

  it('refuses bad input with 400 and a clear code, never a 5xx', async () => {
    const cases: [object, string][] = [
      [{ reference: '', phone: '0151 23456789' }, 'reference_missing'],
      [{ reference: 'HN-1', phone: '   ' }, 'phone_missing'],
      [{ reference: 'HN 1; DROP TABLE documents', phone: '0151 23456789' }, 'reference_invalid'],
      [{ reference: '-HN-1', phone: '0151 23456789' }, 'reference_invalid'],
      [{ reference: 'X'.repeat(65), phone: '0151 23456789' }, 'reference_invalid'],
      [{ reference: 'HN-1', phone: 'call me' }, 'phone_invalid'],
      [{ reference: 'HN-1' }, 'validation_failed'],
      [{ reference: 'HN-1', phone: '0151 23456789', name: 'x' }, 'validation_failed'],
      [{ reference: { text: 'HN-1' }, phone: '0151 23456789' }, 'validation_failed'],
      [{ reference: 'X'.repeat(101), phone: '0151 23456789' }, 'validation_failed'],
    ];
    for (const [payload, code] of cases) {
      const response = await lookup(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code, JSON.stringify(payload)).toBe(code);
      expect(response.json().title).toBeTruthy();
    }
    const notJson = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/public/document-status',
      headers: { 'content-type': 'application/json' },
      payload: '{"reference":',
    });
    expect(notJson.statusCode).toBe(400);
  });
});

describe('public box list', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  it('lists the box with where it is, its hours, open now, and closures still to come, without login', async () => {
    const response = await hub.app.inject({ url: '/api/v1/public/boxes' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe(`public, max-age=${publicBoxesCacheSeconds}`);
    const [box] = response.json().boxes;
    expect(box).toMatchObject({
      id: 'dokbox-hn',
      name: 'DokBox Hohen Neuendorf',
      locationName: 'Kaufhaus am Markt (Demo), Erdgeschoss, Begegnungszone',
      address: 'Marktplatz 1 (Demo), 16540 Hohen Neuendorf',
      inService: true,
      openNow: true,
      closesAt: '2026-11-24T19:00:00.000Z',
      closures: [],
    });
    expect(box.hours).toHaveLength(6);
    expect(box.hours[0]).toEqual({ weekday: 1, opens: '09:30', closes: '20:00' });

    const added = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/boxes/dokbox-hn/closures',
      headers: hub.staffHeaders.admin,
      payload: { startsOn: '2026-12-28', endsOn: '2026-12-30', reason: 'Inventur im Kaufhaus' },
    });
    expect(added.statusCode).toBe(201);
    hub.clock.advance(publicBoxesCacheSeconds * 1000);
    const after = (await hub.app.inject({ url: '/api/v1/public/boxes' })).json();
    // Dates only: the reason is staff text and stays internal.
    expect(after.boxes[0].closures).toEqual([{ startsOn: '2026-12-28', endsOn: '2026-12-30' }]);
  });

  it('lists each document type with the check the box asks for and its window, without login', async () => {
    await hub.ctx.db
      .updateTable('document_types')
      .set({ window_opening_days: 7 })
      .where('id', '=', 'residence_permit')
      .execute();
    const response = await hub.app.inject({ url: '/api/v1/public/document-types' });
    expect(response.statusCode).toBe(200);
    const types = response.json().documentTypes;
    expect(types.find((t: { id: string }) => t.id === 'id_card')).toEqual({
      id: 'id_card',
      name: 'Personalausweis',
      check: 'old_document_or_date_of_birth',
      windowOpeningDays: hub.config.pickup.windowOpeningDays,
    });
    expect(types.find((t: { id: string }) => t.id === 'residence_permit')).toMatchObject({
      check: 'date_of_birth',
      windowOpeningDays: 7,
    });
    expect(types.find((t: { id: string }) => t.id === 'civil_certificate')).toMatchObject({ check: 'none' });
  });
});
