/** Shapes a document row for staff: what they need to act, never secrets, the phone number masked. */
import {
  defaultSmsLanguage,
  isSmsLanguage,
  type DocumentState,
  type DocumentView,
  type SmsLanguage,
} from '@buergerpunkt/contracts';
import type { DocumentRow } from './transition-document.ts';

export function maskPhone(e164: string | null): string | null {
  if (!e164) return null;
  return e164.length <= 7 ? '****' : `${e164.slice(0, 6)}****${e164.slice(-3)}`;
}

/** The stored language of a document's SMS; anything unknown (never written by the hub) reads as German. */
export function smsLanguageOf(value: string | null | undefined): SmsLanguage {
  return isSmsLanguage(value) ? value : defaultSmsLanguage;
}

export function presentDocument(row: DocumentRow, compartmentNumber: number | null): DocumentView {
  return {
    id: row.id,
    reference: row.reference,
    officeId: row.office_id,
    typeId: row.type_id,
    holderName: row.holder_name,
    phoneMasked: maskPhone(row.phone_e164),
    state: row.state as DocumentState,
    boxId: row.box_id,
    compartmentNumber,
    needsWheelchairAccess: row.needs_wheelchair_access === 1,
    proxyNote: row.proxy_note,
    codeLocked: row.code_locked === 1,
    notifiedAt: row.notified_at,
    issuedAt: row.issued_at,
    finalAt: row.final_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    consent:
      row.consent_text_version && row.consent_given_at
        ? { textVersion: row.consent_text_version, givenAt: row.consent_given_at }
        : null,
    bookedAt: row.booked_at,
    language: smsLanguageOf(row.language),
  };
}
