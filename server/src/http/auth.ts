/**
 * Request guards. Staff endpoints take a session (cookie `bp_session` or `Authorization: Bearer`) or an API token
 * and check roles; kiosk endpoints take a terminal key (`X-Terminal-Key`) and never a staff session.
 */
import { defaultTenantId } from '../modules/tenants/tenant-ids.ts';
import type { AccessRole } from '@buergerpunkt/contracts';
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Config } from '../config.ts';
import type { AppContext } from '../context.ts';
import { forbidden, unauthorized } from '../platform/errors.ts';
import { terminalPrincipal, type Principal } from '../platform/principal.ts';
import { principalForToken } from '../modules/accounts/accounts-service.ts';
import { authenticateTerminal } from '../modules/accounts/terminals.ts';
import { singleTenantScope } from '../modules/tenants/tenant-scope.ts';

export const sessionCookie = 'bp_session';

/**
 * Behind https the cookie carries the `__Host-` prefix: the browser then keeps it only if it is Secure, has Path=/
 * and no Domain, so a sibling subdomain cannot plant or overwrite a session cookie.
 */
export function sessionCookieName(config: Pick<Config, 'publicUrl'>): string {
  return config.publicUrl.startsWith('https://') ? `__Host-${sessionCookie}` : sessionCookie;
}

export function setSessionCookie(
  reply: FastifyReply,
  ctx: AppContext,
  token: string,
  expiresAt: string,
): void {
  reply.setCookie(sessionCookieName(ctx.config), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.publicUrl.startsWith('https://'),
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, ctx: AppContext): void {
  reply.clearCookie(sessionCookieName(ctx.config), {
    path: '/',
    secure: ctx.config.publicUrl.startsWith('https://'),
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    terminal: { id: string; boxId: string | null } | null;
  }
}

export function bearerOrCookie(request: FastifyRequest, ctx: AppContext): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return request.cookies?.[sessionCookieName(ctx.config)];
}

export interface RequireRolesOptions {
  /** Open to a staff member who still has to replace a one-time password (who am I, the change itself). */
  duringPasswordChange?: boolean;
}

/**
 * Any of `roles` suffices; admins may do everything staff may do except what is reserved to auditors' reading.
 * A staff member signed in with a one-time password gets 403 `password_change_required` everywhere else.
 */
export function requireRoles(
  ctx: AppContext,
  roles: readonly AccessRole[],
  options: RequireRolesOptions = {},
): preHandlerAsyncHookHandler {
  return async (request) => {
    const token = bearerOrCookie(request, ctx);
    if (!token) throw unauthorized();
    const principal = await principalForToken(ctx, token);
    if (!principal) throw unauthorized('session_expired');
    if (principal.passwordChangeRequired && !options.duringPasswordChange)
      throw forbidden('password_change_required');
    if (!principal.triggers.some((r) => (roles as readonly string[]).includes(r) || r === 'admin')) {
      throw forbidden();
    }
    request.principal = principal;
  };
}

export function requireTerminal(ctx: AppContext): preHandlerAsyncHookHandler {
  return async (request) => {
    const key = request.headers['x-terminal-key'];
    if (typeof key !== 'string' || key.length < 8 || key.length > 200) throw unauthorized('terminal_unknown');
    const terminal = await authenticateTerminal(ctx, key);
    request.terminal = { id: terminal.id, boxId: terminal.box_id };
    request.principal = terminalPrincipal(
      terminal.id,
      singleTenantScope(terminal.tenant_id ?? defaultTenantId),
    );
  };
}

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthorized();
  return request.principal;
}
