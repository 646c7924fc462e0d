/**
 * A document type's pickup policy and the copy of it a document keeps. Registration copies the policy onto the
 * document (`documentPolicyColumns`), and everything that decides about a document reads the copy, so an admin
 * changing a type never changes what an already registered document requires. The policy is the check at the box
 * (date of birth, old document, old document or date of birth, staff) plus the identity steps of issue 9:
 * PIN-letter confirmation, evidence image and four-eyes loading.
 */
import type { PickupCheck, PickupPolicy } from '@buergerpunkt/contracts';
import type { DocumentsTable, DocumentTypesTable } from '../../db/schema.ts';

export type { PickupPolicy };

/** The policy as stored and shown: every flag resolved to a boolean. */
export type ResolvedPickupPolicy = Required<PickupPolicy>;

type TypePolicyColumns = Pick<
  DocumentTypesTable,
  | 'pickup_check'
  | 'window_opening_days'
  | 'pin_letter_required'
  | 'evidence_image_required'
  | 'four_eyes_loading'
>;

/** The policy as the type row stores it. */
export function policyOfType(type: TypePolicyColumns): ResolvedPickupPolicy {
  return {
    check: type.pickup_check as PickupCheck,
    windowOpeningDays: type.window_opening_days === null ? null : Number(type.window_opening_days),
    pinLetter: Number(type.pin_letter_required) === 1,
    evidenceImage: Number(type.evidence_image_required) === 1,
    fourEyesLoading: Number(type.four_eyes_loading) === 1,
  };
}

/** A policy as sent by a client, with flags left out meaning "off". */
export function resolvePolicy(policy: PickupPolicy): ResolvedPickupPolicy {
  return {
    check: policy.check,
    windowOpeningDays: policy.windowOpeningDays,
    pinLetter: policy.pinLetter ?? false,
    evidenceImage: policy.evidenceImage ?? false,
    fourEyesLoading: policy.fourEyesLoading ?? false,
  };
}

/** The type row's columns for a policy. */
export function typeColumnsOf(policy: PickupPolicy): TypePolicyColumns {
  const resolved = resolvePolicy(policy);
  return {
    pickup_check: resolved.check,
    window_opening_days: resolved.windowOpeningDays,
    pin_letter_required: resolved.pinLetter ? 1 : 0,
    evidence_image_required: resolved.evidenceImage ? 1 : 0,
    four_eyes_loading: resolved.fourEyesLoading ? 1 : 0,
  };
}

/**
 * The document's copy of its type's policy at registration. The window is resolved to a number now, so a later
 * change of the configured default does not move this document's deadline either.
 */
export function documentPolicyColumns(
  type: TypePolicyColumns,
  defaultWindowOpeningDays: number,
): Pick<
  DocumentsTable,
  'pickup_check' | 'pin_letter_required' | 'evidence_image_required' | 'four_eyes_loading'
> & { pickup_check: string; window_opening_days: number } {
  return {
    pickup_check: type.pickup_check,
    window_opening_days:
      type.window_opening_days === null ? defaultWindowOpeningDays : Number(type.window_opening_days),
    pin_letter_required: Number(type.pin_letter_required) === 1 ? 1 : 0,
    evidence_image_required: Number(type.evidence_image_required) === 1 ? 1 : 0,
    four_eyes_loading: Number(type.four_eyes_loading) === 1 ? 1 : 0,
  };
}

/** Whether the check asks for the holder's date of birth (alone or as the alternative to the old document). */
export function checkUsesDateOfBirth(check: string): boolean {
  return check === 'date_of_birth' || check === 'old_document_or_date_of_birth';
}

/**
 * What real cities ask for (docs/identity-checks.md): the defaults an admin can start from for the common types.
 * ID card: code + (old document or date of birth) + PIN letter (PAuswV § 17); passport: code + (old document or
 * date of birth); residence permit, travel document and driving licence: code + date of birth.
 */
export const cityDefaultPolicies: Record<string, ResolvedPickupPolicy> = {
  id_card: {
    check: 'old_document_or_date_of_birth',
    windowOpeningDays: null,
    pinLetter: true,
    evidenceImage: false,
    fourEyesLoading: false,
  },
  passport: {
    check: 'old_document_or_date_of_birth',
    windowOpeningDays: null,
    pinLetter: false,
    evidenceImage: false,
    fourEyesLoading: false,
  },
  residence_permit: {
    check: 'date_of_birth',
    windowOpeningDays: null,
    pinLetter: false,
    evidenceImage: false,
    fourEyesLoading: false,
  },
  travel_document: {
    check: 'date_of_birth',
    windowOpeningDays: null,
    pinLetter: false,
    evidenceImage: false,
    fourEyesLoading: false,
  },
  driving_licence: {
    check: 'date_of_birth',
    windowOpeningDays: null,
    pinLetter: false,
    evidenceImage: false,
    fourEyesLoading: false,
  },
};
