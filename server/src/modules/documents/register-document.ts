/** A clerk (or the office's software) registers a finished document for box pickup. */
import type { AppContext } from '../../context.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { dateOfBirthHash, oldDocumentNumberHash, phoneHash } from '../codes/pickup-codes.ts';
import { checkUsesDateOfBirth, documentPolicyColumns } from '../document-types/pickup-policy.ts';
import { normalizeMobileNumber } from '../sms/phone-numbers.ts';
import { findOpenDocumentByReference } from './documents-repository.ts';
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

export async function registerDocument(
  ctx: AppContext,
  input: RegisterDocumentInput,
  principal: Principal,
): Promise<DocumentRow> {
  const phoneE164 = normalizeMobileNumber(input.phone);
  const now = ctx.clock.now().toISOString();
  const id = ctx.ids.newId();
  return ctx.db.transaction().execute(async (trx) => {
    const office = await trx
      .selectFrom('offices')
      .select('id')
      .where('id', '=', input.officeId)
      .executeTakeFirst();
    if (!office) throw notFound('office_not_found');
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
    if (await findOpenDocumentByReference(trx, input.reference)) throw conflict('duplicate_reference');
    const key = ctx.config.secrets.codeKey;
    return insertRegisteredDocument(
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
        created_at: now,
        updated_at: now,
      },
      principal,
      {
        reference: input.reference,
        typeId: input.typeId,
        officeId: input.officeId,
        proxy: Boolean(input.proxyNote),
      },
    );
  });
}
