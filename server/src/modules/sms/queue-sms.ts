/**
 * Queues an SMS inside the caller's transaction: renders the template in the document's language (German unless
 * registered otherwise), seals the body (it may carry a pickup code) and writes the message row plus its send
 * job. After commit the job runner sends it.
 */
import type { Trx } from '../../db/database.ts';
import type { AppContext } from '../../context.ts';
import { seal } from '../../platform/crypto.ts';
import { defaultSmsLanguage, smsCatalogues, type SmsLanguage } from '@buergerpunkt/contracts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { countSegments } from './gsm7.ts';

export const smsTemplates = [
  'pickup_ready',
  'new_code',
  'reminder',
  'expired',
  'picked_up',
  'callback_received',
  'installation_test',
] as const;
export type SmsTemplate = (typeof smsTemplates)[number];

export const sendSmsJobKind = 'sms.send';

export interface NewSms {
  documentId: string | null;
  recipient: string;
  template: SmsTemplate;
  params: Record<string, string>;
  /** The language registered with the document; German when absent. */
  language?: SmsLanguage;
  /** The document's type: its phrase forms name it in the sentence (`{{doc}}`, `{{docAcc}}`, ...). */
  documentType?: { id: string; name: string };
}

export interface RenderOptions {
  language?: SmsLanguage;
  documentType?: { id: string; name: string };
}

function interpolate(text: string, params: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => params[key] ?? whole);
}

/** The phrase slots naming a document type in a language (its own forms, or the generic ones with its name). */
export function documentTypePhrases(
  language: SmsLanguage,
  documentType: { id: string; name: string },
): Record<string, string> {
  const catalogue = smsCatalogues[language];
  // Own properties only: a type id such as "constructor" must not find the object's prototype.
  const forms = Object.hasOwn(catalogue.documentTypes, documentType.id)
    ? catalogue.documentTypes[documentType.id]!
    : catalogue.otherDocumentType;
  return Object.fromEntries(
    Object.entries(forms).map(([slot, form]) => [slot, interpolate(form, { name: documentType.name })]),
  );
}

/** Replaces letters the language folds for GSM-7 (Turkish); other languages are returned as written. */
function foldForGsm(text: string, fold: Record<string, string> | undefined): string {
  if (!fold) return text;
  let folded = '';
  for (const ch of text) folded += fold[ch] ?? ch;
  return folded;
}

export function renderSms(
  template: SmsTemplate,
  params: Record<string, string>,
  options: RenderOptions = {},
): string {
  const language = options.language ?? defaultSmsLanguage;
  const catalogue = smsCatalogues[language];
  // A caller naming the type only by `params.documentType` gets the generic forms ("Ihr Dokument (…)").
  const documentType =
    options.documentType ?? (params.documentType ? { id: '', name: params.documentType } : undefined);
  const phrases = documentType ? documentTypePhrases(language, documentType) : {};
  return foldForGsm(interpolate(catalogue.templates[template], { ...params, ...phrases }), catalogue.gsmFold);
}

export async function queueSms(
  trx: Trx,
  ctx: Pick<AppContext, 'ids' | 'config'>,
  at: string,
  sms: NewSms,
): Promise<string> {
  const id = ctx.ids.newId();
  const body = renderSms(sms.template, sms.params, {
    ...(sms.language ? { language: sms.language } : {}),
    ...(sms.documentType ? { documentType: sms.documentType } : {}),
  });
  await trx
    .insertInto('sms_messages')
    .values({
      id,
      document_id: sms.documentId,
      recipient: sms.recipient,
      template: sms.template,
      body_sealed: seal(ctx.config.secrets.smsSealKey, body),
      segments: countSegments(body).segments,
      status: 'queued',
      provider: null,
      provider_message_id: null,
      attempts: 0,
      last_error: null,
      created_at: at,
      sent_at: null,
      status_at: at,
    })
    .execute();
  await enqueueJob(trx, {
    id: ctx.ids.newId(),
    kind: sendSmsJobKind,
    payload: { messageId: id },
    idempotencyKey: `sms:${id}`,
    runAt: at,
    maxAttempts: ctx.config.jobs.maxAttempts,
  });
  return id;
}
