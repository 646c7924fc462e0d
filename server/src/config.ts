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
import { alertRuleIds } from './operations/alerts/alert-rule-ids.ts';
import { randomToken } from './platform/crypto.ts';

const Secret = (description: string) => Type.String({ minLength: 32, description });

/**
 * Every key carries its `description` in the schema: `npm run docs:config` writes docs/configuration.md from it
 * (server/src/cli/config-reference.ts), and `npm run check` fails when that file is out of date.
 */
export const ConfigSchema = Type.Object({
  mode: Type.Union([Type.Literal('demo'), Type.Literal('production')], {
    default: 'demo',
    description:
      '`demo` (default, `npm start`): demo data, simulated box, SMS on the outbox page, generated secrets. ' +
      '`production`: real documents; the hub refuses to start with any demo setting (docs/installation.md).',
  }),
  host: Type.String({
    default: '127.0.0.1',
    description: 'Address the hub listens on; behind a reverse proxy on the same machine keep the loopback.',
  }),
  port: Type.Integer({
    minimum: 0,
    maximum: 65535,
    default: 3000,
    description: 'TCP port the hub listens on.',
  }),
  publicUrl: Type.String({
    default: 'http://localhost:3000',
    description:
      'Public base URL, used in links inside SMS texts and the OpenAPI document. Must be `https://` in production.',
  }),
  dataDir: Type.String({
    default: './data',
    description:
      'Folder for the SQLite database (when used) and, in demo mode, generated secrets and demo passwords.',
  }),
  webDir: Type.Optional(
    Type.String({
      minLength: 1,
      description: 'The built browser apps (`npm run build -w web`); unset: `web/dist` of this checkout.',
    }),
  ),
  townName: Type.String({
    minLength: 1,
    maxLength: 40,
    default: 'Hohen Neuendorf',
    description: "The town's name as it signs SMS texts.",
  }),
  databaseUrl: Type.Optional(
    Type.String({
      pattern: '^(sqlite:|postgres(ql)?://)',
      description:
        '`sqlite:<path>` (unset: `buergerpunkt.sqlite` in `dataDir`) or `postgres://user:password@host/db`.',
    }),
  ),
  logLevel: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    {
      default: 'info',
      description: 'Log level of the hub (pino); logs go to standard output as JSON lines.',
    },
  ),
  secrets: Type.Object(
    {
      codeKey: Type.Optional(
        Secret('Key of the HMAC under which pickup codes, phone numbers and dates of birth are stored.'),
      ),
      smsSealKey: Type.Optional(Secret('Key that seals SMS bodies while they wait in the outbox.')),
      smsWebhookSecret: Type.Optional(Secret("Shared secret of the SMS gateway's delivery-status webhook.")),
      evidenceKey: Type.Optional(Secret('Key that encrypts evidence images at rest (AES-256-GCM).')),
      auditKey: Type.Optional(
        Secret(
          "Key of the audit chain's HMAC. It lives outside the database, so someone who can write to the database " +
            'cannot rewrite history and re-hash the chain.',
        ),
      ),
    },
    {
      default: {},
      description:
        'Keys of at least 32 random characters (e.g. `openssl rand -base64 48`). Required in production; the demo ' +
        'generates them once into `<dataDir>/secrets.json`. Changing `codeKey` invalidates every issued code.',
    },
  ),
  pickup: Type.Object(
    {
      windowOpeningDays: Type.Integer({
        minimum: 1,
        maximum: 60,
        default: 10,
        description:
          'Opening days a document waits in the box before it expires (unless its type sets its own).',
      }),
      reminderOpeningDaysBefore: Type.Integer({
        minimum: 0,
        maximum: 30,
        default: 2,
        description: 'A reminder SMS goes out this many opening days before the pickup window ends.',
      }),
      maxCodeAttempts: Type.Integer({
        minimum: 1,
        maximum: 20,
        default: 5,
        description: 'Wrong codes for one document before its code is locked.',
      }),
      maxCheckAttempts: Type.Integer({
        minimum: 1,
        maximum: 20,
        default: 3,
        description:
          'Wrong answers to the extra check (date of birth, old document) before the check is locked.',
      }),
      sessionTtlSeconds: Type.Integer({
        minimum: 30,
        maximum: 3600,
        default: 300,
        description: 'How long a kiosk pickup session lives after the code was accepted.',
      }),
      doorOpenAlertSeconds: Type.Integer({
        minimum: 10,
        maximum: 3600,
        default: 120,
        description: 'How long an opened door may stay open before staff are alerted.',
      }),
      unlockTimeoutSeconds: Type.Integer({
        minimum: 1,
        maximum: 600,
        default: 20,
        description:
          'How long the hub waits for a door to report open after an unlock before it records a door fault.',
      }),
      resendPerDay: Type.Integer({
        minimum: 0,
        maximum: 20,
        default: 3,
        description: 'Citizen-requested resends of a code: at most this many per document and day.',
      }),
      terminalFreeFailures: Type.Integer({
        minimum: 1,
        maximum: 100,
        default: 3,
        description:
          'Failed code entries a kiosk terminal may make within the window; each further one blocks it for 2^(n − free) seconds (at most 15 minutes).',
      }),
      terminalAlertFailures: Type.Integer({
        minimum: 1,
        maximum: 1000,
        default: 10,
        description: 'Failed code entries of one terminal within the window that raise an alert for staff.',
      }),
      terminalWindowSeconds: Type.Integer({
        minimum: 60,
        maximum: 86400,
        default: 900,
        description: "The window over which a terminal's failed code entries are counted.",
      }),
      idDocumentReader: Type.Optional(
        Type.Union([Type.Literal('simulated'), Type.Literal('none')], {
          description:
            "Reader at the kiosk terminal for the old-document check (boxes with a deposit compartment use the box agent's reader instead); unset: `simulated` in demo mode, `none` in production. `simulated` is refused in production.",
        }),
      ),
      depositTimeoutSeconds: Type.Integer({
        minimum: 10,
        maximum: 1800,
        default: 120,
        description:
          'How long a citizen has to put the old document into the opened deposit compartment and close its door.',
      }),
    },
    { default: {}, description: 'Pickup at the box: windows, attempts, sessions, doors.' },
  ),
  kiosk: Type.Object(
    {
      idleSeconds: Type.Integer({
        minimum: 5,
        maximum: 3600,
        default: 90,
        description: 'Seconds without a touch before the kiosk asks "Do you need more time?".',
      }),
      countdownSeconds: Type.Integer({
        minimum: 3,
        maximum: 600,
        default: 20,
        description:
          'Seconds the kiosk counts down on that question before it clears the screen and starts over.',
      }),
      waitingIdleSeconds: Type.Integer({
        minimum: 5,
        maximum: 7200,
        default: 600,
        description:
          'Idle time on screens where the citizen waits for staff (nobody touches the screen meanwhile).',
      }),
      callStaffPerHour: Type.Integer({
        minimum: 1,
        maximum: 100,
        default: 6,
        description:
          '"Call staff" from one terminal: at most this many new alerts per hour (repeats of an open call are free).',
      }),
      callStaffAnswerSeconds: Type.Integer({
        minimum: 10,
        maximum: 1800,
        default: 120,
        description:
          '"Call staff" during staffed hours: if nobody in the office has acknowledged the call after this many seconds, the kiosk says so and offers the 115 call-back and the Bürgeramt\'s opening hours.',
      }),
    },
    { default: {}, description: 'The touch kiosk in the zone.' },
  ),
  retention: Type.Object(
    {
      personalDataHours: Type.Integer({
        minimum: 0,
        maximum: 23,
        default: 23,
        description:
          "Phone numbers, code hashes and SMS bodies are purged this long after a document's final state. The purge " +
          'pass runs every minute; 23 leaves an hour\'s margin to the promise "within 24 hours" for a hub that was down.',
      }),
      registerDays: Type.Integer({
        minimum: 30,
        maximum: 3650,
        default: 365,
        description:
          "A finished document's holder name and reference are replaced by a pseudonym this many days after its final " +
          'state (picked up, returned, cancelled): the issue register keeps the row (type, office, times, checks) ' +
          'without naming the person. Its issue events to the specialist procedure are deleted then too. ' +
          'See docs/security.md, "Data protection by office".',
      }),
    },
    { default: {}, description: 'How long personal data is kept.' },
  ),
  evidenceImage: Type.Object(
    {
      retentionDays: Type.Integer({
        minimum: 1,
        maximum: 3650,
        default: 90,
        description: 'Evidence images taken at pickup are deleted this many days after they were taken.',
      }),
    },
    { default: {}, description: 'Evidence images of pickups (document types that ask for one).' },
  ),
  sms: Type.Object(
    {
      provider: Type.Union([Type.Literal('outbox'), Type.Literal('http'), Type.Literal('seven')], {
        default: 'outbox',
        description:
          "`outbox` (demo only: SMS appear on the hub's `/outbox` page), `http` (a generic HTTPS gateway, " +
          '`httpUrl`) or `seven` (seven.io). See docs/sms.md.',
      }),
      sender: Type.String({
        minLength: 1,
        maxLength: 11,
        default: 'Buergerpkt',
        description: 'Sender name shown on the phone (an alphanumeric sender has at most 11 characters).',
      }),
      httpUrl: Type.Optional(
        Type.String({
          pattern: '^https?://',
          description: 'Endpoint of the `http` provider; required for it, `https://` in production.',
        }),
      ),
      httpToken: Type.Optional(
        Type.String({ minLength: 1, description: 'Bearer token sent to the `http` provider.' }),
      ),
      processorName: Type.Optional(
        Type.String({
          minLength: 1,
          maxLength: 300,
          description:
            'Name and address of the SMS provider as processor (GDPR art. 28), named on the public privacy page. ' +
            'Unset with `seven`: "seven communications GmbH & Co. KG (seven.io)"; set it for the `http` provider.',
        }),
      ),
      sevenApiKey: Type.Optional(
        Type.String({ minLength: 1, description: 'API key of the `seven` provider; required for it.' }),
      ),
      sevenBaseUrl: Type.String({
        pattern: '^https?://',
        default: 'https://gateway.seven.io',
        description: 'Base URL of the seven.io API (`https://` in production).',
      }),
      timeoutMs: Type.Integer({
        minimum: 100,
        maximum: 60000,
        default: 10000,
        description:
          'How long one request to the gateway may take before it counts as failed (and is retried).',
      }),
      retryHours: Type.Integer({
        minimum: 1,
        maximum: 240,
        default: 48,
        description:
          'Hours an SMS keeps being retried while the gateway fails for a passing reason (down, HTTP 5xx, ' +
          'timeout), at most every 5 minutes, before it is given up; at least `jobs.maxAttempts` attempts either way.',
      }),
    },
    { default: {}, description: 'Sending SMS: pickup codes, reminders, notices.' },
  ),
  jobs: Type.Object(
    {
      pollIntervalMs: Type.Integer({
        minimum: 10,
        maximum: 60000,
        default: 500,
        description: 'How often the job runner looks for due jobs (it is also woken when a job is queued).',
      }),
      leaseSeconds: Type.Integer({
        minimum: 5,
        maximum: 3600,
        default: 60,
        description: 'How long a running job is leased; a job whose runner died is taken up again after it.',
      }),
      maxAttempts: Type.Integer({
        minimum: 1,
        maximum: 100,
        default: 8,
        description: 'Attempts of a job (e.g. sending an SMS) before it is given up.',
      }),
    },
    { default: {}, description: 'The background job runner (SMS sending and other queued work).' },
  ),
  accounts: Type.Object(
    {
      sessionHours: Type.Integer({
        minimum: 1,
        maximum: 24 * 30,
        default: 12,
        description: 'How long a staff sign-in lasts.',
      }),
      passwordHashMemoryKib: Type.Integer({
        minimum: 1024,
        maximum: 1048576,
        default: 65536,
        description:
          'Memory of one argon2id password hash, in KiB (default 64 MiB). At least 19456 (19 MiB, the OWASP minimum) in ' +
          'production; the tests use less to stay fast. Existing hashes keep their own cost until the password changes.',
      }),
      passwordHashPasses: Type.Integer({
        minimum: 1,
        maximum: 20,
        default: 3,
        description: 'Passes (time cost) of one argon2id password hash. At least 2 in production.',
      }),
      loginFailuresPerUsername: Type.Integer({
        minimum: 1,
        maximum: 1000,
        default: 10,
        description:
          'Failed logins per username within `loginBrakeWindowSeconds` (from any address) before logins pause (429).',
      }),
      loginBrakeWindowSeconds: Type.Integer({
        minimum: 60,
        maximum: 86400,
        default: 900,
        description: 'The window of the per-username login brake.',
      }),
    },
    { default: {}, description: 'Staff accounts.' },
  ),
  box: Type.Object(
    {
      simulated: Type.Boolean({
        default: true,
        description:
          "Run the demo's simulated box inside the hub (the demo's default). Must be `false` in production: a real " +
          "box's agent runs on the box PC and connects to the hub (docs/hardware.md).",
      }),
      linkHeartbeatSeconds: Type.Integer({
        minimum: 1,
        maximum: 300,
        default: 15,
        description:
          "The hub pings each connected agent this often; an agent that missed a ping's pong is disconnected.",
      }),
    },
    { default: {}, description: 'The boxes (lockers) and their link to the hub.' },
  ),
  oidc: Type.Object(
    {
      enabled: Type.Boolean({ default: false, description: 'Offer single sign-on for staff.' }),
      issuerUrl: Type.Optional(
        Type.String({
          pattern: '^https?://',
          description: "The provider's issuer URL (`https://` in production).",
        }),
      ),
      clientId: Type.Optional(
        Type.String({ minLength: 1, description: "The hub's client id at the provider." }),
      ),
      clientSecret: Type.Optional(
        Type.String({ minLength: 1, description: "The hub's client secret at the provider." }),
      ),
      redirectUrl: Type.Optional(
        Type.String({
          pattern: '^https?://',
          description:
            'Where the provider sends the browser back; unset: `<publicUrl>/api/v1/auth/oidc/callback`.',
        }),
      ),
      scopes: Type.String({
        minLength: 6,
        default: 'openid profile email',
        description: 'Scopes asked of the provider, separated by spaces.',
      }),
      usernameClaim: Type.String({
        minLength: 1,
        default: 'preferred_username',
        description: "The claim naming the person's account (matched against staff usernames).",
      }),
      rolesClaim: Type.String({
        minLength: 1,
        default: 'groups',
        description: "The claim carrying the person's groups or roles (a list of strings, or one string).",
      }),
      roleMapping: Type.Record(
        Type.String(),
        Type.Array(Type.Union(['admin', 'clerk', 'loader', 'zone', 'auditor'].map((r) => Type.Literal(r)))),
        {
          default: {},
          description:
            'Claim value → our roles, as JSON in the environment, e.g. `{"bp-admins":["admin"],"buergeramt":["clerk","loader"]}`.',
        },
      ),
      autoProvision: Type.Boolean({
        default: false,
        description:
          'Create a staff account on the first sign-in of a person with mapped roles; otherwise only known accounts.',
      }),
      linkByUsername: Type.Boolean({
        default: true,
        description: 'Link a first sign-in to an existing staff account of the same username.',
      }),
      allowedUsernames: Type.Array(Type.String({ minLength: 1 }), {
        default: [],
        description:
          'If not empty, only these usernames may sign in through the provider (JSON list in the environment).',
      }),
      loginTimeoutSeconds: Type.Integer({
        minimum: 30,
        maximum: 3600,
        default: 600,
        description: 'Seconds the browser has between leaving for the provider and coming back.',
      }),
    },
    {
      default: {},
      description:
        "Single sign-on for staff through the town's OpenID Connect provider (authorization code flow with PKCE). " +
        'Disabled by default. Roles come from one claim (`rolesClaim`, e.g. `groups`) mapped by `roleMapping`.',
    },
  ),
  zone: Type.Object(
    {
      timezone: Type.String({
        minLength: 1,
        default: 'Europe/Berlin',
        description: "The zone's time zone: local days and hours of statistics and reports.",
      }),
      visitUndoMinutes: Type.Integer({
        minimum: 1,
        maximum: 120,
        default: 10,
        description:
          'A tally tap may be undone by the staff member who made it for this long after the hub stored it.',
      }),
      suggestionsPerIp: Type.Integer({
        minimum: 1,
        maximum: 1000,
        default: 5,
        description: 'Suggestions accepted per sender IP address (site) within the rate window.',
      }),
      suggestionsPerTerminal: Type.Integer({
        minimum: 1,
        maximum: 10000,
        default: 30,
        description:
          'Suggestions accepted per kiosk terminal within the rate window (many citizens share one kiosk).',
      }),
      suggestionRateWindowSeconds: Type.Integer({
        minimum: 60,
        maximum: 86400,
        default: 3600,
        description: 'The rate window of the two limits above.',
      }),
      suggestionContactDaysAfterAnswer: Type.Integer({
        minimum: 0,
        maximum: 365,
        default: 30,
        description:
          'Contact data of a suggestion is purged this many days after it was answered, implemented or declined…',
      }),
      suggestionContactMaxDays: Type.Integer({
        minimum: 1,
        maximum: 730,
        default: 180,
        description: '…and at the latest this many days after it was received, whatever its state.',
      }),
    },
    { default: {}, description: "The zone's own operations: statistics, tallies, suggestions." },
  ),
  map: Type.Object(
    {
      baseLayerType: Type.Union(
        ['plan', 'xyz', 'wms', 'wmts', 'image', 'pmtiles'].map((v) => Type.Literal(v)),
        {
          default: 'plan',
          description:
            '`plan` (default) draws the town plan shipped with the hub, so the kiosk needs no network; `xyz` / ' +
            "`wmts` take a tile URL template (`{z}/{x}/{y}`, e.g. basemap.de's raster WMTS), `wms` an endpoint " +
            'plus `baseLayerLayers`, `image` an illustrated plan image spread over the bounds, `pmtiles` a raster ' +
            "PMTiles archive on the hub (`baseLayerFile`, works offline). Online layers' hosts are added to the " +
            "pages' Content-Security-Policy.",
        },
      ),
      baseLayerUrl: Type.Optional(
        Type.String({
          pattern: '^(https?://|/)',
          description:
            'Tile URL template, WMS endpoint or image of the base layer (`https://` or a path on the hub).',
        }),
      ),
      baseLayerLayers: Type.Optional(
        Type.String({ minLength: 1, description: 'The WMS layers (`baseLayerType` `wms`).' }),
      ),
      baseLayerFile: Type.Optional(
        Type.String({
          minLength: 1,
          description:
            'Path of the raster PMTiles archive on the hub (`baseLayerType` `pmtiles`); checked at start.',
        }),
      ),
      baseLayerAttribution: Type.String({
        default: '',
        description: 'Attribution shown on the map (required by most tile licences).',
      }),
      baseLayerMaxZoom: Type.Integer({
        minimum: 1,
        maximum: 22,
        default: 18,
        description: 'Highest zoom level the base layer offers.',
      }),
      centerLat: Type.Number({
        minimum: -90,
        maximum: 90,
        default: 52.6745,
        description: 'Latitude of the map centre.',
      }),
      centerLon: Type.Number({
        minimum: -180,
        maximum: 180,
        default: 13.2745,
        description: 'Longitude of the map centre.',
      }),
      zoom: Type.Number({ minimum: 1, maximum: 20, default: 13, description: 'Initial zoom level.' }),
      boundsSouth: Type.Number({
        minimum: -90,
        maximum: 90,
        default: 52.6,
        description:
          'Southern edge of the area points of interest must lie in (a typo in a coordinate lands far outside).',
      }),
      boundsWest: Type.Number({
        minimum: -180,
        maximum: 180,
        default: 13.15,
        description: 'Western edge of that area.',
      }),
      boundsNorth: Type.Number({
        minimum: -90,
        maximum: 90,
        default: 52.75,
        description: 'Northern edge of that area.',
      }),
      boundsEast: Type.Number({
        minimum: -180,
        maximum: 180,
        default: 13.4,
        description: 'Eastern edge of that area.',
      }),
      kioskLat: Type.Optional(
        Type.Number({
          minimum: -90,
          maximum: 90,
          description:
            'Latitude of the kiosk ("you are here"); unset: no marker (the demo shows its invented store).',
        }),
      ),
      kioskLon: Type.Optional(
        Type.Number({ minimum: -180, maximum: 180, description: 'Longitude of the kiosk ("you are here").' }),
      ),
    },
    {
      default: {},
      description: '"Meine Stadt": the base layer under the points of interest and the map\'s area.',
    },
  ),
  redPhone: Type.Object(
    {
      mode: Type.Union([Type.Literal('desk_phone'), Type.Literal('sip'), Type.Literal('off')], {
        default: 'desk_phone',
        description:
          '`desk_phone` (default): a physical phone beside the kiosk; the screen shows its number and the ' +
          "hotline's hours. `sip`: the kiosk places the call itself, a SIP client in the browser (JsSIP over " +
          "WebSocket, RFC 7118) registered at the town's PBX with a dedicated extension. `off`: no phone, only the " +
          'call-back request.',
      }),
      sipWebSocketUrl: Type.Optional(
        Type.String({
          pattern: '^wss?://[^\\s/]+',
          description:
            "The PBX's SIP WebSocket endpoint, e.g. `wss://pbx.hohen-neuendorf.de:8089/ws` (`wss://` in production).",
        }),
      ),
      sipUri: Type.Optional(
        Type.String({
          pattern: '^sips?:[^@\\s]+@[^\\s]+$',
          description: "The kiosk's SIP account, e.g. `sip:kiosk-buergerpunkt@pbx.hohen-neuendorf.de`.",
        }),
      ),
      sipAuthorizationUser: Type.Optional(
        Type.String({
          minLength: 1,
          maxLength: 100,
          description: 'Digest user name if it differs from the user part of `sipUri`.',
        }),
      ),
      sipPassword: Type.Optional(
        Type.String({
          minLength: 1,
          maxLength: 200,
          description:
            "The SIP account's password. It reaches the kiosk's browser: use a restricted extension.",
        }),
      ),
      sipDisplayName: Type.String({
        minLength: 1,
        maxLength: 60,
        default: 'Bürgerpunkt Kiosk',
        description: 'The caller name the kiosk sends.',
      }),
      target: Type.String({
        minLength: 1,
        maxLength: 200,
        pattern: '^[^\\s]+$',
        default: '115',
        description:
          "What the kiosk dials: a number or user at the PBX's domain (`115`), or a full `sip:` URI.",
      }),
      displayNumber: Type.String({
        minLength: 1,
        maxLength: 40,
        default: '115',
        description: 'The number shown for a desk phone (and beside the SIP call).',
      }),
      onlyDuringHotlineHours: Type.Boolean({
        default: true,
        description:
          "Offer the call only within the 115 hotline's hours (Mon–Fri 8–18, not on holidays); outside them the " +
          'kiosk offers the call-back request. `false` for a target answered around the clock.',
      }),
    },
    { default: {}, description: "The kiosk's red phone to the 115 service centre (docs/services.md)." },
  ),
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
        {
          default: false,
          description:
            'Whom to believe in `X-Forwarded-For` / `-Proto` / `-Host` when the hub runs behind a reverse proxy, so ' +
            'per-address limits count the client and not the proxy. `false` (default): nobody, the connecting ' +
            'address is the client. A number: that many proxy hops in front of the hub. A list (or a ' +
            'comma-separated string) of addresses and CIDR ranges (e.g. `["127.0.0.1", "10.0.0.0/8"]`): trust only ' +
            'those proxies. Never trust a header the hub can be reached without: a client could then choose its ' +
            'own address.',
        },
      ),
    },
    { default: {}, description: 'HTTP in front of the hub.' },
  ),
  metrics: Type.Object(
    {
      enabled: Type.Boolean({
        default: true,
        description: '`GET /metrics` in the Prometheus text format (docs/operations.md#metrics).',
      }),
      allowFrom: Type.Array(Type.String({ minLength: 2, maxLength: 64, pattern: '^[0-9a-fA-F.:/]+$' }), {
        default: ['127.0.0.1', '::1'],
        maxItems: 100,
        description:
          'Addresses and CIDR ranges (JSON list in the environment) that may read `/metrics` without a token; the ' +
          "address is the client's as `http.trustProxy` decides. Default: the loopback only.",
      }),
      token: Type.Optional(
        Secret(
          'Bearer token with which `/metrics` may be read from any address (`Authorization: Bearer …`); unset: ' +
            'only from `allowFrom`.',
        ),
      ),
    },
    { default: {}, description: 'The metrics endpoint for Prometheus.' },
  ),
  alerts: Type.Object(
    {
      recipients: Type.Record(
        Type.String(),
        Type.Array(Type.String({ pattern: '^(https?://\\S+|[^@\\s]+@[^@\\s]+)$' }), { maxItems: 50 }),
        {
          default: {},
          description:
            'Who is told, per rule: e-mail addresses and webhook URLs (`https://…`, signed ' +
            `per Standard Webhooks). Rules: ${alertRuleIds.map((r) => `\`${r}\``).join(', ')}; \`default\` for rules ` +
            'without their own list. Example: `{"default":["it@stadt.example"],"box_offline":["zone@stadt.example",' +
            '"https://chat.stadt.example/hooks/bp"]}`. Empty (default): nobody is notified, alerts only show in the office.',
        },
      ),
      smtpUrl: Type.Optional(
        Type.String({
          pattern: '^smtps?://',
          description:
            'The mail server for alert e-mails, e.g. `smtp://user:password@mail.stadt.example:587` (STARTTLS) or ' +
            '`smtps://…:465`. A secret (it carries the password); required when a recipient is an e-mail address.',
        }),
      ),
      emailFrom: Type.String({
        minLength: 3,
        default: 'Bürgerpunkt <buergerpunkt@localhost>',
        description: 'Sender of alert e-mails.',
      }),
      webhookSecret: Type.Optional(
        Type.String({
          pattern: '^whsec_[A-Za-z0-9+/]{32,}={0,2}$',
          description:
            'Signing secret of alert webhooks (Standard Webhooks: `whsec_` + base64 of at least 24 random bytes, e.g. ' +
            '`echo whsec_$(openssl rand -base64 32)`); required when a recipient is a URL.',
        }),
      ),
      quietHoursStart: Type.Optional(
        Type.String({
          pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
          description:
            'Start of the quiet hours (`22:00`, zone time zone): no notifications then; what still holds when they end ' +
            'is sent then, folded. Unset: no quiet hours.',
        }),
      ),
      quietHoursEnd: Type.Optional(
        Type.String({
          pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
          description: 'End of the quiet hours (`06:30`).',
        }),
      ),
      repeatMinutes: Type.Integer({
        minimum: 5,
        maximum: 10080,
        default: 240,
        description:
          'A condition is notified at most once in this many minutes; repeats in between (a box that goes offline ' +
          'again and again) are folded into the next notification.',
      }),
      boxOfflineMinutes: Type.Integer({
        minimum: 1,
        maximum: 1440,
        default: 10,
        description:
          'Rule `box_offline`: a box counts as offline after this long without its agent, during its opening hours.',
      }),
      smsStuckMinutes: Type.Integer({
        minimum: 1,
        maximum: 1440,
        default: 15,
        description: 'Rule `sms_stuck`: an SMS waiting this long for the gateway.',
      }),
      diskFreePercent: Type.Integer({
        minimum: 1,
        maximum: 50,
        default: 10,
        description: "Rule `disk_full`: less free space than this on the data folder's file system.",
      }),
      auditVerifyMinutes: Type.Integer({
        minimum: 5,
        maximum: 1440,
        default: 60,
        description: 'Rule `audit_broken`: the audit chain is verified this often.',
      }),
    },
    {
      default: {},
      description:
        'Alerts that reach people by e-mail and webhook (docs/operations.md#alerts). The office shows alerts either way.',
    },
  ),
  integration: Type.Object(
    {
      webhookUrl: Type.Optional(
        Type.String({
          pattern: '^https?://',
          maxLength: 2000,
          description:
            "Where the hub sends signed issue events (Standard Webhooks) for the office's specialist procedure; " +
            'unset: no events are sent. Must be `https://` in production. See docs/integration.md.',
        }),
      ),
      webhookSecret: Type.Optional(
        Type.String({
          pattern: '^whsec_[A-Za-z0-9+/=]{24,}$',
          description:
            'Signing secret of the webhooks: `whsec_` and the base64 of at least 24 random bytes (e.g. ' +
            '`echo whsec_$(openssl rand -base64 32)`); required with `webhookUrl`. Give the same to the receiver.',
        }),
      ),
      webhookRetentionDays: Type.Integer({
        minimum: 1,
        maximum: 3650,
        default: 90,
        description:
          'Delivered and given-up issue events (they name references) are deleted this many days after they were made.',
      }),
      registerTimezone: Type.String({
        minLength: 1,
        default: 'Europe/Berlin',
        description: "The office's time zone: the local days of the issue register (Ausgaberegister).",
      }),
      registerStateCode: Type.String({
        pattern: '^[A-Z]{2}$',
        default: 'BB',
        description:
          'The federal state whose public holidays are no working days when the issue register lists what is still ' +
          'unbooked after one working day (e.g. `BB`, `BE`).',
      }),
      webhookTimeoutMs: Type.Integer({
        minimum: 100,
        maximum: 60000,
        default: 10000,
        description: 'How long one webhook request may take before it counts as failed (and is retried).',
      }),
      webhookMaxAttempts: Type.Integer({
        minimum: 1,
        maximum: 100,
        default: 20,
        description:
          'Attempts of one webhook (exponential backoff, at most 5 minutes apart: 20 attempts span about an ' +
          'hour) before it is given up and shown as failed in the office.',
      }),
    },
    {
      default: {},
      description: "The office's specialist procedure: signed issue events sent to it (docs/integration.md).",
    },
  ),
  controller: Type.Object(
    {
      name: Type.Optional(
        Type.String({
          minLength: 1,
          maxLength: 200,
          description: 'The controller under the GDPR, e.g. `Stadt Hohen Neuendorf, Der Bürgermeister`.',
        }),
      ),
      address: Type.Optional(
        Type.String({ minLength: 1, maxLength: 300, description: "The controller's postal address." }),
      ),
      email: Type.Optional(
        Type.String({
          minLength: 3,
          maxLength: 200,
          description: "The controller's contact (e-mail or phone).",
        }),
      ),
      dataProtectionOfficer: Type.Optional(
        Type.String({
          minLength: 3,
          maxLength: 300,
          description: "Contact of the controller's data-protection officer.",
        }),
      ),
    },
    {
      default: {},
      description:
        'Who is responsible for the processing: printed in the approval pack (`npm run admin -- approval-pack`); ' +
        'the pack lists what is missing as open points.',
    },
  ),
  demo: Type.Object(
    {
      seed: Type.Boolean({
        default: true,
        description: 'Load Hohen Neuendorf demo data into an empty database and print the demo accounts.',
      }),
      openAroundTheClock: Type.Boolean({
        default: true,
        description:
          "The demo box opens around the clock (holidays still close it) instead of the store's 09:30–20:00.",
      }),
      fixedStart: Type.Optional(
        Type.String({
          pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$',
          description:
            "Tests only: the hub's clock starts at this instant (ISO 8601 with an offset) and runs on at real " +
            'speed, so a browser test sees the same hour and weekday whenever it runs. Refused in production.',
        }),
      ),
    },
    {
      default: {},
      description:
        'Demo mode only. In production these never take effect: left at their defaults they are ignored, set to ' +
        '`true` they are refused.',
    },
  ), // Offline-safe box (issue 19, docs/offline.md).
  offline: Type.Object(
    {
      enabled: Type.Boolean({
        default: true,
        description:
          "Send each connected box's agent the verifiers it needs to hand out documents while its link is down.",
      }),
      verifierValidityHours: Type.Number({
        minimum: 0.01,
        maximum: 720,
        default: 72,
        description: 'How long a box may use verifiers offline after the hub last sent them.',
      }),
      pauseAfterMinutes: Type.Number({
        minimum: 0,
        maximum: 1440,
        default: 15,
        description:
          'A box link down at least this long is recorded as an outage when it returns: the pickup clock pauses ' +
          'as for a box out of service (a day with an outage in its opening hours does not count).',
      }),
    },
    { default: {}, description: 'Pickups at a box whose link to the hub is down (docs/offline.md).' },
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
function demoSecrets(dataDir: string, given: Partial<Secrets>, fallback: Partial<Secrets> = {}): Secrets {
  const file = join(dataDir, 'secrets.json');
  const stored: Partial<Secrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const secrets: Secrets = {
    codeKey: given.codeKey ?? stored.codeKey ?? fallback.codeKey ?? randomToken(),
    smsSealKey: given.smsSealKey ?? stored.smsSealKey ?? fallback.smsSealKey ?? randomToken(),
    smsWebhookSecret:
      given.smsWebhookSecret ?? stored.smsWebhookSecret ?? fallback.smsWebhookSecret ?? randomToken(),
    evidenceKey: given.evidenceKey ?? stored.evidenceKey ?? fallback.evidenceKey ?? randomToken(),
    auditKey: given.auditKey ?? stored.auditKey ?? fallback.auditKey ?? randomToken(),
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

const allAlertRecipients = (raw: RawConfig): string[] =>
  Object.values(raw.alerts.recipients).flatMap((list: string[] | undefined) => list ?? []);

const isHttps = (url: string | undefined) => url !== undefined && url.startsWith('https://');

/** One thing a production hub refuses; `given` is the configuration before defaults (explicit demo settings). */
export interface ProductionRule {
  key: string;
  /** Completes "<key> (<variable>) …" in the refusal and the reference. */
  requirement: string;
  violated(raw: RawConfig, given: Record<string, unknown>): boolean;
}

const explicitDemo = (given: Record<string, unknown>, key: string) =>
  ((given.demo ?? {}) as Record<string, unknown>)[key] === true;

/**
 * Everything that is fine for the demo on a laptop but unsafe for real documents: demo conveniences (simulated box
 * and reader, the outbox instead of real SMS, demo data, generated secrets) and unencrypted links. The production hub
 * refuses to start while any of them is set, naming each key and its variable; docs/configuration.md lists them.
 */
export const productionRules: ProductionRule[] = [
  ...(['codeKey', 'smsSealKey', 'smsWebhookSecret', 'evidenceKey', 'auditKey'] as const).map((key) => ({
    key: `secrets.${key}`,
    requirement: 'is required in production mode (at least 32 random characters; the demo generates its own)',
    violated: (raw: RawConfig) => !raw.secrets[key],
  })),
  {
    key: 'box.simulated',
    requirement:
      'must be false in production mode (the simulated box inside the hub is the demo; a real box connects through its agent)',
    violated: (raw) => raw.box.simulated,
  },
  {
    key: 'pickup.idDocumentReader',
    requirement: 'must not be "simulated" in production mode (leave it unset or "none")',
    violated: (raw) => raw.pickup.idDocumentReader === 'simulated',
  },
  {
    key: 'sms.provider',
    requirement:
      'must be "http" or "seven" in production mode (the outbox only shows SMS on the demo page /outbox)',
    violated: (raw) => raw.sms.provider === 'outbox',
  },
  {
    key: 'publicUrl',
    requirement: 'must be https:// in production mode (it is the address in every SMS link)',
    violated: (raw) => !isHttps(raw.publicUrl),
  },
  {
    key: 'sms.httpUrl',
    requirement: 'must be https:// in production mode (phone numbers and codes travel to the gateway)',
    violated: (raw) =>
      raw.sms.provider === 'http' && raw.sms.httpUrl !== undefined && !isHttps(raw.sms.httpUrl),
  },
  {
    key: 'sms.sevenBaseUrl',
    requirement: 'must be https:// in production mode (phone numbers and codes travel to the gateway)',
    violated: (raw) => raw.sms.provider === 'seven' && !isHttps(raw.sms.sevenBaseUrl),
  },
  {
    key: 'oidc.issuerUrl',
    requirement: 'must be https:// in production mode',
    violated: (raw) => raw.oidc.enabled && raw.oidc.issuerUrl !== undefined && !isHttps(raw.oidc.issuerUrl),
  },
  {
    key: 'oidc.redirectUrl',
    requirement: 'must be https:// in production mode',
    violated: (raw) =>
      raw.oidc.enabled && raw.oidc.redirectUrl !== undefined && !isHttps(raw.oidc.redirectUrl),
  },
  {
    // A kiosk page served over HTTPS may only open wss:// (and an unencrypted link would carry the call's signalling
    // and the digest exchange in the clear).
    key: 'redPhone.sipWebSocketUrl',
    requirement: 'must be wss:// in production mode',
    violated: (raw) =>
      raw.redPhone.mode === 'sip' &&
      raw.redPhone.sipWebSocketUrl !== undefined &&
      !raw.redPhone.sipWebSocketUrl.startsWith('wss://'),
  },
  {
    // Pages served over HTTPS cannot load tiles over plain HTTP.
    key: 'map.baseLayerUrl',
    requirement: 'must be https:// (or a path on the hub) in production mode',
    violated: (raw) => raw.map.baseLayerUrl?.startsWith('http://') ?? false,
  },
  {
    key: 'alerts.recipients',
    requirement: 'must name webhooks with https:// in production mode (alert texts name boxes and documents)',
    violated: (raw) => allAlertRecipients(raw).some((to) => to.startsWith('http://')),
  },
  {
    // Issue events name references and issue times of real documents.
    key: 'integration.webhookUrl',
    requirement: 'must be https:// in production mode (issue events name documents and their issue times)',
    violated: (raw) => raw.integration.webhookUrl !== undefined && !isHttps(raw.integration.webhookUrl),
  },
  ...(['seed', 'openAroundTheClock'] as const).map((key) => ({
    key: `demo.${key}`,
    requirement: 'is a demo setting and must not be true in production mode (left unset it is ignored)',
    violated: (_raw: RawConfig, given: Record<string, unknown>) => explicitDemo(given, key),
  })),
  {
    key: 'accounts.passwordHashMemoryKib',
    requirement: 'must be at least 19456 (19 MiB, the OWASP minimum for argon2id) in production mode',
    violated: (raw) => raw.accounts.passwordHashMemoryKib < 19456,
  },
  {
    key: 'accounts.passwordHashPasses',
    requirement: 'must be at least 2 in production mode (the OWASP minimum for argon2id)',
    violated: (raw) => raw.accounts.passwordHashPasses < 2,
  },
  {
    // The test clock of the demo (issue 22): a production hub always runs on the system clock.
    key: 'demo.fixedStart',
    requirement: 'is for tests in demo mode only; production runs on the system clock',
    violated: (raw) => raw.demo.fixedStart !== undefined,
  },
];

export interface LoadConfigOptions {
  /**
   * Demo mode: secrets to use instead of generating new ones when neither the configuration nor
   * `<dataDir>/secrets.json` has them (a restore into a fresh folder takes the backup's generated secrets).
   */
  demoSecretsFallback?: Partial<Secrets>;
  /**
   * For commands that only describe the configuration and never send (the approval pack): a provider's missing
   * credentials are not an error there.
   */
  describeOnly?: boolean;
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Record<string, unknown> = {},
  options: LoadConfigOptions = {},
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
  // What was given before defaults are filled in (Value.Default fills in place): an explicit demo setting.
  const given = { demo: { ...((merged.demo as Record<string, unknown> | undefined) ?? {}) } };
  const withDefaults = Value.Default(ConfigSchema, merged) as Record<string, unknown>;
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

  const production =
    raw.mode === 'production' ? productionRules.filter((rule) => rule.violated(raw, given)) : [];
  if (production.length > 0)
    throw new ConfigError(
      `Invalid configuration for production mode (BP_MODE=production):\n${production
        .map((rule) => `  ${rule.key} (${envVarOf(rule.key)}) ${rule.requirement}`)
        .join('\n')}\nSee docs/installation.md and docs/configuration.md.`,
    );
  const missing = (Object.keys(ConfigSchema.properties.secrets.properties) as (keyof Secrets)[]).filter(
    (key) => !raw.secrets[key],
  );
  const secrets =
    raw.mode === 'production' || missing.length === 0
      ? (raw.secrets as Secrets)
      : demoSecrets(raw.dataDir, raw.secrets, options.demoSecretsFallback);
  if (!options.describeOnly && raw.sms.provider === 'http' && !raw.sms.httpUrl) {
    throw new ConfigError(
      'Invalid configuration: sms.httpUrl (BP_SMS__HTTP_URL) is required for sms.provider "http"',
    );
  }
  if (!options.describeOnly && raw.sms.provider === 'seven' && !raw.sms.sevenApiKey) {
    throw new ConfigError(
      'Invalid configuration: sms.sevenApiKey (BP_SMS__SEVEN_API_KEY) is required for sms.provider "seven"',
    );
  }
  const unknownRules = Object.keys(raw.alerts.recipients).filter(
    (rule) => rule !== 'default' && !(alertRuleIds as readonly string[]).includes(rule),
  );
  if (unknownRules.length > 0)
    throw new ConfigError(
      `Invalid configuration: alerts.recipients (BP_ALERTS__RECIPIENTS) names unknown rule(s) ${unknownRules.join(', ')}; known: ${alertRuleIds.join(', ')}, default`,
    );
  const alertRecipients = allAlertRecipients(raw);
  if (alertRecipients.some((to) => !/^https?:\/\//.test(to)) && !raw.alerts.smtpUrl)
    throw new ConfigError(
      'Invalid configuration: alerts.smtpUrl (BP_ALERTS__SMTP_URL) is required when an alert recipient is an e-mail address',
    );
  if (alertRecipients.some((to) => /^https?:\/\//.test(to)) && !raw.alerts.webhookSecret)
    throw new ConfigError(
      'Invalid configuration: alerts.webhookSecret (BP_ALERTS__WEBHOOK_SECRET) is required when an alert recipient is a webhook URL',
    );
  if (raw.integration.webhookUrl && !raw.integration.webhookSecret) {
    throw new ConfigError(
      'Invalid configuration: integration.webhookSecret (BP_INTEGRATION__WEBHOOK_SECRET) is required with integration.webhookUrl',
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
  const databaseUrl = raw.databaseUrl ?? `sqlite:${join(raw.dataDir, 'buergerpunkt.sqlite')}`;
  // Demo settings never take effect in production: their defaults are switched off here (an explicit `true` was
  // refused above), so no code path that forgets to ask for the mode can seed demo data or open around the clock.
  const demo = raw.mode === 'production' ? { seed: false, openAroundTheClock: false } : raw.demo;
  return { ...raw, secrets, databaseUrl, demo };
}

/** For command-line entry points: the config, or null after printing why it is invalid (the caller exits 2). */
export function loadConfigOrReport(
  env: NodeJS.ProcessEnv = process.env,
  options: LoadConfigOptions = {},
): Config | null {
  try {
    return loadConfig(env, {}, options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return null;
  }
}
