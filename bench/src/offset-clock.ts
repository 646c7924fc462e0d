/** Real time, shifted to start at a fixed instant: the box is open during the benchmark whatever the hour. */
import type { Clock } from '../../server/src/platform/clock.ts';

export class OffsetClock implements Clock {
  readonly #offset: number;
  constructor(start: string) {
    this.#offset = new Date(start).getTime() - Date.now();
  }
  now(): Date {
    return new Date(Date.now() + this.#offset);
  }
}
