// The restart screen shows only after the grace time of continuous failures, and the kiosk goes back to its start
// once the hub answers again; a single failed check in between does not show it.
import { describe, expect, it, vi } from 'vitest';
import { HubWatch } from './hub-watch.ts';

function watch(answers: boolean[]) {
  let now = 0;
  const onBack = vi.fn();
  const hub = new HubWatch({
    check: async () => {
      const next = answers.shift();
      if (next === undefined) throw new Error('no answer');
      return next;
    },
    onBack,
    now: () => now,
    graceMs: 4_000,
  });
  return { hub, onBack, advance: (ms: number) => (now += ms) };
}

describe('HubWatch', () => {
  it('shows the restart screen only after the grace time of failures, then goes back once the hub answers', async () => {
    const { hub, onBack, advance } = watch([false, false, false, true]);
    await hub.poll();
    expect(hub.lost).toBe(false);
    advance(3_000);
    await hub.poll();
    expect(hub.lost).toBe(false);
    advance(1_000);
    await hub.poll();
    expect(hub.lost).toBe(true);
    expect(onBack).not.toHaveBeenCalled();
    await hub.poll();
    expect(hub.lost).toBe(false);
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('forgets a short failure once the hub answers, and counts a thrown check as a failure', async () => {
    const { hub, onBack, advance } = watch([false, true, false]);
    await hub.poll();
    advance(3_000);
    await hub.poll();
    advance(3_000);
    await hub.poll();
    advance(4_000);
    expect(hub.lost).toBe(false);
    await hub.poll(); // throws: no answer
    expect(hub.lost).toBe(true);
    expect(onBack).not.toHaveBeenCalled();
  });
});
