import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermanentJobError } from '../../../jobs/job-runner.ts';
import { FakeSmsGateway } from '../testing/fake-sms-gateway.ts';
import { HttpGatewaySmsProvider } from './http-gateway-provider.ts';
import { SevenSmsProvider } from './seven-provider.ts';
import { SmsRefusedError } from './sms-provider.ts';

const request = {
  to: '+4915123456789',
  from: 'Buergerpkt',
  text: 'Ihr Reisepass liegt in der DokBox Hohen Neuendorf. Abholcode: 482915.',
  idempotencyKey: '0b9c1f0e-8d7a-4a55-9f43-5f1c2f6a7b10',
};

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the send to fail');
}

let gateway: FakeSmsGateway;
beforeEach(async () => {
  gateway = await FakeSmsGateway.start();
});
afterEach(() => gateway.close());

describe('generic HTTP gateway provider', () => {
  const provider = (overrides: { token?: string; timeoutMs?: number; path?: string } = {}) =>
    new HttpGatewaySmsProvider({
      httpUrl: `${gateway.url}${overrides.path ?? '/sms'}`,
      httpToken: overrides.token ?? gateway.bearerToken,
      timeoutMs: overrides.timeoutMs ?? 2000,
    });

  it('posts the documented JSON with bearer token and idempotency key', async () => {
    const result = await provider().send(request);
    expect(result.providerMessageId).toMatch(/^gw-\d+$/);
    const [sent] = gateway.requests;
    expect(sent).toMatchObject({ method: 'POST', path: '/sms', idempotencyKey: request.idempotencyKey });
    expect(sent!.headers['authorization']).toBe(`Bearer ${gateway.bearerToken}`);
    expect(sent!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent!.body)).toEqual({
      to: request.to,
      from: request.from,
      text: request.text,
      reference: request.idempotencyKey,
    });
  });

  it('gets the same message back for the same key, and the gateway sends it once', async () => {
    const first = await provider().send(request);
    const second = await provider().send(request);
    expect(second).toEqual(first);
    expect(gateway.requests).toHaveLength(2);
    expect(gateway.delivered.size).toBe(1);
  });

  it.each([
    [503, 'retry'],
    [500, 'retry'],
    [429, 'retry'],
    [408, 'retry'],
    [400, 'refused'],
    [404, 'refused'],
    [422, 'refused'],
  ])('treats HTTP %i as %s', async (status, expected) => {
    gateway.script({ kind: 'status', status });
    const error = await failureOf(provider().send(request));
    expect(error.message).toContain(String(status));
    if (expected === 'refused') expect(error).toBeInstanceOf(SmsRefusedError);
    else expect(error).not.toBeInstanceOf(PermanentJobError);
  });

  it('refuses for good on a wrong token (401) and on an invalid recipient (422)', async () => {
    const auth = await failureOf(provider({ token: 'wrong-token' }).send(request));
    expect(auth).toBeInstanceOf(PermanentJobError);
    expect(auth.message).toContain('401');
    const recipient = await failureOf(provider().send({ ...request, to: 'not-a-number' }));
    expect(recipient).toBeInstanceOf(PermanentJobError);
    expect(recipient.message).toContain('invalid_recipient');
    expect(gateway.delivered.size).toBe(0);
  });

  it('gives up waiting after the timeout with a retryable error', async () => {
    gateway.script({ kind: 'hold' });
    const error = await failureOf(provider({ timeoutMs: 200 }).send(request));
    expect(error).not.toBeInstanceOf(PermanentJobError);
    expect(error.message).toContain('no answer within 200 ms');
  });

  it('treats an unreachable gateway and an answer without id as retryable', async () => {
    gateway.script({ kind: 'status', status: 200, body: '{"ok":true}' });
    const noId = await failureOf(provider().send(request));
    expect(noId).not.toBeInstanceOf(PermanentJobError);
    const url = gateway.url;
    await gateway.close();
    const unreachable = new HttpGatewaySmsProvider({ httpUrl: `${url}/sms`, timeoutMs: 2000 });
    const error = await failureOf(unreachable.send(request));
    expect(error).not.toBeInstanceOf(PermanentJobError);
    expect(error.message).toContain('request failed');
    gateway = await FakeSmsGateway.start();
  });
});

describe('seven.io provider', () => {
  const provider = (apiKey = gateway.sevenApiKey) =>
    new SevenSmsProvider({ sevenApiKey: apiKey, sevenBaseUrl: gateway.url, timeoutMs: 2000 });

  it('posts to /api/sms with X-Api-Key and the form fields to, text, from, foreign_id', async () => {
    const result = await provider().send(request);
    expect(result.providerMessageId).toMatch(/^77\d+$/);
    const [sent] = gateway.requests;
    expect(sent).toMatchObject({ method: 'POST', path: '/api/sms' });
    expect(sent!.headers['x-api-key']).toBe(gateway.sevenApiKey);
    expect(sent!.headers['accept']).toBe('application/json');
    expect(Object.fromEntries(new URLSearchParams(sent!.body))).toEqual({
      to: request.to,
      text: request.text,
      from: request.from,
      foreign_id: request.idempotencyKey,
    });
  });

  it('refuses for good on a wrong API key (900) and an invalid recipient (202)', async () => {
    const auth = await failureOf(provider('wrong-key').send(request));
    expect(auth).toBeInstanceOf(PermanentJobError);
    expect(auth.message).toContain('900');
    const recipient = await failureOf(provider().send({ ...request, to: '+0' }));
    expect(recipient).toBeInstanceOf(PermanentJobError);
    expect(recipient.message).toContain('202');
  });

  it('counts the reload lock (402: same text, same number, just accepted) as already sent', async () => {
    await provider().send(request);
    const again = await provider().send(request);
    expect(again.providerMessageId).toBe(`reload-lock:${request.idempotencyKey}`);
    expect(gateway.delivered.size).toBe(1);
  });

  it('retries on HTTP 5xx, on no credit (500) and on carrier trouble (600)', async () => {
    gateway.script({ kind: 'status', status: 502 }, { kind: 'status', status: 200, body: '500' });
    gateway.script({ kind: 'status', status: 200, body: '600' });
    for (const code of ['502', '500', '600']) {
      const error = await failureOf(provider().send(request));
      expect(error).not.toBeInstanceOf(PermanentJobError);
      expect(error.message).toContain(code);
    }
  });

  it('reads a refusal inside the JSON answer', async () => {
    gateway.script({
      kind: 'status',
      status: 200,
      body: JSON.stringify({ success: '202', messages: [{ id: null, success: false, error: '202' }] }),
    });
    const error = await failureOf(provider().send(request));
    expect(error).toBeInstanceOf(PermanentJobError);
  });
});
