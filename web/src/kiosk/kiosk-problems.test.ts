// What the kiosk makes of the hub's answers: the right plain-words problem, the right next steps, minutes to wait.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api/client.ts';
import { problemFrom } from './kiosk-problems.ts';

const apiError = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  new ApiError(status, code, { type: 'about:blank', title: code, status, code, ...extra });

describe('kiosk problems', () => {
  it('offers the citizen the step that fits the problem', () => {
    expect(problemFrom(apiError(401, 'code_wrong'))).toMatchObject({
      key: 'code_wrong',
      actions: ['retryCode', 'retryPhone'],
      staffReason: 'pickup_problem',
    });
    expect(problemFrom(apiError(423, 'code_locked')).actions).toEqual(['startOver']);
    expect(problemFrom(apiError(401, 'check_failed'))).toMatchObject({
      actions: ['retryCheck'],
      staffReason: 'check_problem',
    });
  });

  it("says the hub's wait when the terminal is throttled: seconds under a minute, else minutes rounded up", () => {
    expect(problemFrom(apiError(429, 'terminal_throttled', { retryAfterSeconds: 4 }))).toMatchObject({
      params: { seconds: 4 },
      textKey: 'kiosk.errors.terminal_throttled.textSeconds',
    });
    expect(problemFrom(apiError(429, 'terminal_throttled', { retryAfterSeconds: 60 })).params).toEqual({
      minutes: 1,
    });
    expect(problemFrom(apiError(429, 'terminal_throttled', { retryAfterSeconds: 61 })).params).toEqual({
      minutes: 2,
    });
  });

  it('maps unknown codes, lost sessions and network failures to words the citizen understands', () => {
    expect(problemFrom(apiError(404, 'pickup_session_not_found')).key).toBe('pickup_session_expired');
    expect(problemFrom(apiError(500, 'internal')).key).toBe('unknown');
    expect(problemFrom(new ApiError(0, 'network_error', null)).key).toBe('network');
    expect(problemFrom(new Error('boom')).key).toBe('unknown');
  });
});
