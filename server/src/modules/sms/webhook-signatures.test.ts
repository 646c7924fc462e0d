import { describe, expect, it } from 'vitest';
import {
  signBpWebhook,
  signSevenWebhook,
  verifyBpWebhook,
  verifySevenWebhook,
} from './webhook-signatures.ts';

const secret = 'webhook-secret-for-unit-tests-0123456789';
const body = '{"eventId":"e1","messageId":"m1","status":"delivered"}';

// Known answers computed outside this code (seven.io's documentation gives no worked example), so a change to the
// signed string or the encoding fails here even when sign and verify change together:
//   printf '%s' "1800000000.$body" | openssl dgst -sha256 -hmac "$secret"
//   md5=$(printf '%s' "$body" | openssl dgst -md5 | awk '{print $2}')
//   printf '1800000000\nn-1\nPOST\nhttps://hub.example/api/v1/sms/status\n%s' "$md5" | openssl dgst -sha256 -hmac "$secret"
const bpKnownSignature = 'a6fbb7cddcbe6c0aae5e61a7e78ab68e09411bdcb0cfd563b087b9c9c100a642';
const sevenKnownSignature = '10ae9ec2a66e037341e74f80325101686124e9cc96789515c2435f0034449db6';

describe('Bürgerpunkt webhook signature', () => {
  it('matches a vector computed with openssl', () => {
    expect(signBpWebhook(secret, 1_800_000_000, body)).toEqual({
      'x-bp-timestamp': '1800000000',
      'x-bp-signature': `sha256=${bpKnownSignature}`,
    });
    const given = { 'x-bp-timestamp': '1800000000', 'x-bp-signature': `sha256=${bpKnownSignature}` };
    expect(verifyBpWebhook(secret, given, body)).toEqual({ timestamp: 1_800_000_000, nonce: '' });
  });

  it('verifies what it signed and nothing else', () => {
    const headers = signBpWebhook(secret, 1_800_000_000, body);
    expect(verifyBpWebhook(secret, headers, body)).toEqual({ timestamp: 1_800_000_000, nonce: '' });
    expect(verifyBpWebhook(secret, headers, body.replace('delivered', 'failed'))).toBeNull();
    expect(verifyBpWebhook('another-secret-0123456789abcdef0123', headers, body)).toBeNull();
    expect(verifyBpWebhook(secret, { ...headers, 'x-bp-timestamp': '1800000001' }, body)).toBeNull();
    expect(verifyBpWebhook(secret, { 'x-bp-signature': headers['x-bp-signature'] }, body)).toBeNull();
    expect(verifyBpWebhook(secret, { ...headers, 'x-bp-signature': 'sha256=zz' }, body)).toBeNull();
    expect(verifyBpWebhook(secret, { ...headers, 'x-bp-timestamp': '1e9' }, body)).toBeNull();
  });
});

describe('seven.io webhook signature', () => {
  const request = { method: 'POST', url: 'https://hub.example/api/v1/sms/status', rawBody: body };
  it('matches a vector computed with openssl', () => {
    const given = { 'x-timestamp': '1800000000', 'x-nonce': 'n-1', 'x-signature': sevenKnownSignature };
    expect(signSevenWebhook(secret, { ...request, timestamp: 1_800_000_000, nonce: 'n-1' })).toEqual(given);
    expect(verifySevenWebhook(secret, given, request)).toEqual({ timestamp: 1_800_000_000, nonce: 'n-1' });
  });

  it('signs timestamp, nonce, method, URL and the body MD5', () => {
    const headers = signSevenWebhook(secret, { ...request, timestamp: 1_800_000_000, nonce: 'n-1' });
    expect(verifySevenWebhook(secret, headers, request)).toEqual({ timestamp: 1_800_000_000, nonce: 'n-1' });
    expect(verifySevenWebhook(secret, headers, { ...request, url: 'https://evil.example/x' })).toBeNull();
    expect(verifySevenWebhook(secret, headers, { ...request, rawBody: body + ' ' })).toBeNull();
    expect(verifySevenWebhook(secret, { ...headers, 'x-nonce': 'n-2' }, request)).toBeNull();
    expect(verifySevenWebhook(secret, { ...headers, 'x-signature': undefined }, request)).toBeNull();
  });
});
