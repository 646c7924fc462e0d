/** The register export over HTTP: exact issue times, how each document was issued, CSV and JSON, ranges, roles. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boxPrincipal, terminalPrincipal } from '../../platform/principal.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { completeTestPickup, placeWaitingDocument } from '../../testing/waiting-document-fixture.ts';
import { transitionDocument } from '../documents/transition-document.ts';

let hub: SeededHub;
beforeEach(async () => {
  hub = await seedTestHub(await createTestHub());
});
afterEach(() => hub.close());

const range = 'from=2026-11-24T00:00:00%2B01:00&to=2026-11-25T00:00:00%2B01:00';

async function reconcileAsPickedUp(documentId: string) {
  const at = hub.clock.now().toISOString();
  await hub.ctx.db.transaction().execute(async (trx) => {
    await transitionDocument(trx, {
      documentId,
      transition: 'start_pickup',
      principal: terminalPrincipal('t'),
      at,
    });
    await transitionDocument(trx, {
      documentId,
      transition: 'flag_for_reconcile',
      principal: boxPrincipal('dokbox-hn'),
      at,
    });
    await transitionDocument(trx, {
      documentId,
      transition: 'reconcile_as_picked_up',
      principal: hub.staffPrincipal('loader'),
      at,
      changes: { issued_at: at },
    });
  });
}

/** Three documents: picked up with code at 10:00 and 11:30, reconciled by staff at 12:15, one still waiting. */
async function issueSomeDocuments() {
  const first = await placeWaitingDocument(hub, { compartmentNumber: 1, reference: 'HN-2026-00001' });
  const second = await placeWaitingDocument(hub, { compartmentNumber: 2, reference: 'HN-2026-00002' });
  const third = await placeWaitingDocument(hub, {
    compartmentNumber: 3,
    reference: 'HN-2026-00003',
    typeId: 'passport',
  });
  const waiting = await placeWaitingDocument(hub, { compartmentNumber: 4, reference: 'HN-2026-00004' });
  hub.clock.set('2026-11-24T09:00:00.000Z');
  await completeTestPickup(hub, first.id);
  hub.clock.set('2026-11-24T10:30:00.000Z');
  await reconcileAsPickedUp(third.id);
  hub.clock.set('2026-11-24T11:15:00.123Z');
  await completeTestPickup(hub, second.id);
  return { first, second, third, waiting };
}

describe('register export', () => {
  it('lists every issue in the range with exact time, compartment and method, as JSON', async () => {
    const { first, second, third } = await issueSomeDocuments();
    const response = await hub.app.inject({
      url: `/api/v1/register/issues?${range}`,
      headers: hub.staffHeaders.clerk,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    const body = response.json();
    expect(body.from).toBe('2026-11-23T23:00:00.000Z');
    expect(body.count).toBe(3);
    expect(body.items).toEqual([
      {
        issuedAt: '2026-11-24T09:00:00.000Z',
        documentId: first.id,
        reference: 'HN-2026-00001',
        documentType: 'Personalausweis',
        office: 'Bürgeramt Hohen Neuendorf',
        box: 'DokBox Hohen Neuendorf',
        compartmentNumber: 1,
        method: 'pickup_code',
        pinLetterConfirmedAt: null,
        checksPassed: [],
      },
      expect.objectContaining({
        issuedAt: '2026-11-24T10:30:00.000Z',
        documentId: third.id,
        documentType: 'Reisepass',
        compartmentNumber: 3,
        method: 'staff_reconciled',
      }),
      expect.objectContaining({
        issuedAt: '2026-11-24T11:15:00.123Z',
        documentId: second.id,
        method: 'pickup_code',
      }),
    ]);

    // The range is half-open: an issue exactly at `to` belongs to the next range.
    const narrow = await hub.app.inject({
      url: '/api/v1/register/issues?from=2026-11-24T09:00:00Z&to=2026-11-24T10:30:00Z',
      headers: hub.staffHeaders.auditor,
    });
    expect(narrow.json().items.map((i: { documentId: string }) => i.documentId)).toEqual([first.id]);
  });

  it('gives RFC 4180 CSV with German headings as a download', async () => {
    await issueSomeDocuments();
    await hub.ctx.db
      .updateTable('offices')
      .set({ name: 'Bürgeramt "Mitte", Hohen Neuendorf' })
      .where('id', '=', 'buergeramt-hn')
      .execute();
    const response = await hub.app.inject({
      url: `/api/v1/register/issues?${range}&format=csv`,
      headers: hub.staffHeaders.clerk,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="ausgaben-2026-11-23-bis-2026-11-24.csv"',
    );
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Ausgabezeitpunkt (UTC),Ausgabezeitpunkt (Ortszeit),Dokument-ID,Vorgangsnummer,Dokumentart,Dienststelle,DokBox,Fach,Art der Ausgabe,PIN-Brief bestätigt (UTC),Bestandene Prüfungen',
    );
    expect(lines).toHaveLength(5); // header, three rows, and the empty string after the final CRLF
    expect(lines[4]).toBe('');
    expect(lines[1]).toMatch(
      /^2026-11-24T09:00:00\.000Z,24\.11\.2026 10:00:00,[0-9a-f-]{36},HN-2026-00001,Personalausweis,"Bürgeramt ""Mitte"", Hohen Neuendorf",DokBox Hohen Neuendorf,1,Abholung mit Code,,$/,
    );
    expect(lines[2]).toContain(',Reisepass,');
    expect(lines[2]).toMatch(/,3,Abgleich durch Personal,,$/);
  });

  it('refuses bad ranges with a clear 400', async () => {
    const cases = [
      ['from=2026-11-24T00:00:00Z&to=2026-11-24T00:00:00Z', 'date_range_invalid'],
      ['from=2026-11-25T00:00:00Z&to=2026-11-24T00:00:00Z', 'date_range_invalid'],
      ['from=2025-01-01T00:00:00Z&to=2026-01-03T00:00:00Z', 'register_range_too_long'],
      ['from=2026-11-24&to=2026-11-25', 'validation_failed'],
      ['from=yesterday&to=2026-11-25T00:00:00Z', 'validation_failed'],
      ['to=2026-11-25T00:00:00Z', 'validation_failed'],
      ['from=2026-11-24T00:00:00Z&to=2026-11-25T00:00:00Z&format=xml', 'validation_failed'],
      ['from=2026-11-24T00:00:00Z&to=2026-11-25T00:00:00Z&extra=1', 'validation_failed'],
    ];
    for (const [query, code] of cases) {
      const response = await hub.app.inject({
        url: `/api/v1/register/issues?${query}`,
        headers: hub.staffHeaders.clerk,
      });
      expect({ query, status: response.statusCode, code: response.json().code }).toEqual({
        query,
        status: 400,
        code,
      });
      expect(response.json().title).toBeTruthy();
    }
  });

  it('a range of exactly 366 days is allowed', async () => {
    const response = await hub.app.inject({
      url: '/api/v1/register/issues?from=2026-01-01T00:00:00Z&to=2027-01-02T00:00:00Z',
      headers: hub.staffHeaders.admin,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ items: [], count: 0 });
  });

  it('is for clerks, auditors, admins and integration tokens with those roles only', async () => {
    const url = `/api/v1/register/issues?${range}`;
    expect((await hub.app.inject({ url })).statusCode).toBe(401);
    expect((await hub.app.inject({ url, headers: hub.staffHeaders.loader })).statusCode).toBe(403);
    expect((await hub.app.inject({ url, headers: hub.staffHeaders.zone })).statusCode).toBe(403);
    expect((await hub.app.inject({ url, headers: hub.terminalHeaders })).statusCode).toBe(401);
    for (const [roles, status] of [
      [['auditor'], 200],
      [['loader'], 403],
    ] as const) {
      const created = await hub.app.inject({
        method: 'POST',
        url: '/api/v1/api-tokens',
        headers: hub.staffHeaders.admin,
        payload: { name: `Register-Schnittstelle ${roles[0]}`, roles },
      });
      expect(created.statusCode).toBe(201);
      const response = await hub.app.inject({
        url,
        headers: { authorization: `Bearer ${created.json().secret}` },
      });
      expect(response.statusCode).toBe(status);
    }
  });

  it('streams a year of issues in pages without losing or repeating one', async () => {
    const total = 2_345;
    const now = hub.clock.now().toISOString();
    const rows = Array.from({ length: total }, (_, i) => {
      // Threes share an issue time, so the keyset cursor must break ties by id: the export's pages of 1000 end
      // inside such a group (rows 999, 1000 and 1001), not between two groups.
      const issuedAt = new Date(
        Date.parse('2026-01-01T08:00:00.000Z') + Math.floor(i / 3) * 3 * 3_600_000,
      ).toISOString();
      return {
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        reference: `HN-BULK-${i}`,
        office_id: 'buergeramt-hn',
        type_id: 'id_card',
        holder_name: 'Test',
        phone_e164: null,
        phone_hash: null,
        date_of_birth_hash: null,
        needs_wheelchair_access: 0 as const,
        proxy_note: null,
        state: 'picked_up',
        box_id: 'dokbox-hn',
        compartment_id: `dokbox-hn-${(i % 24) + 1}`,
        code_hash: null,
        code_issued_at: null,
        code_failed_attempts: 0,
        code_locked: 0 as const,
        check_failed_attempts: 0,
        resends_today: 0,
        resend_day: null,
        notified_at: issuedAt,
        reminder_sent_at: null,
        expired_at: null,
        issued_at: issuedAt,
        final_at: issuedAt,
        purged_at: issuedAt,
        version: 5,
        language: 'de',
        created_at: now,
        updated_at: now,
      };
    });
    expect(rows[999]!.issued_at).toBe(rows[1000]!.issued_at);
    for (let i = 0; i < rows.length; i += 100) {
      await hub.ctx.db
        .insertInto('documents')
        .values(rows.slice(i, i + 100))
        .execute();
    }
    const json = await hub.app.inject({
      url: '/api/v1/register/issues?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z',
      headers: hub.staffHeaders.auditor,
    });
    const body = json.json();
    expect(body.count).toBe(total);
    const ids = body.items.map((i: { documentId: string }) => i.documentId);
    expect(new Set(ids).size).toBe(total);
    expect(ids).toEqual(rows.map((r) => r.id));
    expect(body.items[0].method).toBe('unknown'); // inserted without audit trail
    const csv = await hub.app.inject({
      url: '/api/v1/register/issues?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z&format=csv',
      headers: hub.staffHeaders.auditor,
    });
    expect(csv.body.split('\r\n')).toHaveLength(total + 2);
  });
});
