/**
 * The office's live connection: one EventSource on `GET /api/v1/live` shared by every screen. Screens subscribe
 * to events and refetch what they show. EventSource reconnects by itself after a drop; when the server refuses
 * (session gone) the stream closes, and we try again after a pause once the session is known to be alive.
 */
import type { LiveEventView } from '@buergerpunkt/contracts';
import { session } from './session.svelte.ts';

/** What screens hear: the server's events, and `resync` after (re)connecting, when anything may have changed. */
export type OfficeLiveEvent = LiveEventView | { type: 'resync' };
type Listener = (event: OfficeLiveEvent) => void;

const listeners = new Set<Listener>();
const state = $state({ status: 'closed' as 'connecting' | 'open' | 'closed' });
let source: EventSource | null = null;
let retry: ReturnType<typeof setTimeout> | null = null;

function connect(): void {
  if (source || typeof EventSource === 'undefined') return;
  state.status = 'connecting';
  source = new EventSource('/api/v1/live');
  source.addEventListener('ready', () => {
    state.status = 'open';
    // Something may have happened while we were away: let every screen refresh.
    for (const listener of listeners) listener({ type: 'resync' });
  });
  for (const type of ['alert', 'box', 'document'] as const) {
    source.addEventListener(type, (message) => {
      let event: LiveEventView;
      try {
        event = JSON.parse((message as MessageEvent<string>).data) as LiveEventView;
      } catch {
        return;
      }
      for (const listener of listeners) listener(event);
    });
  }
  source.onerror = () => {
    if (!source) return;
    if (source.readyState === EventSource.CLOSED) {
      source = null;
      state.status = 'closed';
      if (retry === null && listeners.size > 0 && session.status === 'signed-in') {
        retry = setTimeout(() => {
          retry = null;
          if (listeners.size > 0) connect();
        }, 5000);
      }
    } else {
      state.status = 'connecting';
    }
  };
}

function disconnect(): void {
  source?.close();
  source = null;
  if (retry !== null) clearTimeout(retry);
  retry = null;
  state.status = 'closed';
}

export const live = {
  get status() {
    return state.status;
  },
  /** Listens to live events while the returned function has not been called; connects on first use. */
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    connect();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) disconnect();
    };
  },
};
