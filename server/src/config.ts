/**
 * One typed configuration for the hub. Sources, later ones winning: defaults, an optional JSON file
 * (`BP_CONFIG_FILE`), then environment variables (`PORT`, `HOST`, `DATABASE_URL`, and `BP_<PATH>` with `__` between
 * levels, e.g. `BP_SMS__PROVIDER=seven`). Invalid configuration stops the start with the bad key named.
 * In demo mode missing secrets are generated once and kept in the data folder; in production they must be given.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { pmtilesFileProblem } from './modules/map/pmtiles-file.ts';
import { randomToken } from './platform/crypto.ts';

const Secret = Type.String({ minLength: 32 });

export const ConfigSchema = Type.Object({
  mode: Type.Union([Type.Literal('demo'), Type.Literal('production')], { default: 'demo' }),
  host: Type.String({ default: '127.0.0.1' }),
  port: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  /** Public base URL, used in links inside SMS texts and the OpenAPI document. */
  publicUrl: Type.String({ default: 'http://localhost:3000' }),
  dataDir: Type.String({ default: './data' }),
  /** The built browser apps (`npm run build -w web`); unset: `web/dist` of this checkout. */
  webDir: Type.Optional(Type.String({ minLength: 1 })),
  /** The town's name as it signs SMS texts. */
  townName: Type.String({ minLength: 1, maxLength: 40, default: 'Hohen Neuendorf' }),
  /** `sqlite:<path>` (default: a file in dataDir) or `postgres://…`. */
  databaseUrl: Type.Optional(Type.String({ pattern: '^(sqlite:|postgres(ql)?://)' })),
  logLevel: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  secrets: Type.Object(
    {
      /** Key of the HMAC under which pickup codes, phone numbers and dates of birth are stored. */
      codeKey: Type.Optional(Secret),
      /** Key that seals SMS bodies while they wait in the outbox. */
      smsSealKey: Type.Optional(Secret),
      /** Shared secret of the SMS gateway's delivery-status webhook. */
      smsWebhookSecret: Type.Optional(Secret),
      /** Key that encrypts evidence images at rest (AES-256-GCM). */
      evidenceKey: Type.Optional(Secret),
      /**
       * Key of the audit chain's HMAC. It lives outside the database, so someone who can write to the database
       * cannot rewrite history and re-hash the chain.
       */
      auditKey: Type.Optional(Secret),
    },
    { default: {} },
  ),
  pickup: Type.Object(
    {
      windowOpeningDays: Type.Integer({ minimum: 1, maximum: 60, default: 10 }),
      reminderOpeningDaysBefore: Type.Integer({ minimum: 0, maximum: 30, default: 2 }),
      maxCodeAttempts: Type.Integer({ minimum: 1, maximum: 20, default: 5 }),
      maxCheckAttempts: Type.Integer({ minimum: 1, maximum: 20, default: 3 }),
      sessionTtlSeconds: Type.Integer({ minimum: 30, maximum: 3600, default: 300 }),
      /** How long an opened door may stay open before staff are alerted. */
      doorOpenAlertSeconds: Type.Integer({ minimum: 10, maximum: 3600, default: 120 }),
      /** How long the hub waits for a door to report open after an unlock before it records a door fault. */
      unlockTimeoutSeconds: Type.Integer({ minimum: 1, maximum: 600, default: 20 }),
      /** Citizen-requested resends of a code: at most this many per document and day. */
      resendPerDay: Type.Integer({ minimum: 0, maximum: 20, default: 3 }),
      terminalFreeFailures: Type.Integer({ minimum: 1, maximum: 100, default: 3 }),
      terminalAlertFailures: Type.Integer({ minimum: 1, maximum: 1000, default: 10 }),
      terminalWindowSeconds: Type.Integer({ minimum: 60, maximum: 86400, default: 900 }),
      /** Reader for the old-document check; unset: `simulated` in demo mode, `none` in production. */
      idDocumentReader: Type.Optional(Type.Union([Type.Literal('simulated'), Type.Literal('none')])),
      /** How long a citizen has to put the old document into the opened deposit compartment and close its door. */
      depositTimeoutSeconds: Type.Integer({ minimum: 10, maximum: 1800, default: 120 }),
    },
    { default: {} },
  ),
  kiosk: Type.Object(
    {
      /** Seconds without a touch before the kiosk asks "Do you need more time?". */
      idleSeconds: Type.Integer({ minimum: 5, maximum: 3600, default: 90 }),
      /** Seconds the kiosk counts down on that question before it clears the screen and starts over. */
      countdownSeconds: Type.Integer({ minimum: 3, maximum: 600, default: 20 }),
      /** Idle time on screens where the citizen waits for staff (nobody touches the screen meanwhile). */
      waitingIdleSeconds: Type.Integer({ minimum: 5, maximum: 7200, default: 600 }),
      /** "Call staff" from one terminal: at most this many new alerts per hour (repeats of an open call are free). */
      callStaffPerHour: Type.Integer({ minimum: 1, maximum: 100, default: 6 }),
    },
    { default: {} },
  ),
  retention: Type.Object(
    {
      /**
       * Phone numbers, code hashes and SMS bodies are purged this long after a document's final state. The purge
       * pass runs every minute; 23 leaves an hour's margin to the promise "within 24 hours" for a hub that was down.
       */
      personalDataHours: Type.Integer({ minimum: 0, maximum: 23, default: 23 }),
    },
    { default: {} },
  ),
  evidenceImage: Type.Object(
    {
      /** Evidence images taken at pickup are deleted this many days after they were taken. */
      retentionDays: Type.Integer({ minimum: 1, maximum: 3650, default: 90 }),
    },
    { default: {} },
  ),
  sms: Type.Object(
    {
      provider: Type.Union([Type.Literal('outbox'), Type.Literal('http'), Type.Literal('seven')], {
        default: 'outbox',
      }),
      sender: Type.String({ minLength: 1, maxLength: 11, default: 'Buergerpkt' }),
      httpUrl: Type.Optional(Type.String({ pattern: '^https?://' })),
      httpToken: Type.Optional(Type.String({ minLength: 1 })),
      sevenApiKey: Type.Optional(Type.String({ minLength: 1 })),
      sevenBaseUrl: Type.String({ pattern: '^https?://', default: 'https://gateway.seven.io' }),
      timeoutMs: Type.Integer({ minimum: 100, maximum: 60000, default: 10000 }),
    },
    { default: {} },
  ),
  jobs: Type.Object(
    {
      pollIntervalMs: Type.Integer({ minimum: 10, maximum: 60000, default: 500 }),
      leaseSeconds: Type.Integer({ minimum: 5, maximum: 3600, default: 60 }),
      maxAttempts: Type.Integer({ minimum: 1, maximum: 100, default: 8 }),
    },
    { default: {} },
  ),
  accounts: Type.Object(
    {
      sessionHours: Type.Integer({ minimum: 1, maximum: 24 * 30, default: 12 }),
      /** Failed logins per username within `loginBrakeWindowSeconds` (from any address) before logins pause (429). */
      loginFailuresPerUsername: Type.Integer({ minimum: 1, maximum: 1000, default: 10 }),
      loginBrakeWindowSeconds: Type.Integer({ minimum: 60, maximum: 86400, default: 900 }),
    },
    { default: {} },
  ),
  box: Type.Object(
    {
      /** Run the simulated box inside the hub process (the demo's default). */
      simulated: Type.Boolean({ default: true }),
      /** The hub pings each connected agent this often; an agent that missed a ping's pong is disconnected. */
      linkHeartbeatSeconds: Type.Integer({ minimum: 1, maximum: 300, default: 15 }),
    },
    { default: {} },
  ),
  /**
   * Single sign-on for staff through the town's OpenID Connect provider (authorization code flow with PKCE).
   * Disabled by default. Roles come from one claim (`rolesClaim`, e.g. `groups`) mapped by `roleMapping`
   * (claim value → our roles); objects and lists may be given as JSON in environment variables.
   */
  oidc: Type.Object(
    {
      enabled: Type.Boolean({ default: false }),
      issuerUrl: Type.Optional(Type.String({ pattern: '^https?://' })),
      clientId: Type.Optional(Type.String({ minLength: 1 })),
      clientSecret: Type.Optional(Type.String({ minLength: 1 })),
      /** Where the provider sends the browser back; unset: `<publicUrl>/api/v1/auth/oidc/callback`. */
      redirectUrl: Type.Optional(Type.String({ pattern: '^https?://' })),
      scopes: Type.String({ minLength: 6, default: 'openid profile email' }),
      /** The claim naming the person's account (matched against staff usernames). */
      usernameClaim: Type.String({ minLength: 1, default: 'preferred_username' }),
      /** The claim carrying the person's groups or roles (a list of strings, or one string). */
      rolesClaim: Type.String({ minLength: 1, default: 'groups' }),
      roleMapping: Type.Record(
        Type.String(),
        Type.Array(Type.Union(['admin', 'clerk', 'loader', 'zone', 'auditor'].map((r) => Type.Literal(r)))),
        { default: {} },
      ),
      /** Create a staff account on the first sign-in of a person with mapped roles; otherwise only known accounts. */
      autoProvision: Type.Boolean({ default: false }),
      /** Link a first sign-in to an existing staff account of the same username. */
      linkByUsername: Type.Boolean({ default: true }),
      /** If not empty, only these usernames may sign in through the provider. */
      allowedUsernames: Type.Array(Type.String({ minLength: 1 }), { default: [] }),
      /** Seconds the browser has between leaving for the provider and coming back. */
      loginTimeoutSeconds: Type.Integer({ minimum: 30, maximum: 3600, default: 600 }),
    },
    { default: {} },
  ),
  zone: Type.Object(
    {
      /** The zone's time zone: local days and hours of statistics and reports. */
      timezone: Type.String({ minLength: 1, default: 'Europe/Berlin' }),
      /** A tally tap may be undone by the staff member who made it for this long after the hub stored it. */
      visitUndoMinutes: Type.Integer({ minimum: 1, maximum: 120, default: 10 }),
      /** Suggestions accepted per sender IP address (site) within the rate window. */
      suggestionsPerIp: Type.Integer({ minimum: 1, maximum: 1000, default: 5 }),
      /** Suggestions accepted per kiosk terminal within the rate window (many citizens share one kiosk). */
      suggestionsPerTerminal: Type.Integer({ minimum: 1, maximum: 10000, default: 30 }),
      suggestionRateWindowSeconds: Type.Integer({ minimum: 60, maximum: 86400, default: 3600 }),
      /** Contact data of a suggestion is purged this many days after it was answered, implemented or declined… */
      suggestionContactDaysAfterAnswer: Type.Integer({ minimum: 0, maximum: 365, default: 30 }),
      /** …and at the latest this many days after it was received, whatever its state. */
      suggestionContactMaxDays: Type.Integer({ minimum: 1, maximum: 730, default: 180 }),
    },
    { default: {} },
  ),
  /**
   * "Meine Stadt": the base layer under the points of interest and the map's area. `plan` (default) draws the town
   * plan shipped with the hub, so the kiosk needs no network; `xyz` / `wmts` take a tile URL template
   * (`{z}/{x}/{y}`, e.g. basemap.de's raster WMTS), `wms` an endpoint plus `baseLayerLayers`, `image` an illustrated
   * plan image spread over `bounds`, `pmtiles` a raster PMTiles archive on the hub (`baseLayerFile`, served in byte
   * ranges; works offline). Online layers' hosts are added to the pages' Content-Security-Policy.
   */
  map: Type.Object(
    {
      baseLayerType: Type.Union(
        ['plan', 'xyz', 'wms', 'wmts', 'image', 'pmtiles'].map((v) => Type.Literal(v)),
        {
          default: 'plan',
        },
      ),
      baseLayerUrl: Type.Optional(Type.String({ pattern: '^(https?://|/)' })),
      baseLayerLayers: Type.Optional(Type.String({ minLength: 1 })),
      /** Path of the raster PMTiles archive on the hub (`baseLayerType` `pmtiles`); checked at start. */
      baseLayerFile: Type.Optional(Type.String({ minLength: 1 })),
      baseLayerAttribution: Type.String({ default: '' }),
      baseLayerMaxZoom: Type.Integer({ minimum: 1, maximum: 22, default: 18 }),
      centerLat: Type.Number({ minimum: -90, maximum: 90, default: 52.6745 }),
      centerLon: Type.Number({ minimum: -180, maximum: 180, default: 13.2745 }),
      zoom: Type.Number({ minimum: 1, maximum: 20, default: 13 }),
      /** Points of interest must lie in this box (a typo in a coordinate lands far outside). */
      boundsSouth: Type.Number({ minimum: -90, maximum: 90, default: 52.6 }),
      boundsWest: Type.Number({ minimum: -180, maximum: 180, default: 13.15 }),
      boundsNorth: Type.Number({ minimum: -90, maximum: 90, default: 52.75 }),
      boundsEast: Type.Number({ minimum: -180, maximum: 180, default: 13.4 }),
      /** Where the kiosk stands ("you are here"); unset: no marker. */
      kioskLat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
      kioskLon: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    },
    { default: {} },
  ),
  /**
   * The kiosk's red phone to the 115 service centre. `desk_phone` (default): a physical phone beside the kiosk; the
   * screen shows its number and the hotline's hours. `sip`: the kiosk places the call itself, a SIP client in the
   * browser (JsSIP over WebSocket, RFC 7118) registered at the town's PBX with a dedicated extension. `off`: no phone,
   * only the call-back request. The SIP password reaches the kiosk's browser: use a restricted extension.
   */
  redPhone: Type.Object(
    {
      mode: Type.Union([Type.Literal('desk_phone'), Type.Literal('sip'), Type.Literal('off')], {
        default: 'desk_phone',
      }),
      /** The PBX's SIP WebSocket endpoint, e.g. `wss://pbx.hohen-neuendorf.de:8089/ws`. */
      sipWebSocketUrl: Type.Optional(Type.String({ pattern: '^wss?://[^\\s/]+' })),
      /** The kiosk's SIP account, e.g. `sip:kiosk-buergerpunkt@pbx.hohen-neuendorf.de`. */
      sipUri: Type.Optional(Type.String({ pattern: '^sips?:[^@\\s]+@[^\\s]+$' })),
      /** Digest user name if it differs from the user part of `sipUri`. */
      sipAuthorizationUser: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
      sipPassword: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
      sipDisplayName: Type.String({ minLength: 1, maxLength: 60, default: 'Bürgerpunkt Kiosk' }),
      /** What the kiosk dials: a number or user at the PBX's domain (`115`), or a full `sip:` URI. */
      target: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\s]+$', default: '115' }),
      /** The number shown for a desk phone (and beside the SIP call). */
      displayNumber: Type.String({ minLength: 1, maxLength: 40, default: '115' }),
      /**
       * Offer the call only within the 115 hotline's hours (Mon–Fri 8–18, not on holidays); outside them the kiosk
       * offers the call-back request. `false` for a target answered around the clock.
       */
      onlyDuringHotlineHours: Type.Boolean({ default: true }),
    },
    { default: {} },
  ),
  /**
   * HTTP in front of the hub. `trustProxy`: whom to believe in `X-Forwarded-For` / `-Proto` / `-Host` when the hub
   * runs behind a reverse proxy, so per-address limits count the client and not the proxy. `false` (default):
   * nobody, the connecting address is the client. A number: that many proxy hops in front of the hub. A list (or a
   * comma-separated string) of addresses and CIDR ranges (e.g. `["127.0.0.1", "10.0.0.0/8"]`): trust only those
   * proxies. Never trust a header the hub can be reached without: a client could then choose its own address.
   */
  http: Type.Object(
    {
      trustProxy: Type.Union(
        [
          Type.Literal(false),
          Type.Integer({ minimum: 1, maximum: 20 }),
          Type.Array(Type.String({ minLength: 2, maxLength: 64, pattern: '^[0-9a-fA-F.:/]+$' }), {
            maxItems: 100,
          }),
          Type.String({ minLength: 2, maxLength: 2000, pattern: '^[0-9a-fA-F.:/, ]+$' }),
        ],
        { default: false },
      ),
    },
    { default: {} },
  ),
  demo: Type.Object(
    {
      /** Load Hohen Neuendorf demo data into an empty database and print the demo accounts. */
      seed: Type.Boolean({ default: true }),
      /** The demo box opens around the clock (holidays still close it) instead of the store's 09:30–20:00. */
      openAroundTheClock: Type.Boolean({ default: true }),
      /**
       * Tests only: the hub's clock starts at this instant (ISO 8601 with an offset) and runs on at real speed, so a
       * browser test sees the same hour and weekday whenever it runs. Refused in production.
       */
      fixedStart: Type.Optional(
        Type.String({
          pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$',
        }),
      ),
    },
    { default: {} },
  ),
});

type RawConfig = Static<typeof ConfigSchema>;
export type Secrets = Required<RawConfig['secrets']>;
export type Config = Omit<RawConfig, 'secrets' | 'databaseUrl'> & { secrets: Secrets; databaseUrl: string };

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * `BP_…` variables of the project's own tooling, not hub settings: the tests' PostgreSQL server
 * (`BP_TEST_PG_URL`), the browser tests (`BP_E2E_…`) and benchmarks (`BP_BENCH_…`). CI exports them
 * for the whole run, so a hub started inside a test must not mistake them for misspelt settings.
 */
const toolingEnvPrefixes = ['BP_TEST_', 'BP_E2E_', 'BP_BENCH_'];

const directEnv: Record<string, string> = {
  PORT: 'port',
  HOST: 'host',
  DATABASE_URL: 'databaseUrl',
  LOG_LEVEL: 'logLevel',
};

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

function envKeyToPath(envKey: string): string[] {
  return envKey
    .slice(3)
    .split('__')
    .map((part) => part.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()));
}

/** Env values are strings; turn them into the type the schema expects at that path. */
function coerce(schema: TSchema, path: string[], raw: string): unknown {
  let node: TSchema | undefined = schema;
  for (const key of path) node = (node as { properties?: Record<string, TSchema> })?.properties?.[key];
  const type = (node as { type?: string } | undefined)?.type;
  // A union such as http.trustProxy: `false`, a number or a JSON list; anything else stays text.
  if (type === undefined && (node as { anyOf?: unknown } | undefined)?.anyOf) {
    if (raw === 'false') return false;
    if (/^\d+$/.test(raw.trim())) return Number(raw);
    if (/^\s*\[/.test(raw)) {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return raw;
      }
    }
    return raw;
  }
  if (type === 'integer' || type === 'number') return raw.trim() === '' ? raw : Number(raw);
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  // Objects and lists (e.g. oidc.roleMapping) are given as JSON; anything unparsable fails validation by name.
  if ((type === 'object' || type === 'array') && /^\s*[[{]/.test(raw)) {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return raw;
    }
  }
  return raw;
}

function fromEnv(env: NodeJS.ProcessEnv): { values: Record<string, unknown>; origin: Map<string, string> } {
  const values: Record<string, unknown> = {};
  const origin = new Map<string, string>();
  for (const [envKey, raw] of Object.entries(env)) {
    if (raw === undefined) continue;
    let path: string[] | undefined;
    if (envKey in directEnv) path = [directEnv[envKey]!];
    else if (
      envKey.startsWith('BP_') &&
      envKey !== 'BP_CONFIG_FILE' &&
      !toolingEnvPrefixes.some((prefix) => envKey.startsWith(prefix))
    )
      path = envKeyToPath(envKey);
    if (!path) continue;
    setPath(values, path, coerce(ConfigSchema, path, raw));
    origin.set(path.join('.'), `environment variable ${envKey}`);
  }
  return { values, origin };
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object'
        ? deepMerge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

function describeErrors(value: unknown, origin: Map<string, string>): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const error of Value.Errors(ConfigSchema, value)) {
    const extra = (error.params as { additionalProperties?: string[] }).additionalProperties;
    const key = error.instancePath.slice(1).replaceAll('/', '.') || (extra ? extra.join(', ') : '(root)');
    if (seen.has(key)) continue;
    seen.add(key);
    const where = origin.get(key) ?? 'config';
    lines.push(`  ${key} (${where}): ${error.message}`);
  }
  return lines.join('\n');
}

/** Secrets the demo may invent: generated once, kept in `<dataDir>/secrets.json` so codes survive restarts. */
function demoSecrets(dataDir: string, given: Partial<Secrets>): Secrets {
  const file = join(dataDir, 'secrets.json');
  const stored: Partial<Secrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const secrets: Secrets = {
    codeKey: given.codeKey ?? stored.codeKey ?? randomToken(),
    smsSealKey: given.smsSealKey ?? stored.smsSealKey ?? randomToken(),
    smsWebhookSecret: given.smsWebhookSecret ?? stored.smsWebhookSecret ?? randomToken(),
    evidenceKey: given.evidenceKey ?? stored.evidenceKey ?? randomToken(),
    auditKey: given.auditKey ?? stored.auditKey ?? randomToken(),
  };
  if (JSON.stringify(stored) !== JSON.stringify({ ...stored, ...secrets })) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}

/** The environment variable of a key path (`sms.httpUrl` → `BP_SMS__HTTP_URL`; `port` → `PORT`). */
export function envVarOf(keyPath: string): string {
  const direct = Object.entries(directEnv).find(([, path]) => path === keyPath);
  if (direct) return direct[0];
  return `BP_${keyPath
    .split('.')
    .map((part) => part.replace(/[A-Z]/g, (c) => '_' + c).toUpperCase())
    .join('__')}`;
}

const isHttps = (url: string | undefined) => url !== undefined && url.startsWith('https://');

/**
 * Everything that is fine for the demo on a laptop but unsafe for real documents: demo conveniences (simulated box,
 * reader and camera, the outbox instead of real SMS, demo data, generated secrets) and unencrypted links. The
 * production hub refuses to start while any of them is set, naming each key and its variable. `given` is the
 * configuration before defaults, to tell an explicit demo setting from its default.
 */
function productionProblems(
  raw: RawConfig,
  given: Record<string, unknown>,
): { key: string; problem: string }[] {
  const problems: { key: string; problem: string }[] = [];
  const add = (key: string, problem: string) => problems.push({ key, problem });
  for (const key of Object.keys(ConfigSchema.properties.secrets.properties) as (keyof Secrets)[])
    if (!raw.secrets[key])
      add(`secrets.${key}`, 'is required in production mode (at least 32 random characters)');
  if (raw.box.simulated)
    add(
      'box.simulated',
      'must be false in production mode (the simulated box inside the hub is the demo; a real box connects through its agent)',
    );
  if (raw.pickup.idDocumentReader === 'simulated')
    add('pickup.idDocumentReader', 'must not be "simulated" in production mode (leave it unset or "none")');
  if (raw.sms.provider === 'outbox')
    add(
      'sms.provider',
      'must be "http" or "seven" in production mode (the outbox only shows SMS on the demo page /outbox)',
    );
  if (!isHttps(raw.publicUrl))
    add('publicUrl', 'must be https:// in production mode (it is the address in every SMS link)');
  if (raw.sms.provider === 'http' && raw.sms.httpUrl && !isHttps(raw.sms.httpUrl))
    add('sms.httpUrl', 'must be https:// in production mode (phone numbers and codes travel to the gateway)');
  if (raw.sms.provider === 'seven' && !isHttps(raw.sms.sevenBaseUrl))
    add(
      'sms.sevenBaseUrl',
      'must be https:// in production mode (phone numbers and codes travel to the gateway)',
    );
  if (raw.oidc.enabled) {
    if (raw.oidc.issuerUrl && !isHttps(raw.oidc.issuerUrl))
      add('oidc.issuerUrl', 'must be https:// in production mode');
    if (raw.oidc.redirectUrl && !isHttps(raw.oidc.redirectUrl))
      add('oidc.redirectUrl', 'must be https:// in production mode');
  }
  // A kiosk page served over HTTPS may only open wss:// (and an unencrypted link would carry the call's signalling
  // and the digest exchange in the clear).
  if (
    raw.redPhone.mode === 'sip' &&
    raw.redPhone.sipWebSocketUrl &&
    !raw.redPhone.sipWebSocketUrl.startsWith('wss://')
  )
    add('redPhone.sipWebSocketUrl', 'must be wss:// in production mode');
  // Pages served over HTTPS cannot load tiles over plain HTTP.
  if (raw.map.baseLayerUrl?.startsWith('http://'))
    add('map.baseLayerUrl', 'must be https:// (or a path on the hub) in production mode');
  const demo = (given.demo ?? {}) as Record<string, unknown>;
  for (const key of ['seed', 'openAroundTheClock'])
    if (demo[key] === true) add(`demo.${key}`, 'is a demo setting and must not be true in production mode');
  return problems;
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Record<string, unknown> = {},
): Config {
  let fileValues: Record<string, unknown> = {};
  const origin = new Map<string, string>();
  if (env.BP_CONFIG_FILE) {
    const path = resolve(env.BP_CONFIG_FILE);
    try {
      fileValues = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new ConfigError(`Cannot read config file ${path} (BP_CONFIG_FILE): ${(error as Error).message}`);
    }
  }
  const envPart = fromEnv(env);
  for (const [k, v] of envPart.origin) origin.set(k, v);
  const merged = deepMerge(deepMerge(fileValues, envPart.values), overrides);
  const withDefaults = Value.Default(ConfigSchema, structuredClone(merged)) as Record<string, unknown>;
  if (!Value.Check(ConfigSchema, withDefaults)) {
    throw new ConfigError(`Invalid configuration:\n${describeErrors(withDefaults, origin)}`);
  }
  const raw = withDefaults as RawConfig;
  const unknownKeys = Object.keys(merged).filter((key) => !(key in ConfigSchema.properties));
  if (unknownKeys.length > 0)
    throw new ConfigError(
      `Invalid configuration: unknown key(s) ${unknownKeys
        .map((key) => (origin.has(key) ? `${key} (${origin.get(key)})` : key))
        .join(', ')}`,
    );

  const production = raw.mode === 'production' ? productionProblems(raw, merged) : [];
  if (production.length > 0)
    throw new ConfigError(
      `Invalid configuration for production mode (BP_MODE=production):\n${production
        .map((p) => `  ${p.key} (${envVarOf(p.key)}) ${p.problem}`)
        .join('\n')}\nSee docs/installation.md and docs/configuration.md.`,
    );
  const missing = (Object.keys(ConfigSchema.properties.secrets.properties) as (keyof Secrets)[]).filter(
    (key) => !raw.secrets[key],
  );
  const secrets =
    raw.mode === 'production' || missing.length === 0
      ? (raw.secrets as Secrets)
      : demoSecrets(raw.dataDir, raw.secrets);
  if (raw.sms.provider === 'http' && !raw.sms.httpUrl) {
    throw new ConfigError(
      'Invalid configuration: sms.httpUrl (BP_SMS__HTTP_URL) is required for sms.provider "http"',
    );
  }
  if (raw.sms.provider === 'seven' && !raw.sms.sevenApiKey) {
    throw new ConfigError(
      'Invalid configuration: sms.sevenApiKey (BP_SMS__SEVEN_API_KEY) is required for sms.provider "seven"',
    );
  }
  if (raw.redPhone.mode === 'sip') {
    const needed = ['sipWebSocketUrl', 'sipUri', 'sipPassword'] as const;
    const absent = needed.find((key) => !raw.redPhone[key]);
    if (absent)
      throw new ConfigError(
        `Invalid configuration: redPhone.${absent} (${envVarOf(`redPhone.${absent}`)}) is required for redPhone.mode "sip"`,
      );
  }
  if (raw.map.baseLayerType === 'pmtiles') {
    const problem = pmtilesFileProblem(raw.map.baseLayerFile);
    if (problem)
      throw new ConfigError(`Invalid configuration: map.baseLayerFile (BP_MAP__BASE_LAYER_FILE) ${problem}`);
  }
  // The test clock of the demo (issue 22): a production hub always runs on the system clock.
  if (raw.mode === 'production' && raw.demo.fixedStart !== undefined)
    throw new ConfigError(
      'Invalid configuration: demo.fixedStart (BP_DEMO__FIXED_START) is for tests in demo mode only; production runs on the system clock',
    );
  const databaseUrl = raw.databaseUrl ?? `sqlite:${join(raw.dataDir, 'buergerpunkt.sqlite')}`;
  // Demo settings never take effect in production: their defaults are switched off here (an explicit `true` was
  // refused above), so no code path that forgets to ask for the mode can seed demo data or open around the clock.
  const demo = raw.mode === 'production' ? { seed: false, openAroundTheClock: false } : raw.demo;
  return { ...raw, secrets, databaseUrl, demo };
}

/** For command-line entry points: the config, or null after printing why it is invalid (the caller exits 2). */
export function loadConfigOrReport(env: NodeJS.ProcessEnv = process.env): Config | null {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return null;
  }
}
