/**
 * SMS texts. Each must stay within one GSM-7 segment (160 characters, no typographic quotes or emoji) with
 * realistic values; a test renders every template for every document type with long real names to prove it.
 *
 * The document is named through phrase slots, so that articles and pronouns agree with its gender (issue 18):
 * `{{doc}}` nominative ("Ihr Führerschein", "Ihre Personenstandsurkunde"), `{{docAcc}}` accusative ("Ihren
 * Führerschein"), `{{it}}` the accusative pronoun ("ihn", "sie", "es"). The forms per document type are in
 * `smsDocumentTypesDe`; the other languages are in `../sms/`.
 */
export const sms = {
  pickup_ready:
    '{{doc}} liegt in der {{boxName}}. Abholcode: {{code}}. Abholbar bis {{deadline}} zu den Öffnungszeiten. Stadt {{town}}',
  new_code:
    'Ihr neuer Abholcode für {{docAcc}} in der {{boxName}}: {{code}}. Der alte Code gilt nicht mehr. Stadt {{town}}',
  reminder:
    'Erinnerung: {{doc}} liegt noch in der {{boxName}}. Bitte bis {{deadline}} abholen. Code wie in der ersten SMS. Stadt {{town}}',
  expired:
    'Die Abholfrist für {{docAcc}} ist abgelaufen. Sie erhalten {{it}} bald bei: {{officeName}}. Stadt {{town}}',
  picked_up:
    '{{doc}} wurde am {{issuedAt}} aus der {{boxName}} abgeholt. Nicht Sie? Bitte melden: {{officePhone}}',
  /** A 115 call-back request was taken (services module); sent only to mobile numbers. */
  callback_received:
    'Ihre Rückrufbitte zur Behördennummer 115 ist eingegangen. Wir rufen Sie zurück, sobald das Servicecenter erreichbar ist. Stadt {{town}}',
  /** `npm run sms:test`: proves the gateway works during installation (docs/installation.md). */
  installation_test:
    'Test-SMS von Bürgerpunkt: Der SMS-Versand funktioniert. Sie müssen nichts tun. Stadt {{town}}',
};

const masculine = { doc: 'Ihr {{name}}', docAcc: 'Ihren {{name}}', it: 'ihn' };
const feminine = { doc: 'Ihre {{name}}', docAcc: 'Ihre {{name}}', it: 'sie' };

/**
 * German phrase forms per document type id; `{{name}}` is the name the office configured, so a renamed type keeps
 * its name (a rename to a noun of another gender needs its entry here changed). A type without an entry is named
 * as "Ihr Dokument (Name)", which is right for every name.
 */
export const smsDocumentTypesDe: Record<string, Record<string, string>> = {
  id_card: masculine, // der Personalausweis
  passport: masculine, // der Reisepass
  child_passport: masculine, // der Reisepass (Kind), der Kinderreisepass
  driving_licence: masculine, // der Führerschein
  travel_document: masculine, // der Reiseausweis
  residence_permit: masculine, // der Aufenthaltstitel
  civil_certificate: feminine, // die Personenstandsurkunde
};

/** das Dokument: neuter. */
export const smsOtherDocumentTypeDe: Record<string, string> = {
  doc: 'Ihr Dokument ({{name}})',
  docAcc: 'Ihr Dokument ({{name}})',
  it: 'es',
};
