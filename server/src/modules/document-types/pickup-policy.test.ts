/** The mapping between a pickup policy, a type's columns and a document's copy. */
import { describe, expect, it } from 'vitest';
import { cityDefaultPolicies, documentPolicyColumns, policyOfType, typeColumnsOf } from './pickup-policy.ts';

const flagsOff = { pinLetter: false, evidenceImage: false, fourEyesLoading: false };
const noFlags = { pin_letter_required: 0, evidence_image_required: 0, four_eyes_loading: 0 };

describe('pickup policy columns', () => {
  it('round-trips a policy through the type columns, flags left out meaning off', () => {
    for (const policy of [
      { check: 'none', windowOpeningDays: null },
      { check: 'staff_confirmation', windowOpeningDays: 5 },
    ] as const) {
      expect(policyOfType(typeColumnsOf(policy))).toEqual({ ...policy, ...flagsOff });
    }
    const idCard = {
      check: 'old_document_or_date_of_birth',
      windowOpeningDays: 10,
      pinLetter: true,
      evidenceImage: true,
      fourEyesLoading: true,
    } as const;
    expect(policyOfType(typeColumnsOf(idCard))).toEqual(idCard);
  });

  it("copies the check and flags and resolves the window for a document (the type's own, else the default)", () => {
    expect(
      documentPolicyColumns({ pickup_check: 'date_of_birth', window_opening_days: null, ...noFlags }, 10),
    ).toEqual({ pickup_check: 'date_of_birth', window_opening_days: 10, ...noFlags });
    expect(
      documentPolicyColumns(
        { pickup_check: 'none', window_opening_days: 3, ...noFlags, pin_letter_required: 1 },
        10,
      ),
    ).toEqual({ pickup_check: 'none', window_opening_days: 3, ...noFlags, pin_letter_required: 1 });
  });

  it('the city defaults: ID card with PIN letter and old document or date of birth, the rest date of birth', () => {
    expect(cityDefaultPolicies.id_card).toMatchObject({
      check: 'old_document_or_date_of_birth',
      pinLetter: true,
    });
    expect(cityDefaultPolicies.passport).toMatchObject({
      check: 'old_document_or_date_of_birth',
      pinLetter: false,
    });
    for (const id of ['residence_permit', 'travel_document', 'driving_licence']) {
      expect(cityDefaultPolicies[id]).toMatchObject({ check: 'date_of_birth', pinLetter: false });
    }
  });
});
