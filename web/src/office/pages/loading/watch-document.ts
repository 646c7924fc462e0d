/**
 * Waits for a document to leave a door-flow state (`loading`, `collecting_for_return`): on the live stream, with
 * a slow poll as a safety net when the stream is down. Calls `onState` with the new state once.
 */
import type { DocumentView } from '@buergerpunkt/contracts';
import { api } from '../../api.ts';
import { live } from '../../live.svelte.ts';

export function watchDocument(
  documentId: string,
  waitingState: string,
  onState: (document: DocumentView) => void,
): () => void {
  let finished = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const check = async () => {
    if (finished) return;
    try {
      const document = await api.get<DocumentView>(`/api/v1/documents/${encodeURIComponent(documentId)}`);
      if (!finished && document.state !== waitingState) {
        finished = true;
        stop();
        onState(document);
      }
    } catch {
      // next event or poll will tell
    }
  };
  const unsubscribe = live.subscribe((event) => {
    if (event.type === 'document' && event.documentId === documentId) void check();
    if (event.type === 'resync') void check();
  });
  const poll = () => {
    timer = setTimeout(() => {
      void check().then(() => {
        if (!finished) poll();
      });
    }, 2000);
  };
  poll();
  function stop(): void {
    finished = true;
    unsubscribe();
    if (timer) clearTimeout(timer);
  }
  return stop;
}
