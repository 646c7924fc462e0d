/** What the kiosk needs for its red phone to the 115: the mode, the hotline's hours now, and the SIP account. */
import { Type, type Static } from 'typebox';
import { HotlineStatusSchema } from './service-catalogue.ts';

export const redPhoneModes = ['desk_phone', 'sip', 'off'] as const;
export type RedPhoneMode = (typeof redPhoneModes)[number];

export const RedPhoneSipAccountSchema = Type.Object({
  webSocketUrl: Type.String(),
  uri: Type.String(),
  authorizationUser: Type.Union([Type.String(), Type.Null()]),
  password: Type.String(),
  displayName: Type.String(),
  /** Full SIP URI the kiosk calls. */
  target: Type.String(),
});
export type RedPhoneSipAccount = Static<typeof RedPhoneSipAccountSchema>;

export const RedPhoneSettingsSchema = Type.Object({
  mode: Type.Enum(redPhoneModes),
  /** The number shown to the citizen (desk phone, and beside a SIP call). */
  displayNumber: Type.String(),
  hotline: HotlineStatusSchema,
  /** May the kiosk offer the call now (a phone is configured and, if so set, the hotline is open)? */
  callNow: Type.Boolean(),
  /** Only in mode `sip`, only to an authenticated kiosk terminal. */
  sip: Type.Union([RedPhoneSipAccountSchema, Type.Null()]),
});
export type RedPhoneSettings = Static<typeof RedPhoneSettingsSchema>;
