/**
 * The keyed hashes a box checks pickups with while its link is down (docs/offline.md). Every box has its own key,
 * derived from `codeKey`; the agent computes the same hashes from what the citizen types (agent/src/offline/).
 */
import { hmacHex } from '../../platform/crypto.ts';

export function offlineBoxKey(codeKey: string, boxId: string): string {
  return hmacHex(codeKey, 'offline-box-key', boxId);
}

export function offlineCodeVerifier(boxKey: string, phoneE164: string, code: string): string {
  return hmacHex(boxKey, 'offline-code', phoneE164, code);
}

export function offlinePhoneVerifier(boxKey: string, phoneE164: string): string {
  return hmacHex(boxKey, 'offline-phone', phoneE164);
}

export function offlineDateOfBirthVerifier(boxKey: string, documentId: string, isoDate: string): string {
  return hmacHex(boxKey, 'offline-dob', documentId, isoDate);
}
