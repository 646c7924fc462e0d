/**
 * SMS in the visitor's language (issue 18): a document registered over the API with `language: "tr"` gets its
 * pickup SMS and its reminder in Turkish, the deadline's weekday too; one registered without a language in German.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../jobs/job-definitions.ts';
import { JobRunner } from '../../jobs/job-runner.ts';
import { placeInCompartmentAndNotify } from '../../demo/place-in-compartment.ts';
import { documentRow, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { sendReminders } from '../documents/send-reminders.ts';
import { countSegments } from './gsm7.ts';

let hub: SeededHub;
beforeEach(async () => {
  hub = await seedTestHub(await createTestHub());
});
afterEach(() => hub.close());

async function registerOverApi(reference: string, phone: string, language?: string) {
  const response = await hub.app.inject({
    method: 'POST',
    url: '/api/v1/documents',
    headers: hub.staffHeaders.clerk,
    payload: {
      reference,
      officeId: 'buergeramt-hn',
      typeId: 'driving_licence',
      holderName: 'Ayşe Yılmaz',
      phone,
      dateOfBirth: '1980-03-14',
      ...(language ? { language } : {}),
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; language: string };
}

async function placeAndNotify(documentId: string, compartmentNumber: number) {
  await hub.ctx.db.transaction().execute((trx) =>
    placeInCompartmentAndNotify(trx, hub.ctx, {
      documentId,
      boxId: 'dokbox-hn',
      compartmentNumber,
      clerk: hub.staffPrincipal('clerk'),
      loader: hub.staffPrincipal('loader'),
      at: hub.clock.now().toISOString(),
    }),
  );
}

async function deliveredTexts(recipient: string): Promise<string[]> {
  await new JobRunner(hub.ctx, jobDefinitions).runDueJobs();
  const rows = await hub.ctx.db
    .selectFrom('demo_sms_inbox')
    .select('body')
    .where('recipient', '=', recipient)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.body);
}

describe('SMS language', () => {
  it('sends the pickup SMS and the reminder of a document registered in Turkish in Turkish', async () => {
    const registered = await registerOverApi('HN-TR-0001', '0151 23456700', 'tr');
    expect(registered.language).toBe('tr');
    expect((await documentRow(hub, registered.id)).language).toBe('tr');

    // Notified on Tuesday 24 Nov 2026 (the test hub's clock): ten opening days end on Saturday 5 Dec.
    await placeAndNotify(registered.id, 3);
    const [pickup] = await deliveredTexts('+4915123456700');
    expect(pickup).toMatch(
      /^Sürücü belgeniz DokBox Hohen Neuendorf icinde hazir\. Teslim kodu: \d{6}\. Son gün: 05\.12\. Cmt, acilis saatlerinde\. Hohen Neuendorf Belediyesi$/,
    );
    expect(countSegments(pickup!)).toMatchObject({ encoding: 'GSM-7', segments: 1 });

    hub.clock.set('2026-12-03T09:00:00.000Z'); // Thursday: Friday and Saturday left
    expect(await sendReminders(hub.ctx)).toMatchObject({ sent: 1, failed: 0 });
    const texts = await deliveredTexts('+4915123456700');
    expect(texts).toHaveLength(2);
    expect(texts[1]).toBe(
      'Hatirlatma: Sürücü belgeniz hala DokBox Hohen Neuendorf icinde. Son gün: 05.12. Cmt. Kod ilk SMS ile ayni. Hohen Neuendorf Belediyesi',
    );
    const stored = await hub.ctx.db
      .selectFrom('sms_messages')
      .select(['template', 'segments'])
      .where('document_id', '=', registered.id)
      .orderBy('created_at')
      .execute();
    expect(stored.map((s) => [s.template, Number(s.segments)])).toEqual([
      ['pickup_ready', 1],
      ['reminder', 1],
    ]);
  });

  it('writes German without a language, and refuses a language it does not know', async () => {
    const registered = await registerOverApi('HN-DE-0001', '0151 23456701');
    expect(registered.language).toBe('de');
    await placeAndNotify(registered.id, 4);
    const [pickup] = await deliveredTexts('+4915123456701');
    expect(pickup).toMatch(
      /^Ihr Führerschein liegt in der DokBox Hohen Neuendorf\. Abholcode: \d{6}\. Abholbar bis Sa 05\.12\./,
    );

    const refused = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: hub.staffHeaders.clerk,
      payload: {
        reference: 'HN-XX-0001',
        officeId: 'buergeramt-hn',
        typeId: 'passport',
        holderName: 'X',
        phone: '0151 23456702',
        dateOfBirth: '1980-03-14',
        language: 'fr',
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('validation_failed');
  });

  it('takes the language from the batch and from the CSV import', async () => {
    const batch = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents/batch',
      headers: hub.staffHeaders.clerk,
      payload: {
        documents: [
          {
            reference: 'HN-B-1',
            officeId: 'buergeramt-hn',
            typeId: 'civil_certificate',
            holderName: 'Olena K.',
            phone: '0151 23456703',
            language: 'uk',
          },
        ],
      },
    });
    expect(batch.statusCode, batch.body).toBe(200);
    const batchId = batch.json().results[0].documentId as string;
    expect((await documentRow(hub, batchId)).language).toBe('uk');

    const csv =
      'Vorgangsnummer;Dienststelle;Dokumentart;Name;Mobilnummer;Sprache\r\n' +
      'HN-C-1;Bürgeramt;Personenstandsurkunde;Leyla A.;0151 23456704;Arabisch\r\n' +
      'HN-C-2;Bürgeramt;Personenstandsurkunde;Leyla B.;0151 23456705;ls\r\n' +
      'HN-C-3;Bürgeramt;Personenstandsurkunde;Leyla C.;0151 23456706;Klingonisch\r\n';
    const imported = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents/import',
      headers: { ...hub.staffHeaders.clerk, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const results = imported.json().results as {
      status: string;
      documentId: string | null;
      errors: { field: string; code: string }[];
    }[];
    expect(results.map((r) => r.status)).toEqual(['registered', 'registered', 'failed']);
    expect(results[2]!.errors).toEqual([
      expect.objectContaining({ field: 'Sprache', code: 'import_language_invalid' }),
    ]);
    expect((await documentRow(hub, results[0]!.documentId!)).language).toBe('ar');
    expect((await documentRow(hub, results[1]!.documentId!)).language).toBe('ls');
    await placeAndNotify(results[0]!.documentId!, 5);
    const [arabic] = await deliveredTexts('+4915123456704');
    expect(arabic).toMatch(
      /^يمكنك استلام شهادة الأحوال المدنية الخاصة بك من DokBox Hohen Neuendorf حتى السبت 05\.12\./,
    );
    expect(countSegments(arabic!)).toMatchObject({ encoding: 'UCS-2', segments: 2 });
  });
});
