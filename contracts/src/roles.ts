/** Staff roles; an API token carries one or more of them too. */
export const staffRoles = ['admin', 'clerk', 'loader', 'zone', 'auditor'] as const;
export type StaffRole = (typeof staffRoles)[number];

/**
 * Who caused a change: a staff member, an integration token, a kiosk terminal (citizen), the system itself, a box,
 * or the server's operator with `npm run admin` (`cli`, id `cli:<os user>`).
 */
export const actorTypes = ['staff', 'token', 'terminal', 'system', 'box', 'cli'] as const;
export type ActorType = (typeof actorTypes)[number];
