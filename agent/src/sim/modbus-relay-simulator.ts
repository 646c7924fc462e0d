/**
 * A byte-level simulator of a Modbus RTU relay board used as a simple locker controller: each compartment's lock
 * hangs on one relay (coil), its door contact on one discrete input, optionally an occupancy sensor on another.
 * It reads real RTU requests from a real byte stream (pty or TCP), answers with real RTU replies (CRC-16/Modbus),
 * models doors and contents like the Kerong simulator, and misbehaves on request (silent, stuck lock, door that
 * will not latch, corrupt CRC, noise, slow replies). It records every request, so tests can count coil pulses.
 */
import {
  type BoardFaults,
  type SimulatedCompartment,
  closedEmptyCompartment,
  consume,
  noFaults,
} from './board-faults.ts';
import {
  ModbusException,
  ModbusFunction,
  type ModbusRequest,
  ModbusRequestParser,
  exceptionReply,
  readBitsReply,
  writeMultipleCoilsReply,
} from './modbus-rtu-frames.ts';
import { LineSimulator, type SimulatorLine } from './simulator-lines.ts';

export interface SimulatedRelayWiring {
  /** The box's compartment number. */
  compartment: number;
  /** The relay (coil address, 0-based) that releases its lock. */
  coil: number;
  /** The discrete input (0-based) its door contact is wired to. */
  doorInput: number;
  /** The discrete input of its occupancy sensor, if fitted. */
  occupancyInput?: number;
}

export interface ModbusRelaySimulatorOptions {
  unitId: number;
  compartments: SimulatedRelayWiring[];
  /** Relays on the board. */
  coils?: number;
  /** Discrete inputs on the board. */
  inputs?: number;
  /** What an active door input means with this installation's contacts. */
  doorInputOnMeans?: 'closed' | 'open';
  replyDelayMs?: number;
}

export interface ReceivedModbusRequest {
  request: ModbusRequest;
  at: Date;
}

/** Noise on the line between requests and replies. */
export const MODBUS_NOISE_BYTES = Buffer.from([0x00, 0xff, 0x55, 0xaa, 0xfe, 0x7e]);

export class ModbusRelaySimulator extends LineSimulator {
  /** Every request with a good CRC, in order (including those a silent board ignored). */
  readonly received: ReceivedModbusRequest[] = [];
  /** Request-shaped byte runs with a bad CRC. */
  readonly rejected: Buffer[] = [];
  readonly coilStates: boolean[];
  readonly boardFaults: BoardFaults = noFaults();
  private readonly wiring: Map<number, SimulatedRelayWiring>;
  private readonly state = new Map<number, SimulatedCompartment>();
  private readonly inputCount: number;

  constructor(private readonly options: ModbusRelaySimulatorOptions) {
    super();
    this.coilStates = Array.from({ length: options.coils ?? 16 }, () => false);
    this.inputCount = options.inputs ?? 32;
    this.wiring = new Map(options.compartments.map((wiring) => [wiring.compartment, wiring]));
    for (const wiring of options.compartments) this.state.set(wiring.compartment, closedEmptyCompartment());
  }

  protected receiver(line: SimulatorLine): (chunk: Buffer) => void {
    const parser = new ModbusRequestParser(
      (request) => this.handle(request, line),
      (bytes) => this.rejected.push(bytes),
    );
    return (chunk) => parser.push(chunk);
  }

  // ---- the physical world ---------------------------------------------------------------------------------------

  compartment(number: number): SimulatedCompartment {
    const compartment = this.state.get(number);
    if (!compartment) throw new Error(`no simulated compartment ${number}`);
    return compartment;
  }

  faults(): BoardFaults {
    return this.boardFaults;
  }

  placeItem(number: number): void {
    const compartment = this.compartment(number);
    if (!compartment.doorOpen) throw new Error(`door ${number} is closed: nothing can be placed`);
    compartment.occupied = true;
  }

  takeItem(number: number): void {
    const compartment = this.compartment(number);
    if (!compartment.doorOpen) throw new Error(`door ${number} is closed: nothing can be taken`);
    compartment.occupied = false;
  }

  closeDoor(number: number): void {
    const compartment = this.compartment(number);
    if (!compartment.wontLatch) compartment.doorOpen = false;
  }

  forceDoor(number: number): void {
    this.compartment(number).doorOpen = true;
  }

  /** Requests that switched `coil` on (a lock pulse each), whether or not the board acted on them. */
  coilOnWrites(coil: number): ReceivedModbusRequest[] {
    return this.received.filter(({ request }) => {
      if (request.unit !== this.options.unitId) return false;
      if ('value' in request && request.fn === ModbusFunction.writeSingleCoil) {
        return request.address === coil && request.value === 0xff00;
      }
      if ('states' in request) {
        return coil >= request.address && request.states[coil - request.address] === true;
      }
      return false;
    });
  }

  // ---- the board firmware ---------------------------------------------------------------------------------------

  private inputs(): boolean[] {
    const inputs = Array.from({ length: this.inputCount }, () => false);
    const onMeansClosed = (this.options.doorInputOnMeans ?? 'closed') === 'closed';
    for (const [number, wiring] of this.wiring) {
      const compartment = this.state.get(number)!;
      inputs[wiring.doorInput] = onMeansClosed ? !compartment.doorOpen : compartment.doorOpen;
      if (wiring.occupancyInput !== undefined) inputs[wiring.occupancyInput] = compartment.occupied;
    }
    return inputs;
  }

  private setCoil(coil: number, on: boolean): void {
    const wasOn = this.coilStates[coil];
    this.coilStates[coil] = on;
    if (!on || wasOn) return;
    // The relay energises the lock's solenoid: the latch releases and the spring pushes the door open.
    for (const [number, wiring] of this.wiring) {
      const compartment = this.state.get(number)!;
      if (wiring.coil === coil && !compartment.stuck) {
        compartment.doorOpen = true;
        this.emit('unlock', { compartment: number, coil });
      }
    }
  }

  private handle(request: ModbusRequest, line: SimulatorLine): void {
    this.received.push({ request, at: new Date() });
    this.noteRequest(line);
    if (request.unit !== this.options.unitId || this.boardFaults.silent) return;
    const reply = this.execute(request);
    const corrupt = consume(this.boardFaults, 'corruptReplies');
    const noise = consume(this.boardFaults, 'garbageBeforeReplies');
    if (corrupt) reply.writeUInt8(reply.readUInt8(reply.length - 1) ^ 0xff, reply.length - 1);
    const payload = noise ? Buffer.concat([MODBUS_NOISE_BYTES, reply]) : reply;
    this.replyLater(line, payload, (this.options.replyDelayMs ?? 1) + this.boardFaults.extraReplyDelayMs);
  }

  private execute(request: ModbusRequest): Buffer {
    const unit = request.unit;
    if ('quantity' in request && (request.fn === 0x01 || request.fn === 0x02)) {
      const source = request.fn === ModbusFunction.readCoils ? this.coilStates : this.inputs();
      if (request.quantity < 1 || request.quantity > 2000) {
        return exceptionReply(unit, request.fn, ModbusException.illegalDataValue);
      }
      if (request.address + request.quantity > source.length) {
        return exceptionReply(unit, request.fn, ModbusException.illegalDataAddress);
      }
      return readBitsReply(
        unit,
        request.fn,
        source.slice(request.address, request.address + request.quantity),
      );
    }
    if ('value' in request) {
      if (request.value !== 0xff00 && request.value !== 0x0000) {
        return exceptionReply(unit, request.fn, ModbusException.illegalDataValue);
      }
      if (request.address >= this.coilStates.length) {
        return exceptionReply(unit, request.fn, ModbusException.illegalDataAddress);
      }
      this.setCoil(request.address, request.value === 0xff00);
      return Buffer.from(request.bytes);
    }
    if ('states' in request) {
      if (request.address + request.quantity > this.coilStates.length) {
        return exceptionReply(unit, request.fn, ModbusException.illegalDataAddress);
      }
      request.states.forEach((on, i) => this.setCoil(request.address + i, on));
      return writeMultipleCoilsReply(unit, request.address, request.quantity);
    }
    return exceptionReply(unit, request.fn, ModbusException.illegalFunction);
  }
}
