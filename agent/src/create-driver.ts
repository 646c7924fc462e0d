/**
 * Builds the lock driver a config names. The hardware drivers check their own options (line, boards, addresses)
 * and name a bad key the same way the agent config does (`DriverConfigError`).
 */
import type { AgentConfig } from './config.ts';
import { createKerongCu16Driver, type DriverEvents } from './drivers/kerong-cu16.ts';
import { createKerongCu48Driver } from './drivers/kerong-cu48.ts';
import type { LockDriver } from './drivers/lock-driver.ts';
import { createModbusRelayDriver } from './drivers/modbus-relay.ts';
import { SimulatedDriver } from './drivers/simulated.ts';
import type { AgentLogger } from './logger.ts';

export function createDriver(config: AgentConfig['driver'], log: AgentLogger): LockDriver {
  const events: DriverEvents = {
    log: (level, message, data) => log[level]({ driver: config.kind, ...data }, message),
  };
  switch (config.kind) {
    case 'simulated': {
      const simulated = config as { compartments: number; withoutSensor: number[] };
      return SimulatedDriver.withCompartments(simulated.compartments, simulated.withoutSensor);
    }
    case 'kerong-cu16':
      return createKerongCu16Driver(config, events);
    case 'kerong-cu48':
      return createKerongCu48Driver(config, events);
    case 'modbus-relay':
      return createModbusRelayDriver(config, events);
  }
}
