/**
 * The tally's offline queue: every tap gets its id on the tablet and is kept in localStorage until the hub has
 * confirmed it, so a tap made during a network drop is sent later, and a batch resent after a lost answer is not
 * counted twice (the hub ignores ids it already has).
 */
import type { RecordedVisits, VisitAgeGroup, VisitTap, VisitTopic } from '@buergerpunkt/contracts';
import { ApiError, type ApiClient } from '../../../lib/api/client.ts';

const queueKey = 'bp.zone.tally.queue';
const lastKey = 'bp.zone.tally.last';

/** A v4 UUID; crypto.randomUUID exists only on secure origins, and a tablet may reach the hub over plain http. */
export function newTapId(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

export function queuedTaps(): VisitTap[] {
  return read<VisitTap[]>(queueKey, []);
}

function saveQueue(taps: VisitTap[]): void {
  localStorage.setItem(queueKey, JSON.stringify(taps));
}

export function lastTap(): VisitTap | null {
  return read<VisitTap | null>(lastKey, null);
}

export function enqueueTap(ageGroup: VisitAgeGroup, topic: VisitTopic): VisitTap {
  const tap: VisitTap = { id: newTapId(), time: new Date().toISOString(), ageGroup, topic };
  saveQueue([...queuedTaps(), tap]);
  localStorage.setItem(lastKey, JSON.stringify(tap));
  return tap;
}

export type FlushResult =
  | { kind: 'sent'; recorded: number }
  | { kind: 'offline' }
  | { kind: 'dropped'; error: ApiError }
  | { kind: 'idle' };

let flushing: Promise<FlushResult> | null = null;

/** Sends the queue; only one send runs at a time. Taps confirmed by the hub leave the queue. */
export function flushQueue(api: ApiClient): Promise<FlushResult> {
  if (flushing) return flushing;
  const run = (async (): Promise<FlushResult> => {
    const batch = queuedTaps().slice(0, 500);
    if (batch.length === 0) return { kind: 'idle' };
    try {
      const result = await api.post<RecordedVisits>('/api/v1/zone/visits', { visits: batch });
      removeFromQueue(batch.map((t) => t.id));
      return { kind: 'sent', recorded: result.recorded };
    } catch (error) {
      if (error instanceof ApiError && !error.isNetworkError && error.status >= 400 && error.status < 500) {
        if (error.status === 401 || error.status === 403) throw error;
        // The hub refused the batch for what it holds (too old, conflicting id): keeping it would block all later taps.
        removeFromQueue(batch.map((t) => t.id));
        return { kind: 'dropped', error };
      }
      return { kind: 'offline' };
    }
  })();
  // Cleared after the send settles (not inside it: an empty queue settles before `flushing` is even assigned).
  flushing = run.finally(() => {
    flushing = null;
  });
  return flushing;
}

function removeFromQueue(ids: readonly string[]): void {
  const sent = new Set(ids);
  saveQueue(queuedTaps().filter((t) => !sent.has(t.id)));
}

export type UndoResult = { kind: 'undone'; tap: VisitTap } | { kind: 'nothing' };

/** Undo of the last tap: still queued → it simply leaves the queue; already sent → the hub marks it undone. */
export async function undoLastTap(api: ApiClient): Promise<UndoResult> {
  const tap = lastTap();
  if (!tap) return { kind: 'nothing' };
  if (flushing) await flushing;
  const queue = queuedTaps();
  if (queue.some((t) => t.id === tap.id)) {
    saveQueue(queue.filter((t) => t.id !== tap.id));
  } else {
    await api.delete(`/api/v1/zone/visits/${tap.id}`);
  }
  localStorage.removeItem(lastKey);
  return { kind: 'undone', tap };
}
