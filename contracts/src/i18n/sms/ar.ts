/**
 * SMS texts in Arabic (sent as UCS-2, 70 characters a segment, 67 when split). The document is named with the
 * possessive suffix ("جواز سفرك", "بطاقة هويتك") inside verbal-noun phrases (استلام …), which need no agreement;
 * where a pronoun refers to it, `{{getIt}}` agrees with its gender (ستستلمه masculine, ستستلمها feminine).
 */
import type { SmsCatalogue } from './types.ts';

const masculine = (doc: string) => ({ doc, getIt: 'ستستلمه' });
const feminine = (doc: string) => ({ doc, getIt: 'ستستلمها' });

export const smsAr: SmsCatalogue = {
  templates: {
    pickup_ready: 'يمكنك استلام {{doc}} من {{boxName}} حتى {{deadline}}. الرمز: {{code}}. مدينة {{town}}',
    new_code: 'رمز جديد لاستلام {{doc}} من {{boxName}}: {{code}}. الرمز القديم لم يعد صالحا. مدينة {{town}}',
    reminder:
      'تذكير: يمكنك استلام {{doc}} من {{boxName}} حتى {{deadline}}. الرمز في الرسالة الأولى. مدينة {{town}}',
    expired: 'انتهت مهلة استلام {{doc}}. {{getIt}} قريبا من: {{officeName}}. مدينة {{town}}',
    picked_up: 'تم استلام {{doc}} من {{boxName}} في {{issuedAt}}. لست أنت؟ اتصل بـ: {{officePhone}}',
    callback_received:
      'وصل طلبك لمعاودة الاتصال من الرقم 115. سنتصل بك عندما يكون مركز الخدمة متاحا. مدينة {{town}}',
    installation_test: 'رسالة اختبار من Bürgerpunkt: إرسال الرسائل يعمل. لا حاجة لأي إجراء. مدينة {{town}}',
  },
  weekdays: {
    '1': 'الاثنين',
    '2': 'الثلاثاء',
    '3': 'الأربعاء',
    '4': 'الخميس',
    '5': 'الجمعة',
    '6': 'السبت',
    '7': 'الأحد',
  },
  deadline: '{{weekday}} {{day}}.{{month}}',
  documentTypes: {
    id_card: feminine('بطاقة هويتك'), // بطاقة: feminine
    passport: masculine('جواز سفرك'), // جواز: masculine
    child_passport: masculine('جواز سفر طفلك'),
    driving_licence: feminine('رخصة قيادتك'), // رخصة: feminine
    travel_document: feminine('وثيقة سفرك'), // وثيقة: feminine
    residence_permit: masculine('تصريح إقامتك'), // تصريح: masculine
    civil_certificate: feminine('شهادة الأحوال المدنية الخاصة بك'), // شهادة: feminine
  },
  otherDocumentType: feminine('وثيقتك ({{name}})'),
};
