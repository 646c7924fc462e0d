/** The mapping between a pickup policy, a type's columns and a document's copy. */
import { describe, expect, it } from 'vitest';
import { documentPolicyColumns, policyOfType, typeColumnsOf } from './pickup-policy.ts';

describe('pickup policy columns', () => {
  it('round-trips a policy through the type columns', () => {
    for (const policy of [
      { check: 'none', windowOpeningDays: null },
      { check: 'staff_confirmation', windowOpeningDays: 5 },
    ] as const) {
      expect(policyOfType(typeColumnsOf(policy))).toEqual(policy);
    }
  });

  it("copies the check and resolves the window for a document (the type's own, else the default)", () => {
    expect(documentPolicyColumns({ pickup_check: 'date_of_birth', window_opening_days: null }, 10)).toEqual({
      pickup_check: 'date_of_birth',
      window_opening_days: 10,
    });
    expect(documentPolicyColumns({ pickup_check: 'none', window_opening_days: 3 }, 10)).toEqual({
      pickup_check: 'none',
      window_opening_days: 3,
    });
  });
});
