/**
 * A byte-level simulator of Kerong CU48 lock boards (48 locks, no infrared sensors) on one RS-485 bus, in either
 * firmware variant: it reads the real 6-byte command frames from a real byte stream (pty or TCP like a KR-BU
 * bridge), answers status requests with the real 12-byte 0x65 (or 18-byte 0x75) replies, and models the physical
 * side and the faults of real boards (see KerongBusSimulator). It records every frame it received, so tests can
 * count unlock pulses.
 */
import {
  CU48_ALL_LOCKS,
  CU48_CODES,
  CU48_LOCKS_PER_BOARD,
  type Cu48Variant,
  Cu48FrameParser,
  cu48StatusReply,
} from '../drivers/kerong-cu48-frames.ts';
import { KerongBusSimulator, type KerongSimulatorOptions } from './kerong-bus-simulator.ts';
import type { SimulatorLine } from './simulator-lines.ts';

export interface KerongCu48SimulatorOptions extends KerongSimulatorOptions {
  /** The firmware variant the boards run (the driver must be configured the same). */
  protocolVariant?: Cu48Variant;
}

export class KerongCu48Simulator extends KerongBusSimulator {
  protected readonly unlockCommand: number;
  private readonly variant: Cu48Variant;

  constructor(options: KerongCu48SimulatorOptions) {
    super(
      { ...options, boards: options.boards.map((board) => ({ ...board, sensors: false })) },
      CU48_LOCKS_PER_BOARD,
    );
    this.variant = options.protocolVariant ?? '0x50';
    this.unlockCommand = CU48_CODES[this.variant].unlock;
  }

  protected receiver(line: SimulatorLine): (chunk: Buffer) => void {
    const codes = CU48_CODES[this.variant];
    const parser = new Cu48FrameParser('commands', this.variant, {
      frame: (frame) => {
        if (frame.kind !== 'command') return;
        const { board, lockByte, command, bytes } = frame;
        const kind =
          command === codes.status
            ? 'status'
            : command === codes.unlock && lockByte < CU48_ALL_LOCKS
              ? 'unlock'
              : 'other';
        this.handleCommand({ kind, board, lock: lockByte + 1, command, bytes }, line);
      },
      rejected: (bytes) => this.rejected.push(bytes),
    });
    return (chunk) => parser.push(chunk);
  }

  protected statusFrame(board: number, hooks: boolean[], _infrared: boolean[], corrupt: boolean): Buffer {
    const bytes = Buffer.alloc(6);
    hooks.forEach((set, index) => {
      if (set) bytes[index >> 3]! |= 1 << (index & 7);
    });
    return cu48StatusReply({ board, hooks: bytes, extra: Buffer.alloc(6) }, this.variant, corrupt);
  }
}
