/**
 * Adapter for seven.io (formerly sms77), a German SMS gateway, as its public client libraries use it:
 *
 *   POST <sms.sevenBaseUrl>/api/sms                     (default base https://gateway.seven.io)
 *   X-Api-Key: <sms.sevenApiKey>
 *   Accept: application/json
 *   Content-Type: application/x-www-form-urlencoded
 *
 *   to=+4915123456789&text=…&from=Buergerpkt&foreign_id=<message id>
 *
 * A JSON answer looks like
 *   {"success":"100","total_price":0.075,"balance":12.3,"debug":"false","sms_type":"direct",
 *    "messages":[{"id":"77229318","sender":"Buergerpkt","recipient":"4915123456789","text":"…","encoding":"gsm",
 *                 "parts":1,"price":0.075,"success":true,"error":null,"error_text":null}]}
 * where success "100" means accepted. Errors come as a bare numeric code in the body (e.g. `900`) or as a
 * message with `success:false` and a numeric `error`. Codes: 201/202 bad country/recipient, 300/900-903 auth or
 * account, 301-307/400/401 bad parameters → refused for good; 402 "reload lock" (the same text to the same
 * recipient within 180 s was already accepted) → treated as already sent; 500 no credit, 600 carrier, 700
 * unknown → retried.
 *
 * seven.io has no documented idempotency key: `foreign_id` only comes back in reports. What protects us against a
 * double send after a crash is the reload lock above; see docs/sms.md for what remains uncertain.
 */
import type { Config } from '../../../config.ts';
import {
  errorForStatus,
  fetchWithTimeout,
  readBoundedText,
  shortError,
  SmsRefusedError,
  type SmsProvider,
  type SmsSendRequest,
  type SmsSendResult,
} from './sms-provider.ts';

const refusedCodes = new Set([201, 202, 300, 301, 304, 305, 306, 307, 400, 401, 900, 901, 902, 903]);
const reloadLockCode = 402;

interface SevenMessage {
  id?: string | number | null;
  success?: boolean | string;
  error?: string | number | null;
  error_text?: string | null;
}

interface SevenResponse {
  success?: string | number;
  messages?: SevenMessage[];
}

export class SevenSmsProvider implements SmsProvider {
  readonly name = 'seven' as const;

  constructor(private readonly config: Pick<Config['sms'], 'sevenApiKey' | 'sevenBaseUrl' | 'timeoutMs'>) {
    if (!config.sevenApiKey) throw new Error('sms.sevenApiKey is required for the seven SMS provider');
  }

  async send(request: SmsSendRequest): Promise<SmsSendResult> {
    const form = new URLSearchParams({
      to: request.to,
      text: request.text,
      from: request.from,
      foreign_id: request.idempotencyKey,
    });
    const response = await fetchWithTimeout(
      'seven.io',
      `${this.config.sevenBaseUrl.replace(/\/+$/, '')}/api/sms`,
      {
        method: 'POST',
        headers: {
          'x-api-key': this.config.sevenApiKey!,
          accept: 'application/json',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: form.toString(),
      },
      this.config.timeoutMs,
    );
    const text = (await readBoundedText(response)).trim();
    if (!response.ok) {
      const message = `seven.io answered HTTP ${response.status}`;
      throw errorForStatus(response.status, message);
    }
    if (/^\d+$/.test(text)) return this.#fromCode(Number(text), request);

    let parsed: SevenResponse;
    try {
      parsed = JSON.parse(text) as SevenResponse;
    } catch {
      throw new Error('seven.io answered with an unreadable body');
    }
    const message = parsed.messages?.[0];
    const accepted = String(parsed.success) === '100';
    if (message && (message.success === false || message.success === 'false' || !accepted)) {
      const code = Number(message.error ?? parsed.success);
      if (Number.isInteger(code)) return this.#fromCode(code, request);
    }
    if (!accepted) {
      const code = Number(parsed.success);
      if (Number.isInteger(code) && code !== 100) return this.#fromCode(code, request);
    }
    const id = message?.id;
    if (id === null || id === undefined || String(id).length === 0) {
      throw new Error('seven.io accepted the message without a message id');
    }
    return { providerMessageId: shortError(String(id)) };
  }

  #fromCode(code: number, request: SmsSendRequest): SmsSendResult {
    if (code === 100) throw new Error('seven.io answered 100 without a message id');
    if (code === reloadLockCode) return { providerMessageId: `reload-lock:${request.idempotencyKey}` };
    const message = `seven.io refused with code ${code}`;
    if (refusedCodes.has(code)) throw new SmsRefusedError(message);
    throw new Error(message);
  }
}
