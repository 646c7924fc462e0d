/** Time is injected everywhere so tests control it; production uses the system clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Real time, shifted to start at a fixed instant and running on at real speed (the demo's `demo.fixedStart`). */
export function startingAt(start: Date | string, real: Clock = systemClock): Clock {
  const offset = new Date(start).getTime() - real.now().getTime();
  return { now: () => new Date(real.now().getTime() + offset) };
}

/** A clock for tests and simulations that only moves when told to. */
export class ManualClock implements Clock {
  #current: number;
  constructor(start: Date | string) {
    this.#current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#current);
  }
  set(to: Date | string): void {
    this.#current = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.#current += ms;
  }
}

export function isoNow(clock: Clock): string {
  return clock.now().toISOString();
}

export function addMs(iso: string, ms: number): string {
  return new Date(new Date(iso).getTime() + ms).toISOString();
}
