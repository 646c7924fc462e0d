/**
 * A document type's pickup policy and the copy of it a document keeps. Registration copies the policy onto the
 * document (`documentPolicyColumns`), and everything that decides about a document reads the copy, so an admin
 * changing a type never changes what an already registered document requires. Later policy fields (old document
 * deposit, PIN letter, evidence image, four-eyes release) join `PickupPolicy` and both column mappings here.
 */
import type { PickupCheck, PickupPolicy } from '@buergerpunkt/contracts';
import type { DocumentTypesTable } from '../../db/schema.ts';

export type { PickupPolicy };

/** The policy as the type row stores it. */
export function policyOfType(
  type: Pick<DocumentTypesTable, 'pickup_check' | 'window_opening_days'>,
): PickupPolicy {
  return {
    check: type.pickup_check as PickupCheck,
    windowOpeningDays: type.window_opening_days === null ? null : Number(type.window_opening_days),
  };
}

/** The type row's columns for a policy. */
export function typeColumnsOf(
  policy: PickupPolicy,
): Pick<DocumentTypesTable, 'pickup_check' | 'window_opening_days'> {
  return { pickup_check: policy.check, window_opening_days: policy.windowOpeningDays };
}

/**
 * The document's copy of its type's policy at registration. The window is resolved to a number now, so a later
 * change of the configured default does not move this document's deadline either.
 */
export function documentPolicyColumns(
  type: Pick<DocumentTypesTable, 'pickup_check' | 'window_opening_days'>,
  defaultWindowOpeningDays: number,
): { pickup_check: string; window_opening_days: number } {
  return {
    pickup_check: type.pickup_check,
    window_opening_days:
      type.window_opening_days === null ? defaultWindowOpeningDays : Number(type.window_opening_days),
  };
}
