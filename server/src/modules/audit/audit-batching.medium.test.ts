import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../../testing/test-context.ts';
import { recordAudit, systemActor, verifyAuditLog } from './audit-service.ts';

describe('audit entries are appended at commit', () => {
  let hub: TestHub;
  beforeEach(async () => {
    hub = await createTestHub();
  });
  afterEach(() => hub.close());

  const entry = (action: string) => ({ actor: systemActor, action, entityType: 'test', entityId: null });
  const actions = async () =>
    (await hub.ctx.db.selectFrom('audit_log').select(['seq', 'action']).orderBy('seq').execute()).map((r) => [
      Number(r.seq),
      r.action,
    ]);

  it('keeps the order of one transaction, gap-free, interleaved with concurrent transactions', async () => {
    const at = hub.clock.now().toISOString();
    await Promise.all(
      ['a', 'b', 'c'].map((tx) =>
        hub.ctx.db.transaction().execute(async (trx) => {
          for (const n of [1, 2, 3]) await recordAudit(trx, at, entry(`${tx}${n}`));
        }),
      ),
    );
    const rows = await actions();
    expect(rows.map(([seq]) => seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const tx of ['a', 'b', 'c']) {
      const seqs = rows.filter(([, action]) => String(action).startsWith(tx)).map(([seq]) => Number(seq));
      // One transaction's entries stay together and in the order they were recorded.
      expect(seqs[1]! - seqs[0]!).toBe(1);
      expect(seqs[2]! - seqs[1]!).toBe(1);
      expect(rows.find(([seq]) => seq === seqs[0])![1]).toBe(`${tx}1`);
    }
    expect((await verifyAuditLog(hub.ctx.db)).ok).toBe(true);
  });

  it('writes nothing for a transaction that rolls back', async () => {
    const at = hub.clock.now().toISOString();
    await expect(
      hub.ctx.db.transaction().execute(async (trx) => {
        await recordAudit(trx, at, entry('doomed'));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await hub.ctx.db.transaction().execute((trx) => recordAudit(trx, at, entry('kept')));
    expect(await actions()).toEqual([[1, 'kept']]);
    expect((await verifyAuditLog(hub.ctx.db)).ok).toBe(true);
  });
});
