/**
 * What the Kerong CU16 and CU48 board simulators share: the boards on one RS-485 bus and their physical side (doors
 * that spring open when their lock releases, items placed and taken, doors closed or forced by a person), the board
 * firmware's behaviour around status reads and unlock pulses, and the ways boards misbehave (see KerongBoardFaults).
 * Every command frame received is recorded, so tests can count unlock pulses. The subclasses parse and build the
 * model's frames.
 */
import {
  type BoardFaults,
  type SimulatedCompartment,
  closedEmptyCompartment,
  consume,
  noFaults,
} from './board-faults.ts';
import { LineSimulator, type SimulatorLine } from './simulator-lines.ts';

export interface SimulatedKerongBoard {
  /** The board's address (DIP switches). */
  address: number;
  /** Locks wired; bits of missing locks read as an open hook and no item. */
  locks?: number;
  /** Infrared sensors fitted (CU16 only; without, the infrared bits are always 0). */
  sensors?: boolean;
}

export interface KerongSimulatorOptions {
  boards: SimulatedKerongBoard[];
  /** What a set hook bit means on this installation's switches (the driver must be configured the same). */
  hookBitSetMeans?: 'closed' | 'open';
  /** What a set infrared bit means with this installation's sensors (CU16; the driver must be configured the same). */
  infraredBitSetMeans?: 'occupied' | 'empty';
  /** The board's normal reply latency. */
  replyDelayMs?: number;
}

/** What one board does wrong: the shared faults, and two that concern the unlock. */
export interface KerongBoardFaults extends BoardFaults {
  /** The board answers an unlock frame with a status frame (some public drivers expect one; the brief says none). */
  answersUnlock: boolean;
  /**
   * After an unlock the board drives the lock this long without answering status reads; the door opens when the
   * pulse ends (a servo lock, or a busy firmware). 0: the latch releases at once and the board keeps answering.
   */
  silentWhilePulsingMs: number;
}

export type { SimulatedCompartment };

export interface ReceivedKerongFrame {
  board: number;
  /** 1-based lock the frame names (for a status frame: what its address bits give). */
  lock: number;
  command: number;
  bytes: Buffer;
  at: Date;
}

/** A received command as the firmware sees it. */
export interface KerongCommandFrame extends Omit<ReceivedKerongFrame, 'at'> {
  kind: 'status' | 'unlock' | 'other';
}

export interface KerongBoardState {
  config: Required<SimulatedKerongBoard>;
  faults: KerongBoardFaults;
  compartments: SimulatedCompartment[];
  /** `performance.now()` until which the board drives a lock and answers nothing. */
  busyUntil: number;
}

export abstract class KerongBusSimulator extends LineSimulator {
  /** Every valid command frame received, in order (including those a silent or busy board ignored). */
  readonly received: ReceivedKerongFrame[] = [];
  /** Frame-shaped byte runs rejected (bad checksum / end marker) — a driver should never cause one. */
  readonly rejected: Buffer[] = [];
  protected readonly boards = new Map<number, KerongBoardState>();
  protected readonly hookBitSetMeans: 'closed' | 'open';
  protected readonly infraredBitSetMeans: 'occupied' | 'empty';
  protected readonly replyDelayMs: number;

  constructor(
    options: KerongSimulatorOptions,
    protected readonly locksPerBoard: number,
  ) {
    super();
    this.hookBitSetMeans = options.hookBitSetMeans ?? 'closed';
    this.infraredBitSetMeans = options.infraredBitSetMeans ?? 'occupied';
    this.replyDelayMs = options.replyDelayMs ?? 1;
    for (const board of options.boards) {
      const config = { locks: locksPerBoard, sensors: true, ...board };
      if (this.boards.has(config.address)) throw new Error(`board address ${config.address} used twice`);
      this.boards.set(config.address, {
        config,
        faults: { ...noFaults(), answersUnlock: false, silentWhilePulsingMs: 0 },
        compartments: Array.from({ length: config.locks }, closedEmptyCompartment),
        busyUntil: 0,
      });
    }
  }

  /** The model's unlock command code (for `unlockFrames`). */
  protected abstract readonly unlockCommand: number;

  /** The model's status reply for these hook bits (index 0 = lock 1) and infrared bits. */
  protected abstract statusFrame(
    board: number,
    hooks: boolean[],
    infrared: boolean[],
    corrupt: boolean,
  ): Buffer;

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
      (frame) => frame.command === this.unlockCommand && frame.board === board && frame.lock === lock,
    );
  }

  // ---- the board firmware ---------------------------------------------------------------------------------------

  protected board(address: number): KerongBoardState {
    const state = this.boards.get(address);
    if (!state) throw new Error(`no simulated board at address ${address}`);
    return state;
  }

  /** Records a command and, if the addressed board is there and listening, acts on it. */
  protected handleCommand(frame: KerongCommandFrame, line: SimulatorLine): void {
    const { kind, ...received } = frame;
    this.received.push({ ...received, at: new Date() });
    this.noteRequest(line);
    const state = this.boards.get(frame.board);
    if (!state || !this.listening(state)) return;
    if (kind === 'status') {
      this.reply(state, line);
    } else if (kind === 'unlock') {
      this.unlock(state, frame.lock, line);
    }
  }

  /** Not silent and not busy driving a lock. */
  protected listening(state: KerongBoardState): boolean {
    return !state.faults.silent && performance.now() >= state.busyUntil;
  }

  /** Answers with the board's status (or what `build` makes), applying the reply faults. */
  protected reply(
    state: KerongBoardState,
    line: SimulatorLine,
    extraDelayMs = 0,
    build = this.statusBytes(state),
  ): void {
    const faults = state.faults;
    const corrupt = consume(faults, 'corruptReplies');
    const noise = consume(faults, 'garbageBeforeReplies');
    const bytes = build(corrupt);
    const payload = noise ? Buffer.concat([NOISE_BYTES, bytes]) : bytes;
    this.replyLater(line, payload, this.replyDelayMs + faults.extraReplyDelayMs + extraDelayMs);
  }

  /** The hook and infrared bits of a board now (index 0 = lock 1). */
  protected bits(state: KerongBoardState): { hooks: boolean[]; infrared: boolean[] } {
    const hooks: boolean[] = [];
    const infrared: boolean[] = [];
    for (let index = 0; index < this.locksPerBoard; index++) {
      const compartment = state.compartments[index];
      // Unwired locks read like an open hook with nothing inside.
      const open = compartment ? compartment.doorOpen : true;
      hooks.push(this.hookBitSetMeans === 'closed' ? !open : open);
      const occupied = Boolean(compartment?.occupied);
      infrared.push(state.config.sensors && occupied === (this.infraredBitSetMeans === 'occupied'));
    }
    return { hooks, infrared };
  }

  /** The status reply of a board now, built when the reply is sent (`corrupt` from the faults). */
  protected statusBytes(state: KerongBoardState): (corrupt: boolean) => Buffer {
    const { hooks, infrared } = this.bits(state);
    return (corrupt) => this.statusFrame(state.config.address, hooks, infrared, corrupt);
  }

  private unlock(state: KerongBoardState, lock: number, line: SimulatorLine): void {
    const compartment = state.compartments[lock - 1];
    const release = () => {
      if (!compartment || compartment.stuck) return;
      // The latch releases and the door's spring pushes it open; the hook switch reports it at once.
      compartment.doorOpen = true;
      this.emit('unlock', { board: state.config.address, lock });
      this.emit('change', { board: state.config.address, lock, compartment: { ...compartment } });
    };
    const pulseMs = state.faults.silentWhilePulsingMs;
    if (pulseMs > 0) {
      state.busyUntil = performance.now() + pulseMs;
      this.schedule(release, pulseMs);
    } else {
      release();
    }
    if (state.faults.answersUnlock) this.reply(state, line);
  }
}

/** Noise on the line: includes an STX and reply-like codes so that the parser must resynchronise. */
export const NOISE_BYTES = Buffer.from([
  0x00, 0xff, 0x02, 0x10, 0x35, 0x7e, 0x02, 0x03, 0xaa, 0x02, 0x00, 0x00, 0x65, 0x07, 0x00,
]);
