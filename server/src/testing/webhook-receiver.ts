/**
 * A local HTTP receiver for the hub's webhooks in medium tests: records every request (headers and raw body) and
 * answers with the statuses it is told to (default 204), so a test can make the receiver fail and see a retry.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { vi } from 'vitest';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Statuses for the next requests, in order; after them the receiver answers 204. */
  failNext(...statuses: number[]): void;
  close(): Promise<void>;
}

/** A fresh `whsec_…` secret (base64 of 32 random bytes). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const answers: number[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.statusCode = answers.shift() ?? 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('receiver has no port');
  return {
    url: `http://127.0.0.1:${address.port}/bp-events`,
    received,
    failNext: (...statuses) => answers.push(...statuses),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Verifies a received webhook with the `standardwebhooks` package as a receiver would, with the receiver's clock at
 * `at` (the hub's test clock: the package refuses timestamps more than five minutes from its own now). Returns the
 * parsed body; throws if the signature does not verify.
 */
export function verifyWebhook(secret: string, webhook: ReceivedWebhook, at: Date): Record<string, unknown> {
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    vi.setSystemTime(at);
    const headers = {
      'webhook-id': String(webhook.headers['webhook-id']),
      'webhook-timestamp': String(webhook.headers['webhook-timestamp']),
      'webhook-signature': String(webhook.headers['webhook-signature']),
    };
    return new Webhook(secret).verify(webhook.body, headers) as Record<string, unknown>;
  } finally {
    vi.useRealTimers();
  }
}
