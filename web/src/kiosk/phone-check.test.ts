// The kiosk refuses German landline numbers on the phone screen; mobiles and foreign numbers go on to the hub.
import { describe, expect, it } from 'vitest';
import { isGermanLandline } from './phone-check.ts';

describe('isGermanLandline', () => {
  it('refuses landlines in every typed form', () => {
    for (const typed of ['030 3301234', '03303 123456', '+49 30 3301234', '004930 3301234', '0800 1234567'])
      expect(isGermanLandline(typed), typed).toBe(true);
  });
  it('lets mobiles and foreign numbers through', () => {
    for (const typed of [
      '0151 23456789',
      '0170 1234504',
      '+49 160 1234567',
      '0049 176 1234567',
      '+43 660 1234567',
    ])
      expect(isGermanLandline(typed), typed).toBe(false);
  });
});
