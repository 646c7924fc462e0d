/** What staff see of the SMS sent for a document: status and timing, never the text, the number masked. */
import { Type, type Static } from 'typebox';

export const smsStatuses = ['queued', 'sending', 'sent', 'delivered', 'failed'] as const;
export type SmsStatus = (typeof smsStatuses)[number];

export const SmsMessageViewSchema = Type.Object({
  id: Type.String(),
  template: Type.String(),
  status: Type.Enum(smsStatuses),
  /** E.164 with the middle hidden, e.g. +49151****789; null after the personal data was purged. */
  recipientMasked: Type.Union([Type.String(), Type.Null()]),
  segments: Type.Integer(),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  provider: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  sentAt: Type.Union([Type.String(), Type.Null()]),
  statusAt: Type.Union([Type.String(), Type.Null()]),
});
export type SmsMessageView = Static<typeof SmsMessageViewSchema>;

export const DocumentSmsListSchema = Type.Object({
  documentId: Type.String(),
  messages: Type.Array(SmsMessageViewSchema),
});
export type DocumentSmsList = Static<typeof DocumentSmsListSchema>;
