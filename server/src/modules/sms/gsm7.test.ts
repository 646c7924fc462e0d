import { describe, expect, it } from 'vitest';
import { countSegments, gsm7Length, isGsm7 } from './gsm7.ts';

describe('GSM-7 segments', () => {
  it('counts German umlauts and ß as one septet each', () => {
    expect(countSegments('Ärger über Öl, Süße')).toEqual({ encoding: 'GSM-7', units: 19, segments: 1 });
  });

  it('counts € and the other extension characters as two septets', () => {
    expect(gsm7Length('€')).toBe(2);
    expect(gsm7Length('5 €')).toBe(4);
    expect(gsm7Length('[x]{y}')).toBe(10);
    expect(countSegments('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countSegments('€'.repeat(80) + 'a')).toMatchObject({ units: 161, segments: 2 });
  });

  it('fits 160 septets in one segment and 153 per part after that', () => {
    expect(countSegments('a'.repeat(160)).segments).toBe(1);
    expect(countSegments('a'.repeat(161)).segments).toBe(2);
    expect(countSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('switches to UCS-2 for a typographic quote, dash or emoji', () => {
    for (const text of ['Ihr „Pass“', 'bis 20–21 Uhr', 'it’s', 'Danke 🙂', 'Ç ok but ç no']) {
      expect(isGsm7(text), text).toBe(false);
      expect(countSegments(text).encoding, text).toBe('UCS-2');
    }
    expect(countSegments('„' + 'a'.repeat(69)).segments).toBe(1);
    expect(countSegments('„' + 'a'.repeat(70)).segments).toBe(2);
    expect(countSegments('„' + 'a'.repeat(133)).segments).toBe(2);
    expect(countSegments('„' + 'a'.repeat(134)).segments).toBe(3);
    expect(Number.isNaN(gsm7Length('„'))).toBe(true);
  });

  it('keeps plain ASCII quotes in GSM-7', () => {
    expect(countSegments('Ihr "Pass" ist\'s')).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });
});
