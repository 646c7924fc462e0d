/** Writes audit entries (always inside the transaction of the change they record) and verifies the chain. */
import type { ActorType } from '@buergerpunkt/contracts';
import { runBeforeCommit, type DbOrTrx, type Trx } from '../../db/database.ts';
import { AuditChainVerifier, hashAuditEntry, type ChainVerification } from './audit-chain.ts';
import { insertAuditEntries, lockAuditHead, readAuditHead, streamAuditEntries } from './audit-repository.ts';

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

const pendingEntries = new WeakMap<Trx, { at: string; record: AuditRecord }[]>();

/**
 * Records an audit entry as part of `trx`. The chain needs one global lock (the head row); to hold it for as short
 * a time as possible, entries are collected and appended together right before the transaction commits, in the
 * order they were recorded. They commit or roll back with the change they describe.
 */
export async function recordAudit(trx: Trx, at: string, record: AuditRecord): Promise<void> {
  let pending = pendingEntries.get(trx);
  if (!pending) {
    const entries: { at: string; record: AuditRecord }[] = [];
    const flush = () => {
      // From here on a new entry (from a later before-commit hook) starts a new batch.
      pendingEntries.delete(trx);
      return appendAuditEntries(trx, entries);
    };
    if (!runBeforeCommit(trx, flush)) {
      await appendAuditEntries(trx, [{ at, record }]);
      return;
    }
    pendingEntries.set(trx, entries);
    pending = entries;
  }
  pending.push({ at, record });
}

async function appendAuditEntries(trx: Trx, entries: { at: string; record: AuditRecord }[]): Promise<void> {
  if (entries.length === 0) return;
  const head = await lockAuditHead(trx);
  let seq = Number(head.seq);
  let prevHash = head.hash;
  const rows = [];
  for (const { at, record } of entries) {
    const content = {
      seq: ++seq,
      at,
      actor_type: record.actor.type,
      actor_id: record.actor.id,
      action: record.action,
      entity_type: record.entityType,
      entity_id: record.entityId,
      data: JSON.stringify(record.data ?? {}),
    };
    const hash = hashAuditEntry(prevHash, content);
    rows.push({ ...content, prev_hash: prevHash, hash });
    prevHash = hash;
  }
  await insertAuditEntries(trx, rows);
}

export async function verifyAuditLog(db: DbOrTrx): Promise<ChainVerification> {
  // The head is read first: entries appended while we read are beyond it and not judged.
  const stored = await readAuditHead(db);
  const head = stored ? { seq: Number(stored.seq), hash: stored.hash } : undefined;
  const verifier = new AuditChainVerifier();
  for await (const entry of streamAuditEntries(db, head?.seq ?? 0)) verifier.add(entry);
  return verifier.finish(head);
}
