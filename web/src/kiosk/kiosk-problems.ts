/**
 * Turns whatever went wrong into a kiosk problem: which text to show (`kiosk.errors.<key>`) and which ways on to
 * offer. Every problem screen also has "call staff"; the actions here are the citizen's own next step.
 */
import { ApiError } from '../lib/api/client.ts';

export type ProblemAction = 'retryPhone' | 'retryCode' | 'retryCheck' | 'resend' | 'startOver';

export const problemKeys = [
  'code_wrong',
  'code_locked',
  'code_format_invalid',
  'phone_invalid',
  'phone_not_mobile',
  'pickup_in_progress',
  'terminal_throttled',
  'rate_limited',
  'date_invalid',
  'check_failed',
  'check_locked',
  'id_document_missing',
  'id_document_unreadable',
  'check_not_supported',
  'deposit_compartment_full',
  'pickup_session_expired',
  'box_closed',
  'box_out_of_service',
  'door_problem',
  'needs_staff',
  /** The box read the compartment empty: nothing opened, the code still works, staff are alerted. */
  'compartment_empty',
  'call_staff_limited',
  'terminal_without_box',
  'network',
  'unknown',
] as const;
export type ProblemKey = (typeof problemKeys)[number];

export interface KioskProblem {
  key: ProblemKey;
  actions: ProblemAction[];
  params: Record<string, string | number>;
  /** Instead of `kiosk.errors.<key>.text` (e.g. the throttle's wait in seconds). */
  textKey?: string;
  /** A sentence after the text (e.g. how many tries are left). */
  note?: { key: string; params: Record<string, string | number> };
  /** What the office is told when the citizen calls staff from this problem. */
  staffReason: 'pickup_problem' | 'check_problem' | 'door_problem' | 'help';
}

const actionsFor: Record<ProblemKey, ProblemAction[]> = {
  code_wrong: ['retryCode', 'retryPhone'],
  // Only staff lift a lock (a citizen's resend sends nothing for a locked document): no "new code by SMS" here.
  code_locked: ['startOver'],
  code_format_invalid: ['retryCode'],
  phone_invalid: ['retryPhone'],
  phone_not_mobile: ['retryPhone'],
  pickup_in_progress: ['startOver'],
  terminal_throttled: ['startOver'],
  rate_limited: ['startOver'],
  date_invalid: ['retryCheck'],
  check_failed: ['retryCheck'],
  check_locked: ['startOver'],
  id_document_missing: ['retryCheck'],
  id_document_unreadable: ['retryCheck'],
  check_not_supported: ['startOver'],
  deposit_compartment_full: ['retryCheck', 'startOver'],
  pickup_session_expired: ['startOver'],
  box_closed: ['startOver'],
  box_out_of_service: ['startOver'],
  door_problem: ['startOver'],
  needs_staff: ['startOver'],
  compartment_empty: ['startOver'],
  call_staff_limited: ['startOver'],
  terminal_without_box: ['startOver'],
  network: ['startOver'],
  unknown: ['startOver'],
};

/** Codes the hub may answer that mean the same for the citizen as one of ours. */
const aliases: Record<string, ProblemKey> = {
  pickup_session_not_found: 'pickup_session_expired',
  pickup_already_opened: 'needs_staff',
  check_required: 'unknown',
};

const checkProblems: ProblemKey[] = [
  'date_invalid',
  'check_failed',
  'check_locked',
  'id_document_missing',
  'id_document_unreadable',
  'check_not_supported',
  'deposit_compartment_full',
];

export function problem(key: ProblemKey, params: Record<string, string | number> = {}): KioskProblem {
  const staffReason = checkProblems.includes(key)
    ? 'check_problem'
    : key === 'door_problem' || key === 'box_out_of_service'
      ? 'door_problem'
      : key === 'network' || key === 'unknown'
        ? 'help'
        : 'pickup_problem';
  return { key, actions: actionsFor[key], params, staffReason };
}

export function problemFrom(error: unknown): KioskProblem {
  if (!(error instanceof ApiError)) return problem('unknown');
  if (error.isNetworkError) return problem('network');
  const code = aliases[error.code] ?? error.code;
  if (!(problemKeys as readonly string[]).includes(code)) return problem('unknown');
  const key = code as ProblemKey;
  if (key === 'terminal_throttled') {
    // The hub's own wait: a few seconds are said in seconds, not rounded up to "1 minute".
    const seconds = Math.max(1, Math.ceil(Number(error.problem?.retryAfterSeconds ?? 60)));
    if (seconds < 60) {
      return { ...problem(key, { seconds }), textKey: 'kiosk.errors.terminal_throttled.textSeconds' };
    }
    return problem(key, { minutes: Math.ceil(seconds / 60) });
  }
  return problem(key);
}
