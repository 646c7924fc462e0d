/** The caller of a service function: who it is (for the audit log) and what it may trigger (for the rules). */
import type { Actor } from '../modules/audit/audit-service.ts';
import type { TransitionTrigger } from '../modules/documents/lifecycle.ts';
import type { OfficeScope } from '../modules/privacy/office-scope.ts';
import type { TenantScope } from '../modules/tenants/tenant-scope.ts';

export interface Principal {
  actor: Actor;
  triggers: readonly TransitionTrigger[];
  /** A staff member signed in with a one-time password: only the password change (and who am I, logout) is open. */
  passwordChangeRequired?: boolean;
  /** Whose documents it may see and change (modules/privacy/office-scope.ts); unset: every office. */
  officeScope?: OfficeScope;
  /** The tenant it acts for and whose boxes it may use (modules/tenants/tenant-scope.ts); unset: every tenant. */
  tenant?: TenantScope;
}

export const systemPrincipal: Principal = { actor: { type: 'system', id: null }, triggers: ['system'] };

export function boxPrincipal(boxId: string): Principal {
  return { actor: { type: 'box', id: boxId }, triggers: ['box'] };
}

export function terminalPrincipal(terminalId: string, tenant?: TenantScope): Principal {
  return {
    actor: { type: 'terminal', id: terminalId },
    triggers: ['citizen'],
    ...(tenant ? { tenant } : {}),
  };
}

/** The server's operator at the command line (`npm run admin`): may do what an admin may do. */
export function cliPrincipal(osUser: string): Principal {
  return { actor: { type: 'cli', id: `cli:${osUser}` }, triggers: ['admin'] };
}
