/**
 * The verifiers in the agent's journal, sealed (docs/offline.md): one row per document, replaced by every snapshot
 * from the hub, updated on every guess, deleted at pickup, lock and deadline. Readable only with the box key, which
 * lives in memory: after a restart the rows stay unreadable until the hub sends a new snapshot.
 */
import type Database from 'better-sqlite3';
import type { OfflineVerifier } from '@buergerpunkt/contracts';
import { seal, unseal } from './offline-crypto.ts';

export class VerifierStore {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#db.exec(`
      create table if not exists offline_verifiers (
        document_id text primary key,
        sealed text not null
      );
    `);
  }

  /** Replaces every verifier with the snapshot's, in one transaction. */
  replaceAll(boxKey: string, verifiers: readonly OfflineVerifier[]): void {
    const insert = this.#db.prepare('insert into offline_verifiers (document_id, sealed) values (?, ?)');
    this.#db.transaction(() => {
      this.#db.prepare('delete from offline_verifiers').run();
      for (const v of verifiers) insert.run(v.documentId, seal(boxKey, JSON.stringify(v)));
    })();
  }

  all(boxKey: string): OfflineVerifier[] {
    const rows = this.#db
      .prepare<[], { sealed: string }>('select sealed from offline_verifiers order by document_id')
      .all();
    const verifiers: OfflineVerifier[] = [];
    for (const row of rows) {
      const plain = unseal(boxKey, row.sealed);
      if (plain) verifiers.push(JSON.parse(plain) as OfflineVerifier);
    }
    return verifiers;
  }

  put(boxKey: string, verifier: OfflineVerifier): void {
    this.#db
      .prepare('update offline_verifiers set sealed = ? where document_id = ?')
      .run(seal(boxKey, JSON.stringify(verifier)), verifier.documentId);
  }

  drop(documentId: string): void {
    this.#db.prepare('delete from offline_verifiers where document_id = ?').run(documentId);
  }

  /** Raw rows, for tests that check nothing is stored in plain. */
  rawRows(): { document_id: string; sealed: string }[] {
    return this.#db
      .prepare<[], { document_id: string; sealed: string }>('select * from offline_verifiers')
      .all();
  }
}
