/** Pairing codes: 8 characters from an alphabet without look-alikes, shown `ABCD-EFGH`, typed in any form. */
import { pairingCodeAlphabet, pairingCodeLength } from '@buergerpunkt/contracts';
import { randomInt } from 'node:crypto';

export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < pairingCodeLength; i++)
    code += pairingCodeAlphabet[randomInt(0, pairingCodeAlphabet.length)];
  return code;
}

/** `ABCDEFGH` → `ABCD-EFGH`. */
export function formatPairingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed (`abcd efgh`, `ABCD-EFGH`) as the stored form, or null when it cannot be a code. */
export function normalizePairingCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== pairingCodeLength) return null;
  return [...code].every((c) => pairingCodeAlphabet.includes(c)) ? code : null;
}
