/** Staff roles; an API token carries one or more of them too. */
export const staffRoles = ['admin', 'clerk', 'loader', 'zone', 'auditor'] as const;
export type StaffRole = (typeof staffRoles)[number];

/**
 * Who caused a change: a staff member, an integration token, a kiosk terminal (citizen), the system itself, a box,
 * or the server's operator with `npm run admin` (`cli`, id `cli:<os user>`).
 */
export const actorTypes = ['staff', 'token', 'terminal', 'system', 'box', 'cli'] as const;
export type ActorType = (typeof actorTypes)[number];

/**
 * Roles an API token may carry: a staff role (never `admin`: refused) or `integration`, the office's specialist
 * procedure (register documents, receive issue events, acknowledge bookings). `integration` exists only for tokens:
 * no staff account can have it.
 */
export const apiTokenRoles = [...staffRoles, 'integration'] as const;
export type ApiTokenRole = (typeof apiTokenRoles)[number];
/** What a route may be opened to: a staff role or the integration role of a token. */
export type AccessRole = ApiTokenRole;
