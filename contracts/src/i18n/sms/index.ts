/**
 * SMS catalogues per language (issue 18). German is `de.sms` with `smsDocumentTypesDe`; every other language has
 * the same templates and its own phrase forms of the document types (articles, cases and pronouns that agree).
 */
import type { SmsLanguage } from '../../sms-languages.ts';
import { sms, smsDocumentTypesDe, smsOtherDocumentTypeDe } from '../de/sms.ts';
import { calendar } from '../de/calendar.ts';
import type { SmsCatalogue } from './types.ts';
import { smsLs } from './ls.ts';
import { smsEn } from './en.ts';
import { smsTr } from './tr.ts';
import { smsUk } from './uk.ts';
import { smsAr } from './ar.ts';

export type { SmsCatalogue, SmsTemplateKey } from './types.ts';

const smsDe: SmsCatalogue = {
  templates: sms,
  weekdays: calendar.weekdayShort,
  deadline: calendar.smsDeadline,
  documentTypes: smsDocumentTypesDe,
  otherDocumentType: smsOtherDocumentTypeDe,
};

export const smsCatalogues: Record<SmsLanguage, SmsCatalogue> = {
  de: smsDe,
  ls: smsLs,
  en: smsEn,
  tr: smsTr,
  uk: smsUk,
  ar: smsAr,
};
