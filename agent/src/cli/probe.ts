/**
 * A bench tool for a real locker board: reads one board's status (or finds which addresses answer) and, only after
 * the operator confirms, releases one lock once, using the same drivers the agent uses.
 *
 *   npm run agent:probe -- --port /dev/ttyUSB0 --board 0              # Kerong CU16 status of board 0
 *   npm run agent:probe -- --host 192.168.1.50 --scan                  # which CU16 addresses answer (KR-BU bridge)
 *   npm run agent:probe -- --port /dev/ttyUSB0 --query-all --raw       # the CU16 bus-wide query, every byte in hex
 *   npm run agent:probe -- --port /dev/ttyUSB0 --board 1 --unlock 5    # asks, then one pulse to lock 5 of board 1
 *   npm run agent:probe -- --cu48 --port /dev/ttyUSB0 --board 0 --unlock 47 --raw [--variant 0x60]
 *   npm run agent:probe -- --modbus --port /dev/ttyUSB0 --unit 1 --inputs 16 [--unlock-coil 3 --door-input 3]
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { type ByteTransport, createTransport } from '../drivers/byte-transport.ts';
import { KerongCu16Driver, parseKerongCu16Options } from '../drivers/kerong-cu16.ts';
import { KerongCu48Driver, parseKerongCu48Options } from '../drivers/kerong-cu48.ts';
import {
  CU48_MAX_BOARD_ADDRESS,
  type Cu48Variant,
  cu48UnlockRequest,
  describeVariant,
} from '../drivers/kerong-cu48-frames.ts';
import {
  MAX_BOARD_ADDRESS,
  MAX_PLANNED_BOARD_ADDRESS,
  hex,
  unlockRequest,
} from '../drivers/kerong-frames.ts';
import type { LockDriver } from '../drivers/lock-driver.ts';
import { ModbusRelayDriver, parseModbusRelayOptions } from '../drivers/modbus-relay.ts';
import { formatRaw, queryAllBoards, tapTransport } from './commissioning.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'tcp-port': { type: 'string' },
    baud: { type: 'string' },
    cu48: { type: 'boolean', default: false },
    variant: { type: 'string', default: '0x50' },
    board: { type: 'string', default: '0' },
    scan: { type: 'boolean', default: false },
    'query-all': { type: 'boolean', default: false },
    unlock: { type: 'string' },
    hook: { type: 'string', default: 'closed' },
    infrared: { type: 'string', default: 'occupied' },
    raw: { type: 'boolean', default: false },
    modbus: { type: 'boolean', default: false },
    unit: { type: 'string', default: '1' },
    inputs: { type: 'string', default: '16' },
    'unlock-coil': { type: 'string' },
    'door-input': { type: 'string' },
    'pulse-ms': { type: 'string', default: '500' },
    timeout: { type: 'string', default: '500' },
    yes: { type: 'boolean', default: false },
    verbose: { type: 'boolean', short: 'v', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

/** How long `--raw` listens after an unlock pulse (does the board answer it?) and after `--query-all`. */
const LISTEN_MS = 1000;

function usage(message?: string): never {
  if (message) console.error(`probe: ${message}\n`);
  console.error(
    [
      'Usage: npm run agent:probe -- (--port PATH | --host HOST [--tcp-port N]) [options]',
      '  Kerong CU16: --board N (0–14) | --scan | --query-all, [--unlock LOCK] [--hook closed|open]',
      '               [--infrared occupied|empty] [--pulse-ms 500] [--baud 19200]',
      '  Kerong CU48: --cu48 [--variant 0x50|0x60] --board N (0–9) | --scan, [--unlock LOCK] [--hook closed|open]',
      '               [--pulse-ms 500]',
      '  Modbus relay: --modbus --unit ID --inputs N [--unlock-coil C --door-input I] [--pulse-ms 500] [--baud 9600]',
      '  --raw (every byte sent and received in hex with a timestamp; listens 1 s after an unlock),',
      '  --timeout MS (reply timeout), --yes (no question before an unlock), --verbose (print every frame)',
    ].join('\n'),
  );
  process.exit(2);
}

function integer(name: string, text: string | undefined, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    usage(`--${name} must be a whole number ${min}–${max}`);
  return value;
}

async function confirm(question: string): Promise<boolean> {
  if (values.yes) return true;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`${question} Type "yes" to go on: `);
  rl.close();
  return answer.trim().toLowerCase() === 'yes';
}

const events = {
  log: (level: string, message: string, data?: Record<string, unknown>) => {
    if (level === 'debug' && !values.verbose) return;
    console.log(`  [${level}] ${message}${data ? ` ${JSON.stringify(data)}` : ''}`);
  },
};

function line(defaultBaud: number, defaultTcpPort: number | null) {
  if (values.port && values.host) usage('give either --port or --host');
  if (values.port) {
    return {
      type: 'serial' as const,
      path: values.port,
      baudRate: integer('baud', values.baud ?? `${defaultBaud}`, 1200, 115200),
    };
  }
  if (values.host) {
    const tcpPort = values['tcp-port'] ?? (defaultTcpPort === null ? undefined : `${defaultTcpPort}`);
    return { type: 'tcp' as const, host: values.host, port: integer('tcp-port', tcpPort, 1, 65535) };
  }
  return usage('give --port (serial) or --host (TCP bridge)');
}

/** The line's transport; with `--raw` every byte in and out is printed with its time. */
function transport(config: ReturnType<typeof line>): ByteTransport {
  const plain = createTransport(config);
  return values.raw
    ? tapTransport(plain, (direction, at, bytes) => console.log(`  ${formatRaw(direction, at, bytes)}`))
    : plain;
}

function printReadings(
  driver: LockDriver,
  readings: Awaited<ReturnType<LockDriver['readAll']>>,
  label: (n: number) => string,
) {
  for (const reading of readings) {
    const occupied = reading.occupied === null ? '-' : reading.occupied ? 'item' : 'empty';
    console.log(`  ${label(reading.compartment).padEnd(12)} door ${reading.door.padEnd(7)} ${occupied}`);
  }
  for (const board of driver.health().boards) {
    console.log(
      `  ${board.board}: ${board.online ? 'answers' : `no answer (${board.lastError ?? 'not read'})`}`,
    );
  }
}

async function queryAll(): Promise<void> {
  if (values.cu48) usage('--query-all is a CU16 command (0x32 to address 0xF0)');
  const bus = transport(line(19200, 5000));
  try {
    console.log(`Query all boards (02 F0 32 03 27), listening ${LISTEN_MS} ms…`);
    const result = await queryAllBoards(bus, LISTEN_MS);
    console.log(
      result.boards.length
        ? `Boards answering with 0x36: ${result.boards.join(', ')}`
        : 'No board answered with a valid 0x36 frame.',
    );
    for (const frame of result.frames) console.log(`  ${hex(frame)}`);
    if (result.unknown.length) {
      console.log(`Other bytes (answers that collided, or another reply format): ${hex(result.unknown)}`);
    }
    for (const board of result.boards.filter((b) => b > MAX_PLANNED_BOARD_ADDRESS)) {
      console.log(`  note: board ${board} is outside the planned addresses 0–${MAX_PLANNED_BOARD_ADDRESS}.`);
    }
  } finally {
    await bus.close();
  }
}

async function kerong(): Promise<void> {
  const cu48 = values.cu48;
  const model = cu48 ? 'CU48' : 'CU16';
  const locks = cu48 ? 48 : 16;
  const timeout = integer('timeout', values.timeout, 20, 10000);
  const pulseMs = integer('pulse-ms', values['pulse-ms'], 0, 10000);
  if (values.hook !== 'closed' && values.hook !== 'open') usage('--hook must be closed or open');
  if (values.infrared !== 'occupied' && values.infrared !== 'empty')
    usage('--infrared must be occupied or empty');
  if (values.variant !== '0x50' && values.variant !== '0x60') usage('--variant must be 0x50 or 0x60');
  const variant: Cu48Variant = values.variant;
  // The CU16 frames carry addresses 0–14: the probe looks at them all, the agent's configuration plans for 0–9.
  const maxAddress = cu48 ? CU48_MAX_BOARD_ADDRESS : MAX_BOARD_ADDRESS;
  const addresses = values.scan
    ? Array.from({ length: maxAddress + 1 }, (_, i) => i)
    : [integer('board', values.board, 0, maxAddress)];
  const lineConfig = line(19200, 5000);
  // Checked with the agent's own option schema (one board at address 0), then the probed addresses put in.
  const settings = {
    line: lineConfig,
    boards: [{ address: 0, firstCompartment: 1 }],
    hookBitSetMeans: values.hook,
    responseTimeoutMs: timeout,
    readAttempts: values.scan ? 1 : 2,
    pulseMs,
    listenAfterPulseMs: values.raw ? LISTEN_MS : 0,
  };
  const boards = addresses.map((address) => ({ address, firstCompartment: address * locks + 1 }));
  // A scan expects most addresses to stay silent: no warning for each.
  const driverEvents = values.scan && !values.verbose ? {} : events;
  const transports = [transport(lineConfig)];
  const driver: LockDriver = cu48
    ? new KerongCu48Driver(
        {
          ...parseKerongCu48Options({ kind: 'kerong-cu48', protocolVariant: variant, ...settings }),
          boards: boards.map((b) => ({ ...b, locks })),
        },
        driverEvents,
        transports,
      )
    : new KerongCu16Driver(
        {
          ...parseKerongCu16Options({
            kind: 'kerong-cu16',
            infraredBitSetMeans: values.infrared,
            ...settings,
          }),
          boards: boards.map((b) => ({ ...b, locks, sensors: true })),
        },
        driverEvents,
        transports,
      );
  const label = (n: number) => `board ${Math.floor((n - 1) / locks)} lock ${((n - 1) % locks) + 1}`;
  try {
    if (cu48) console.log(`CU48 firmware variant ${variant}: ${describeVariant(variant)}`);
    await driver.start();
    if (values.scan) {
      const found = driver.health().boards.filter((board) => board.online);
      console.log(
        found.length ? `Boards answering: ${found.map((b) => b.board).join(', ')}` : 'No board answered.',
      );
      const beyond = found.filter((b) => Number(b.board.split(':')[1]) > MAX_PLANNED_BOARD_ADDRESS);
      if (beyond.length) {
        console.log(
          `Note: ${beyond.map((b) => b.board).join(', ')} outside the planned addresses 0–${MAX_PLANNED_BOARD_ADDRESS} ` +
            '(the agent config refuses them; tell the lead).',
        );
      }
      return;
    }
    const board = addresses[0]!;
    if (board > MAX_PLANNED_BOARD_ADDRESS) {
      console.log(
        `Note: address ${board} is outside the planned 0–${MAX_PLANNED_BOARD_ADDRESS} (the agent config refuses it).`,
      );
    }
    console.log(`${model} status of board ${board} (hook bit set = ${values.hook}):`);
    printReadings(driver, await driver.readAll(), label);
    if (values.unlock === undefined) return;
    const lock = integer('unlock', values.unlock, 1, locks);
    const frame = hex(cu48 ? cu48UnlockRequest(board, lock, variant) : unlockRequest(board, lock));
    if (!(await confirm(`Release lock ${lock} of board ${board} once (frame ${frame})?`))) {
      console.log('Not unlocked.');
      return;
    }
    const outcome = await driver.unlock(board * locks + lock);
    console.log(outcome.ok ? 'Unlocked: the hook reads open.' : `Not confirmed: ${outcome.fault}.`);
    console.log(`  ${JSON.stringify(outcome.reading)}`);
    if (!outcome.ok) process.exitCode = 1;
  } finally {
    await driver.close();
  }
}

async function modbus(): Promise<void> {
  const inputs = integer('inputs', values.inputs, 1, 2000);
  const coil =
    values['unlock-coil'] === undefined ? null : integer('unlock-coil', values['unlock-coil'], 0, 65535);
  const doorInput =
    values['door-input'] === undefined ? null : integer('door-input', values['door-input'], 0, inputs - 1);
  if ((coil === null) !== (doorInput === null))
    usage('--unlock-coil needs --door-input (the input that shows that door)');
  // One pseudo-compartment per input (numbered input + 1) so that every input is printed. Only the door input
  // named for the unlock gets the real coil; the others get distinct coil numbers that are never switched.
  const compartments = Array.from({ length: inputs }, (_, input) => ({
    compartment: input + 1,
    coil: input === doorInput && coil !== null ? coil : 65535 - input,
    doorInput: input,
  }));
  const driver = new ModbusRelayDriver(
    parseModbusRelayOptions({
      kind: 'modbus-relay',
      line: line(9600, null),
      unitId: integer('unit', values.unit, 1, 247),
      compartments,
      pulseMs: integer('pulse-ms', values['pulse-ms'], 20, 10000),
      responseTimeoutMs: integer('timeout', values.timeout, 20, 10000),
    }),
    events,
  );
  try {
    await driver.start();
    console.log(`Discrete inputs 0–${inputs - 1} of unit ${values.unit} (active = closed):`);
    printReadings(driver, await driver.readAll(), (n) => `input ${n - 1}`);
    if (coil === null || doorInput === null) return;
    if (!(await confirm(`Switch relay ${coil} on for ${values['pulse-ms']} ms, once?`))) {
      console.log('Not unlocked.');
      return;
    }
    const outcome = await driver.unlock(doorInput + 1);
    console.log(outcome.ok ? `Unlocked: input ${doorInput} reads open.` : `Not confirmed: ${outcome.fault}.`);
    if (!outcome.ok) process.exitCode = 1;
  } finally {
    await driver.close();
  }
}

if (values.help) usage();
await (values.modbus ? modbus() : values['query-all'] ? queryAll() : kerong()).catch((error: Error) => {
  console.error(`probe: ${error.message}`);
  process.exitCode = 1;
});
