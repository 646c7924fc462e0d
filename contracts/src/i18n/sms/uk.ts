/**
 * SMS texts in Ukrainian (Cyrillic: sent as UCS-2, 70 characters a segment, 67 when split: the pickup SMS takes
 * two segments, see docs/sms.md). The document agrees in gender and case: `{{doc}}` nominative ("Ваш паспорт", "Ваша посвідка"),
 * `{{docGen}}` genitive ("Вашого паспорта", "Вашої посвідки"), `{{docAcc}}` accusative ("Ваш паспорт", "Вашу
 * посвідку"), `{{it}}` the pronoun ("його", "її"). "Ваш" is capitalised throughout, as in a polite letter.
 */
import type { SmsCatalogue } from './types.ts';

const forms = (doc: string, docGen: string, docAcc: string, it: 'його' | 'її') => ({
  doc,
  docGen,
  docAcc,
  it,
});

export const smsUk: SmsCatalogue = {
  templates: {
    pickup_ready: '{{doc}} чекає у {{boxName}}. Код: {{code}}. Заберіть до {{deadline}}. Місто {{town}}',
    new_code: 'Новий код для {{docGen}} у {{boxName}}: {{code}}. Старий код більше не діє. Місто {{town}}',
    reminder: 'Нагадуємо: {{doc}} ще чекає у {{boxName}} до {{deadline}}. Код з першого SMS. Місто {{town}}',
    expired:
      'Строк отримання {{docGen}} минув. Ви скоро отримаєте {{it}} тут: {{officeName}}. Місто {{town}}',
    picked_up: '{{docAcc}} забрали з {{boxName}} {{issuedAt}}. Це не Ви? Повідомте: {{officePhone}}',
    callback_received:
      'Ваш запит на зворотний дзвінок від 115 отримано. Ми передзвонимо, коли сервісний центр працюватиме. Місто {{town}}',
    installation_test:
      'Тестове SMS від Bürgerpunkt: надсилання SMS працює. Нічого робити не потрібно. Місто {{town}}',
  },
  weekdays: { '1': 'Пн', '2': 'Вт', '3': 'Ср', '4': 'Чт', '5': 'Пт', '6': 'Сб', '7': 'Нд' },
  deadline: '{{weekday}} {{day}}.{{month}}',
  documentTypes: {
    // посвідчення особи: neuter
    id_card: forms('Ваше посвідчення особи', 'Вашого посвідчення особи', 'Ваше посвідчення особи', 'його'),
    // паспорт: masculine
    passport: forms('Ваш паспорт', 'Вашого паспорта', 'Ваш паспорт', 'його'),
    child_passport: forms('Ваш дитячий паспорт', 'Вашого дитячого паспорта', 'Ваш дитячий паспорт', 'його'),
    // посвідчення водія: neuter
    driving_licence: forms(
      'Ваше посвідчення водія',
      'Вашого посвідчення водія',
      'Ваше посвідчення водія',
      'його',
    ),
    // проїзний документ: masculine
    travel_document: forms(
      'Ваш проїзний документ',
      'Вашого проїзного документа',
      'Ваш проїзний документ',
      'його',
    ),
    // посвідка на проживання: feminine
    residence_permit: forms(
      'Ваша посвідка на проживання',
      'Вашої посвідки на проживання',
      'Вашу посвідку на проживання',
      'її',
    ),
    // свідоцтво: neuter
    civil_certificate: forms(
      'Ваше свідоцтво про цивільний стан',
      'Вашого свідоцтва про цивільний стан',
      'Ваше свідоцтво про цивільний стан',
      'його',
    ),
  },
  // документ: masculine
  otherDocumentType: forms(
    'Ваш документ ({{name}})',
    'Вашого документа ({{name}})',
    'Ваш документ ({{name}})',
    'його',
  ),
};
