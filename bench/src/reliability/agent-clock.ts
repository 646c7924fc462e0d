/**
 * Loaded with `node --import` into the box agent processes of the reliability harness only: the agent lives on the
 * hubs' timeline, which the harness steps (an hour of SMS outage, four weeks until expiry). The offset from the real
 * clock is read from the file named by `REL_CLOCK_FILE`, again every 100 ms. The agent's code is untouched; only
 * `Date` is.
 */
import { readFileSync } from 'node:fs';

const file = process.env.REL_CLOCK_FILE;
if (file) {
  let offset = 0;
  const read = () => {
    try {
      offset = Number(readFileSync(file, 'utf8')) || 0;
    } catch {
      // keep the last offset
    }
  };
  read();
  setInterval(read, 100).unref();
  const RealDate = Date;
  class SteppedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = SteppedDate as DateConstructor;
}
