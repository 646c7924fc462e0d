/**
 * The one interface every SMS gateway adapter implements, and the shared rules for how a gateway's answer becomes
 * a retry (normal Error) or a final refusal (PermanentJobError).
 */
import { PermanentJobError } from '../../../jobs/job-runner.ts';

export type SmsProviderName = 'outbox' | 'http' | 'seven';

export interface SmsSendRequest {
  /** Recipient in E.164, e.g. +4915123456789. */
  to: string;
  /** Sender id (alphanumeric, at most 11 characters) or number. */
  from: string;
  text: string;
  /**
   * Stable per message (the sms_messages id): a gateway that sees the same key again must not send a second SMS
   * but answer with the first one's id. This is what makes a retry after a crash safe.
   */
  idempotencyKey: string;
}

export interface SmsSendResult {
  providerMessageId: string;
}

export interface SmsProvider {
  readonly name: SmsProviderName;
  send(request: SmsSendRequest): Promise<SmsSendResult>;
}

/** A gateway refusal that retrying cannot fix (bad recipient, bad credentials, bad request). */
export class SmsRefusedError extends PermanentJobError {
  override name = 'SmsRefusedError';
}

/**
 * HTTP statuses worth retrying: the gateway is overloaded, down, rate-limiting us or still working on the same
 * idempotency key. Every other 4xx is a refusal that the same request will meet again.
 */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 409 || status === 425 || status === 429;
}

/** A gateway's non-2xx answer as the error to throw: a retry for a retryable status, otherwise a refusal. */
export function errorForStatus(status: number, message: string): Error {
  return isRetryableStatus(status) ? new Error(message) : new SmsRefusedError(message);
}

/** Calls fetch with the configured timeout; network failures and timeouts become plain (retryable) errors. */
export async function fetchWithTimeout(
  gateway: string,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<Response> {
  try {
    return await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new Error(`${gateway}: no answer within ${timeoutMs} ms`);
    }
    const cause = (error as { cause?: { code?: string } })?.cause?.code;
    throw new Error(`${gateway}: request failed (${cause ?? (error as Error)?.message ?? 'network error'})`);
  }
}

/** Reads a response body as text, bounded, so a hostile gateway cannot make us buffer megabytes. */
export async function readBoundedText(response: Response, maxChars = 64 * 1024): Promise<string> {
  const text = await response.text();
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}

/** Keeps error texts that land in last_error and logs short and free of control characters. */
export function shortError(text: string, max = 200): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, max);
}
