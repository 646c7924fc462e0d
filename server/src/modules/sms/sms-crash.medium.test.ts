/**
 * The acceptance test: a crash between the state change and the SMS send loses no SMS and sends none
 * twice. A real child process runs the job runner against this test's database and is killed with SIGKILL; then
 * the lease runs out and a runner in this process takes over.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../jobs/job-definitions.ts';
import { JobRunner } from '../../jobs/job-runner.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { FakeSmsGateway } from './testing/fake-sms-gateway.ts';
import { queueSmsForNewDocument, smsJobRow, smsMessageRow } from './testing/sms-test-support.ts';
import type { ChildOptions } from './testing/sms-runner-child.ts';

const childScript = fileURLToPath(new URL('./testing/sms-runner-child.ts', import.meta.url));

let hub: SeededHub | undefined;
let gateway: FakeSmsGateway | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await hub?.close();
  await gateway?.close();
  hub = gateway = child = undefined;
});

interface RunningChild {
  process: ChildProcess;
  /** Resolves when the child wrote a line starting with `prefix`. */
  line(prefix: string): Promise<string>;
  kill(): Promise<void>;
}

function startChild(options: ChildOptions): RunningChild {
  const processHandle = spawn(process.execPath, ['--import', 'tsx', childScript, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = processHandle;
  let stdout = '';
  let stderr = '';
  const waiters: { prefix: string; resolve: (line: string) => void }[] = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      const line = stdout.split('\n').find((l) => l.startsWith(waiter.prefix));
      if (line) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };
  processHandle.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    check();
  });
  processHandle.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => processHandle.on('exit', () => resolve()));
  return {
    process: processHandle,
    line: (prefix) =>
      new Promise((resolve, reject) => {
        waiters.push({ prefix, resolve });
        check();
        void exited.then(() =>
          reject(new Error(`child exited before "${prefix}": ${stdout}\n${stderr}`.slice(0, 4000))),
        );
      }),
    kill: async () => {
      processHandle.kill('SIGKILL');
      await exited;
    },
  };
}

async function setUp() {
  gateway = await FakeSmsGateway.start();
  const sms = {
    provider: 'http',
    httpUrl: `${gateway.url}/sms`,
    httpToken: gateway.bearerToken,
    timeoutMs: 20_000,
  };
  hub = await seedTestHub(await createTestHub({ config: { sms } }));
  const h = hub;
  const { messageId } = await queueSmsForNewDocument(h, {
    recipient: '+4915123456789',
    template: 'pickup_ready',
    params: {
      documentType: 'Personalausweis',
      boxName: 'DokBox Hohen Neuendorf',
      code: '604812',
      deadline: 'Sa 05.12.',
      town: 'Hohen Neuendorf',
    },
  });
  const childOptions: ChildOptions = {
    databaseUrl: h.database.url,
    now: h.clock.now().toISOString(),
    secrets: { ...h.config.secrets },
    sms,
  };
  return { hub: h, gateway, messageId, childOptions };
}

describe('crash between state change and SMS send (runner killed with SIGKILL)', () => {
  it('killed while the gateway had the request: retried under the same key, delivered once', async () => {
    const { hub, gateway, messageId, childOptions } = await setUp();
    gateway.script({ kind: 'hold' }); // the gateway accepts the first request but its answer never arrives
    const runner = startChild(childOptions);
    // (If the child dies early, its output explains why instead of a silent timeout.)
    await Promise.race([gateway.waitForRequests(1), runner.line('never printed')]);
    await runner.kill();

    // The dead runner left the message mid-send and the job leased to itself.
    expect(await smsMessageRow(hub, messageId)).toMatchObject({ status: 'sending', attempts: 1 });
    expect(await smsJobRow(hub, messageId)).toMatchObject({ status: 'running', locked_by: 'child-runner' });
    const takeover = new JobRunner(hub.ctx, jobDefinitions, 'takeover-runner');
    // While the lease runs, nobody else touches the job (the first runner might only be slow).
    expect(await takeover.runDueJobs()).toBe(0);
    expect(gateway.requests).toHaveLength(1);

    hub.clock.advance((hub.config.jobs.leaseSeconds + 1) * 1000);
    expect(await takeover.runDueJobs()).toBe(1);

    expect(gateway.requests.map((r) => r.idempotencyKey)).toEqual([messageId, messageId]);
    expect(gateway.delivered.size).toBe(1);
    expect(await smsMessageRow(hub, messageId)).toMatchObject({
      status: 'sent',
      attempts: 2,
      provider_message_id: gateway.delivered.get(messageId)!.id,
      body_sealed: null,
    });
    expect(await smsJobRow(hub, messageId)).toMatchObject({ status: 'done', attempts: 2 });
    const sentAudits = await hub.ctx.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'sms.sent')
      .execute();
    expect(sentAudits).toEqual([{ entity_id: messageId }]);
  });

  it('killed after the state change was committed but before the gateway was called: sent exactly once', async () => {
    const { hub, gateway, messageId, childOptions } = await setUp();
    const runner = startChild({ ...childOptions, stopBeforeGateway: true });
    expect(await runner.line('ABOUT_TO_SEND')).toBe(`ABOUT_TO_SEND ${messageId}`);
    await runner.kill();

    expect(await smsMessageRow(hub, messageId)).toMatchObject({ status: 'sending', attempts: 1 });
    expect(gateway.requests).toHaveLength(0);

    hub.clock.advance((hub.config.jobs.leaseSeconds + 1) * 1000);
    expect(await new JobRunner(hub.ctx, jobDefinitions, 'takeover-runner').runDueJobs()).toBe(1);

    expect(gateway.requests.map((r) => r.idempotencyKey)).toEqual([messageId]);
    expect(gateway.delivered.size).toBe(1);
    expect(gateway.delivered.get(messageId)!.text).toContain('604812');
    expect(await smsMessageRow(hub, messageId)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await smsJobRow(hub, messageId)).toMatchObject({ status: 'done' });
  });
});
