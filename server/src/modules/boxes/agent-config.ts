/**
 * The agent configuration for a box, generated from its layout: the driver addresses exactly the board and lock the
 * layout names for each compartment number (docs/boxes.md, "Agent addressing").
 */
import type { BoxLayout } from '@buergerpunkt/contracts';
import { badRequest } from '../../platform/errors.ts';

export const lockDriverKinds = ['kerong-cu16', 'kerong-cu48'] as const;
export type LockDriverKind = (typeof lockDriverKinds)[number];

/** Locks per board of each driver. */
const locksPerBoard: Record<LockDriverKind, number> = { 'kerong-cu16': 16, 'kerong-cu48': 48 };

export interface AgentDriverConfig {
  kind: LockDriverKind;
  line: { type: 'serial'; path: string };
  boards: { address: number; locks: number }[];
  compartments: { number: number; board: number; lock: number }[];
}

/** The driver that fits a layout when none is asked for: CU16 if every lock is 1–16, else CU48. */
export function driverKindFor(layout: Pick<BoxLayout, 'columns'>): LockDriverKind {
  const locks = layout.columns.flatMap((column) => column.compartments.map((c) => c.lock));
  return locks.every((lock) => lock <= 16) ? 'kerong-cu16' : 'kerong-cu48';
}

export function driverConfigFor(
  layout: Pick<BoxLayout, 'columns'>,
  kind: LockDriverKind,
  serialPath: string,
): AgentDriverConfig {
  const compartments = layout.columns
    .flatMap((column) => column.compartments)
    .map(({ number, board, lock }) => ({ number, board, lock }))
    .sort((a, b) => a.number - b.number);
  const tooHigh = compartments.find((c) => c.lock > locksPerBoard[kind]);
  if (tooHigh) {
    throw badRequest('layout_lock_beyond_board', {
      number: tooHigh.number,
      lock: tooHigh.lock,
      driver: kind,
      locks: locksPerBoard[kind],
    });
  }
  const boards = [...new Set(compartments.map((c) => c.board))]
    .sort((a, b) => a - b)
    .map((address) => ({ address, locks: locksPerBoard[kind] }));
  return { kind, line: { type: 'serial', path: serialPath }, boards, compartments };
}

/** The whole agent config file for a box (secret included: written once to the agent's machine). */
export function agentConfigFor(input: {
  boxId: string;
  hubUrl: string;
  secret: string;
  layout: Pick<BoxLayout, 'columns'>;
  kind?: LockDriverKind;
  serialPath?: string;
}) {
  const kind = input.kind ?? driverKindFor(input.layout);
  return {
    boxId: input.boxId,
    hubUrl: input.hubUrl,
    secret: input.secret,
    dataDir: './agent-data',
    driver: driverConfigFor(input.layout, kind, input.serialPath ?? '/dev/ttyUSB0'),
  };
}
