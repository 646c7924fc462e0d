/** What the staff API returns for a document: no code hashes, the phone number masked. */
import { Type, type Static } from 'typebox';
import { documentStates } from './documents.ts';
import { SmsLanguageSchema } from './sms-languages.ts';

export const DocumentViewSchema = Type.Object(
  {
    id: Type.String(),
    reference: Type.String(),
    officeId: Type.String(),
    typeId: Type.String(),
    holderName: Type.String(),
    phoneMasked: Type.Union([Type.String(), Type.Null()]),
    state: Type.Enum(documentStates),
    boxId: Type.Union([Type.String(), Type.Null()]),
    compartmentNumber: Type.Union([Type.Integer(), Type.Null()]),
    needsWheelchairAccess: Type.Boolean(),
    proxyNote: Type.Union([Type.String(), Type.Null()]),
    codeLocked: Type.Boolean(),
    notifiedAt: Type.Union([Type.String(), Type.Null()]),
    issuedAt: Type.Union([Type.String(), Type.Null()]),
    finalAt: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    /** The citizen's consent to box pickup (issue 16): text version and time; null when not recorded. */
    consent: Type.Optional(
      Type.Union([Type.Object({ textVersion: Type.String(), givenAt: Type.String() }), Type.Null()]),
    ),
    /** When the issue was booked in the office's specialist procedure. */
    bookedAt: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    /** The language of the holder's SMS (issue 18). */
    language: Type.Optional(SmsLanguageSchema),
  },
  { $id: 'DocumentView' },
);
export type DocumentView = Static<typeof DocumentViewSchema>;
