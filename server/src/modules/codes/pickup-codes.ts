/**
 * Pickup codes: 6 digits from the CSPRNG, stored only as a keyed HMAC over phone number and code, so a code is
 * found by (phone, code) through a unique index without scanning and is useless without the server key. A
 * document has at most one valid code: issuing a new one replaces the old hash.
 */
import type { Trx } from '../../db/database.ts';
import { constantTimeEqualHex, hmacHex, randomNumericCode } from '../../platform/crypto.ts';

export const codeDigits = 6;

export function pickupCodeHash(key: string, phoneE164: string, code: string): string {
  return hmacHex(key, 'pickup-code', phoneE164, code);
}

export function phoneHash(key: string, phoneE164: string): string {
  return hmacHex(key, 'phone', phoneE164);
}

/** Dates of birth are compared, never shown: a keyed hash bound to the document. */
export function dateOfBirthHash(key: string, documentId: string, isoDate: string): string {
  return hmacHex(key, 'date-of-birth', documentId, isoDate);
}

/** The old document's number as a keyed hash (upper case, without spaces), bound to the document. */
export function oldDocumentNumberHash(key: string, documentId: string, documentNumber: string): string {
  return hmacHex(key, 'old-document-number', documentId, documentNumber.replace(/\s/g, '').toUpperCase());
}

export function hashesEqual(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && constantTimeEqualHex(a, b);
}

export interface IssuedCode {
  code: string;
  hash: string;
}

/**
 * Makes a fresh code for a document whose phone number is `phoneE164`, unique among all valid codes of that
 * number (two documents of one family may share a phone). The caller stores `hash` in the same transaction.
 */
export async function generateUniqueCode(trx: Trx, key: string, phoneE164: string): Promise<IssuedCode> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = randomNumericCode(codeDigits);
    const hash = pickupCodeHash(key, phoneE164, code);
    const clash = await trx
      .selectFrom('documents')
      .select('id')
      .where('code_hash', '=', hash)
      .executeTakeFirst();
    if (!clash) return { code, hash };
  }
  throw new Error('could not find a free pickup code');
}
