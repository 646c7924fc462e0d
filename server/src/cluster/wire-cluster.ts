/**
 * Connects one hub's parts to the other hubs on the same database: a box command or job queued here wakes the hub
 * that holds the box's link (or runs jobs) at once, the office's live events reach office pages on every hub, and
 * after a lost link every box and the job runner look again. The hub and the two-hub tests wire it the same way.
 */
import type { AppContext } from '../context.ts';
import type { JobRunner } from '../jobs/job-runner.ts';
import type { BoxLinkHub } from '../modules/boxes/box-link-hub.ts';
import { liveBus, type LiveEvent } from '../modules/live/live-bus.ts';
import type { ClusterSignals } from './cluster-signals.ts';

export interface ClusterParts {
  ctx: AppContext;
  signals: ClusterSignals;
  boxLink?: Pick<BoxLinkHub, 'wake' | 'connectedBoxIds'>;
  runner?: Pick<JobRunner, 'wake'>;
}

const liveEventTypes = new Set(['alert', 'box', 'document']);

function isLiveEvent(payload: unknown): payload is LiveEvent {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    liveEventTypes.has((payload as { type?: unknown }).type as string)
  );
}

export function wireCluster({ ctx, signals, boxLink, runner }: ClusterParts): void {
  ctx.onBoxCommandsQueued = (boxId) => {
    boxLink?.wake(boxId);
    signals.send('box', boxId);
  };
  ctx.onJobsQueued = () => {
    runner?.wake();
    signals.send('jobs', null);
  };
  signals.on('box', (boxId) => {
    if (typeof boxId === 'string') boxLink?.wake(boxId);
  });
  signals.on('jobs', () => runner?.wake());

  // Live events: what this hub publishes goes to the others; what arrives is published here, not sent back.
  const bus = liveBus(ctx.db);
  const relayed = new WeakSet<LiveEvent>();
  bus.subscribe((event) => {
    if (!relayed.has(event)) signals.send('live', event);
  });
  signals.on('live', (payload) => {
    if (!isLiveEvent(payload)) return;
    relayed.add(payload);
    bus.publish(payload);
  });

  signals.onReconnect(() => {
    for (const boxId of boxLink?.connectedBoxIds() ?? []) boxLink?.wake(boxId);
    runner?.wake();
  });
}
