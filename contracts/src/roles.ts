/** Staff roles; an API token carries one or more of them too. */
export const staffRoles = ['admin', 'clerk', 'loader', 'zone', 'auditor'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Who caused a change: a staff member, an integration token, a kiosk terminal (citizen) or the system itself. */
export const actorTypes = ['staff', 'token', 'terminal', 'system', 'box'] as const;
export type ActorType = (typeof actorTypes)[number];
