/**
 * The bar of issue 16: after the demo pickup (phone 0170 1234504, date of birth 21.10.1967: Hans Peters' driving
 * licence in compartment 5, reference HN-DEMO-0004) a `document.picked_up` event reaches a local receiver that is
 * configured through BP_INTEGRATION__WEBHOOK_URL / BP_INTEGRATION__WEBHOOK_SECRET, and its Standard Webhooks
 * signature verifies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDocuments } from '../../demo/seed-demo-documents.ts';
import { JobRunner } from '../../jobs/job-runner.ts';
import { jobDefinitions } from '../../jobs/job-definitions.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { attachSimulatedBoxes, type SimulatedBoxLink } from '../../testing/simulated-box-fixture.ts';
import { createTestHub } from '../../testing/test-context.ts';
import {
  newWebhookSecret,
  startWebhookReceiver,
  verifyWebhook,
  type WebhookReceiver,
} from '../../testing/webhook-receiver.ts';
import { latestCode } from '../kiosk/kiosk-test-support.ts';

let hub: SeededHub;
let sim: SimulatedBoxLink;
let receiver: WebhookReceiver;
const secret = newWebhookSecret();

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  hub = await seedTestHub(
    await createTestHub({
      env: { BP_INTEGRATION__WEBHOOK_URL: receiver.url, BP_INTEGRATION__WEBHOOK_SECRET: secret },
    }),
  );
  const terminal = await hub.ctx.db.selectFrom('terminals').select('id').executeTakeFirstOrThrow();
  await seedDemoDocuments(hub.ctx, terminal.id);
  sim = await attachSimulatedBoxes(hub);
}, 60_000);
afterAll(async () => {
  await hub?.close();
  await receiver?.close();
});

describe('the demo pickup reaches the specialist procedure', () => {
  it('sends a signed document.picked_up for HN-DEMO-0004', async () => {
    expect(hub.config.integration).toMatchObject({ webhookUrl: receiver.url, webhookSecret: secret });
    const document = await hub.ctx.db
      .selectFrom('documents')
      .selectAll()
      .where('reference', '=', 'HN-DEMO-0004')
      .executeTakeFirstOrThrow();
    expect(document.state).toBe('notified');
    const kiosk = (url: string, payload: object) =>
      hub.app.inject({ method: 'POST', url, headers: hub.terminalHeaders, payload });

    // The citizen at the kiosk: phone and the code from the SMS, the date of birth, open.
    const started = await kiosk('/api/v1/kiosk/pickups', {
      phone: '0170 1234504',
      code: await latestCode(hub, document.id),
    });
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json()).toMatchObject({ status: 'awaiting_check', check: 'date_of_birth' });
    const pickupId = started.json().pickupId as string;
    const checked = await kiosk(`/api/v1/kiosk/pickups/${pickupId}/check`, {
      day: 21,
      month: 10,
      year: 1967,
    });
    expect(checked.statusCode, checked.body).toBe(200);
    const opened = await kiosk(`/api/v1/kiosk/pickups/${pickupId}/open`, {});
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().compartmentNumber).toBe(5);
    await sim.settle();
    sim.box().take(5);
    sim.box().close(5);
    await sim.settle();

    // The job runner delivers what the transitions wrote to the outbox.
    await new JobRunner(hub.ctx, jobDefinitions).runDueJobs();
    const pickedUp = receiver.received
      .map((webhook) => ({ webhook, body: JSON.parse(webhook.body) as Record<string, unknown> }))
      .filter(({ body }) => body.type === 'document.picked_up');
    const event = pickedUp.find(
      ({ body }) => (body.data as { reference: string }).reference === 'HN-DEMO-0004',
    );
    expect(event, 'a document.picked_up event for HN-DEMO-0004').toBeDefined();
    const verified = verifyWebhook(secret, event!.webhook, hub.ctx.clock.now());
    const issued = await hub.ctx.db
      .selectFrom('documents')
      .select(['state', 'issued_at'])
      .where('id', '=', document.id)
      .executeTakeFirstOrThrow();
    expect(issued.state).toBe('picked_up');
    expect(verified).toEqual({
      type: 'document.picked_up',
      timestamp: issued.issued_at,
      data: {
        documentId: document.id,
        reference: 'HN-DEMO-0004',
        officeId: 'buergeramt-hn',
        typeId: 'driving_licence',
        state: 'picked_up',
        boxId: 'dokbox-hn',
        issuedAt: issued.issued_at,
        method: 'pickup_code',
        checksPassed: ['code', 'date_of_birth'],
        pinLetterConfirmedAt: null,
      },
    });
    expect(event!.webhook.headers['webhook-id']).toMatch(/^msg_/);
    // With another secret the signature does not verify.
    expect(() => verifyWebhook(newWebhookSecret(), event!.webhook, hub.ctx.clock.now())).toThrow();
  });
});
