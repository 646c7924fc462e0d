/**
 * The Modbus RTU relay-board driver (via `modbus-serial`), for simple boxes: each compartment's lock hangs on one
 * relay (coil), its door contact on one discrete input, optionally an occupancy sensor on another; one unit id.
 *
 * Same safety rules as the Kerong driver:
 * - One request on the line at a time.
 * - Input reads are retried. The coil-on write that releases a lock is NEVER repeated: after it the coil is
 *   switched off again after `pulseMs` (the off write may be repeated: it opens nothing, it ends the pulse), and
 *   the outcome is read from the door input: `unlocked`, `not_confirmed` (door still closed) or `board_offline`.
 * - Before the pulse the board must answer an input read: a pulse is not sent into silence.
 */
// Loaded when the driver first connects (with the native serialport it brings): the hub bundles this code for the
// demo's box and never needs it.
import type modbusSerial from 'modbus-serial';
import { Type, type Static } from 'typebox';
import { driverConfigError, parseDriverOptions } from './driver-config.ts';
import type { DriverEvents } from './kerong-cu16.ts';
import { LineQueue, delay } from './line-queue.ts';
import type { CompartmentReading, DriverHealth, LockDriver, UnlockOutcome } from './lock-driver.ts';

const SerialLineSchema = Type.Object(
  {
    type: Type.Literal('serial'),
    path: Type.String({ minLength: 1 }),
    baudRate: Type.Integer({ minimum: 1200, maximum: 115200, default: 9600 }),
    parity: Type.Union([Type.Literal('none'), Type.Literal('even'), Type.Literal('odd')], {
      default: 'none',
    }),
    stopBits: Type.Union([Type.Literal(1), Type.Literal(2)], { default: 1 }),
  },
  { additionalProperties: false },
);

const TcpLineSchema = Type.Object(
  {
    type: Type.Literal('tcp'),
    /** A serial-to-Ethernet bridge passing RTU frames through unchanged (RTU over TCP, not Modbus TCP). */
    host: Type.String({ minLength: 1 }),
    port: Type.Integer({ minimum: 1, maximum: 65535 }),
  },
  { additionalProperties: false },
);

const WiringSchema = Type.Object(
  {
    /** The box's compartment number. */
    compartment: Type.Integer({ minimum: 1, maximum: 10000 }),
    /** Relay (coil address, 0-based as on the wire) that releases this compartment's lock. */
    coil: Type.Integer({ minimum: 0, maximum: 65535 }),
    /** Discrete input (0-based) of the door contact. */
    doorInput: Type.Integer({ minimum: 0, maximum: 65535 }),
    /** Discrete input of an occupancy sensor, if one is fitted (active = item present). */
    occupancyInput: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535 })),
  },
  { additionalProperties: false },
);

export const ModbusRelayOptionsSchema = Type.Object(
  {
    kind: Type.Literal('modbus-relay'),
    line: Type.Union([SerialLineSchema, TcpLineSchema]),
    /** The board's Modbus unit (slave) id. */
    unitId: Type.Integer({ minimum: 1, maximum: 247, default: 1 }),
    compartments: Type.Array(WiringSchema, { minItems: 1, maxItems: 2000 }),
    /** What an active door input means with the contacts fitted (reed/microswitch, normally open or closed). */
    doorInputOnMeans: Type.Union([Type.Literal('closed'), Type.Literal('open')], { default: 'closed' }),
    /** How long the relay stays on: long enough for the solenoid to release the latch. */
    pulseMs: Type.Integer({ minimum: 20, maximum: 10000, default: 500 }),
    responseTimeoutMs: Type.Integer({ minimum: 20, maximum: 10000, default: 300 }),
    /** Attempts per input read (1 = no retry). Reads only: the coil-on write is never repeated. */
    readAttempts: Type.Integer({ minimum: 1, maximum: 10, default: 3 }),
    /** Attempts to switch a relay off again after its pulse. */
    coilOffAttempts: Type.Integer({ minimum: 1, maximum: 20, default: 5 }),
    /** Wait after the pulse before reading the door input. */
    unlockConfirmDelayMs: Type.Integer({ minimum: 0, maximum: 5000, default: 100 }),
    /** Input reads after a pulse that may show the door open (each itself retried per `readAttempts`). */
    confirmReads: Type.Integer({ minimum: 1, maximum: 20, default: 3 }),
  },
  { additionalProperties: false },
);

// `modbus-serial` is CommonJS and sets `module.exports.default` to itself; this reads the class the same way in
// TypeScript (which sees the module object) and at run time.
type ModbusClient = InstanceType<typeof modbusSerial.default>;
async function loadModbusRTU(): Promise<typeof modbusSerial.default> {
  return (await import('modbus-serial')).default.default;
}

export type ModbusRelayOptions = Static<typeof ModbusRelayOptionsSchema>;
type Wiring = ModbusRelayOptions['compartments'][number];

/** Checks raw options (defaults filled in): no compartment, coil or input used twice. */
export function parseModbusRelayOptions(raw: unknown): ModbusRelayOptions {
  const options = parseDriverOptions(ModbusRelayOptionsSchema, raw);
  const compartments = new Set<number>();
  const coils = new Set<number>();
  const inputs = new Set<number>();
  options.compartments.forEach((wiring, index) => {
    if (compartments.has(wiring.compartment)) {
      throw driverConfigError(
        `compartments.${index}.compartment`,
        `compartment ${wiring.compartment} is listed twice`,
      );
    }
    compartments.add(wiring.compartment);
    if (coils.has(wiring.coil))
      throw driverConfigError(`compartments.${index}.coil`, `coil ${wiring.coil} is used twice`);
    coils.add(wiring.coil);
    for (const key of ['doorInput', 'occupancyInput'] as const) {
      const input = wiring[key];
      if (input === undefined) continue;
      if (inputs.has(input))
        throw driverConfigError(`compartments.${index}.${key}`, `input ${input} is used twice`);
      inputs.add(input);
    }
  });
  return options;
}

export class ModbusRelayDriver implements LockDriver {
  private readonly queue = new LineQueue();
  private readonly wiring: Wiring[];
  private readonly firstInput: number;
  private readonly inputCount: number;
  private client: ModbusClient | null = null;
  private closed = false;
  /** Relays whose off write the board never confirmed; retried before every input read. */
  private readonly coilsMaybeOn = new Set<number>();
  private readonly status = {
    online: false,
    lastSeenAt: null as string | null,
    lastError: null as string | null,
  };

  constructor(
    private readonly options: ModbusRelayOptions,
    private readonly events: DriverEvents = {},
    private readonly now: () => Date = () => new Date(),
  ) {
    this.wiring = [...options.compartments].sort((a, b) => a.compartment - b.compartment);
    const inputs = this.wiring.flatMap((w) =>
      w.occupancyInput === undefined ? [w.doorInput] : [w.doorInput, w.occupancyInput],
    );
    this.firstInput = Math.min(...inputs);
    this.inputCount = Math.max(...inputs) - this.firstInput + 1;
  }

  async start(): Promise<void> {
    try {
      await this.queue.run(() => this.connect());
    } catch (error) {
      this.fail(`cannot open ${this.describeLine()}: ${(error as Error).message}`);
      return;
    }
    await this.readAll();
  }

  compartments(): number[] {
    return this.wiring.map((w) => w.compartment);
  }

  health(): DriverHealth {
    // A relay that may still be on holds a lock open: the board is not healthy until it is confirmed off.
    const stuck = [...this.coilsMaybeOn];
    const lastError = stuck.length
      ? `relay ${stuck.join(', ')} may still be on (switching off again on every read)`
      : this.status.lastError;
    const board = { board: `modbus:${this.options.unitId}`, ...this.status, lastError };
    return { ok: this.status.online && stuck.length === 0, boards: [board] };
  }

  async readAll(): Promise<CompartmentReading[]> {
    const inputs = await this.readInputs(true);
    return this.wiring.map((wiring) => this.reading(wiring, inputs));
  }

  async unlock(compartment: number): Promise<UnlockOutcome> {
    const wiring = this.wiring.find((w) => w.compartment === compartment);
    if (!wiring) return { ok: false, fault: 'unknown_compartment', reading: null };

    const before = await this.readInputs();
    if (!before) return { ok: false, fault: 'board_offline', reading: this.reading(wiring, null) };

    // The pulse: exactly one coil-on write, whatever its reply.
    await this.queue.run(async () => {
      if (this.closed) return;
      try {
        await this.ensureConnected();
        await this.client!.writeCoil(wiring.coil, true);
        this.log('info', 'relay switched on', { coil: wiring.coil, compartment });
      } catch (error) {
        // The relay may or may not have switched: it is switched off below and the door input tells.
        this.fail(`coil ${wiring.coil} on: ${(error as Error).message}`);
      }
    });
    await delay(this.options.pulseMs);
    await this.switchOff(wiring.coil);

    let last: CompartmentReading | null = null;
    for (let attempt = 0; attempt < this.options.confirmReads; attempt++) {
      await delay(this.options.unlockConfirmDelayMs);
      const inputs = await this.readInputs();
      if (!inputs) continue;
      last = this.reading(wiring, inputs);
      if (last.door === 'open') return { ok: true, reading: last };
    }
    if (!last) return { ok: false, fault: 'board_offline', reading: this.reading(wiring, null) };
    this.log('warn', 'unlock not confirmed: door input still closed', { coil: wiring.coil, compartment });
    return { ok: false, fault: 'not_confirmed', reading: last };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue.run(() => this.disconnect());
  }

  /**
   * Ends a pulse. Repeating an off write is safe (it releases nothing), so it is retried until the board confirms;
   * a relay still unconfirmed is tried again before every later input read.
   */
  private async switchOff(coil: number, attempts = this.options.coilOffAttempts): Promise<boolean> {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const done = await this.queue.run(async () => {
        try {
          await this.ensureConnected();
          await this.client!.writeCoil(coil, false);
          this.coilsMaybeOn.delete(coil);
          return true;
        } catch (error) {
          this.fail(`coil ${coil} off (attempt ${attempt}): ${(error as Error).message}`);
          return false;
        }
      });
      if (done) return true;
    }
    this.coilsMaybeOn.add(coil);
    this.fail(`coil ${coil} may still be on: the board did not confirm switching it off`);
    return false;
  }

  /** All used discrete inputs in one request, retried; `null` when the board did not answer. */
  private async readInputs(poll = false): Promise<boolean[] | null> {
    for (const coil of [...this.coilsMaybeOn]) {
      if (this.closed) break;
      await this.switchOff(coil, 1);
    }
    // A routine poll of a board whose last read failed gets one attempt (see the Kerong driver).
    const attempts =
      poll && !this.status.online && this.status.lastError !== null ? 1 : this.options.readAttempts;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const inputs = await this.queue.run(async () => {
        if (this.closed) return null;
        try {
          await this.ensureConnected();
          const result = await this.client!.readDiscreteInputs(this.firstInput, this.inputCount);
          if (result.data.length < this.inputCount) throw new Error('short reply');
          Object.assign(this.status, { online: true, lastSeenAt: this.now().toISOString(), lastError: null });
          return result.data.slice(0, this.inputCount);
        } catch (error) {
          this.fail(`read inputs: ${(error as Error).message}`);
          return null;
        }
      });
      if (inputs) return inputs;
    }
    return null;
  }

  private reading(wiring: Wiring, inputs: boolean[] | null): CompartmentReading {
    if (!inputs) return { compartment: wiring.compartment, door: 'unknown', occupied: null };
    const doorActive = inputs[wiring.doorInput - this.firstInput] === true;
    const closed = this.options.doorInputOnMeans === 'closed' ? doorActive : !doorActive;
    return {
      compartment: wiring.compartment,
      door: closed ? 'closed' : 'open',
      occupied:
        wiring.occupancyInput === undefined ? null : inputs[wiring.occupancyInput - this.firstInput] === true,
    };
  }

  private async ensureConnected(): Promise<void> {
    if (this.client?.isOpen) return;
    await this.connect();
  }

  /** A fresh client each time: a port that dropped (adapter unplugged, bridge rebooted) is opened anew. */
  private async connect(): Promise<void> {
    await this.disconnect();
    const ModbusRTU = await loadModbusRTU();
    const client = new ModbusRTU();
    client.on('error', () => {});
    const line = this.options.line;
    if (line.type === 'serial') {
      await client.connectRTUBuffered(line.path, {
        baudRate: line.baudRate,
        dataBits: 8,
        parity: line.parity,
        stopBits: line.stopBits,
      });
    } else {
      // modbus-serial's "telnet" port is raw RTU frames over TCP, which is what a transparent bridge passes on
      // (its "TCP RTU buffered" port speaks Modbus TCP with MBAP headers instead).
      await client.connectTelnet(line.host, { port: line.port });
    }
    client.setID(this.options.unitId);
    client.setTimeout(this.options.responseTimeoutMs);
    this.client = client;
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (!client?.isOpen) return;
    await new Promise<void>((resolve) => client.close(() => resolve()));
  }

  private describeLine(): string {
    const line = this.options.line;
    return line.type === 'serial' ? `serial ${line.path}` : `tcp ${line.host}:${line.port}`;
  }

  private fail(message: string): void {
    this.status.online = false;
    this.status.lastError = message;
    this.log('warn', message);
  }

  private log(level: 'debug' | 'info' | 'warn', message: string, data?: Record<string, unknown>): void {
    this.events.log?.(level, message, data);
  }
}

export function createModbusRelayDriver(raw: unknown, events?: DriverEvents): ModbusRelayDriver {
  return new ModbusRelayDriver(parseModbusRelayOptions(raw), events);
}
