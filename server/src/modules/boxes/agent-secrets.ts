/**
 * Box agent secrets: an admin issues (or rotates) a box's secret, which is shown once and stored only as its
 * SHA-256 hash (it is 32 random bytes, so a plain hash is as good as a slow one). Rotation takes effect at once:
 * the old secret is refused from then on and the agent connected with it is disconnected (on this hub instance at
 * once, on others at their next heartbeat check). A rotation is audited, never with the secret.
 */
import type { AppContext } from '../../context.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { constantTimeEqualHex, randomToken, sha256Hex } from '../../platform/crypto.ts';
import { notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findBox } from './boxes-repository.ts';
import { agentSocketsOf } from './box-link-registry.ts';

/** WebSocket close code for "your secret is no longer valid" (4000–4999 are the application's). */
export const secretRevokedCloseCode = 4001;

export interface IssuedAgentSecret {
  boxId: string;
  secret: string;
  issuedAt: string;
}

export async function issueAgentSecret(
  ctx: AppContext,
  boxId: string,
  principal: Principal,
): Promise<IssuedAgentSecret> {
  const secret = randomToken(32);
  const issuedAt = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const box = await findBox(trx, boxId);
    if (!box) throw notFound('box_not_found');
    const previous = await trx
      .selectFrom('box_agent_secrets')
      .select('box_id')
      .where('box_id', '=', boxId)
      .executeTakeFirst();
    const row = { secret_hash: sha256Hex(secret), issued_at: issuedAt, issued_by: principal.actor.id };
    if (previous) await trx.updateTable('box_agent_secrets').set(row).where('box_id', '=', boxId).execute();
    else
      await trx
        .insertInto('box_agent_secrets')
        .values({ box_id: boxId, ...row })
        .execute();
    await recordAudit(trx, issuedAt, {
      actor: principal.actor,
      action: previous ? 'box.agent_secret_rotated' : 'box.agent_secret_issued',
      entityType: 'box',
      entityId: boxId,
      data: { boxId },
    });
  });
  // The agent still connected with the old secret must not stay connected.
  for (const socket of agentSocketsOf(ctx, boxId)) socket.close(secretRevokedCloseCode, 'secret rotated');
  return { boxId, secret, issuedAt };
}

/** The stored hash of a box's agent secret; undefined when the box has none (its agent is refused). */
export async function agentSecretHash(db: DbOrTrx, boxId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('box_agent_secrets')
    .select('secret_hash')
    .where('box_id', '=', boxId)
    .executeTakeFirst();
  return row?.secret_hash;
}

/** The hash the agent's secret must match, or undefined when it does not (wrong, rotated, or no secret issued). */
export async function verifyAgentSecret(
  db: DbOrTrx,
  boxId: string,
  secret: string,
): Promise<string | undefined> {
  if (secret.length < 16 || secret.length > 512) return undefined;
  const stored = await agentSecretHash(db, boxId);
  const given = sha256Hex(secret);
  return stored && constantTimeEqualHex(stored, given) ? stored : undefined;
}
