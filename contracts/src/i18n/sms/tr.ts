/**
 * SMS texts in Turkish. Turkish has no grammatical gender; the document carries the possessive suffix, in the case
 * the sentence needs: `{{doc}}` nominative ("Pasaportunuz"), `{{docGen}}` genitive ("Pasaportunuzun"). Written in correct Turkish; before sending, ı ş ğ ç â are written as
 * i s g c a (`gsmFold`), as Turkish SMS commonly are, so a text stays one GSM-7 segment instead of three in UCS-2.
 */
import type { SmsCatalogue } from './types.ts';

const forms = (doc: string, docGen: string) => ({ doc, docGen });

export const smsTr: SmsCatalogue = {
  templates: {
    pickup_ready:
      '{{doc}} {{boxName}} içinde hazır. Teslim kodu: {{code}}. Son gün: {{deadline}}, açılış saatlerinde. {{town}} Belediyesi',
    new_code:
      '{{doc}} için yeni teslim kodu ({{boxName}}): {{code}}. Eski kod artık geçersiz. {{town}} Belediyesi',
    reminder:
      'Hatırlatma: {{doc}} hâlâ {{boxName}} içinde. Son gün: {{deadline}}. Kod ilk SMS ile aynı. {{town}} Belediyesi',
    expired:
      '{{docGen}} teslim süresi doldu. Yakında şuradan alabilirsiniz: {{officeName}}. {{town}} Belediyesi',
    picked_up:
      '{{doc}} {{issuedAt}} tarihinde {{boxName}} içinden alındı. Siz değil misiniz? Lütfen bildirin: {{officePhone}}',
    callback_received:
      '115 geri arama talebiniz alındı. Servis merkezine ulaşılabildiğinde sizi arayacağız. {{town}} Belediyesi',
    installation_test:
      'Bürgerpunkt test SMS: SMS gönderimi çalışıyor. Bir şey yapmanıza gerek yok. {{town}} Belediyesi',
  },
  weekdays: { '1': 'Pzt', '2': 'Sal', '3': 'Çar', '4': 'Per', '5': 'Cum', '6': 'Cmt', '7': 'Paz' },
  deadline: '{{day}}.{{month}}. {{weekday}}',
  documentTypes: {
    id_card: forms('Kimlik kartınız', 'Kimlik kartınızın'),
    passport: forms('Pasaportunuz', 'Pasaportunuzun'),
    child_passport: forms('Çocuk pasaportunuz', 'Çocuk pasaportunuzun'),
    driving_licence: forms('Sürücü belgeniz', 'Sürücü belgenizin'),
    travel_document: forms('Seyahat belgeniz', 'Seyahat belgenizin'),
    residence_permit: forms('Oturma izniniz', 'Oturma izninizin'),
    civil_certificate: forms('Medeni hal belgeniz', 'Medeni hal belgenizin'),
  },
  otherDocumentType: forms('Belgeniz ({{name}})', 'Belgenizin ({{name}})'),
  gsmFold: { ı: 'i', İ: 'I', ş: 's', Ş: 'S', ğ: 'g', Ğ: 'G', ç: 'c', â: 'a', î: 'i', û: 'u' },
};
