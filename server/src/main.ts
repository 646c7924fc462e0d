/** Starts the hub: config, database and migrations, demo data, app, job runner, box link; stops cleanly on SIGTERM. */
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { startHub } from './hub.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
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
