/** The shape of one language's SMS catalogue (issue 18). */
import type { sms } from '../de/sms.ts';

export type SmsTemplateKey = keyof typeof sms;

export interface SmsCatalogue {
  /** Every template; the document is named through the language's phrase slots (see `documentTypes`). */
  templates: Record<SmsTemplateKey, string>;
  /** Weekday names in ISO order, '1' = Monday, for the pickup deadline. */
  weekdays: Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', string>;
  /** The pickup deadline: `{{weekday}}`, `{{day}}`, `{{month}}` (two digits each). */
  deadline: string;
  /** Phrase slots per document type id; `{{name}}` in a form is the type's configured (German) name. */
  documentTypes: Record<string, Record<string, string>>;
  /** The slots for a type without its own entry; they name it by its configured name. */
  otherDocumentType: Record<string, string>;
  /**
   * Letters replaced before sending so the text stays GSM-7 (one segment instead of three in UCS-2): Turkish
   * ı ş ğ ç as i s g c, as Turkish SMS commonly are. Absent: the text is sent as written.
   */
  gsmFold?: Record<string, string>;
}
