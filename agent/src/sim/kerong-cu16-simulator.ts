/**
 * A byte-level simulator of Kerong CU16 lock boards on one RS-485 bus. It reads the real command frames from a real
 * byte stream (one end of a pty pair, or TCP connections like a KR-BU bridge), answers status requests with real
 * status replies, and models the physical side: doors that spring open when their lock releases, items placed and
 * taken, doors closed or forced by a person. It can be told to misbehave the ways real boards and cables do: a
 * board that does not answer, a lock that does not open, a door that will not latch, corrupt checksums, noise
 * bytes on the line, slow replies. It records every frame it received, so tests can count unlock pulses.
 */
import { EventEmitter } from 'node:events';
import { type Server, type Socket, createServer } from 'node:net';
import { SerialPort } from 'serialport';
import {
  KerongCommand,
  KerongFrameParser,
  LOCKS_PER_BOARD,
  type KerongFrame,
  statusReply,
} from '../drivers/kerong-frames.ts';

export interface SimulatedKerongBoard {
  /** DIP-switch address 0–14. */
  address: number;
  /** Locks wired (1–16); bits of missing locks read as an open hook and no item. */
  locks?: number;
  /** Infrared sensors fitted (without, D3/D4 are always 0). */
  sensors?: boolean;
}

export interface KerongSimulatorOptions {
  boards: SimulatedKerongBoard[];
  /** What a set hook bit means on this installation's switches (the driver must be configured the same). */
  hookBitSetMeans?: 'closed' | 'open';
  /** The board's normal reply latency. */
  replyDelayMs?: number;
}

/** What one board does wrong; change the fields at any time (`sim.faults(0).silent = true`). */
export interface KerongBoardFaults {
  /** The board does not answer anything and ignores unlocks (unpowered, cut cable, wrong address). */
  silent: boolean;
  /** The next n replies carry a wrong checksum (`Infinity`: all of them). */
  corruptReplies: number;
  /** The next n replies are preceded by noise bytes on the line. */
  garbageBeforeReplies: number;
  /** Extra delay before each reply (a slow board, or a bridge buffering). */
  extraReplyDelayMs: number;
}

/** The physical state of one lock and its compartment. */
export interface SimulatedCompartment {
  doorOpen: boolean;
  occupied: boolean;
  /** The lock does not release on a pulse (mechanically stuck, broken solenoid, loose wire). */
  stuck: boolean;
  /** Closing the door does not latch it: it swings open again (bent latch, something in the way). */
  wontLatch: boolean;
}

export interface ReceivedKerongFrame {
  board: number;
  lock: number;
  command: number;
  bytes: Buffer;
  at: Date;
}

/** Noise on the line: includes an STX and a status-reply code so that the parser must resynchronise. */
export const NOISE_BYTES = Buffer.from([0x00, 0xff, 0x02, 0x10, 0x35, 0x7e, 0x02, 0x03, 0xaa]);

interface BoardState {
  config: Required<SimulatedKerongBoard>;
  faults: KerongBoardFaults;
  compartments: SimulatedCompartment[];
}

interface Line {
  write(bytes: Buffer): void;
  /** Replies scheduled on this line and not yet written. */
  due?: number;
}

export class KerongCu16Simulator extends EventEmitter {
  /** Every valid command frame received, in order (including those a silent board ignored). */
  readonly received: ReceivedKerongFrame[] = [];
  /** Frame-shaped byte runs rejected (bad checksum / end marker) — a driver should never cause one. */
  readonly rejected: Buffer[] = [];
  /** Requests that arrived while a reply on the same line was still due: a driver that waits never causes one. */
  overlappingRequests = 0;
  private readonly boards = new Map<number, BoardState>();
  private readonly hookBitSetMeans: 'closed' | 'open';
  private readonly replyDelayMs: number;
  private readonly closers: (() => Promise<void>)[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(options: KerongSimulatorOptions) {
    super();
    this.hookBitSetMeans = options.hookBitSetMeans ?? 'closed';
    this.replyDelayMs = options.replyDelayMs ?? 1;
    for (const board of options.boards) {
      const config = { locks: LOCKS_PER_BOARD, sensors: true, ...board };
      if (this.boards.has(config.address)) throw new Error(`board address ${config.address} used twice`);
      this.boards.set(config.address, {
        config,
        faults: { silent: false, corruptReplies: 0, garbageBeforeReplies: 0, extraReplyDelayMs: 0 },
        compartments: Array.from({ length: config.locks }, () => ({
          doorOpen: false,
          occupied: false,
          stuck: false,
          wontLatch: false,
        })),
      });
    }
  }

  // ---- wiring ---------------------------------------------------------------------------------------------------

  /** Listens to a byte stream and answers on it; returns the function that feeds received bytes. */
  attach(line: Line): (chunk: Buffer) => void {
    const parser = new KerongFrameParser('commands', {
      frame: (frame) => this.handle(frame, line),
      rejected: (bytes) => this.rejected.push(bytes),
    });
    return (chunk) => parser.push(chunk);
  }

  /** Opens the board end of a serial line (e.g. a pty from `createPtyPair`). */
  async openSerial(path: string, baudRate = 19200): Promise<void> {
    const port = new SerialPort({
      path,
      baudRate,
      dataBits: 8,
      parity: 'none',
      stopBits: 1,
      autoOpen: false,
    });
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    port.on('error', () => {});
    const feed = this.attach({ write: (bytes) => port.write(bytes) });
    port.on('data', feed);
    this.closers.push(
      () => new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())),
    );
  }

  /** Listens like a serial-to-Ethernet bridge (Kerong KR-BU: port 5000); resolves with the bound port. */
  async listenTcp(port = 0, host = '127.0.0.1'): Promise<number> {
    const sockets = this.sockets;
    const server: Server = createServer((socket) => {
      sockets.add(socket);
      socket.setNoDelay(true);
      socket.on('error', () => {});
      socket.on('close', () => sockets.delete(socket));
      const feed = this.attach({ write: (bytes) => !socket.destroyed && socket.write(bytes) });
      socket.on('data', feed);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.closers.push(
      () =>
        new Promise<void>((resolve) => {
          for (const socket of sockets) socket.destroy();
          server.close(() => resolve());
        }),
    );
    const address = server.address();
    return typeof address === 'object' && address ? address.port : port;
  }

  /** The bridge drops every TCP connection (rebooted, network blip); it keeps listening. */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(this.closers.splice(0).map((close) => close()));
  }

  // ---- the physical world ---------------------------------------------------------------------------------------

  compartment(board: number, lock: number): SimulatedCompartment {
    const state = this.board(board);
    const compartment = state.compartments[lock - 1];
    if (!compartment) throw new Error(`board ${board} has no lock ${lock}`);
    return compartment;
  }

  faults(board: number): KerongBoardFaults {
    return this.board(board).faults;
  }

  /** A person puts an item in (the door must be open). */
  placeItem(board: number, lock: number): void {
    const compartment = this.compartment(board, lock);
    if (!compartment.doorOpen) throw new Error(`door ${board}/${lock} is closed: nothing can be placed`);
    compartment.occupied = true;
    this.emit('change', { board, lock, compartment: { ...compartment } });
  }

  /** A person takes the item out (the door must be open). */
  takeItem(board: number, lock: number): void {
    const compartment = this.compartment(board, lock);
    if (!compartment.doorOpen) throw new Error(`door ${board}/${lock} is closed: nothing can be taken`);
    compartment.occupied = false;
    this.emit('change', { board, lock, compartment: { ...compartment } });
  }

  /** A person pushes the door shut; it latches unless the lock `wontLatch`. */
  closeDoor(board: number, lock: number): void {
    const compartment = this.compartment(board, lock);
    if (compartment.wontLatch) return;
    compartment.doorOpen = false;
    this.emit('change', { board, lock, compartment: { ...compartment } });
  }

  /** Someone breaks a door open without any command. */
  forceDoor(board: number, lock: number): void {
    const compartment = this.compartment(board, lock);
    compartment.doorOpen = true;
    this.emit('change', { board, lock, compartment: { ...compartment } });
  }

  /** Unlock frames this simulator received for one lock (whether or not the board acted on them). */
  unlockFrames(board: number, lock: number): ReceivedKerongFrame[] {
    return this.received.filter(
      (frame) => frame.command === KerongCommand.unlock && frame.board === board && frame.lock === lock,
    );
  }

  // ---- the board firmware ---------------------------------------------------------------------------------------

  private board(address: number): BoardState {
    const state = this.boards.get(address);
    if (!state) throw new Error(`no simulated board at address ${address}`);
    return state;
  }

  private handle(frame: KerongFrame, line: Line): void {
    if (frame.kind !== 'command') return;
    this.received.push({
      board: frame.board,
      lock: frame.lock,
      command: frame.command,
      bytes: frame.bytes,
      at: new Date(),
    });
    if ((line.due ?? 0) > 0) this.overlappingRequests += 1;
    const state = this.boards.get(frame.board);
    if (!state || state.faults.silent) return;
    if (frame.command === KerongCommand.status && frame.lock === 1) {
      this.reply(state, line);
    } else if (frame.command === KerongCommand.unlock) {
      const compartment = state.compartments[frame.lock - 1];
      if (!compartment || compartment.stuck) return;
      // The latch releases and the door's spring pushes it open; the hook switch reports it at once.
      compartment.doorOpen = true;
      this.emit('unlock', { board: frame.board, lock: frame.lock });
      this.emit('change', { board: frame.board, lock: frame.lock, compartment: { ...compartment } });
    }
  }

  private reply(state: BoardState, line: Line): void {
    let hooks = 0;
    let infrared = 0;
    state.compartments.forEach((compartment, index) => {
      const hookSet = this.hookBitSetMeans === 'closed' ? !compartment.doorOpen : compartment.doorOpen;
      if (hookSet) hooks |= 1 << index;
      if (state.config.sensors && compartment.occupied) infrared |= 1 << index;
    });
    // Unwired locks read like an open hook with nothing inside.
    for (let index = state.compartments.length; index < LOCKS_PER_BOARD; index++) {
      if (this.hookBitSetMeans === 'open') hooks |= 1 << index;
    }
    const faults = state.faults;
    const corrupt = faults.corruptReplies > 0;
    if (corrupt) faults.corruptReplies -= 1;
    const noise = faults.garbageBeforeReplies > 0;
    if (noise) faults.garbageBeforeReplies -= 1;
    const bytes = statusReply({ board: state.config.address, hooks, infrared }, corrupt);
    const payload = noise ? Buffer.concat([NOISE_BYTES, bytes]) : bytes;
    line.due = (line.due ?? 0) + 1;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      line.due = (line.due ?? 1) - 1;
      line.write(payload);
    }, this.replyDelayMs + faults.extraReplyDelayMs);
    this.timers.add(timer);
  }
}
