/** Staff passwords are stored only as argon2id hashes. */
import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/** The cost of new hashes (argon2id memory and passes); verifying reads the cost from the hash itself. */
export interface PasswordHashCost {
  memoryKiB: number;
  passes: number;
}

let cost: PasswordHashCost = { memoryKiB: 65536, passes: 3 };
/** Made on first need, with the current cost (so an unknown user takes as long as a known one). */
let dummyHash: Promise<string> | undefined;

/**
 * Sets the cost of new hashes from the configuration (`accounts.passwordHash*`, checked there: production refuses
 * less than the OWASP minimum). Called where the hub's and the admin tool's contexts are made.
 */
export function usePasswordHashCost(next: PasswordHashCost): void {
  if (next.memoryKiB === cost.memoryKiB && next.passes === cost.passes) return;
  cost = { ...next };
  dummyHash = undefined;
}

export function passwordHashCostOf(config: {
  accounts: { passwordHashMemoryKib: number; passwordHashPasses: number };
}): PasswordHashCost {
  return { memoryKiB: config.accounts.passwordHashMemoryKib, passes: config.accounts.passwordHashPasses };
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: cost.memoryKiB, timeCost: cost.passes });
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
