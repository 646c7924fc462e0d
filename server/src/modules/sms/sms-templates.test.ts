import { de } from '@buergerpunkt/contracts';
import { describe, expect, it } from 'vitest';
import { demoDocumentTypes, demoOffices } from '../../demo/demo-data.ts';
import { countSegments } from './gsm7.ts';
import { renderSms, smsTemplates, type SmsTemplate } from './queue-sms.ts';

/** Long, real values: the longest names the demo town uses, a code, a deadline as the calendar formats it. */
const base = {
  documentType: 'Aufenthaltstitel',
  boxName: 'DokBox Hohen Neuendorf',
  code: '482915',
  deadline: 'Sa 05.12.',
  town: 'Hohen Neuendorf',
  officeName: 'Bürgeramt Hohen Neuendorf',
  issuedAt: '05.12.2026 19:58',
  officePhone: '03303 528-0',
};

const documentTypes = [
  ...new Set(['Aufenthaltstitel', 'Kinderreisepass', ...demoDocumentTypes.map((t) => t.name)]),
];
const officeNames = [...new Set(['Bürgeramt Hohen Neuendorf', ...demoOffices.map((o) => o.name)])];

describe('SMS templates', () => {
  it('has a German text for every template and no text without a template', () => {
    expect(Object.keys(de.sms).sort()).toEqual([...smsTemplates].sort());
  });

  for (const template of smsTemplates) {
    it(`${template}: one GSM-7 segment with the longest real values`, () => {
      for (const documentType of documentTypes) {
        for (const officeName of officeNames) {
          const text = renderSms(template as SmsTemplate, { ...base, documentType, officeName });
          expect(text, text).not.toMatch(/\{\{|\}\}/);
          const info = countSegments(text);
          expect(info.encoding, text).toBe('GSM-7');
          expect(info.units, text).toBeLessThanOrEqual(160);
          expect(info.segments, text).toBe(1);
        }
      }
    });
  }

  it('puts the code and deadline into the pickup SMS', () => {
    const text = renderSms('pickup_ready', base);
    expect(text).toContain('482915');
    expect(text).toContain('Sa 05.12.');
    expect(text).toContain('DokBox Hohen Neuendorf');
  });
});
