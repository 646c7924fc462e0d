/** Starts the hub: config, database and migrations, demo data, app, job runner, box link; stops cleanly on SIGTERM. */
import { buildApp } from './app.ts';
import { loadConfigOrReport } from './config.ts';
import { startHub } from './hub.ts';

async function main(): Promise<void> {
  const config = loadConfigOrReport();
  if (!config) process.exit(2);
  const hub = await startHub(config, buildApp);
  const shutdown = async (signal: string) => {
    hub.log.info({ signal }, 'stopping');
    await hub.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
