/** Phone numbers as citizens type them ("0151 2345 6789", "+49 (0)151/…"), checked and normalised to E.164. */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { badRequest, unprocessable } from '../../platform/errors.ts';

export function normalizeMobileNumber(input: string, defaultCountry: 'DE' = 'DE'): string {
  const cleaned = input.replace(/\(0\)/g, '').trim();
  if (cleaned.length < 5 || cleaned.length > 30) throw badRequest('phone_invalid');
  const parsed = parsePhoneNumberFromString(cleaned, defaultCountry);
  if (!parsed || !parsed.isValid()) throw badRequest('phone_invalid');
  const type = parsed.getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') throw unprocessable('phone_not_mobile');
  return parsed.number;
}
