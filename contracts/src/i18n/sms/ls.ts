/** SMS texts in Leichte Sprache (code `ls`): short sentences, no abbreviations, long words split with a hyphen. */
import type { SmsCatalogue } from './types.ts';

const masculine = (name: string) => ({ doc: `Ihr ${name}`, docAcc: `Ihren ${name}`, it: 'ihn' });
const feminine = (name: string) => ({ doc: `Ihre ${name}`, docAcc: `Ihre ${name}`, it: 'sie' });

export const smsLs: SmsCatalogue = {
  templates: {
    pickup_ready:
      '{{doc}} ist in der {{boxName}}. Ihr Code: {{code}}. Abholen bis {{deadline}} zu den Öffnungs-Zeiten. Stadt {{town}}',
    new_code:
      'Neuer Code für {{docAcc}} in der {{boxName}}: {{code}}. Der alte Code geht nicht mehr. Stadt {{town}}',
    reminder:
      '{{doc}} ist noch in der {{boxName}}. Bitte bis {{deadline}} abholen. Der Code steht in der 1. SMS. Stadt {{town}}',
    expired:
      'Sie haben {{docAcc}} nicht abgeholt. Sie bekommen {{it}} bald hier: {{officeName}}. Stadt {{town}}',
    picked_up:
      '{{doc}} wurde am {{issuedAt}} aus der {{boxName}} abgeholt. Waren Sie das nicht? Dann rufen Sie an: {{officePhone}}',
    callback_received:
      'Sie wollen einen Rück-Ruf von der Nummer 115. Wir rufen Sie an. Das kann etwas dauern. Stadt {{town}}',
    installation_test:
      'Test-SMS von Bürgerpunkt: Der SMS-Versand klappt. Sie müssen nichts tun. Stadt {{town}}',
  },
  weekdays: {
    '1': 'Montag',
    '2': 'Dienstag',
    '3': 'Mittwoch',
    '4': 'Donnerstag',
    '5': 'Freitag',
    '6': 'Samstag',
    '7': 'Sonntag',
  },
  deadline: '{{weekday}}, {{day}}.{{month}}.',
  documentTypes: {
    id_card: masculine('Personal-Ausweis'),
    passport: masculine('Reise-Pass'),
    child_passport: masculine('Kinder-Reise-Pass'),
    driving_licence: masculine('Führer-Schein'),
    travel_document: masculine('Reise-Ausweis'),
    residence_permit: masculine('Aufenthalts-Titel'),
    civil_certificate: feminine('Personenstands-Urkunde'),
  },
  otherDocumentType: { doc: 'Ihr Dokument ({{name}})', docAcc: 'Ihr Dokument ({{name}})', it: 'es' },
};
