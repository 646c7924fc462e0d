/** Staff passwords are stored only as argon2id hashes. */
import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * A hash to spend the verification time on when there is no real one (unknown user, or an account without a
 * password such as one provisioned by single sign-on). It hashes a random secret of this process, so no password
 * is known to match it; and a match is thrown away anyway (see verifyStaffPassword).
 */
let dummyHash: Promise<string> | undefined;
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString('base64url'));
  return dummyHash;
}

/**
 * Checks a staff member's password in the same time whether the account exists, has a password or not. An account
 * without a password hash (`null`/`undefined`) never verifies, whatever was typed.
 */
export async function verifyStaffPassword(
  hash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!hash) {
    await verifyPassword(await dummyPasswordHash(), password);
    return false;
  }
  return verifyPassword(hash, password);
}
