/**
 * The office's live view: a small in-process event bus, one per database, that services publish to after their
 * transaction committed (so no one sees a change that was rolled back). Events carry ids, kinds and states only,
 * never personal data; screens fetch what they show through the ordinary endpoints. With several hub instances
 * each serves the events of its own work; screens also refresh on reconnect.
 */
import { databaseOf, runAfterCommit, type DbOrTrx } from '../../db/database.ts';

export type LiveEvent =
  | {
      type: 'alert';
      change: 'raised' | 'acknowledged' | 'resolved';
      alertId: string;
      kind: string;
      boxId: string | null;
    }
  | { type: 'box'; boxId: string; connected: boolean }
  | { type: 'document'; documentId: string; state: string; boxId: string | null };

export type LiveListener = (event: LiveEvent) => void;

export class LiveBus {
  readonly #listeners = new Set<LiveListener>();

  subscribe(listener: LiveListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  publish(event: LiveEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // one broken stream must not keep the others from hearing
      }
    }
  }
}

const buses = new WeakMap<object, LiveBus>();

export function liveBus(db: DbOrTrx): LiveBus {
  const owner = databaseOf(db);
  let bus = buses.get(owner);
  if (!bus) buses.set(owner, (bus = new LiveBus()));
  return bus;
}

/** Publishes when `db`'s transaction has committed; at once when `db` is not inside a transaction. */
export function publishLive(db: DbOrTrx, event: LiveEvent): void {
  const bus = liveBus(db);
  if (!runAfterCommit(db, () => bus.publish(event))) bus.publish(event);
}
