/**
 * The register retention: `retention.registerDays` after a document's final state, holder name and reference give
 * way to a pseudonym; the register keeps the row, the issue events naming the reference are deleted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMs } from '../../platform/clock.ts';
import { documentRow, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { completeTestPickup, placeWaitingDocument } from '../../testing/waiting-document-fixture.ts';
import { MaintenanceScheduler } from '../../jobs/scheduler.ts';
import { issueRegisterJson } from '../register/issue-register.ts';
import { pseudonymiseRegister, registerPseudonym } from './pseudonymise-register.ts';

const days = (n: number) => n * 24 * 3_600_000;

let hub: SeededHub;
beforeEach(async () => {
  hub = await seedTestHub(await createTestHub({ config: { retention: { registerDays: 30 } } }));
});
afterEach(() => hub.close());

async function addDelivery(documentId: string, reference: string) {
  await hub.ctx.db
    .insertInto('webhook_deliveries')
    .values({
      id: `msg_${documentId}`,
      event_type: 'document.picked_up',
      document_id: documentId,
      document_seq: 1,
      url: 'https://fachverfahren.example/hooks',
      payload: JSON.stringify({ type: 'document.picked_up', data: { reference } }),
      status: 'delivered',
      attempts: 1,
      last_status_code: 200,
      last_error: null,
      last_attempt_at: hub.clock.now().toISOString(),
      delivered_at: hub.clock.now().toISOString(),
      created_at: hub.clock.now().toISOString(),
    })
    .execute();
}

describe('pseudonymisation after the register retention', () => {
  it('replaces holder name and reference of a finished document once the retention has passed, and only then', async () => {
    const issued = await placeWaitingDocument(hub, {
      compartmentNumber: 1,
      holderName: 'Erika Mustermann',
      proxyNote: 'Tochter holt ab',
    });
    const waiting = await placeWaitingDocument(hub, { compartmentNumber: 2, holderName: 'Hans Peters' });
    hub.clock.set('2026-11-24T15:00:00.000Z');
    const finished = await completeTestPickup(hub, issued.id);
    await addDelivery(issued.id, issued.reference);
    await addDelivery(waiting.id, waiting.reference);

    // The privacy page states the configured times (served from the configuration, not written into the page).
    const facts = await hub.app.inject({ method: 'GET', url: '/api/v1/public/privacy' });
    expect(facts.json()).toEqual({
      personalDataHours: 23,
      registerDays: 30,
      evidenceImageDays: 90,
      issueEventDays: 90,
      smsProcessor: { provider: 'outbox', name: null },
    });

    hub.clock.set(addMs(finished.final_at!, days(30) - 1000));
    expect(await pseudonymiseRegister(hub.ctx)).toEqual({ documents: 0, webhookDeliveries: 0 });
    expect((await documentRow(hub, issued.id)).holder_name).toBe('Erika Mustermann');

    // The periodic pass (the scheduler's round) with the injected clock.
    hub.clock.set(addMs(finished.final_at!, days(30)));
    await new MaintenanceScheduler(hub.ctx).runOnce();
    const pseudonym = registerPseudonym(hub.ctx.config.secrets.codeKey, 'buergeramt-hn', issued.reference);
    expect(pseudonym).toMatch(/^PSN-[0-9A-F]{16}$/);
    const row = await documentRow(hub, issued.id);
    expect(row).toMatchObject({
      holder_name: pseudonym,
      reference: pseudonym,
      proxy_note: null,
      phone_e164: null,
      date_of_birth_hash: null,
      registration_fingerprint: null,
      pseudonymised_at: '2026-12-24T15:00:00.000Z',
      // The register row stays: state, office, type and issue time.
      state: 'picked_up',
      office_id: 'buergeramt-hn',
      type_id: 'id_card',
      issued_at: '2026-11-24T15:00:00.000Z',
    });
    const deliveries = await hub.ctx.db.selectFrom('webhook_deliveries').select('document_id').execute();
    expect(deliveries.map((d) => d.document_id)).toEqual([waiting.id]);
    const sms = await hub.ctx.db
      .selectFrom('sms_messages')
      .select(['recipient', 'body_sealed'])
      .where('document_id', '=', issued.id)
      .execute();
    for (const message of sms) expect(message).toEqual({ recipient: null, body_sealed: null });

    // The document still in the box keeps what the citizen needs.
    expect(await documentRow(hub, waiting.id)).toMatchObject({
      holder_name: 'Hans Peters',
      reference: waiting.reference,
      pseudonymised_at: null,
    });

    // The issue register shows the pseudonymous row (the test's staff sessions expired a month ago).
    let body = '';
    for await (const piece of issueRegisterJson(hub.ctx, {
      from: '2026-11-24T00:00:00.000Z',
      to: '2026-11-25T00:00:00.000Z',
    }))
      body += piece;
    expect(JSON.parse(body).items).toMatchObject([{ documentId: issued.id, reference: pseudonym }]);
    expect(body).not.toContain(issued.reference);

    const entries = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'privacy.pseudonymise')
      .execute();
    expect(entries.map((e) => JSON.parse(e.data))).toEqual([
      { documents: 1, webhookDeliveries: 1, registerDays: 30, cutoff: '2026-11-24T15:00:00.000Z' },
    ]);
    // A second pass finds nothing and writes nothing.
    expect(await pseudonymiseRegister(hub.ctx)).toEqual({ documents: 0, webhookDeliveries: 0 });
  });
});
