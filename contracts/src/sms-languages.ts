/**
 * The languages a citizen can choose at registration for their SMS (issue 18): the kiosk's languages, with
 * Leichte Sprache as `ls` (the code the web apps use). German is the default.
 */
import { Type, type Static } from 'typebox';

export const smsLanguages = ['de', 'ls', 'en', 'tr', 'uk', 'ar'] as const;
export type SmsLanguage = (typeof smsLanguages)[number];
export const defaultSmsLanguage: SmsLanguage = 'de';

export const SmsLanguageSchema = Type.Enum(smsLanguages, {
  description: 'Language of the SMS texts: de, ls (Leichte Sprache), en, tr, uk, ar. Default de.',
});
export type SmsLanguageValue = Static<typeof SmsLanguageSchema>;

export function isSmsLanguage(value: unknown): value is SmsLanguage {
  return typeof value === 'string' && (smsLanguages as readonly string[]).includes(value);
}
