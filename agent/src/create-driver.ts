/**
 * Builds the lock driver a config names. The hardware drivers check their own options (line, boards, addresses)
 * and name a bad key the same way the agent config does.
 */
import type { AgentConfig } from './config.ts';
import { AgentConfigError } from './config.ts';
import type { LockDriver } from './drivers/lock-driver.ts';
import { SimulatedDriver } from './drivers/simulated.ts';
import type { AgentLogger } from './logger.ts';

export async function createDriver(config: AgentConfig['driver'], _log: AgentLogger): Promise<LockDriver> {
  switch (config.kind) {
    case 'simulated':
      return SimulatedDriver.withCompartments(
        (config as { compartments: number }).compartments,
        (config as { withoutSensor: number[] }).withoutSensor,
      );
    default:
      throw new AgentConfigError(
        `Invalid agent configuration:\n  driver.kind: ${config.kind} is not available yet`,
      );
  }
}
