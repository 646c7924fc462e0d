/**
 * The agent's half of the offline verifiers (docs/offline.md): the same keyed hashes the hub makes
 * (server/src/modules/offline/offline-keys.ts), and AES-256-GCM for verifiers at rest under a key derived from the
 * box key, which the agent holds in memory only.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

export function hmacHex(key: string, ...parts: string[]): string {
  return createHmac('sha256', key).update(parts.join('\u0000')).digest('hex');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function sameHex(a: string | null | undefined, b: string): boolean {
  if (typeof a !== 'string' || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

export const codeVerifierOf = (boxKey: string, phoneE164: string, code: string) =>
  hmacHex(boxKey, 'offline-code', phoneE164, code);
export const phoneVerifierOf = (boxKey: string, phoneE164: string) =>
  hmacHex(boxKey, 'offline-phone', phoneE164);
export const dateOfBirthVerifierOf = (boxKey: string, documentId: string, isoDate: string) =>
  hmacHex(boxKey, 'offline-dob', documentId, isoDate);

function sealKey(boxKey: string): Buffer {
  return createHmac('sha256', boxKey).update('offline-journal-seal').digest();
}

/** `iv.tag.ciphertext`, base64 parts. */
export function seal(boxKey: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(boxKey), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
}

/** Undefined when the text was sealed under another key (an older box key) or was changed. */
export function unseal(boxKey: string, sealed: string): string | undefined {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64'));
  if (!iv || !tag || !body) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(boxKey), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
