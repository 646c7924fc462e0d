/**
 * The document lifecycle: every state a document can be in, every allowed move, and who may make it.
 * All state changes go through `transitionDocument`, which checks this table, updates the row only if it is
 * still in the expected state (so two concurrent moves cannot both win) and writes the audit entry, all in the
 * caller's transaction.
 */
import type { DocumentState, StaffRole } from '@buergerpunkt/contracts';

/** Who may trigger a transition: a staff role, the kiosk on behalf of a citizen, the box (its sensors) or the system. */
export type TransitionTrigger = StaffRole | 'integration' | 'citizen' | 'box' | 'system';

export interface TransitionRule {
  from: readonly DocumentState[];
  to: DocumentState;
  by: readonly TransitionTrigger[];
}

export const transitions = {
  /** A finished document arrives in the office's system for box pickup (clerk or the office's software). */
  register: { from: [], to: 'registered', by: ['clerk', 'admin', 'integration'] },
  prepare_transport: { from: ['registered'], to: 'ready_for_transport', by: ['clerk', 'loader', 'admin'] },
  /** A loader has a compartment assigned and its door unlocked. */
  start_loading: { from: ['ready_for_transport'], to: 'loading', by: ['loader', 'admin'] },
  /** The loader closed the door with the compartment still empty, or gave up. */
  abort_loading: { from: ['loading'], to: 'ready_for_transport', by: ['loader', 'admin', 'box', 'system'] },
  /** Door closed and the occupancy sensor sees the document. */
  confirm_loaded: { from: ['loading'], to: 'loaded', by: ['box', 'loader', 'admin'] },
  /** A fresh code is made and the SMS queued. */
  notify: { from: ['loaded'], to: 'notified', by: ['system'] },
  /** Phone, code and any extra check passed at the kiosk; the compartment is unlocked. */
  start_pickup: { from: ['notified'], to: 'pickup_in_progress', by: ['citizen'] },
  /** Door closed again and the compartment reads empty: only now is the document issued. */
  complete_pickup: { from: ['pickup_in_progress'], to: 'picked_up', by: ['box'] },
  /** Door closed but the document is still inside, or the outcome is unknown (power, network): staff must look. */
  flag_for_reconcile: {
    from: ['pickup_in_progress', 'loading', 'collecting_for_return'],
    to: 'needs_reconcile',
    by: ['box', 'system'],
  },
  /**
   * The box read the compartment empty right before a pickup's unlock (chain of custody): nothing opened, the code
   * stays valid, staff must look where the document is.
   */
  refuse_empty_compartment: {
    from: ['notified', 'pickup_in_progress'],
    to: 'needs_reconcile',
    by: ['box', 'system'],
  },
  /** The door did not open after an unlock command. */
  report_door_fault: {
    from: ['pickup_in_progress', 'loading', 'collecting_for_return'],
    to: 'door_fault',
    by: ['box', 'system'],
  },
  /** Staff checked the compartment: the citizen did take the document. */
  reconcile_as_picked_up: {
    from: ['needs_reconcile', 'door_fault'],
    to: 'picked_up',
    by: ['loader', 'admin'],
  },
  /** Staff checked the compartment: the document is still there and the citizen may try again with a new code. */
  reconcile_as_in_box: { from: ['needs_reconcile', 'door_fault'], to: 'loaded', by: ['loader', 'admin'] },
  /**
   * Staff put the document of a refused (empty) pickup back, or found it there: the citizen's code was never used
   * up, so it stays valid and no new SMS is sent.
   */
  reconcile_as_in_box_keep_code: {
    from: ['needs_reconcile'],
    to: 'notified',
    by: ['loader', 'admin'],
  },
  /** Staff took the document out while checking; it goes back to the office. */
  reconcile_as_removed: {
    from: ['needs_reconcile', 'door_fault'],
    to: 'collected_for_return',
    by: ['loader', 'admin'],
  },
  /** The pickup window (opening days) ran out. */
  expire: { from: ['notified'], to: 'awaiting_return', by: ['system'] },
  /** The office withdraws a document that is already in the box. */
  withdraw: { from: ['loaded', 'notified'], to: 'awaiting_return', by: ['clerk', 'admin'] },
  /** A loader has the compartment of an expired or withdrawn document unlocked to take it out. */
  start_collecting: { from: ['awaiting_return'], to: 'collecting_for_return', by: ['loader', 'admin'] },
  /** Door closed and the compartment reads empty: the loader has the document. */
  confirm_collected: {
    from: ['collecting_for_return'],
    to: 'collected_for_return',
    by: ['box', 'loader', 'admin'],
  },
  /** Door closed with the document still inside. */
  abort_collecting: {
    from: ['collecting_for_return'],
    to: 'awaiting_return',
    by: ['box', 'loader', 'admin'],
  },
  /** The document is back at the office counter. */
  record_return: { from: ['collected_for_return'], to: 'returned', by: ['clerk', 'admin'] },
  /** The office cancels a document that never reached the box. */
  cancel: { from: ['registered', 'ready_for_transport'], to: 'cancelled', by: ['clerk', 'admin'] },
} as const satisfies Record<string, TransitionRule>;

export type TransitionName = keyof typeof transitions;

export function ruleFor(name: TransitionName): TransitionRule {
  return transitions[name];
}

/** Whether `trigger` may make `name` from `state`; pure, used by the transition function and by tests. */
export function isTransitionAllowed(
  name: TransitionName,
  state: DocumentState | null,
  triggers: readonly TransitionTrigger[],
): boolean {
  const rule: TransitionRule = transitions[name];
  const fromOk = state === null ? rule.from.length === 0 : rule.from.includes(state);
  return fromOk && triggers.some((t) => rule.by.includes(t));
}

/** Compartment-bound states: while a document is in one of these it occupies (or may occupy) its compartment. */
export const inBoxStates: readonly DocumentState[] = [
  'loading',
  'loaded',
  'notified',
  'pickup_in_progress',
  'awaiting_return',
  'collecting_for_return',
  'door_fault',
  'needs_reconcile',
];
