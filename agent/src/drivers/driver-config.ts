/**
 * Checking a hardware driver's options (the `driver` object of agent.json) against the driver's own TypeBox schema,
 * with defaults filled in; a bad option stops the agent with its key named (`driver.boards.0.address: …`).
 */
import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';

/** A bad driver option; the agent reports it like any invalid configuration (exit before touching hardware). */
export class DriverConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DriverConfigError';
  }
}

export function parseDriverOptions<S extends TSchema>(schema: S, raw: unknown): Static<S> {
  const value = Value.Default(schema, structuredClone(raw));
  if (Value.Check(schema, value)) return value as Static<S>;
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const error of Value.Errors(schema, value)) {
    const extra = (error.params as { additionalProperties?: string[] }).additionalProperties;
    const path = ['driver', ...error.instancePath.split('/').filter(Boolean)].join('.');
    const line = extra ? `  ${path}: unknown key ${extra.join(', ')}` : `  ${path}: ${error.message}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  throw new DriverConfigError(`Invalid agent configuration:\n${lines.slice(0, 12).join('\n')}`);
}

export function driverConfigError(path: string, message: string): DriverConfigError {
  return new DriverConfigError(`Invalid agent configuration:\n  driver.${path}: ${message}`);
}
