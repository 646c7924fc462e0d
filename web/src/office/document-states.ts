/**
 * The document states in lifecycle order, for the office's filters (a copy of contracts' list: the browser takes
 * only types from contracts, so no schema code is bundled; `satisfies` keeps the copy in step at compile time).
 */
import type { DocumentState } from '@buergerpunkt/contracts';

export const documentStateList = [
  'registered',
  'ready_for_transport',
  'loading',
  'loaded',
  'notified',
  'pickup_in_progress',
  'picked_up',
  'awaiting_return',
  'collecting_for_return',
  'collected_for_return',
  'returned',
  'cancelled',
  'door_fault',
  'needs_reconcile',
] as const satisfies readonly DocumentState[];

/** Every state is listed (fails to compile when contracts gains one). */
const _complete: Record<DocumentState, true> = Object.fromEntries(
  documentStateList.map((s) => [s, true]),
) as Record<(typeof documentStateList)[number], true>;
void _complete;

export const finalStates: readonly DocumentState[] = ['picked_up', 'returned', 'cancelled'];
