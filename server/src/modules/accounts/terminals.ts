/**
 * Kiosk terminals as the admin manages them: create one for a box (its key is shown once, with the pairing link),
 * rename, revoke, list with when each was last seen; and the check every kiosk request makes on its key.
 */
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import { inTenantOf, tenantIdOf } from '../tenants/tenant-scope.ts';
import type { CreatedTerminal, TerminalView } from '@buergerpunkt/contracts';
import type { Selectable } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { TerminalsTable } from '../../db/schema.ts';
import { addMs } from '../../platform/clock.ts';
import { randomToken, sha256Hex } from '../../platform/crypto.ts';
import { forbidden, notFound, unauthorized } from '../../platform/errors.ts';
import { systemPrincipal, type Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import {
  findTerminalById,
  findTerminalByKeyHash,
  insertTerminal,
  listTerminalRows,
  touchTerminal,
  updateTerminal,
} from './accounts-repository.ts';

/** How often at most a terminal's `last_seen_at` is written. */
const lastSeenResolutionMs = 60_000;

export function terminalView(row: Selectable<TerminalsTable>): TerminalView {
  return {
    id: row.id,
    name: row.name,
    boxId: row.box_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at ?? null,
    revokedAt: row.revoked_at ?? null,
  };
}

/** The link staff open once on the kiosk; the key travels in the fragment, which browsers never send. */
export function pairingUrl(ctx: AppContext, key: string): string {
  return `${ctx.config.publicUrl.replace(/\/+$/, '')}/kiosk/#terminal=${encodeURIComponent(key)}`;
}

export async function listTerminals(ctx: AppContext, tenantId?: string): Promise<TerminalView[]> {
  return (await listTerminalRows(ctx.db, tenantId)).map(terminalView);
}

/** Demo, tests and the admin all create terminals here; `key` is given only by the demo and tests. */
export async function createTerminal(
  ctx: AppContext,
  input: { name: string; boxId: string | null; key?: string; tenantId?: string },
  by: Principal = systemPrincipal,
): Promise<{ id: string; key: string }> {
  const id = ctx.ids.newId();
  const key = input.key ?? `kiosk_${randomToken()}`;
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    // A kiosk belongs to its box's tenant; the box must be one of the creator's tenant.
    let tenantId = input.tenantId ?? tenantIdOf(by) ?? defaultTenantId;
    if (input.boxId) {
      const box = await trx
        .selectFrom('boxes')
        .select(['id', 'tenant_id'])
        .where('id', '=', input.boxId)
        .where(inTenantOf(by, 'boxes.tenant_id'))
        .executeTakeFirst();
      if (!box) throw notFound('box_not_found');
      tenantId = box.tenant_id ?? tenantId;
    }
    await insertTerminal(trx, {
      tenant_id: tenantId,
      id,
      name: input.name,
      box_id: input.boxId,
      key_hash: sha256Hex(key),
      created_at: now,
    });
    await recordAudit(trx, now, {
      actor: by.actor,
      action: 'terminal.create',
      entityType: 'terminal',
      entityId: id,
      data: { name: input.name, boxId: input.boxId },
    });
  });
  return { id, key };
}

/** `POST /api/v1/terminals` and `npm run admin -- terminal create`: the key and pairing link, shown only now. */
export async function createTerminalForBox(
  ctx: AppContext,
  input: { boxId: string; name: string },
  by: Principal,
): Promise<CreatedTerminal> {
  const { id, key } = await createTerminal(ctx, { name: input.name.trim(), boxId: input.boxId }, by);
  const row = await findTerminalById(ctx.db, id);
  return { terminal: terminalView(row!), key, pairingUrl: pairingUrl(ctx, key) };
}

export async function renameTerminal(
  ctx: AppContext,
  id: string,
  name: string,
  by: Principal,
): Promise<TerminalView> {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findTerminalById(trx, id);
    if (!before) throw notFound('terminal_not_found');
    const newName = name.trim();
    if (newName === before.name) return terminalView(before);
    await updateTerminal(trx, id, { name: newName });
    await recordAudit(trx, at, {
      actor: by.actor,
      action: 'terminal.renamed',
      entityType: 'terminal',
      entityId: id,
      data: { before: before.name, after: newName },
    });
    return terminalView({ ...before, name: newName });
  });
}

/** Revoking is final (a kiosk gets a new terminal instead); revoking again changes nothing. */
export async function revokeTerminal(ctx: AppContext, id: string, by: Principal): Promise<TerminalView> {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findTerminalById(trx, id);
    if (!before) throw notFound('terminal_not_found');
    if (before.revoked_at) return terminalView(before);
    await updateTerminal(trx, id, { revoked_at: at });
    await recordAudit(trx, at, {
      actor: by.actor,
      action: 'terminal.revoked',
      entityType: 'terminal',
      entityId: id,
      data: { name: before.name, boxId: before.box_id },
    });
    return terminalView({ ...before, revoked_at: at });
  });
}

/**
 * The terminal a kiosk request's key belongs to: 401 `terminal_unknown` for a key the hub never issued, 403
 * `terminal_revoked` for a revoked one (read fresh on every request, so revoking works at once). Notes the
 * terminal as seen, at most once a minute.
 */
export async function authenticateTerminal(ctx: AppContext, key: string) {
  const terminal = await findTerminalByKeyHash(ctx.db, sha256Hex(key));
  if (!terminal) throw unauthorized('terminal_unknown');
  if (terminal.revoked_at) throw forbidden('terminal_revoked');
  const now = ctx.clock.now().toISOString();
  const staleBefore = addMs(now, -lastSeenResolutionMs);
  if (!terminal.last_seen_at || terminal.last_seen_at < staleBefore)
    await touchTerminal(ctx.db, terminal.id, now, staleBefore);
  return terminal;
}
