/**
 * The box agent's entry point: `npm run agent -- --config agent.json`. Exits 2 on an invalid configuration (the bad
 * key named), stops cleanly on SIGTERM / SIGINT (the journal keeps whatever the hub has not receipted yet).
 */
import { parseArgs } from 'node:util';
import { Agent } from './agent.ts';
import { AgentConfigError, loadAgentConfig } from './config.ts';
import { DriverConfigError } from './drivers/driver-config.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { config: { type: 'string', short: 'c' } }, strict: true });
  if (!values.config) {
    process.stderr.write('usage: npm run agent -- --config agent.json\n');
    process.exit(2);
  }
  let agent: Agent;
  try {
    agent = await Agent.start(loadAgentConfig(values.config));
  } catch (error) {
    if (error instanceof AgentConfigError || error instanceof DriverConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    agent.log.info({ signal }, 'agent stopping');
    agent.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        agent.log.error({ err: error }, 'agent stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`agent failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
