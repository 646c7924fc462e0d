import { describe, expect, it } from 'vitest';
import { maxTerminalBlockSeconds, terminalBlockSeconds } from './terminal-throttle.ts';

describe('terminalBlockSeconds', () => {
  it('lets the free failures pass, then doubles the block up to 15 minutes', () => {
    expect([1, 2, 3].map((n) => terminalBlockSeconds(n, 3))).toEqual([0, 0, 0]);
    expect([4, 5, 6, 7].map((n) => terminalBlockSeconds(n, 3))).toEqual([2, 4, 8, 16]);
    // The documented cap is 15 minutes; written out so a changed constant fails here too.
    expect(maxTerminalBlockSeconds).toBe(900);
    expect(terminalBlockSeconds(12, 3)).toBe(512);
    expect(terminalBlockSeconds(13, 3)).toBe(900);
    expect(terminalBlockSeconds(10_000, 3)).toBe(900);
  });
});
