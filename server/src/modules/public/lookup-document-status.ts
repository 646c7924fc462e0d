/**
 * "Is my document ready?" for the public site: reference number from the application receipt plus mobile number
 * → one of a few coarse answers. It tells nothing else (no name, type, office or compartment). An unknown
 * reference and a phone number that does not match take the same path and give the same answer, so the lookup
 * cannot be used to find out which references exist. Lookups are braked per caller IP and per reference. Each
 * answered lookup is audited with the phone number masked and the caller only as a keyed hash; refusals by the
 * brake are audited once per exhausted key and window, so a flood shows in the log without flooding it.
 */
import type { DocumentStatusAnswer, DocumentState } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { computePickupDeadline } from '../calendar/pickup-window.ts';
import { hashesEqual, phoneHash } from '../codes/pickup-codes.ts';
import { maskPhone } from '../documents/document-presenter.ts';
import { normalizeMobileNumber } from '../sms/phone-numbers.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { hmacHex } from '../../platform/crypto.ts';
import { countLookup } from './lookup-throttle.ts';
import { findDocumentsByReference } from './public-repository.ts';

/**
 * The brake: per caller IP and per reference within one window. Five tries per reference leave room for typos in
 * the phone number while making guessing a number for a known reference hopeless.
 */
export const statusLookupLimits = { perIp: 20, perReference: 5, windowSeconds: 15 * 60 } as const;

/** Same rule as the office's registration form: letters, digits and `/ . _ -`, at most 64 characters. */
const referencePattern = /^[A-Za-z0-9][A-Za-z0-9/._-]{0,63}$/;

export interface StatusLookupInput {
  reference: string;
  phone: string;
}

/** The reference as the office wrote it: spaces (from copying a printed number) removed. */
export function normalizeReference(typed: string): string {
  const reference = typed.replace(/\s+/g, '');
  if (!referencePattern.test(reference)) throw badRequest('reference_invalid');
  return reference;
}

const notReadyStates: readonly DocumentState[] = ['registered', 'ready_for_transport', 'loading', 'loaded'];
const readyStates: readonly DocumentState[] = ['notified', 'pickup_in_progress'];

export async function lookupDocumentStatus(
  ctx: AppContext,
  input: StatusLookupInput,
  callerIp: string,
): Promise<DocumentStatusAnswer> {
  if (input.reference.trim() === '') throw badRequest('reference_missing');
  if (input.phone.trim() === '') throw badRequest('phone_missing');
  const reference = normalizeReference(input.reference);
  const phoneE164 = normalizeMobileNumber(input.phone);
  const key = ctx.config.secrets.codeKey;
  const givenPhoneHash = phoneHash(key, phoneE164);
  const callerKey = `ip:${hmacHex(key, 'public-lookup-ip', callerIp)}`;
  const referenceKey = `ref:${hmacHex(key, 'public-lookup-reference', reference.toUpperCase())}`;
  const now = ctx.clock.now().toISOString();

  const actor = { type: 'system', id: 'public_site' } as const;
  // Enough to see one caller's series in the log without keeping the IP address.
  const caller = callerKey.slice(3, 15);

  type Outcome = { refused: true; seconds: number } | { refused: false; answer: DocumentStatusAnswer };
  const outcome = await ctx.db.transaction().execute(async (trx): Promise<Outcome> => {
    const throttle = await countLookup(
      trx,
      [
        { key: callerKey, max: statusLookupLimits.perIp },
        { key: referenceKey, max: statusLookupLimits.perReference },
      ],
      now,
      statusLookupLimits.windowSeconds,
    );
    if (throttle.retryAfterSeconds > 0) {
      if (throttle.newlyExhausted.length > 0) {
        await recordAudit(trx, now, {
          actor,
          action: 'public.document_status_lookup_refused',
          entityType: 'public_lookup',
          entityId: null,
          data: {
            reference,
            phone: maskPhone(phoneE164),
            caller,
            exhausted: throttle.newlyExhausted.map((k) => (k === callerKey ? 'caller' : 'reference')),
            windowSeconds: statusLookupLimits.windowSeconds,
          },
        });
      }
      return { refused: true, seconds: throttle.retryAfterSeconds };
    }
    // Every candidate is compared (in constant time), matching or not, so both kinds of "not found" cost the same.
    const candidates = await findDocumentsByReference(trx, reference);
    let match: (typeof candidates)[number] | null = null;
    for (const candidate of candidates) {
      if (hashesEqual(candidate.phone_hash, givenPhoneHash) && match === null) match = candidate;
    }
    const answer: DocumentStatusAnswer = match ? await answerFor(trx, ctx, match) : { status: 'not_found' };
    await recordAudit(trx, now, {
      actor,
      action: 'public.document_status_lookup',
      entityType: match ? 'document' : 'public_lookup',
      entityId: match?.id ?? null,
      data: {
        reference,
        phone: maskPhone(phoneE164),
        answer: answer.status,
        caller,
      },
    });
    return { refused: false, answer };
  });
  if (outcome.refused) {
    const { seconds } = outcome;
    throw new AppError(429, 'status_lookup_throttled', { minutes: Math.ceil(seconds / 60) }, seconds);
  }
  return outcome.answer;
}

type Candidate = Awaited<ReturnType<typeof findDocumentsByReference>>[number];

async function answerFor(trx: Trx, ctx: AppContext, document: Candidate): Promise<DocumentStatusAnswer> {
  const state = document.state as DocumentState;
  if (notReadyStates.includes(state)) return { status: 'not_ready' };
  if (state === 'picked_up') return { status: 'collected' };
  if (!readyStates.includes(state) || !document.box_id || !document.notified_at) {
    return { status: 'contact_office' };
  }
  const answer: DocumentStatusAnswer = {
    status: 'ready',
    boxName: document.box_name ?? '',
    boxLocation: document.box_location ?? '',
  };
  try {
    answer.readyUntil = await computePickupDeadline(
      trx,
      document.box_id,
      document.notified_at,
      document.window_opening_days === null
        ? ctx.config.pickup.windowOpeningDays
        : Number(document.window_opening_days),
    );
  } catch (error) {
    // A box without any opening day ahead has no deadline to tell; "ready" stays true.
    if (!(error instanceof AppError)) throw error;
  }
  return answer;
}
