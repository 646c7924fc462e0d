/**
 * A job runner in its own process, for the crash tests: it runs the due jobs of a test's database once and is
 * meant to be killed with SIGKILL somewhere in the middle. Started as
 *   node --import tsx sms-runner-child.ts '<json options>'
 * Options: databaseUrl, now (the test's manual clock), secrets, sms (provider config), and `stopBeforeGateway`,
 * which makes the provider announce "ABOUT_TO_SEND" on stdout and then wait for its death, i.e. the process
 * dies after the message's state change was committed but before anything reached the gateway.
 */
import { loadConfig } from '../../../config.ts';
import { silentLogger, type AppContext } from '../../../context.ts';
import { openDatabase } from '../../../db/database.ts';
import { jobDefinitions } from '../../../jobs/job-definitions.ts';
import { JobRunner } from '../../../jobs/job-runner.ts';
import { ManualClock } from '../../../platform/clock.ts';
import { randomIds } from '../../../platform/ids.ts';
import { useSmsProvider } from '../providers/create-sms-provider.ts';
import { useAuditKey } from '../../audit/audit-service.ts';

export interface ChildOptions {
  databaseUrl: string;
  now: string;
  secrets: Record<string, string>;
  sms: Record<string, unknown>;
  stopBeforeGateway?: boolean;
}

const options = JSON.parse(process.argv[2] ?? '{}') as ChildOptions;
const database = openDatabase(options.databaseUrl, { poolSize: 2 });
const config = loadConfig(
  {},
  {
    mode: 'demo',
    logLevel: 'silent',
    secrets: options.secrets,
    sms: options.sms,
    box: { simulated: false },
    demo: { seed: false },
  },
);
useAuditKey(database.db, config.secrets.auditKey);
const ctx: AppContext = {
  db: database.db,
  dialect: database.dialect,
  config: { ...config, databaseUrl: options.databaseUrl },
  clock: new ManualClock(options.now),
  ids: randomIds,
  log: silentLogger,
  onBoxCommandsQueued: () => {},
  onJobsQueued: () => {},
};

// Keeps the process alive while it waits to be killed, whatever else is (not) pending.
setInterval(() => {}, 1 << 30);

if (options.stopBeforeGateway) {
  useSmsProvider(ctx, {
    name: 'http',
    send: async (request) => {
      process.stdout.write(`ABOUT_TO_SEND ${request.idempotencyKey}\n`);
      return new Promise(() => {});
    },
  });
}

process.stdout.write('RUNNING\n');
const ran = await new JobRunner(ctx, jobDefinitions, 'child-runner').runDueJobs();
process.stdout.write(`DONE ${ran}\n`);
await database.close();
process.exit(0);
