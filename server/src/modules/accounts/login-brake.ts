/**
 * The per-username login brake: after `accounts.loginFailuresPerUsername` failed logins for one username within
 * `accounts.loginBrakeWindowSeconds`, from whatever addresses, further logins of that username are refused with 429
 * until the window ends. The per-address limit alone would let a botnet (or everyone behind one proxy) guess on;
 * this one does not depend on the address at all. The moment the brake engages is audited.
 */
import type { AppContext } from '../../context.ts';
import { countRateLimitHit, readRateLimit } from '../../http/rate-limits.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findStaffUserByUsername } from './accounts-repository.ts';

const scope = 'login-username';

function normalised(username: string): string {
  return username.trim().toLowerCase().slice(0, 64);
}

function windowMs(ctx: AppContext): number {
  return ctx.config.accounts.loginBrakeWindowSeconds * 1000;
}

function braked(ttlMs: number): AppError {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  return new AppError(429, 'login_braked', { minutes: Math.ceil(seconds / 60) }, seconds);
}

/** Throws 429 `login_braked` while the username's failures in the current window reached the limit. */
export async function assertLoginNotBraked(ctx: AppContext, username: string): Promise<void> {
  const count = await readRateLimit(ctx, scope, normalised(username), windowMs(ctx));
  if (count.hits >= ctx.config.accounts.loginFailuresPerUsername) throw braked(count.ttlMs);
}

/** Counts a failed login; the failure that reaches the limit writes the audit entry. */
export async function countLoginFailure(ctx: AppContext, username: string): Promise<void> {
  const count = await countRateLimitHit(ctx, scope, normalised(username), windowMs(ctx));
  if (count.hits !== ctx.config.accounts.loginFailuresPerUsername) return;
  const user = await findStaffUserByUsername(ctx.db, username);
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, now, {
      actor: { type: 'system', id: null },
      action: 'staff.login_braked',
      entityType: 'staff_user',
      entityId: user?.id ?? null,
      data: {
        username: username.slice(0, 64),
        failures: count.hits,
        untilSeconds: Math.ceil(count.ttlMs / 1000),
      },
    }),
  );
}
