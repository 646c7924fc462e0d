import { de, smsCatalogues, smsLanguages, type SmsLanguage } from '@buergerpunkt/contracts';
import { describe, expect, it } from 'vitest';
import { demoDocumentTypes, demoOffices } from '../../demo/demo-data.ts';
import { formatDeadlineForSms } from '../calendar/pickup-window.ts';
import { countSegments } from './gsm7.ts';
import { renderSms, smsTemplates, type SmsTemplate } from './queue-sms.ts';

/** Long, real values: the longest names the demo town uses, a code, a deadline on its longest weekday. */
const base = {
  boxName: 'DokBox Hohen Neuendorf',
  code: '482915',
  town: 'Hohen Neuendorf',
  officeName: 'Bürgeramt Hohen Neuendorf',
  issuedAt: '05.12.2026 19:58',
  officePhone: '03303 528-0',
};
/** Wednesday 9 December 2026, 20:00 in Berlin: "Mittwoch" and "الأربعاء" are the longest weekday names. */
const deadlineIso = '2026-12-09T19:00:00.000Z';
const officeNames = [...new Set(['Bürgeramt Hohen Neuendorf', ...demoOffices.map((o) => o.name)])];
/** A type without phrase forms of its own (an office's own type) is named by its configured name. */
const otherType = { id: 'registration_certificate', name: 'Meldebescheinigung' };

/**
 * The expected naming of every document type, written out by hand (not taken from the catalogues): the start of
 * the pickup SMS (nominative) and a phrase of the expiry SMS (accusative/genitive and the pronoun that agrees).
 */
const expected: Record<SmsLanguage, Record<string, [pickupStart: string, expiredPhrase: string]>> = {
  de: {
    id_card: ['Ihr Personalausweis liegt', 'für Ihren Personalausweis ist abgelaufen. Sie erhalten ihn'],
    passport: ['Ihr Reisepass liegt', 'für Ihren Reisepass ist abgelaufen. Sie erhalten ihn'],
    child_passport: [
      'Ihr Reisepass (Kind) liegt',
      'für Ihren Reisepass (Kind) ist abgelaufen. Sie erhalten ihn',
    ],
    driving_licence: ['Ihr Führerschein liegt', 'für Ihren Führerschein ist abgelaufen. Sie erhalten ihn'],
    travel_document: ['Ihr Reiseausweis liegt', 'für Ihren Reiseausweis ist abgelaufen. Sie erhalten ihn'],
    residence_permit: [
      'Ihr Aufenthaltstitel liegt',
      'für Ihren Aufenthaltstitel ist abgelaufen. Sie erhalten ihn',
    ],
    civil_certificate: [
      'Ihre Personenstandsurkunde liegt',
      'für Ihre Personenstandsurkunde ist abgelaufen. Sie erhalten sie',
    ],
    registration_certificate: [
      'Ihr Dokument (Meldebescheinigung) liegt',
      'für Ihr Dokument (Meldebescheinigung) ist abgelaufen. Sie erhalten es',
    ],
  },
  ls: {
    id_card: [
      'Ihr Personal-Ausweis ist',
      'Sie haben Ihren Personal-Ausweis nicht abgeholt. Sie bekommen ihn',
    ],
    passport: ['Ihr Reise-Pass ist', 'Sie haben Ihren Reise-Pass nicht abgeholt. Sie bekommen ihn'],
    child_passport: [
      'Ihr Kinder-Reise-Pass ist',
      'Sie haben Ihren Kinder-Reise-Pass nicht abgeholt. Sie bekommen ihn',
    ],
    driving_licence: [
      'Ihr Führer-Schein ist',
      'Sie haben Ihren Führer-Schein nicht abgeholt. Sie bekommen ihn',
    ],
    travel_document: [
      'Ihr Reise-Ausweis ist',
      'Sie haben Ihren Reise-Ausweis nicht abgeholt. Sie bekommen ihn',
    ],
    residence_permit: [
      'Ihr Aufenthalts-Titel ist',
      'Sie haben Ihren Aufenthalts-Titel nicht abgeholt. Sie bekommen ihn',
    ],
    civil_certificate: [
      'Ihre Personenstands-Urkunde ist',
      'Sie haben Ihre Personenstands-Urkunde nicht abgeholt. Sie bekommen sie',
    ],
    registration_certificate: [
      'Ihr Dokument (Meldebescheinigung) ist',
      'Sie haben Ihr Dokument (Meldebescheinigung) nicht abgeholt. Sie bekommen es',
    ],
  },
  en: {
    id_card: ['Your ID card is ready', 'The pickup period for your ID card has ended. You will get it'],
    passport: ['Your passport is ready', 'The pickup period for your passport has ended. You will get it'],
    child_passport: [
      "Your child's passport is ready",
      "The pickup period for your child's passport has ended. You will get it",
    ],
    driving_licence: [
      'Your driving licence is ready',
      'The pickup period for your driving licence has ended. You will get it',
    ],
    travel_document: [
      'Your travel document is ready',
      'The pickup period for your travel document has ended. You will get it',
    ],
    residence_permit: [
      'Your residence permit is ready',
      'The pickup period for your residence permit has ended. You will get it',
    ],
    civil_certificate: [
      'Your civil status certificate is ready',
      'The pickup period for your civil status certificate has ended. You will get it',
    ],
    registration_certificate: [
      'Your document (Meldebescheinigung) is ready',
      'The pickup period for your document (Meldebescheinigung) has ended. You will get it',
    ],
  },
  // Turkish as sent: ı ş ğ ç folded to i s g c for GSM-7.
  tr: {
    id_card: ['Kimlik kartiniz DokBox', 'Kimlik kartinizin teslim süresi doldu.'],
    passport: ['Pasaportunuz DokBox', 'Pasaportunuzun teslim süresi doldu.'],
    child_passport: ['Çocuk pasaportunuz DokBox', 'Çocuk pasaportunuzun teslim süresi doldu.'],
    driving_licence: ['Sürücü belgeniz DokBox', 'Sürücü belgenizin teslim süresi doldu.'],
    travel_document: ['Seyahat belgeniz DokBox', 'Seyahat belgenizin teslim süresi doldu.'],
    residence_permit: ['Oturma izniniz DokBox', 'Oturma izninizin teslim süresi doldu.'],
    civil_certificate: ['Medeni hal belgeniz DokBox', 'Medeni hal belgenizin teslim süresi doldu.'],
    registration_certificate: [
      'Belgeniz (Meldebescheinigung) DokBox',
      'Belgenizin (Meldebescheinigung) teslim süresi doldu.',
    ],
  },
  uk: {
    id_card: [
      'Ваше посвідчення особи чекає',
      'Строк отримання Вашого посвідчення особи минув. Ви скоро отримаєте його',
    ],
    passport: ['Ваш паспорт чекає', 'Строк отримання Вашого паспорта минув. Ви скоро отримаєте його'],
    child_passport: [
      'Ваш дитячий паспорт чекає',
      'Строк отримання Вашого дитячого паспорта минув. Ви скоро отримаєте його',
    ],
    driving_licence: [
      'Ваше посвідчення водія чекає',
      'Строк отримання Вашого посвідчення водія минув. Ви скоро отримаєте його',
    ],
    travel_document: [
      'Ваш проїзний документ чекає',
      'Строк отримання Вашого проїзного документа минув. Ви скоро отримаєте його',
    ],
    residence_permit: [
      'Ваша посвідка на проживання чекає',
      'Строк отримання Вашої посвідки на проживання минув. Ви скоро отримаєте її',
    ],
    civil_certificate: [
      'Ваше свідоцтво про цивільний стан чекає',
      'Строк отримання Вашого свідоцтва про цивільний стан минув. Ви скоро отримаєте його',
    ],
    registration_certificate: [
      'Ваш документ (Meldebescheinigung) чекає',
      'Строк отримання Вашого документа (Meldebescheinigung) минув. Ви скоро отримаєте його',
    ],
  },
  ar: {
    id_card: ['يمكنك استلام بطاقة هويتك من', 'انتهت مهلة استلام بطاقة هويتك. ستستلمها'],
    passport: ['يمكنك استلام جواز سفرك من', 'انتهت مهلة استلام جواز سفرك. ستستلمه'],
    child_passport: ['يمكنك استلام جواز سفر طفلك من', 'انتهت مهلة استلام جواز سفر طفلك. ستستلمه'],
    driving_licence: ['يمكنك استلام رخصة قيادتك من', 'انتهت مهلة استلام رخصة قيادتك. ستستلمها'],
    travel_document: ['يمكنك استلام وثيقة سفرك من', 'انتهت مهلة استلام وثيقة سفرك. ستستلمها'],
    residence_permit: ['يمكنك استلام تصريح إقامتك من', 'انتهت مهلة استلام تصريح إقامتك. ستستلمه'],
    civil_certificate: [
      'يمكنك استلام شهادة الأحوال المدنية الخاصة بك من',
      'انتهت مهلة استلام شهادة الأحوال المدنية الخاصة بك. ستستلمها',
    ],
    registration_certificate: [
      'يمكنك استلام وثيقتك (Meldebescheinigung) من',
      'انتهت مهلة استلام وثيقتك (Meldebescheinigung). ستستلمها',
    ],
  },
};

/**
 * Ukrainian and Arabic are not GSM-7: every SMS goes as UCS-2 (70 characters in one segment, 67 per part when
 * split). The most segments each template takes with the longest real values (docs/sms.md states the same).
 */
const ucs2Segments: Record<SmsTemplate, number> = {
  pickup_ready: 2,
  new_code: 2,
  reminder: 3,
  expired: 3,
  picked_up: 2,
  callback_received: 2,
  installation_test: 2,
};

const types = [...demoDocumentTypes.map((t) => ({ id: t.id, name: t.name })), otherType];

function render(
  template: SmsTemplate,
  language: SmsLanguage,
  type: { id: string; name: string },
  officeName: string,
) {
  const deadline = formatDeadlineForSms(deadlineIso, 'Europe/Berlin', language);
  return renderSms(template, { ...base, officeName, deadline }, { language, documentType: type });
}

describe('SMS templates', () => {
  it('has a German text for every template and no text without a template', () => {
    expect(Object.keys(de.sms).sort()).toEqual([...smsTemplates].sort());
  });

  it('has every template in every language', () => {
    for (const language of smsLanguages) {
      expect(Object.keys(smsCatalogues[language].templates).sort(), language).toEqual(
        [...smsTemplates].sort(),
      );
    }
  });

  it('has phrase forms in every language for every demo document type', () => {
    for (const language of smsLanguages) {
      for (const type of demoDocumentTypes) {
        expect(smsCatalogues[language].documentTypes[type.id], `${language} ${type.id}`).toBeDefined();
      }
    }
  });

  for (const language of smsLanguages) {
    for (const type of types) {
      it(`${language}, ${type.id}: the document is named grammatically`, () => {
        const [pickupStart, expiredPhrase] = expected[language][type.id]!;
        expect(render('pickup_ready', language, type, base.officeName).startsWith(`${pickupStart} `)).toBe(
          true,
        );
        expect(render('expired', language, type, base.officeName)).toContain(expiredPhrase);
        for (const template of smsTemplates) {
          const text = render(template, language, type, base.officeName);
          expect(text, text).not.toMatch(/\{\{|\}\}|\.\./);
        }
      });

      it(`${language}, ${type.id}: segments with the longest real values`, () => {
        for (const template of smsTemplates) {
          for (const officeName of officeNames) {
            const text = render(template, language, type, officeName);
            const info = countSegments(text);
            if (language === 'uk' || language === 'ar') {
              expect(info.encoding, text).toBe('UCS-2');
              expect(info.segments, text).toBeLessThanOrEqual(ucs2Segments[template]);
            } else {
              expect(info.encoding, text).toBe('GSM-7');
              // An office's own type is named with its full name ("Ihr Dokument (…)"): at most two then.
              expect(info.segments, text).toBeLessThanOrEqual(type === otherType ? 2 : 1);
            }
          }
        }
      });
    }
  }

  it('states the UCS-2 segment counts exactly: some document type needs each stated maximum', () => {
    for (const template of smsTemplates) {
      const most = Math.max(
        ...(['uk', 'ar'] as const).flatMap((language) =>
          types.flatMap((type) =>
            officeNames.map((o) => countSegments(render(template, language, type, o)).segments),
          ),
        ),
      );
      expect(most, template).toBe(ucs2Segments[template]);
    }
  });

  it('never names a feminine German type with a masculine article', () => {
    const text = render(
      'new_code',
      'de',
      { id: 'civil_certificate', name: 'Personenstandsurkunde' },
      base.officeName,
    );
    expect(text).toContain('für Ihre Personenstandsurkunde in der');
    expect(text).not.toMatch(/Ihr(en)? Personenstandsurkunde/);
  });

  it('puts the code and deadline into the pickup SMS, the weekday in the language', () => {
    const type = { id: 'driving_licence', name: 'Führerschein' };
    expect(render('pickup_ready', 'de', type, base.officeName)).toBe(
      'Ihr Führerschein liegt in der DokBox Hohen Neuendorf. Abholcode: 482915. Abholbar bis Mi 09.12. zu den Öffnungszeiten. Stadt Hohen Neuendorf',
    );
    expect(render('pickup_ready', 'tr', type, base.officeName)).toBe(
      'Sürücü belgeniz DokBox Hohen Neuendorf icinde hazir. Teslim kodu: 482915. Son gün: 09.12. Çar, acilis saatlerinde. Hohen Neuendorf Belediyesi',
    );
    expect(render('reminder', 'en', type, base.officeName)).toContain(
      'Please collect by Wed 09/12, code as in the first SMS',
    );
  });

  it('names a type whose id is an object property name generically', () => {
    const text = renderSms(
      'pickup_ready',
      { ...base, deadline: 'Sa 05.12.' },
      {
        documentType: { id: 'constructor', name: 'Bescheid' },
      },
    );
    expect(text.startsWith('Ihr Dokument (Bescheid) liegt')).toBe(true);
  });

  it('renders German without a language, as before', () => {
    expect(renderSms('callback_received', { town: 'Hohen Neuendorf' })).toContain('Ihre Rückrufbitte');
  });
});
