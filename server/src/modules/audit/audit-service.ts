/** Writes audit entries (always inside the transaction of the change they record) and verifies the chain. */
import type { ActorType } from '@buergerpunkt/contracts';
import type { DbOrTrx, Trx } from '../../db/database.ts';
import { AuditChainVerifier, hashAuditEntry, type ChainVerification } from './audit-chain.ts';
import { insertAuditEntry, lockAuditHead, readAuditHead, streamAuditEntries } from './audit-repository.ts';

export interface Actor {
  type: ActorType;
  id: string | null;
}

export const systemActor: Actor = { type: 'system', id: null };

export interface AuditRecord {
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string | null;
  data?: Record<string, unknown>;
}

export async function recordAudit(trx: Trx, at: string, record: AuditRecord): Promise<number> {
  const head = await lockAuditHead(trx);
  const content = {
    seq: Number(head.seq) + 1,
    at,
    actor_type: record.actor.type,
    actor_id: record.actor.id,
    action: record.action,
    entity_type: record.entityType,
    entity_id: record.entityId,
    data: JSON.stringify(record.data ?? {}),
  };
  const hash = hashAuditEntry(head.hash, content);
  await insertAuditEntry(trx, { ...content, prev_hash: head.hash, hash });
  return content.seq;
}

export async function verifyAuditLog(db: DbOrTrx): Promise<ChainVerification> {
  // The head is read first: entries appended while we read are beyond it and not judged.
  const stored = await readAuditHead(db);
  const head = stored ? { seq: Number(stored.seq), hash: stored.hash } : undefined;
  const verifier = new AuditChainVerifier();
  for await (const entry of streamAuditEntries(db, head?.seq ?? 0)) verifier.add(entry);
  return verifier.finish(head);
}
