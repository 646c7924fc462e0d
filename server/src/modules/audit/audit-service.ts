/** Writes audit entries (always inside the transaction of the change they record) and verifies the chain. */
import type { ActorType } from '@buergerpunkt/contracts';
import { databaseOf, runAfterCommit, runBeforeCommit, type DbOrTrx, type Trx } from '../../db/database.ts';
import { AuditChainVerifier, hashAuditEntry, sealKeyedFrom, type ChainVerification } from './audit-chain.ts';
import {
  insertAuditEntries,
  lockAuditHead,
  readAuditHead,
  readChainMarker,
  sealChainMarker,
  streamAuditEntries,
} from './audit-repository.ts';

const auditKeys = new WeakMap<object, string>();
/** Databases whose marker is known to be sealed (it never changes once sealed). */
const sealedMarkers = new WeakSet<object>();

/** The HMAC key of the audit chain on this database (`secrets.auditKey`); set where the database is opened. */
export function useAuditKey(db: DbOrTrx, key: string): void {
  auditKeys.set(databaseOf(db), key);
}

function auditKeyOf(db: DbOrTrx): string {
  const key = auditKeys.get(databaseOf(db));
  if (!key) throw new Error('audit key not configured for this database (useAuditKey)');
  return key;
}

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
  const key = auditKeyOf(trx);
  const head = await lockAuditHead(trx);
  const owner = databaseOf(trx);
  if (!sealedMarkers.has(owner)) {
    // Under the head lock: the first keyed append seals the marker the migration left.
    const marker = await readChainMarker(trx);
    if (!marker) throw new Error('audit chain marker missing (migration 0014)');
    if (marker.seal === null) await sealChainMarker(trx, sealKeyedFrom(key, Number(marker.keyed_from_seq)));
    if (Number(marker.keyed_from_seq) > Number(head.seq) + 1)
      throw new Error('audit chain marker ahead of head');
    if (!runAfterCommit(trx, () => sealedMarkers.add(owner))) sealedMarkers.add(owner);
  }
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
    const hash = hashAuditEntry(prevHash, content, key);
    rows.push({ ...content, prev_hash: prevHash, hash });
    prevHash = hash;
  }
  await insertAuditEntries(trx, rows);
}

export async function verifyAuditLog(db: DbOrTrx): Promise<ChainVerification> {
  // The head is read first: entries appended while we read are beyond it and not judged.
  const stored = await readAuditHead(db);
  const head = stored ? { seq: Number(stored.seq), hash: stored.hash } : undefined;
  const verifier = new AuditChainVerifier(auditKeyOf(db), await readChainMarker(db));
  for await (const entry of streamAuditEntries(db, head?.seq ?? 0)) verifier.add(entry);
  return verifier.finish(head);
}
