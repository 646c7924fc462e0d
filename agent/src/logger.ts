/** A small structured logger for the agent: one JSON line per entry on stderr, filtered by level. */

export interface AgentLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

const levels = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: 100 } as const;
export type LogLevel = keyof typeof levels;

export function createLogger(level: LogLevel, base: Record<string, unknown> = {}): AgentLogger {
  const threshold = levels[level];
  const write = (name: LogLevel) => (obj: object, msg?: string) => {
    if (levels[name] < threshold) return;
    const entry: Record<string, unknown> = { level: name, time: new Date().toISOString(), ...base };
    for (const [key, value] of Object.entries(obj)) {
      entry[key] = value instanceof Error ? { message: value.message, stack: value.stack } : value;
    }
    if (msg) entry.msg = msg;
    process.stderr.write(`${JSON.stringify(entry)}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

export const silentAgentLogger: AgentLogger = { debug() {}, info() {}, warn() {}, error() {} };
