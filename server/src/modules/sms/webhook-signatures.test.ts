import { describe, expect, it } from 'vitest';
import {
  signBpWebhook,
  signSevenWebhook,
  verifyBpWebhook,
  verifySevenWebhook,
} from './webhook-signatures.ts';

const secret = 'webhook-secret-for-unit-tests-0123456789';
const body = '{"eventId":"e1","messageId":"m1","status":"delivered"}';

describe('Bürgerpunkt webhook signature', () => {
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
  it('signs timestamp, nonce, method, URL and the body MD5', () => {
    const headers = signSevenWebhook(secret, { ...request, timestamp: 1_800_000_000, nonce: 'n-1' });
    expect(verifySevenWebhook(secret, headers, request)).toEqual({ timestamp: 1_800_000_000, nonce: 'n-1' });
    expect(verifySevenWebhook(secret, headers, { ...request, url: 'https://evil.example/x' })).toBeNull();
    expect(verifySevenWebhook(secret, headers, { ...request, rawBody: body + ' ' })).toBeNull();
    expect(verifySevenWebhook(secret, { ...headers, 'x-nonce': 'n-2' }, request)).toBeNull();
    expect(verifySevenWebhook(secret, { ...headers, 'x-signature': undefined }, request)).toBeNull();
  });
});
