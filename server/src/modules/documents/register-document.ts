/** A clerk (or the office's software) registers a finished document for box pickup. */
import { defaultSmsLanguage, type SmsLanguage } from '@buergerpunkt/contracts';
import { officeInScope, officeScopeOf } from '../privacy/office-scope.ts';
import type { AppContext } from '../../context.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { hmacHex } from '../../platform/crypto.ts';
import { dateOfBirthHash, oldDocumentNumberHash, phoneHash } from '../codes/pickup-codes.ts';
import { checkUsesDateOfBirth, documentPolicyColumns } from '../document-types/pickup-policy.ts';
import { normalizeMobileNumber } from '../sms/phone-numbers.ts';
import { findLatestDocumentOfOffice, findOpenDocumentByReference } from './documents-repository.ts';
import { insertRegisteredDocument, type DocumentRow } from './transition-document.ts';

export interface RegisterDocumentInput {
  reference: string;
  officeId: string;
  typeId: string;
  holderName: string;
  phone: string;
  /** YYYY-MM-DD; required where the type's pickup check asks for it. */
  dateOfBirth?: string;
  needsWheelchairAccess?: boolean;
  proxyNote?: string;
  /** Number of the holder's old ID document; the old-document reader must then read this number. */
  oldDocumentNumber?: string;
  /** The citizen's consent to box pickup: the version of the consent text shown, and when it was given. */
  consent?: { textVersion: string; givenAt?: string };
  /** The language of the holder's SMS (issue 18); German when absent. */
  language?: SmsLanguage;
}

export interface RegistrationOutcome {
  document: DocumentRow;
  /** false: the same registration had been received before and this is the existing document. */
  created: boolean;
}

/**
 * A keyed hash of everything registered, so a repeated registration can be recognised without keeping a second copy
 * of the personal data. The time of consent is not part of it: a resend may carry a later clock reading.
 */
export function registrationFingerprint(
  key: string,
  input: RegisterDocumentInput,
  phoneE164: string,
): string {
  const content = [
    input.officeId,
    input.reference,
    input.typeId,
    input.holderName,
    phoneE164,
    input.dateOfBirth ?? null,
    Boolean(input.needsWheelchairAccess),
    input.proxyNote ?? null,
    input.oldDocumentNumber ?? null,
    input.consent?.textVersion ?? null,
    // Only a language other than German is part of it, so fingerprints stored before languages existed still match.
    ...(input.language && input.language !== defaultSmsLanguage ? [input.language] : []),
  ];
  return hmacHex(key, 'registration', JSON.stringify(content));
}

/** PostgreSQL's unique_violation, or SQLite's UNIQUE constraint failure. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export function parseIsoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw badRequest('date_invalid');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw badRequest('date_invalid');
  }
  return value;
}

/** Registers a document; the same registration again (same office, reference and content) gives the existing one. */
export async function registerDocument(
  ctx: AppContext,
  input: RegisterDocumentInput,
  principal: Principal,
): Promise<DocumentRow> {
  return (await registerDocumentIdempotently(ctx, input, principal)).document;
}

/**
 * Idempotent by (office, reference): the same content again answers with the existing document (`created: false`);
 * other content while a document of that reference is open is 409 `duplicate_reference`. Two racing registrations
 * of the same document meet at the unique index of open (office, reference) pairs; the loser then finds the winner.
 */
export async function registerDocumentIdempotently(
  ctx: AppContext,
  input: RegisterDocumentInput,
  principal: Principal,
): Promise<RegistrationOutcome> {
  try {
    return await registerOnce(ctx, input, principal);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return registerOnce(ctx, input, principal);
  }
}

async function registerOnce(
  ctx: AppContext,
  input: RegisterDocumentInput,
  principal: Principal,
): Promise<RegistrationOutcome> {
  const phoneE164 = normalizeMobileNumber(input.phone);
  const now = ctx.clock.now().toISOString();
  const id = ctx.ids.newId();
  const key = ctx.config.secrets.codeKey;
  const fingerprint = registrationFingerprint(key, input, phoneE164);
  const consentGivenAt = input.consent ? parseConsentTime(input.consent.givenAt, now) : null;
  return ctx.db.transaction().execute(async (trx) => {
    const office = await trx
      .selectFrom('offices')
      .select('id')
      .where('id', '=', input.officeId)
      .executeTakeFirst();
    // A clerk registers for their own office(s) only; another office is answered as unknown.
    if (!office || !officeInScope(officeScopeOf(principal), office.id)) throw notFound('office_not_found');
    const type = await trx
      .selectFrom('document_types')
      .select([
        'id',
        'pickup_check',
        'window_opening_days',
        'pin_letter_required',
        'evidence_image_required',
        'four_eyes_loading',
      ])
      .where('id', '=', input.typeId)
      .executeTakeFirst();
    if (!type) throw notFound('document_type_not_found');
    if (checkUsesDateOfBirth(type.pickup_check) && !input.dateOfBirth) throw badRequest('validation_failed');
    const earlier = await findLatestDocumentOfOffice(trx, input.officeId, input.reference);
    if (earlier && earlier.registration_fingerprint === fingerprint)
      return { document: earlier, created: false };
    if (await findOpenDocumentByReference(trx, input.reference)) throw conflict('duplicate_reference');
    const document = await insertRegisteredDocument(
      trx,
      {
        id,
        reference: input.reference,
        office_id: input.officeId,
        type_id: input.typeId,
        holder_name: input.holderName,
        phone_e164: phoneE164,
        phone_hash: phoneHash(key, phoneE164),
        date_of_birth_hash: input.dateOfBirth
          ? dateOfBirthHash(key, id, parseIsoDate(input.dateOfBirth))
          : null,
        needs_wheelchair_access: input.needsWheelchairAccess ? 1 : 0,
        proxy_note: input.proxyNote ?? null,
        box_id: null,
        compartment_id: null,
        code_hash: null,
        code_issued_at: null,
        code_failed_attempts: 0,
        code_locked: 0,
        check_failed_attempts: 0,
        resends_today: 0,
        resend_day: null,
        notified_at: null,
        reminder_sent_at: null,
        expired_at: null,
        issued_at: null,
        final_at: null,
        purged_at: null,
        // The document keeps the policy it is registered with; a later change of the type does not touch it.
        ...documentPolicyColumns(type, ctx.config.pickup.windowOpeningDays),
        pin_letter_confirmed_at: null,
        pickup_checks_passed: null,
        old_document_number_hash: input.oldDocumentNumber
          ? oldDocumentNumberHash(key, id, input.oldDocumentNumber)
          : null,
        registration_fingerprint: fingerprint,
        consent_text_version: input.consent?.textVersion ?? null,
        consent_given_at: consentGivenAt,
        booked_at: null,
        booked_by: null,
        booking_source: null,
        language: input.language ?? defaultSmsLanguage,
        created_at: now,
        updated_at: now,
      },
      principal,
      {
        reference: input.reference,
        typeId: input.typeId,
        officeId: input.officeId,
        proxy: Boolean(input.proxyNote),
        consentTextVersion: input.consent?.textVersion ?? null,
        consentGivenAt,
        language: input.language ?? defaultSmsLanguage,
      },
    );
    return { document, created: true };
  });
}

/** The time of consent as given (not in the future), or now. */
function parseConsentTime(givenAt: string | undefined, now: string): string {
  if (givenAt === undefined) return now;
  const ms = Date.parse(givenAt);
  if (Number.isNaN(ms)) throw badRequest('date_invalid');
  const iso = new Date(ms).toISOString();
  if (iso > now) throw badRequest('consent_in_future');
  return iso;
}
