import { de } from '@buergerpunkt/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../jobs/job-definitions.ts';
import { JobRunner } from '../../jobs/job-runner.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { productionTestConfig } from '../../testing/production-config.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { OutboxSmsProvider } from './providers/outbox-provider.ts';
import { queueSmsForNewDocument } from './testing/sms-test-support.ts';

let hub: SeededHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

async function hubWithSentSms(config: Record<string, unknown> = {}) {
  hub = await seedTestHub(await createTestHub({ config }));
  const h = hub;
  const { documentId, messageId } = await queueSmsForNewDocument(
    h,
    {
      recipient: '+4915123456789',
      template: 'pickup_ready',
      params: {
        documentType: 'Personalausweis',
        boxName: 'DokBox Hohen Neuendorf',
        code: '739201',
        deadline: 'Sa 05.12.',
        town: 'Hohen Neuendorf',
      },
    },
    { phone: '0151 23456789' },
  );
  await new JobRunner(h.ctx, jobDefinitions, 'test-runner').runDueJobs();
  return { hub: h, documentId, messageId };
}

describe('staff view of a document’s SMS', () => {
  it('lists status, attempts and timing with the number masked and never the text', async () => {
    const { hub, documentId, messageId } = await hubWithSentSms();
    for (const role of ['clerk', 'zone', 'auditor', 'admin'] as const) {
      const response = await hub.app.inject({
        url: `/api/v1/documents/${documentId}/sms`,
        headers: hub.staffHeaders[role],
      });
      expect(response.statusCode, role).toBe(200);
      expect(response.json()).toEqual({
        documentId,
        messages: [
          {
            id: messageId,
            template: 'pickup_ready',
            status: 'sent',
            recipientMasked: '+49151****789',
            segments: 1,
            attempts: 1,
            lastError: null,
            provider: 'outbox',
            createdAt: '2026-11-24T09:00:00.000Z',
            sentAt: '2026-11-24T09:00:00.000Z',
            statusAt: '2026-11-24T09:00:00.000Z',
          },
        ],
      });
      expect(response.body).not.toContain('739201');
      expect(response.body).not.toContain('23456789');
    }
  });

  it('refuses the loader role, anonymous callers and unknown documents', async () => {
    const { hub, documentId } = await hubWithSentSms();
    const url = `/api/v1/documents/${documentId}/sms`;
    expect((await hub.app.inject({ url, headers: hub.staffHeaders.loader })).statusCode).toBe(403);
    expect((await hub.app.inject({ url })).statusCode).toBe(401);
    const unknown = await hub.app.inject({
      url: '/api/v1/documents/nope/sms',
      headers: hub.staffHeaders.clerk,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('document_not_found');
  });
});

describe('demo outbox', () => {
  it('shows the sent SMS as JSON, filtered by recipient', async () => {
    const { hub } = await hubWithSentSms();
    const mine = await hub.app.inject({ url: '/api/v1/dev/outbox?to=%2B4915123456789' });
    expect(mine.statusCode).toBe(200);
    const [message] = mine.json().messages;
    expect(message).toMatchObject({ to: '+4915123456789', from: 'Buergerpkt' });
    expect(message.text).toContain('Abholcode: 739201');
    const other = await hub.app.inject({ url: '/api/v1/dev/outbox?to=%2B4917012345678' });
    expect(other.json().messages).toEqual([]);
    expect((await hub.app.inject({ url: '/api/v1/dev/outbox?to=0151' })).statusCode).toBe(400);
  });

  it('keeps one message per idempotency key, like a real gateway', async () => {
    const { hub } = await hubWithSentSms();
    const provider = new OutboxSmsProvider(hub.ctx);
    const request = { to: '+4917012345678', from: 'Buergerpkt', text: 'Hallo', idempotencyKey: 'key-1' };
    const first = await provider.send(request);
    const second = await provider.send({ ...request, text: 'Hallo nochmal' });
    expect(second).toEqual(first);
    const rows = await hub.ctx.db
      .selectFrom('demo_sms_inbox')
      .selectAll()
      .where('idempotency_key', '=', 'key-1')
      .execute();
    expect(rows.map((r) => r.body)).toEqual(['Hallo']);
  });

  it('renders a German, accessible page, newest first, with every value escaped', async () => {
    const { hub } = await hubWithSentSms();
    hub.clock.advance(60_000);
    await new OutboxSmsProvider(hub.ctx).send({
      to: '+4917012345678',
      from: 'Buergerpkt',
      text: '<script>alert("x")</script> & Co',
      idempotencyKey: 'hostile',
    });
    const page = await hub.app.inject({ url: '/outbox' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const html = page.body;
    expect(html).toContain('<html lang="de">');
    expect(html).toMatch(/<h1>SMS-Ausgang<\/h1>/);
    expect(html).toContain('2 Nachrichten, die neueste zuerst');
    expect(html).toContain('role="status"');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html.indexOf('+4917012345678')).toBeLessThan(html.indexOf('+4915123456789'));
    expect(html).toContain('24.11.2026 um 10:01:00 Uhr');
    expect(html).toContain('Abholcode: 739201');
  });

  it('exists only in demo mode with the outbox provider', async () => {
    for (const config of [
      productionTestConfig,
      { sms: { provider: 'http', httpUrl: 'http://127.0.0.1:9/sms' } },
    ]) {
      hub = await seedTestHub(await createTestHub({ config }));
      const api = await hub.app.inject({ url: '/api/v1/dev/outbox' });
      expect(api.statusCode, `${JSON.stringify(config)} /api/v1/dev/outbox`).toBe(404);
      // `/outbox` is then an ordinary path of the public site: the hub answers with the site's page (the browser
      // app shows its own "not found"), never with the outbox.
      const page = await hub.app.inject({ url: '/outbox' });
      expect(page.body, `${JSON.stringify(config)} /outbox`).not.toContain(de.outbox.heading);
      await hub.close();
      hub = undefined;
    }
  });
});
