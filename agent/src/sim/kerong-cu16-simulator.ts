/**
 * A byte-level simulator of Kerong CU16 lock boards on one RS-485 bus. It reads the real command frames from a real
 * byte stream (one end of a pty pair, or TCP connections like a KR-BU bridge), answers status requests with real
 * status replies, and models the physical side: doors that spring open when their lock releases, items placed and
 * taken, doors closed or forced by a person. It can be told to misbehave the ways real boards and cables do: a
 * board that does not answer, a lock that does not open, a door that will not latch, corrupt checksums, noise
 * bytes on the line, slow replies. It records every frame it received, so tests can count unlock pulses.
 */
import {
  KerongCommand,
  KerongFrameParser,
  LOCKS_PER_BOARD,
  type KerongFrame,
  statusReply,
} from '../drivers/kerong-frames.ts';
import {
  type BoardFaults,
  type SimulatedCompartment,
  closedEmptyCompartment,
  consume,
  noFaults,
} from './board-faults.ts';
import { LineSimulator, type SimulatorLine } from './simulator-lines.ts';

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

/** What one board does wrong (see BoardFaults). */
export type KerongBoardFaults = BoardFaults;
export type { SimulatedCompartment };

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

export class KerongCu16Simulator extends LineSimulator {
  /** Every valid command frame received, in order (including those a silent board ignored). */
  readonly received: ReceivedKerongFrame[] = [];
  /** Frame-shaped byte runs rejected (bad checksum / end marker) — a driver should never cause one. */
  readonly rejected: Buffer[] = [];
  private readonly boards = new Map<number, BoardState>();
  private readonly hookBitSetMeans: 'closed' | 'open';
  private readonly replyDelayMs: number;

  constructor(options: KerongSimulatorOptions) {
    super();
    this.hookBitSetMeans = options.hookBitSetMeans ?? 'closed';
    this.replyDelayMs = options.replyDelayMs ?? 1;
    for (const board of options.boards) {
      const config = { locks: LOCKS_PER_BOARD, sensors: true, ...board };
      if (this.boards.has(config.address)) throw new Error(`board address ${config.address} used twice`);
      this.boards.set(config.address, {
        config,
        faults: noFaults(),
        compartments: Array.from({ length: config.locks }, closedEmptyCompartment),
      });
    }
  }

  protected receiver(line: SimulatorLine): (chunk: Buffer) => void {
    const parser = new KerongFrameParser('commands', {
      frame: (frame) => this.handle(frame, line),
      rejected: (bytes) => this.rejected.push(bytes),
    });
    return (chunk) => parser.push(chunk);
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

  private handle(frame: KerongFrame, line: SimulatorLine): void {
    if (frame.kind !== 'command') return;
    this.received.push({
      board: frame.board,
      lock: frame.lock,
      command: frame.command,
      bytes: frame.bytes,
      at: new Date(),
    });
    this.noteRequest(line);
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

  private reply(state: BoardState, line: SimulatorLine): void {
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
    const corrupt = consume(faults, 'corruptReplies');
    const noise = consume(faults, 'garbageBeforeReplies');
    const bytes = statusReply({ board: state.config.address, hooks, infrared }, corrupt);
    const payload = noise ? Buffer.concat([NOISE_BYTES, bytes]) : bytes;
    this.replyLater(line, payload, this.replyDelayMs + faults.extraReplyDelayMs);
  }
}
