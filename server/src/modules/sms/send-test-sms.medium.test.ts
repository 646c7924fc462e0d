// The installation's test SMS (`npm run sms:test`) travels like every SMS: queued, sent by the job runner through
// the configured provider, audited with the number masked.
import { de } from '@buergerpunkt/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../jobs/job-definitions.ts';
import { JobRunner } from '../../jobs/job-runner.ts';
import { createTestHub, type TestHub } from '../../testing/test-context.ts';
import { queueTestSms, testSmsStatus } from './send-test-sms.ts';
import { listDemoInbox } from './sms-repository.ts';

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

describe('test SMS', () => {
  it('is sent through the configured provider and audited without the number', async () => {
    hub = await createTestHub({ config: { townName: 'Hohen Neuendorf' } });
    const { messageId, recipient } = await queueTestSms(hub.ctx, '0151 2345 6789');
    expect(recipient).toBe('+4915123456789');
    expect((await testSmsStatus(hub.ctx, messageId)).status).toBe('queued');
    await new JobRunner(hub.ctx, jobDefinitions, 'test-runner').runDueJobs();
    expect((await testSmsStatus(hub.ctx, messageId)).status).toBe('sent');
    const [message] = await listDemoInbox(hub.ctx.db, { to: recipient, limit: 5 });
    expect(message?.body).toBe(de.sms.installation_test.replace('{{town}}', 'Hohen Neuendorf'));
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'sms.test_queued')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit)).not.toContain('2345 6789');
    expect(JSON.stringify(audit)).not.toContain('+4915123456789');
    await expect(queueTestSms(hub.ctx, '03303 5280')).rejects.toThrow();
  });
});
