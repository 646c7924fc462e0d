import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub } from '../../testing/test-context.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';

const header = 'Vorgangsnummer;Dienststelle;Dokumentart;Name;Mobilnummer;Geburtsdatum;Rollstuhl;Vollmacht';

describe('CSV import of documents', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const post = (csv: string, query = '', headers = hub.staffHeaders.clerk) =>
    hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/import${query}`,
      headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' },
      payload: csv,
    });

  it('registers the good rows and reports each bad row with its number, column and German reason', async () => {
    const csv = [
      header,
      'IMP-1;buergeramt-hn;id_card;Erika Mustermann;0151 23456789;12.08.1964;nein;',
      'IMP-2;Bürgeramt;Personenstandsurkunde;"Müller; Hans";0151 23456780;;ja;"Tochter ""Anna"""',
      'IMP-3;buergeramt-hn;id_card;Max Muster;030 1234567;31.02.1980;;',
      'IMP-4;nirgendwo;civil_certificate;;0151 23456781;;vielleicht;',
      'IMP-1;buergeramt-hn;civil_certificate;Doppelt;0151 23456782;;;',
    ].join('\r\n');
    const response = await post(csv);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ totalRows: 5, offset: 0, registered: 2, failed: 3 });
    expect(body.results.map((r: { row: number; status: string }) => [r.row, r.status])).toEqual([
      [2, 'registered'],
      [3, 'registered'],
      [4, 'failed'],
      [5, 'failed'],
      [6, 'failed'],
    ]);
    // Row 4: a landline and an impossible date, both reported at once.
    expect(body.results[2].errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['Mobilnummer', 'phone_not_mobile'],
      ['Geburtsdatum', 'date_invalid'],
    ]);
    expect(body.results[3].errors).toEqual([
      { field: 'Dienststelle', code: 'office_not_found', message: 'Diese Dienststelle gibt es nicht.' },
      { field: 'Name', code: 'import_value_required', message: 'Dieses Feld muss ausgefüllt sein.' },
      { field: 'Rollstuhl', code: 'import_yes_no', message: expect.stringContaining('ja') },
    ]);
    expect(body.results[4].errors).toEqual([
      expect.objectContaining({ field: 'Vorgangsnummer', code: 'duplicate_reference' }),
    ]);

    const second = await hub.ctx.db
      .selectFrom('documents')
      .selectAll()
      .where('reference', '=', 'IMP-2')
      .executeTakeFirstOrThrow();
    expect(second).toMatchObject({
      holder_name: 'Müller; Hans',
      type_id: 'civil_certificate',
      needs_wheelchair_access: 1,
      proxy_note: 'Tochter "Anna"',
      state: 'registered',
    });
    const audits = await hub.ctx.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'document.register')
      .execute();
    expect(audits).toHaveLength(2);
  });

  it('imports a slice of the rows with the file row numbers, for progress in the browser', async () => {
    const rows = Array.from(
      { length: 5 },
      (_, i) => `SL-${i};buergeramt-hn;civil_certificate;Person ${i};0151 2345670${i};;;`,
    );
    const csv = [header, ...rows].join('\n');
    const first = (await post(csv, '?offset=0&limit=2')).json();
    const rest = (await post(csv, '?offset=2&limit=2')).json();
    const last = (await post(csv, '?offset=4&limit=2')).json();
    expect(first.results.map((r: { row: number }) => r.row)).toEqual([2, 3]);
    expect(rest.results.map((r: { row: number }) => r.row)).toEqual([4, 5]);
    expect(last).toMatchObject({ totalRows: 5, offset: 4, registered: 1 });
    expect(last.results[0]).toMatchObject({ row: 6, reference: 'SL-4', status: 'registered' });

    // The office finds the batch by the start of its references; `_` is no wildcard.
    const find = async (reference: string) =>
      (
        await hub.app.inject({
          url: `/api/v1/documents?reference=${encodeURIComponent(reference)}`,
          headers: hub.staffHeaders.clerk,
        })
      ).json().items.length;
    expect(await find('SL-')).toBe(5);
    expect(await find('SL-3')).toBe(1);
    expect(await find('SL_')).toBe(0);
    expect(await find('%')).toBe(0);

    const history = await hub.app.inject({
      url: `/api/v1/documents/${last.results[0].documentId}/history`,
      headers: hub.staffHeaders.loader,
    });
    expect(history.json()).toEqual([
      expect.objectContaining({
        action: 'document.register',
        actorType: 'staff',
        actorName: 'Clara Sachbearbeiterin (Demo)',
        from: null,
        to: 'registered',
      }),
    ]);
  });

  it('refuses a file without the required columns, a broken file and other roles with clear 4xx', async () => {
    const missing = await post('Vorgangsnummer;Name\nX;Y');
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'import_columns_missing' });
    expect(missing.json().title ?? missing.json().detail).toContain('Dienststelle');

    const broken = await post(`${header}\nA;"unclosed;x`);
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ code: 'import_csv_unclosed_quote' });

    expect((await post(`${header}\n`, '', hub.staffHeaders.loader)).statusCode).toBe(403);
    const json = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents/import',
      headers: hub.staffHeaders.clerk,
      payload: { rows: [] },
    });
    expect(json.statusCode).toBe(400);
    const huge = await post(`${header}\n${'x'.repeat(1024 * 1024 + 10)}`);
    expect(huge.statusCode).toBe(413);
  });

  it('offers a template that imports as it is', async () => {
    const template = await hub.app.inject({
      url: '/api/v1/documents/import/template',
      headers: hub.staffHeaders.clerk,
    });
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toContain('text/csv');
    expect(template.body).toContain(header);
    const imported = (await post(template.body)).json();
    expect(imported).toMatchObject({ totalRows: 1, registered: 1 });
  });
});
