/**
 * `npm run sms:test -- +49151…`: queues a test SMS to that number in the configured hub's database; the running hub
 * sends it through its gateway. Waits up to `--wait` seconds (default 60) and reports the outcome. Exit code 0 sent or
 * delivered, 1 failed, 3 still waiting (is the hub running?), 2 bad configuration or number.
 */
import { parseArgs } from 'node:util';
import { loadConfigOrReport } from '../config.ts';
import { openAuditedDatabase } from '../modules/audit/open-audited-database.ts';
import { systemClock } from '../platform/clock.ts';
import { randomIds } from '../platform/ids.ts';
import { queueTestSms, testSmsStatus } from '../modules/sms/send-test-sms.ts';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { wait: { type: 'string', default: '60' } },
  });
  const phone = positionals[0];
  if (!phone) {
    console.error('usage: npm run sms:test -- <mobile number> [--wait SECONDS]');
    return 2;
  }
  const config = loadConfigOrReport();
  if (!config) return 2;
  // The test SMS is audited, in the keyed chain.
  const database = openAuditedDatabase(config, { poolSize: 1 });
  const ctx = { db: database.db, config, ids: randomIds, clock: systemClock };
  try {
    let queued;
    try {
      queued = await queueTestSms(ctx, phone);
    } catch (error) {
      console.error(`Not a mobile number: ${phone} (${(error as Error).message})`);
      return 2;
    }
    console.log(
      `Test SMS queued for ${queued.recipient} (provider ${config.sms.provider}, message ${queued.messageId}).`,
    );
    const deadline = Date.now() + Number(values.wait) * 1000;
    let last = '';
    for (;;) {
      const status = await testSmsStatus(ctx, queued.messageId);
      if (status.status !== last)
        console.log(`  status: ${status.status}${status.last_error ? ` (${status.last_error})` : ''}`);
      last = status.status;
      if (status.status === 'sent' || status.status === 'delivered') {
        if (status.status === 'sent')
          console.log(
            '  The gateway took it; "delivered" follows when its delivery report reaches the webhook.',
          );
        return 0;
      }
      if (status.status === 'failed') return 1;
      if (Date.now() > deadline) {
        console.log(
          '  Still not sent: is the hub running with this configuration (it sends the queued SMS)?',
        );
        return 3;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
