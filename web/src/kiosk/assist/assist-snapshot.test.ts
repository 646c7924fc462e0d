import { describe, expect, it } from 'vitest';
import { assistSnapshotOf, masked } from './assist-snapshot.ts';
import { problem } from '../kiosk-problems.ts';

const data = {
  phone: '0170 1234504',
  code: '1234',
  day: '07',
  month: '12',
  year: '1950',
  pickupId: 'pickup-1',
  check: 'date_of_birth' as const,
  pinLetterRequired: false,
  evidenceImageRetentionDays: null,
  documentType: 'Führerschein',
  compartmentNumber: 5,
  opened: null,
  phase: null,
  deposit: null,
  wrongCodes: 2,
  wrongCodesFor: '01701234504',
};

describe('assist snapshot', () => {
  it('masks every typed character and keeps only what the screen needs', () => {
    expect(masked('0170 12')).toBe('•••• ••');
    const snapshot = assistSnapshotOf(
      { step: 'birthDate', screen: { name: 'birthDate' }, data, busy: false, inlineError: null },
      'tr',
    );
    expect(snapshot).toEqual({
      step: 'birthDate',
      language: 'tr',
      fields: { phone: '•••• •••••••', code: '••••', day: '••', month: '••', year: '••••' },
      check: 'date_of_birth',
      documentType: 'Führerschein',
      compartmentNumber: 5,
      inlineError: null,
      busy: false,
    });
    expect(JSON.stringify(snapshot)).not.toMatch(/\d{2}/);
    expect(JSON.stringify(snapshot)).not.toContain('pickup-1');
  });

  it('names the problem of a problem screen', () => {
    const snapshot = assistSnapshotOf(
      {
        step: 'problem',
        screen: { name: 'problem', problem: problem('code_wrong') },
        data,
        busy: true,
        inlineError: null,
      },
      'de',
    );
    expect(snapshot).toMatchObject({ step: 'problem', problem: 'code_wrong', busy: true });
  });
});
