/**
 * Loaded with `node --import` into the agent process of the end-to-end tests only: shifts the process's clock by
 * `BP_E2E_CLOCK_OFFSET_MS`, so the agent lives on the same timeline as the test hub's clock (a fixed Tuesday morning
 * running at real speed). The agent's code is untouched; only `Date` is.
 */
const offset = Number(process.env.BP_E2E_CLOCK_OFFSET_MS ?? 0);

if (offset !== 0) {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}
