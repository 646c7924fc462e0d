/**
 * Keeps each connected box's agent supplied with its verifiers (docs/offline.md): the box link calls `sync` for every
 * connected box once a second; a snapshot is built and sent only when the box's fingerprint changed (or a minute
 * passed), and the time and size of what the box now holds are recorded for the double-use rule.
 */
import type { HubToAgentMessage } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { buildOfflineSnapshot, offlineFingerprint } from './build-offline-snapshot.ts';

const refreshMs = 60_000;

export class OfflineVerifierSync {
  readonly #ctx: AppContext;
  readonly #sent = new Map<string, { fingerprint: string; at: number }>();

  constructor(ctx: AppContext) {
    this.#ctx = ctx;
  }

  forget(boxId: string): void {
    this.#sent.delete(boxId);
  }

  async sync(boxId: string, send: (message: HubToAgentMessage) => void): Promise<void> {
    const ctx = this.#ctx;
    if (!ctx.config.offline.enabled) return;
    const fingerprint = await offlineFingerprint(ctx.db, boxId);
    const last = this.#sent.get(boxId);
    const nowMs = ctx.clock.now().getTime();
    if (last && last.fingerprint === fingerprint && nowMs - last.at < refreshMs) return;
    const snapshot = await buildOfflineSnapshot(ctx, boxId);
    // The search for a date of birth may have taken a moment: a change meanwhile is caught by the next pass.
    send(snapshot);
    this.#sent.set(boxId, { fingerprint, at: nowMs });
    const row = {
      sent_at: snapshot.issuedAt,
      valid_until: snapshot.validUntil,
      documents: snapshot.verifiers.length,
    };
    await ctx.db
      .insertInto('offline_boxes')
      .values({ box_id: boxId, ...row })
      .onConflict((c) => c.column('box_id').doUpdateSet(row))
      .execute();
  }
}
