import { pairingCodeAlphabet } from '@buergerpunkt/contracts';
import { describe, expect, it } from 'vitest';
import { formatPairingCode, newPairingCode, normalizePairingCode } from './pairing-code.ts';

describe('pairing codes', () => {
  it('uses only unambiguous characters', () => {
    expect(pairingCodeAlphabet).not.toMatch(/[01ILO]/);
    for (let i = 0; i < 200; i++) {
      const code = newPairingCode();
      expect(code).toMatch(new RegExp(`^[${pairingCodeAlphabet}]{8}$`));
    }
  });

  it('is shown with a dash and accepted as typed', () => {
    expect(formatPairingCode('ABCDEFGH')).toBe('ABCD-EFGH');
    expect(normalizePairingCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normalizePairingCode(' ABCD EFGH ')).toBe('ABCDEFGH');
    expect(normalizePairingCode('ABCD-EFG')).toBeNull();
    expect(normalizePairingCode('ABCD-EFG0')).toBeNull();
  });
});
