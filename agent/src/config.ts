/**
 * The agent's typed configuration: one JSON file (`--config agent.json`), checked against a TypeBox schema with
 * defaults filled in. An invalid file stops the start with the bad key named, before any hardware is touched.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';

const SimulatedDriverSchema = Type.Object(
  {
    kind: Type.Literal('simulated'),
    /** Compartments 1…n. */
    compartments: Type.Integer({ minimum: 1, maximum: 1000, default: 24 }),
    /** Compartments built without an occupancy sensor (they report `occupied: null`). */
    withoutSensor: Type.Array(Type.Integer({ minimum: 1, maximum: 1000 }), { default: [] }),
  },
  { additionalProperties: false },
);

/**
 * The hardware drivers take their own options (line, boards, addresses); the driver checks them against its own
 * schema when it is built, naming the bad key the same way.
 */
const HardwareDriverSchema = Type.Object(
  {
    kind: Type.Union([
      Type.Literal('kerong-cu16'),
      Type.Literal('kerong-cu48'),
      Type.Literal('modbus-relay'),
    ]),
  },
  { additionalProperties: true },
);

export const AgentConfigSchema = Type.Object(
  {
    /**
     * `production` (default): a real box; simulated board, reader or camera and an unencrypted remote hub are refused.
     * `demo`: the demo's and the tests' agents around a simulated board.
     */
    mode: Type.Union([Type.Literal('production'), Type.Literal('demo')], { default: 'production' }),
    /** The box's id on the hub (e.g. `dokbox-hn`). */
    boxId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._-]+$' }),
    /** The hub's base URL: `https://…` (the agent connects to `wss://…/api/v1/boxes/<boxId>/link`). */
    hubUrl: Type.String({ pattern: '^(https?|wss?)://' }),
    /** The per-box secret the hub issued (`POST /api/v1/boxes/:id/agent-secret`), or `secretFile` holding it. */
    secret: Type.Optional(Type.String({ minLength: 16, maxLength: 512 })),
    secretFile: Type.Optional(Type.String({ minLength: 1 })),
    /**
     * Allow an unencrypted `ws://` / `http://` hub that is not on this machine. Only for a lab network: the secret
     * and every command would travel in clear text.
     */
    allowInsecureHub: Type.Boolean({ default: false }),
    /** Where the journal (SQLite) lives; relative paths are relative to the config file. */
    dataDir: Type.String({ minLength: 1, default: './agent-data' }),
    logLevel: Type.Union(
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
      { default: 'info' },
    ),
    driver: Type.Union([SimulatedDriverSchema, HardwareDriverSchema]),
    /**
     * The old-document reader at the deposit compartment(s): `none` (default: the hub's `read_old_document` fails
     * with `no_reader`) or `simulated` (reads what a simulated person laid into the simulated board).
     */
    reader: Type.Object(
      { kind: Type.Union([Type.Literal('none'), Type.Literal('simulated')], { default: 'none' }) },
      { default: {}, additionalProperties: false },
    ),
    /**
     * The camera that takes the evidence image when a door opens for a pickup whose policy asks for one: `none`
     * (default: no image is taken, the agent reports the fault `camera_missing`) or `simulated` (a drawn JPEG, for
     * demo and tests).
     */
    camera: Type.Object(
      { kind: Type.Union([Type.Literal('none'), Type.Literal('simulated')], { default: 'none' }) },
      { default: {}, additionalProperties: false },
    ),
    door: Type.Object(
      {
        /** After an unlock, the door must report open within this time, else the fault `door_did_not_open`. */
        openTimeoutSeconds: Type.Number({ minimum: 0.5, maximum: 300, default: 10 }),
        /** A door open longer than this raises the alarm `door_left_open` (once per opening). */
        leftOpenSeconds: Type.Number({ minimum: 1, maximum: 86400, default: 120 }),
        /** How often every door and sensor is read (forced doors, occupancy changes, closes). */
        pollIntervalMs: Type.Integer({ minimum: 50, maximum: 60000, default: 500 }),
      },
      { default: {}, additionalProperties: false },
    ),
    link: Type.Object(
      {
        /** A ping every so often; no pong within `heartbeatTimeoutMs` means the link is dead. */
        heartbeatIntervalMs: Type.Integer({ minimum: 100, maximum: 300000, default: 10000 }),
        heartbeatTimeoutMs: Type.Integer({ minimum: 100, maximum: 300000, default: 5000 }),
        /** Reconnect backoff: exponential from min to max, with full jitter. */
        reconnectMinMs: Type.Integer({ minimum: 10, maximum: 600000, default: 500 }),
        reconnectMaxMs: Type.Integer({ minimum: 10, maximum: 3600000, default: 30000 }),
        /** Extra CA certificate (PEM file) for a hub with a private certificate authority. */
        caFile: Type.Optional(Type.String({ minLength: 1 })),
      },
      { default: {}, additionalProperties: false },
    ),
    /**
     * Pickups while the hub is away (docs/offline.md): the kiosk's pickup API on `kioskHost:kioskPort` (off without
     * a port; the kiosk PC's loopback when kiosk and agent share one PC), answered only while the link is down.
     */
    offline: Type.Object(
      {
        kioskPort: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535 })),
        kioskHost: Type.String({ minLength: 1, default: '127.0.0.1' }),
        /** The terminal brake offline: this many wrong answers within the window block the terminal as long. */
        brakeFailures: Type.Integer({ minimum: 1, maximum: 100, default: 5 }),
        brakeWindowMinutes: Type.Number({ minimum: 0.1, maximum: 1440, default: 10 }),
        /**
         * Offline pickups start only after the link has been down this long: longer than the hub needs to notice
         * (2 × `box.linkHeartbeatSeconds`, 30 s by default), so the hub holds resends before the box decides alone.
         */
        graceSeconds: Type.Number({ minimum: 0, maximum: 3600, default: 45 }),
      },
      { default: {}, additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export type AgentConfig = Static<typeof AgentConfigSchema> & { secret: string };
export type SimulatedDriverConfig = Static<typeof SimulatedDriverSchema>;

export class AgentConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AgentConfigError';
  }
}

function describeErrors(value: unknown): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const error of Value.Errors(AgentConfigSchema, value)) {
    const extra = (error.params as { additionalProperties?: string[] }).additionalProperties;
    const path = error.instancePath.slice(1).replaceAll('/', '.');
    const key = extra ? [path, extra.join(', ')].filter(Boolean).join('.') : path || '(root)';
    // TypeBox reports a key no schema allows as "schema is false" at that key.
    const unknownKey = extra !== undefined || error.message === 'schema is false';
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`  ${key}: ${unknownKey ? 'unknown key' : error.message}`);
  }
  return lines.join('\n');
}

function isLocalHost(hostname: string): boolean {
  return ['localhost', '127.0.0.1', '::1', '[::1]'].includes(hostname) || hostname.startsWith('127.');
}

/** Checks a parsed config object; `baseDir` resolves relative paths (the config file's folder). */
export function parseAgentConfig(raw: unknown, baseDir = process.cwd()): AgentConfig {
  const value = Value.Default(AgentConfigSchema, structuredClone(raw));
  if (!Value.Check(AgentConfigSchema, value)) {
    throw new AgentConfigError(`Invalid agent configuration:\n${describeErrors(value)}`);
  }
  const config = value as Static<typeof AgentConfigSchema>;
  const at = (path: string) => (isAbsolute(path) ? path : resolve(baseDir, path));

  let secret = config.secret;
  if (config.secret && config.secretFile) {
    throw new AgentConfigError('Invalid agent configuration:\n  secret: give either secret or secretFile');
  }
  if (config.secretFile) {
    try {
      secret = readFileSync(at(config.secretFile), 'utf8').trim();
    } catch (error) {
      throw new AgentConfigError(
        `Invalid agent configuration:\n  secretFile: cannot read ${at(config.secretFile)} (${(error as Error).message})`,
      );
    }
  }
  if (!secret || secret.length < 16) {
    throw new AgentConfigError('Invalid agent configuration:\n  secret: missing (give secret or secretFile)');
  }
  const url = new URL(config.hubUrl);
  const insecure = url.protocol === 'ws:' || url.protocol === 'http:';
  if (insecure && !isLocalHost(url.hostname) && !config.allowInsecureHub) {
    throw new AgentConfigError(
      `Invalid agent configuration:\n  hubUrl: ${url.protocol}// to ${url.hostname} is not encrypted; use https:// ` +
        '(or set allowInsecureHub for a lab network)',
    );
  }
  if (config.mode === 'production') {
    const simulated = [
      config.driver.kind === 'simulated' && 'driver.kind',
      config.reader.kind === 'simulated' && 'reader.kind',
      config.camera.kind === 'simulated' && 'camera.kind',
    ].filter((key): key is string => key !== false);
    if (simulated.length > 0)
      throw new AgentConfigError(
        `Invalid agent configuration:\n${simulated.map((key) => `  ${key}: "simulated" is for the demo only; a real box needs its hardware (or set mode "demo")`).join('\n')}`,
      );
    if (config.allowInsecureHub)
      throw new AgentConfigError(
        'Invalid agent configuration:\n  allowInsecureHub: not allowed in mode "production"; the hub must be https:// (or on this machine)',
      );
  }
  if (config.reader.kind === 'simulated' && config.driver.kind !== 'simulated') {
    throw new AgentConfigError(
      'Invalid agent configuration:\n  reader.kind: a simulated reader reads only a simulated board',
    );
  }
  if (config.link.reconnectMaxMs < config.link.reconnectMinMs) {
    throw new AgentConfigError(
      'Invalid agent configuration:\n  link.reconnectMaxMs: smaller than reconnectMinMs',
    );
  }
  return {
    ...config,
    secret,
    dataDir: at(config.dataDir),
    link: { ...config.link, ...(config.link.caFile ? { caFile: at(config.link.caFile) } : {}) },
  };
}

/** Reads and checks the JSON config file. */
export function loadAgentConfig(path: string): AgentConfig {
  const file = resolve(path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AgentConfigError(`Cannot read agent config ${file}: ${(error as Error).message}`);
  }
  return parseAgentConfig(raw, dirname(file));
}

/** The WebSocket URL of the box's link on the hub. */
export function linkUrl(config: Pick<AgentConfig, 'hubUrl' | 'boxId'>): string {
  const url = new URL(config.hubUrl);
  if (url.protocol === 'https:') url.protocol = 'wss:';
  if (url.protocol === 'http:') url.protocol = 'ws:';
  const base = url.pathname.replace(/\/+$/, '');
  url.pathname = `${base}/api/v1/boxes/${encodeURIComponent(config.boxId)}/link`;
  return url.toString();
}
