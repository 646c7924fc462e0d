/**
 * The keyed audit chain (issue 14): someone with write access to the database but without `secrets.auditKey` cannot
 * rewrite an entry and re-hash the chain; a log written before the key existed still verifies.
 */
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import * as m0014 from '../../db/migrations/0014_security_hardening.ts';
import { seedTestHub } from '../../testing/fixtures.ts';
import { createTestHub, testSecrets, type TestHub } from '../../testing/test-context.ts';
import { genesisHash, hashAuditEntry } from './audit-chain.ts';
import { verifyAuditLog } from './audit-service.ts';

let hub: TestHub;
afterEach(() => hub.close());

const entries = () => hub.ctx.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();

/** Rewrites entry `seq` and re-hashes it and every later entry, and the head, with `hash`. */
async function rewriteFrom(
  seq: number,
  hash: (prev: string, entry: Parameters<typeof hashAuditEntry>[1]) => string,
) {
  let prev: string | undefined;
  for (const row of await entries()) {
    const entry = { ...row, seq: Number(row.seq) };
    if (entry.seq < seq) continue;
    if (entry.seq === seq) entry.actor_id = 'someone-else';
    prev ??= row.prev_hash;
    const newHash = hash(prev, entry);
    await hub.ctx.db
      .updateTable('audit_log')
      .set({ actor_id: entry.actor_id, prev_hash: prev, hash: newHash })
      .where('seq', '=', entry.seq)
      .execute();
    await hub.ctx.db
      .updateTable('audit_head')
      .set({ seq: entry.seq, hash: newHash })
      .where('id', '=', 1)
      .execute();
    prev = newHash;
  }
}

describe('keyed audit chain', { timeout: 120_000 }, () => {
  it('detects an entry rewritten and the chain re-hashed with plain SHA-256 (no key)', async () => {
    hub = await seedTestHub(await createTestHub());
    const before = await verifyAuditLog(hub.ctx.db);
    expect(before.ok).toBe(true);
    expect(before.entries).toBeGreaterThan(5);
    await rewriteFrom(3, (prev, entry) => hashAuditEntry(prev, entry));
    const result = await verifyAuditLog(hub.ctx.db);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toEqual({ seq: 3, problem: 'hash_mismatch' });
    // With the key the same rewrite would pass: the key is what protects the chain.
    await rewriteFrom(3, (prev, entry) => hashAuditEntry(prev, entry, testSecrets.auditKey));
    expect((await verifyAuditLog(hub.ctx.db)).ok).toBe(true);
  });

  it('verifies a log written before the key existed, and keys everything after it', async () => {
    hub = await createTestHub();
    const db = hub.ctx.db;
    // The state of a hub before migration 0014: three entries chained with plain SHA-256.
    await db.schema.dropTable('audit_chain_marker').execute();
    await db.schema.dropTable('rate_limit_hits').execute();
    let prev = genesisHash;
    for (let seq = 1; seq <= 3; seq++) {
      const content = {
        seq,
        at: `2026-01-0${seq}T10:00:00.000Z`,
        actor_type: 'system',
        actor_id: null,
        action: 'legacy.entry',
        entity_type: 'document',
        entity_id: null,
        data: JSON.stringify({ n: seq }),
      };
      const hash = hashAuditEntry(prev, content);
      await db
        .insertInto('audit_log')
        .values({ ...content, prev_hash: prev, hash })
        .execute();
      prev = hash;
    }
    await db.insertInto('audit_head').values({ id: 1, seq: 3, hash: prev }).execute();
    await m0014.up(db as unknown as Kysely<unknown>);
    expect(await db.selectFrom('audit_chain_marker').selectAll().executeTakeFirst()).toEqual({
      id: 1,
      keyed_from_seq: 4,
      seal: null,
    });
    expect(await verifyAuditLog(db)).toEqual({ ok: true, entries: 3, problems: [] });

    // New entries are keyed: the old ones still verify with SHA-256, the new ones only with the key.
    await seedTestHub(hub);
    const result = await verifyAuditLog(db);
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.entries).toBeGreaterThan(3);
    const marker = await db.selectFrom('audit_chain_marker').selectAll().executeTakeFirstOrThrow();
    expect(marker.seal).toMatch(/^[0-9a-f]{64}$/);
    const fourth = (await entries())[3]!;
    expect(fourth.hash).not.toBe(hashAuditEntry(fourth.prev_hash, { ...fourth, seq: 4 }));
    expect(fourth.hash).toBe(hashAuditEntry(fourth.prev_hash, { ...fourth, seq: 4 }, testSecrets.auditKey));

    // Moving the marker (to pass keyed entries off as plain ones) breaks its seal.
    await db.updateTable('audit_chain_marker').set({ keyed_from_seq: 6 }).execute();
    const moved = await verifyAuditLog(db);
    expect(moved.ok).toBe(false);
    expect(moved.problems).toContainEqual({ seq: 6, problem: 'marker_invalid' });
    // Clearing the seal while keyed entries exist is refused too.
    await db.updateTable('audit_chain_marker').set({ keyed_from_seq: 4, seal: null }).execute();
    expect((await verifyAuditLog(db)).problems).toContainEqual({ seq: 4, problem: 'marker_invalid' });
  });
});
