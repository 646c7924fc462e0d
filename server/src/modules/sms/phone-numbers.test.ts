import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { normalizeMobileNumber } from './phone-numbers.ts';

function errorOf(input: string): { status: number; code: string } | undefined {
  try {
    normalizeMobileNumber(input);
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, code: error.code };
    throw error;
  }
}

describe('mobile numbers', () => {
  it.each([
    ['0151 23456789', '+4915123456789'],
    ['015123456789', '+4915123456789'],
    ['+49 151 23456789', '+4915123456789'],
    ['+49 (0)151 / 234 567 89', '+4915123456789'],
    ['0049 151 23456789', '+4915123456789'],
    ['0170-1234567', '+491701234567'],
    ['(0176) 12345678', '+4917612345678'],
    ['+43 664 1234567', '+436641234567'],
  ])('accepts %s as %s', (input, expected) => {
    expect(normalizeMobileNumber(input)).toBe(expected);
  });

  it.each(['03303 528-0', '030 12345678', '+49 30 12345678', '0800 1234567'])(
    'refuses the landline or service number %s with phone_not_mobile',
    (input) => {
      expect(errorOf(input)).toEqual({ status: 422, code: 'phone_not_mobile' });
    },
  );

  it.each([
    '',
    'abc',
    '12',
    'eins zwei drei vier',
    '0151',
    '+49 151 2345678901234567',
    '💥'.repeat(3),
    '1'.repeat(40),
  ])('refuses %j with phone_invalid', (input) => {
    expect(errorOf(input)).toEqual({ status: 400, code: 'phone_invalid' });
  });
});
