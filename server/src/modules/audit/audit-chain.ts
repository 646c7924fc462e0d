/**
 * The audit log's hash chain: each entry's hash covers its content and the previous entry's hash, and the
 * head row remembers the newest, so an edited, deleted, reordered or truncated entry is detected.
 * Since migration 0014 the chain is keyed: entries from `audit_chain_marker.keyed_from_seq` on carry an HMAC under
 * `secrets.auditKey` (kept outside the database), so write access to the database alone cannot re-hash a rewritten
 * history. Older entries keep their plain SHA-256 and still verify; the marker is sealed with the key, so it cannot
 * be moved to declare keyed entries plain.
 */
import { createHmac } from 'node:crypto';
import { hmacHex, sha256Hex } from '../../platform/crypto.ts';

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

/** The chain hash: an HMAC under `key` for keyed entries, plain SHA-256 (the chain before 0014) without a key. */
export function hashAuditEntry(prevHash: string, entry: AuditContent, key?: string): string {
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
  const text = `${prevHash}\n${canonical}`;
  return key === undefined ? sha256Hex(text) : createHmac('sha256', key).update(text).digest('hex');
}

/** The seal of the marker: names, under the key, the first keyed entry. */
export function sealKeyedFrom(key: string, keyedFromSeq: number): string {
  return hmacHex(key, 'audit-chain-keyed-from', String(keyedFromSeq));
}

export interface ChainMarker {
  keyed_from_seq: number;
  seal: string | null;
}

export interface ChainProblem {
  seq: number;
  problem: 'hash_mismatch' | 'broken_link' | 'gap' | 'head_mismatch' | 'marker_invalid';
}

export interface ChainVerification {
  ok: boolean;
  entries: number;
  problems: ChainProblem[];
}

/** Checks entries fed in seq order, starting from the genesis hash, then the stored head row; keeps no entries. */
export class AuditChainVerifier {
  readonly problems: ChainProblem[] = [];
  readonly #key: string;
  /** Entries from this seq on must carry the HMAC; a missing or forged marker makes every entry keyed. */
  readonly #keyedFrom: number;

  constructor(key: string, marker: ChainMarker | undefined) {
    this.#key = key;
    const from = marker ? Number(marker.keyed_from_seq) : 1;
    const valid = marker !== undefined && (marker.seal === null || marker.seal === sealKeyedFrom(key, from));
    if (!valid) this.problems.push({ seq: from, problem: 'marker_invalid' });
    this.#keyedFrom = valid ? from : 1;
    this.#unsealed = marker?.seal === null;
  }

  readonly #unsealed: boolean;
  #expectedPrev = genesisHash;
  #expectedSeq = 1;
  #count = 0;
  #last = { seq: 0, hash: genesisHash };

  add(entry: AuditContent & { prev_hash: string; hash: string }): void {
    this.#count++;
    if (entry.seq !== this.#expectedSeq) this.problems.push({ seq: entry.seq, problem: 'gap' });
    if (entry.prev_hash !== this.#expectedPrev)
      this.problems.push({ seq: entry.seq, problem: 'broken_link' });
    // An unsealed marker is only right while no entry was appended since the upgrade (the first append seals it).
    if (this.#unsealed && entry.seq === this.#keyedFrom)
      this.problems.push({ seq: entry.seq, problem: 'marker_invalid' });
    const key = entry.seq >= this.#keyedFrom ? this.#key : undefined;
    if (hashAuditEntry(entry.prev_hash, entry, key) !== entry.hash) {
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
