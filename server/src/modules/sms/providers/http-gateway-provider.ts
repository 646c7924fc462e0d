/**
 * A generic HTTP(S) SMS gateway adapter, for a town's own gateway or a thin proxy in front of any SMS provider.
 *
 * Wire format (also in docs/sms.md):
 *
 *   POST <sms.httpUrl>
 *   Content-Type: application/json
 *   Accept: application/json
 *   Authorization: Bearer <sms.httpToken>          (sent when configured)
 *   Idempotency-Key: <message id>                  (same key again → same message, never a second SMS)
 *
 *   {"to":"+4915123456789","from":"Buergerpkt","text":"…","reference":"<message id>"}
 *
 * Answers:
 *   2xx  {"id":"<gateway message id>"}             accepted (or: already accepted under this key)
 *   400, 401, 403, 404, 410, 413, 422, other 4xx   refused; retrying cannot help → message failed
 *   408, 409, 425, 429, 5xx, timeout, no answer    temporary; retried with backoff under the same key
 * An error body may be {"error":"<code>","message":"<text>"}; its code goes into the message's last_error.
 */
import type { Config } from '../../../config.ts';
import {
  errorForStatus,
  fetchWithTimeout,
  readBoundedText,
  shortError,
  type SmsProvider,
  type SmsSendRequest,
  type SmsSendResult,
} from './sms-provider.ts';

export interface HttpGatewayRequestBody {
  to: string;
  from: string;
  text: string;
  reference: string;
}

function errorCodeOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown; code?: unknown };
    const code = parsed.error ?? parsed.code;
    if (typeof code === 'string' || typeof code === 'number') return String(code);
  } catch {
    // not JSON: the status alone has to do
  }
  return '';
}

export class HttpGatewaySmsProvider implements SmsProvider {
  readonly name = 'http' as const;

  constructor(private readonly config: Pick<Config['sms'], 'httpUrl' | 'httpToken' | 'timeoutMs'>) {
    if (!config.httpUrl) throw new Error('sms.httpUrl is required for the http SMS provider');
  }

  async send(request: SmsSendRequest): Promise<SmsSendResult> {
    const body: HttpGatewayRequestBody = {
      to: request.to,
      from: request.from,
      text: request.text,
      reference: request.idempotencyKey,
    };
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
      'idempotency-key': request.idempotencyKey,
    };
    if (this.config.httpToken) headers.authorization = `Bearer ${this.config.httpToken}`;

    const response = await fetchWithTimeout(
      'SMS gateway',
      this.config.httpUrl!,
      { method: 'POST', headers, body: JSON.stringify(body) },
      this.config.timeoutMs,
    );
    const text = await readBoundedText(response);
    if (!response.ok) {
      const code = errorCodeOf(text);
      const message = shortError(`SMS gateway answered ${response.status}${code ? ` (${code})` : ''}`);
      throw errorForStatus(response.status, message);
    }
    let id: unknown;
    try {
      id = (JSON.parse(text) as { id?: unknown }).id;
    } catch {
      id = undefined;
    }
    // Accepted but without an id: asking again under the same key is safe and gets the id.
    if ((typeof id !== 'string' && typeof id !== 'number') || String(id).length === 0) {
      throw new Error(`SMS gateway answered ${response.status} without a message id`);
    }
    return { providerMessageId: shortError(String(id), 200) };
  }
}
