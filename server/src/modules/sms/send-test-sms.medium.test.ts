// The installation's test SMS (`npm run sms:test`) travels like every SMS: queued, sent by the job runner through
// the configured provider, audited with the number masked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { de } from '@buergerpunkt/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../jobs/job-definitions.ts';
import { JobRunner } from '../../jobs/job-runner.ts';
import { createTestHub, testSecrets, type TestHub } from '../../testing/test-context.ts';
import { queueTestSms, testSmsStatus } from './send-test-sms.ts';
import { listDemoInbox } from './sms-repository.ts';
import { verifyAuditLog } from '../audit/audit-service.ts';

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

  // The command line opened the database without the audit chain's key, so its audit entry failed and every number
  // was reported as "not a mobile number".
  it(
    'npm run sms:test queues the SMS as its own process, audited in the keyed chain',
    { timeout: 120_000 },
    async () => {
      hub = await createTestHub();
      const dataDir = mkdtempSync(join(tmpdir(), 'bp-sms-test-cli-'));
      try {
        const run = spawnSync('npm', ['run', '--silent', 'sms:test', '--', '0151 2345 6789', '--wait', '0'], {
          cwd: resolve(import.meta.dirname, '../../../..'),
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            BP_DATA_DIR: dataDir,
            BP_DATABASE_URL: hub.database.url,
            BP_LOG_LEVEL: 'silent',
            BP_SECRETS__AUDIT_KEY: testSecrets.auditKey,
            BP_SECRETS__CODE_KEY: testSecrets.codeKey,
            BP_SECRETS__SMS_SEAL_KEY: testSecrets.smsSealKey,
          },
          encoding: 'utf8',
          timeout: 100_000,
        });
        expect(run.stdout, run.stderr).toContain('Test SMS queued for +4915123456789');
        const audit = await hub.ctx.db
          .selectFrom('audit_log')
          .select('action')
          .where('action', '=', 'sms.test_queued')
          .execute();
        expect(audit).toHaveLength(1);
        expect((await verifyAuditLog(hub.ctx.db)).ok).toBe(true);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
