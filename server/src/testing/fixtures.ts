/** Demo data with known passwords and terminal key, and helpers to act as a staff role in medium tests. */
import type { StaffRole } from '@buergerpunkt/contracts';
import { seedDemoData } from '../demo/seed-demo.ts';
import { demoBox, demoDocumentTypes, demoOffices } from '../demo/demo-data.ts';
import { registerDocument, type RegisterDocumentInput } from '../modules/documents/register-document.ts';
import type { Principal } from '../platform/principal.ts';
import type { TestHub } from './test-context.ts';

export const testTerminalKey = 'kiosk_test_terminal_key_0123456789';
export const testPassword = (username: string) => `${username}-password-for-tests`;
export { demoBox, demoDocumentTypes, demoOffices };

export interface SeededHub extends TestHub {
  /** Bearer headers for a logged-in staff member of each demo role. */
  staffHeaders: Record<StaffRole, { authorization: string }>;
  staffPrincipal(role: StaffRole): Principal;
  terminalHeaders: { 'x-terminal-key': string };
}

export async function seedTestHub(hub: TestHub): Promise<SeededHub> {
  await seedDemoData(hub.ctx, { password: testPassword, terminalKey: testTerminalKey });
  const staffHeaders = {} as Record<StaffRole, { authorization: string }>;
  const userIds = {} as Record<StaffRole, string>;
  for (const role of ['admin', 'clerk', 'loader', 'zone', 'auditor'] as const) {
    const response = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: role, password: testPassword(role) },
    });
    if (response.statusCode !== 200) throw new Error(`login ${role} failed: ${response.body}`);
    // The session token comes only in the cookie; tests send it back as a Bearer token.
    staffHeaders[role] = { authorization: `Bearer ${sessionTokenOf(response)}` };
    userIds[role] = response.json().user.id;
  }
  return Object.assign(hub, {
    staffHeaders,
    staffPrincipal: (role: StaffRole): Principal => ({
      actor: { type: 'staff', id: userIds[role] },
      triggers: [role],
    }),
    terminalHeaders: { 'x-terminal-key': testTerminalKey },
  });
}

/** The session token a login answer set in its cookie (`bp_session`, or `__Host-bp_session` behind https). */
export function sessionTokenOf(response: { cookies: { name: string; value: string }[] }): string {
  const cookie = response.cookies.find((c) => c.name === 'bp_session' || c.name === '__Host-bp_session');
  if (!cookie) throw new Error('login answer without a session cookie');
  return cookie.value;
}

let referenceCounter = 0;

/** Registers a document as the clerk would; defaults give an ID card for +49 151 23456789. */
export async function registerTestDocument(hub: SeededHub, input: Partial<RegisterDocumentInput> = {}) {
  referenceCounter++;
  return registerDocument(
    hub.ctx,
    {
      reference: `HN-2026-${String(referenceCounter).padStart(5, '0')}-${Math.random().toString(36).slice(2, 6)}`,
      officeId: 'buergeramt-hn',
      typeId: 'id_card',
      holderName: 'Erika Mustermann',
      phone: '0151 23456789',
      dateOfBirth: '1964-08-12',
      ...input,
    },
    hub.staffPrincipal('clerk'),
  );
}

/** A document's row as it is in the database now. */
export function documentRow(hub: TestHub, documentId: string) {
  return hub.ctx.db
    .selectFrom('documents')
    .selectAll()
    .where('id', '=', documentId)
    .executeTakeFirstOrThrow();
}
