/** The maintenance scheduler: every pass runs even when one fails; stop() ends the rounds. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../context.ts';
import { silentLogger } from '../context.ts';
import { MaintenanceScheduler, maintenancePasses } from './scheduler.ts';

const ctx = { log: silentLogger } as unknown as AppContext;

afterEach(() => vi.useRealTimers());

describe('maintenance scheduler', () => {
  it('runs expiry, reminders and purge in that order', () => {
    expect(maintenancePasses.map((p) => p.name)).toEqual([
      'expire-documents',
      'send-reminders',
      'purge-personal-data',
      'purge-callback-requests',
      'purge-suggestion-contacts',
      'purge-evidence-images',
      'purge-rate-limit-hits',
      'notify-alerts',
      'purge-webhook-deliveries',
      'custody-reconciliation',
      'pseudonymise-register',
    ]);
  });

  it('keeps going after a failing pass', async () => {
    const ran: string[] = [];
    const scheduler = new MaintenanceScheduler(ctx, [
      {
        name: 'broken',
        run: async () => {
          ran.push('broken');
          throw new Error('database gone');
        },
      },
      { name: 'next', run: async () => void ran.push('next') },
    ]);
    await scheduler.runOnce();
    expect(ran).toEqual(['broken', 'next']);
  });

  it('runs a round after start, then every interval, and no more after stop', async () => {
    vi.useFakeTimers();
    let rounds = 0;
    const scheduler = new MaintenanceScheduler(
      ctx,
      [{ name: 'count', run: async () => void rounds++ }],
      60_000,
    );
    scheduler.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(rounds).toBe(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(rounds).toBe(2);
    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(180_000);
    expect(rounds).toBe(2);
  });

  it('runs every minute when no interval is given (the purge promise of docs/sms.md counts on it)', async () => {
    vi.useFakeTimers();
    let rounds = 0;
    const scheduler = new MaintenanceScheduler(ctx, [{ name: 'count', run: async () => void rounds++ }]);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(rounds).toBe(1);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(rounds).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(rounds).toBe(2);
    await scheduler.stop();
  });
});
