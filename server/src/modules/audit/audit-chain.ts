/**
 * The audit log's hash chain: each entry's hash covers its content and the previous entry's hash, and the
 * head row remembers the newest, so an edited, deleted, reordered or truncated entry is detected.
 */
import { sha256Hex } from '../../platform/crypto.ts';

export const genesisHash = '0'.repeat(64);

export interface AuditContent {
  seq: number;
  at: string;
  actor_type: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  data: string;
}

export function hashAuditEntry(prevHash: string, entry: AuditContent): string {
  const canonical = JSON.stringify([
    entry.seq,
    entry.at,
    entry.actor_type,
    entry.actor_id,
    entry.action,
    entry.entity_type,
    entry.entity_id,
    entry.data,
  ]);
  return sha256Hex(`${prevHash}\n${canonical}`);
}

export interface ChainProblem {
  seq: number;
  problem: 'hash_mismatch' | 'broken_link' | 'gap' | 'head_mismatch';
}

export interface ChainVerification {
  ok: boolean;
  entries: number;
  problems: ChainProblem[];
}

/** Checks entries fed in seq order, starting from the genesis hash, then the stored head row; keeps no entries. */
export class AuditChainVerifier {
  readonly problems: ChainProblem[] = [];
  #expectedPrev = genesisHash;
  #expectedSeq = 1;
  #count = 0;
  #last = { seq: 0, hash: genesisHash };

  add(entry: AuditContent & { prev_hash: string; hash: string }): void {
    this.#count++;
    if (entry.seq !== this.#expectedSeq) this.problems.push({ seq: entry.seq, problem: 'gap' });
    if (entry.prev_hash !== this.#expectedPrev)
      this.problems.push({ seq: entry.seq, problem: 'broken_link' });
    if (hashAuditEntry(entry.prev_hash, entry) !== entry.hash) {
      this.problems.push({ seq: entry.seq, problem: 'hash_mismatch' });
    }
    this.#expectedPrev = entry.hash;
    this.#expectedSeq = entry.seq + 1;
    this.#last = { seq: entry.seq, hash: entry.hash };
  }

  finish(head: { seq: number; hash: string } | undefined): ChainVerification {
    const stored = head ?? { seq: 0, hash: genesisHash };
    if (stored.seq !== this.#last.seq || stored.hash !== this.#last.hash) {
      this.problems.push({ seq: stored.seq, problem: 'head_mismatch' });
    }
    return { ok: this.problems.length === 0, entries: this.#count, problems: this.problems.slice(0, 100) };
  }
}
