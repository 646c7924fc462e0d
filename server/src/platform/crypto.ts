/** Small cryptographic helpers: keyed hashes, constant-time comparison, random codes and tokens, sealed boxes. */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  randomInt,
  timingSafeEqual,
} from 'node:crypto';

export function hmacHex(key: string, ...parts: string[]): string {
  const mac = createHmac('sha256', key);
  // A separator that cannot occur in the parts keeps ("ab","c") and ("a","bc") apart.
  mac.update(parts.join('\u0000'));
  return mac.digest('hex');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function constantTimeEqualHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** A numeric code of the given length from the CSPRNG, leading zeros kept. */
export function randomNumericCode(digits: number): string {
  let code = '';
  for (let i = 0; i < digits; i++) code += String(randomInt(0, 10));
  return code;
}

/** An opaque bearer token (session, API token, terminal key). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

function keyBytes(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

/** AES-256-GCM: used for SMS bodies waiting in the outbox, so a code never rests in plain text. */
export function seal(key: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyBytes(key), iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function unseal(key: string, sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body) throw new Error('malformed sealed value');
  const decipher = createDecipheriv('aes-256-gcm', keyBytes(key), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

/** AES-256-GCM for binary content (evidence images): the same `iv.tag.body` format as `seal`. */
export function sealBytes(key: string, plaintext: Uint8Array): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyBytes(key), iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function unsealBytes(key: string, sealed: string): Buffer {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body) throw new Error('malformed sealed value');
  const decipher = createDecipheriv('aes-256-gcm', keyBytes(key), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}
