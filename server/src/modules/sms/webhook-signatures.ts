/**
 * The two signature schemes of the delivery-status webhook, as pure functions (signing too, for tests and for a
 * gateway proxy that wants to call us):
 *
 * Bürgerpunkt scheme (providers `http` and `outbox`):
 *   X-Bp-Timestamp: <unix seconds>
 *   X-Bp-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>
 *
 * seven.io scheme (provider `seven`), as seven.io's client library verifies it:
 *   X-Timestamp: <unix seconds>, X-Nonce: <random>, X-Signature: <hex HMAC-SHA256(secret, string)>
 *   string = timestamp \n nonce \n HTTP method \n target URL \n hex MD5(raw body)
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type HeaderBag = Record<string, string | string[] | undefined>;

export interface VerifiedWebhook {
  /** Unix seconds the sender signed. */
  timestamp: number;
  /** Unique per delivery attempt of the sender, signed; empty when the scheme has none (the body's event id is used). */
  nonce: string;
}

function header(headers: HeaderBag, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function equalHex(expected: string, given: string): boolean {
  if (!/^[0-9a-f]{64}$/i.test(given)) return false;
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(given.toLowerCase(), 'hex'));
}

function parseTimestamp(raw: string | undefined): number | null {
  if (!raw || !/^\d{1,12}$/.test(raw)) return null;
  return Number(raw);
}

export function signBpWebhook(secret: string, timestamp: number, rawBody: string) {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
  return { 'x-bp-timestamp': String(timestamp), 'x-bp-signature': `sha256=${mac}` };
}

export function verifyBpWebhook(secret: string, headers: HeaderBag, rawBody: string): VerifiedWebhook | null {
  const timestamp = parseTimestamp(header(headers, 'x-bp-timestamp'));
  const signature = header(headers, 'x-bp-signature');
  if (timestamp === null || !signature?.startsWith('sha256=')) return null;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
  return equalHex(expected, signature.slice('sha256='.length)) ? { timestamp, nonce: '' } : null;
}

function sevenStringToSign(timestamp: number, nonce: string, method: string, url: string, rawBody: string) {
  const bodyMd5 = createHash('md5').update(rawBody, 'utf8').digest('hex');
  return [String(timestamp), nonce, method.toUpperCase(), url, bodyMd5].join('\n');
}

export function signSevenWebhook(
  secret: string,
  request: { timestamp: number; nonce: string; method: string; url: string; rawBody: string },
) {
  const signature = createHmac('sha256', secret)
    .update(sevenStringToSign(request.timestamp, request.nonce, request.method, request.url, request.rawBody))
    .digest('hex');
  return { 'x-timestamp': String(request.timestamp), 'x-nonce': request.nonce, 'x-signature': signature };
}

export function verifySevenWebhook(
  secret: string,
  headers: HeaderBag,
  request: { method: string; url: string; rawBody: string },
): VerifiedWebhook | null {
  const timestamp = parseTimestamp(header(headers, 'x-timestamp'));
  const nonce = header(headers, 'x-nonce');
  const signature = header(headers, 'x-signature');
  if (timestamp === null || !nonce || nonce.length > 200 || !signature) return null;
  const expected = createHmac('sha256', secret)
    .update(sevenStringToSign(timestamp, nonce, request.method, request.url, request.rawBody))
    .digest('hex');
  return equalHex(expected, signature) ? { timestamp, nonce } : null;
}
