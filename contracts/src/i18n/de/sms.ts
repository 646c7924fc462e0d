/**
 * SMS texts. Each must stay within one GSM-7 segment (160 characters, no typographic quotes or emoji) with
 * realistic values; a test renders every template with long real names to prove it.
 */
export const sms = {
  pickup_ready:
    'Ihr {{documentType}} liegt in der {{boxName}}. Abholcode: {{code}}. Abholbar bis {{deadline}} zu den Öffnungszeiten. Stadt {{town}}',
  new_code:
    'Ihr neuer Abholcode für Ihren {{documentType}} in der {{boxName}}: {{code}}. Der alte Code gilt nicht mehr. Stadt {{town}}',
  reminder:
    'Erinnerung: Ihr {{documentType}} liegt noch in der {{boxName}}. Bitte bis {{deadline}} abholen. Code wie in der ersten SMS. Stadt {{town}}',
  expired:
    'Die Abholfrist für Ihren {{documentType}} ist abgelaufen. Sie erhalten ihn bald bei: {{officeName}}. Stadt {{town}}',
  picked_up:
    'Ihr {{documentType}} wurde am {{issuedAt}} aus der {{boxName}} abgeholt. Nicht Sie? Bitte melden: {{officePhone}}',
  /** A 115 call-back request was taken (services module); sent only to mobile numbers. */
  callback_received:
    'Ihre Rückrufbitte zur Behördennummer 115 ist eingegangen. Wir rufen Sie zurück, sobald das Servicecenter erreichbar ist. Stadt {{town}}',
  /** `npm run sms:test`: proves the gateway works during installation (docs/installation.md). */
  installation_test:
    'Test-SMS von Bürgerpunkt: Der SMS-Versand funktioniert. Sie müssen nichts tun. Stadt {{town}}',
};
