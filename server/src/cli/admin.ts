/**
 * `npm run admin -- <command>`: administers the hub from the server's command line (first admin, offices, kiosk
 * terminals, API tokens, staff accounts). It opens the configured database like the hub, runs the migrations and
 * acts through the same services and audit log as the API, as actor `cli:<os user>`. See docs/admin-cli.md.
 */
import { adoptDefaultTenantFromConfig } from '../modules/tenants/default-tenant.ts';
import { userInfo } from 'node:os';
import { loadConfigOrReport } from '../config.ts';
import { silentLogger, type AppContext } from '../context.ts';
import { openAuditedDatabase } from '../modules/audit/open-audited-database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { systemClock } from '../platform/clock.ts';
import { randomIds } from '../platform/ids.ts';
import { cliPrincipal } from '../platform/principal.ts';
import { runAdmin, type OpenedAdminContext } from './admin/run-admin.ts';
import { passwordHashCostOf, usePasswordHashCost } from '../modules/accounts/passwords.ts';

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.LOGNAME ?? 'unknown';
  }
}

async function openAdminContext({ migrate }: { migrate: boolean }): Promise<OpenedAdminContext | null> {
  const config = loadConfigOrReport();
  if (!config) return null;
  const database = openAuditedDatabase(config, { poolSize: 2 });
  try {
    if (migrate) {
      await migrateToLatest(database.db);
      await adoptDefaultTenantFromConfig(database.db, config);
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  usePasswordHashCost(passwordHashCostOf(config));
  const app: AppContext = {
    db: database.db,
    dialect: database.dialect,
    config,
    clock: systemClock,
    ids: randomIds,
    log: silentLogger,
    // A change made here that queues box commands or jobs is picked up by the running hub's next poll.
    onBoxCommandsQueued: () => {},
    onJobsQueued: () => {},
  };
  return { app, close: () => database.close() };
}

runAdmin(process.argv.slice(2), {
  io: { out: (line) => console.log(line), err: (line) => console.error(line) },
  principal: cliPrincipal(osUser()),
  open: openAdminContext,
  loadConfig: (options) => loadConfigOrReport(process.env, options),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Error: ${(error as Error)?.message ?? String(error)}`);
    process.exit(1);
  },
);
