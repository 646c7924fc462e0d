/**
 * A byte-level simulator of Kerong CU16 lock boards on one RS-485 bus. It reads the real command frames from a real
 * byte stream (one end of a pty pair, or TCP connections like a KR-BU bridge), answers status requests with real
 * status replies and the bus-wide query (`02 F0 32 03 27`) with one `0x36` frame per board, and models the physical
 * side and the faults of real boards (see KerongBusSimulator). It records every frame it received, so tests can count
 * unlock pulses.
 */
import {
  KerongCommand,
  KerongFrameParser,
  LOCKS_PER_BOARD,
  QUERY_ALL_ADDRESS,
  statusReply,
} from '../drivers/kerong-frames.ts';
import {
  type KerongBoardFaults,
  KerongBusSimulator,
  type KerongSimulatorOptions,
  NOISE_BYTES,
  type ReceivedKerongFrame,
  type SimulatedCompartment,
  type SimulatedKerongBoard,
} from './kerong-bus-simulator.ts';
import type { SimulatorLine } from './simulator-lines.ts';

export type {
  KerongBoardFaults,
  KerongSimulatorOptions,
  ReceivedKerongFrame,
  SimulatedCompartment,
  SimulatedKerongBoard,
};
export { NOISE_BYTES };

function mask(bits: boolean[]): number {
  return bits.reduce((value, set, index) => (set ? value | (1 << index) : value), 0);
}

export class KerongCu16Simulator extends KerongBusSimulator {
  protected readonly unlockCommand = KerongCommand.unlock;

  constructor(options: KerongSimulatorOptions) {
    super(options, LOCKS_PER_BOARD);
  }

  protected receiver(line: SimulatorLine): (chunk: Buffer) => void {
    const parser = new KerongFrameParser('commands', {
      frame: (frame) => {
        if (frame.kind !== 'command') return;
        const { board, lock, command, bytes } = frame;
        if (command === KerongCommand.queryAll && frame.address === QUERY_ALL_ADDRESS) {
          this.handleCommand({ kind: 'other', board, lock, command, bytes }, line);
          this.answerQueryAll(line);
          return;
        }
        const kind =
          command === KerongCommand.status && lock === 1
            ? 'status'
            : command === KerongCommand.unlock
              ? 'unlock'
              : 'other';
        this.handleCommand({ kind, board, lock, command, bytes }, line);
      },
      rejected: (bytes) => this.rejected.push(bytes),
    });
    return (chunk) => parser.push(chunk);
  }

  protected statusFrame(board: number, hooks: boolean[], infrared: boolean[], corrupt: boolean): Buffer {
    return statusReply({ board, hooks: mask(hooks), infrared: mask(infrared) }, corrupt);
  }

  /** Every board that listens answers the bus-wide query with its status as a `0x36` frame, one after another. */
  private answerQueryAll(line: SimulatorLine): void {
    const listening = [...this.boards.values()]
      .filter((state) => this.listening(state))
      .sort((a, b) => a.config.address - b.config.address);
    listening.forEach((state, index) => {
      const { hooks, infrared } = this.bits(state);
      const status = { board: state.config.address, hooks: mask(hooks), infrared: mask(infrared) };
      this.reply(state, line, index * 3, (corrupt) =>
        statusReply(status, corrupt, KerongCommand.queryAllReply),
      );
    });
  }
}
