// What the citizen is told for each way JsSIP can end a call (its JsSIP.C.causes strings).
import { describe, expect, it } from 'vitest';
import { stateOfCause } from './sip-call.ts';

describe('call outcome', () => {
  it('tells busy, microphone and a normal end apart from not reachable', () => {
    expect(stateOfCause('Busy')).toBe('busy');
    expect(stateOfCause('User Denied Media Access')).toBe('microphone');
    expect(stateOfCause('Terminated')).toBe('ended');
    expect(stateOfCause('Canceled')).toBe('ended');
    for (const cause of [
      'Unavailable',
      'Not Found',
      'Rejected',
      'Connection Error',
      'Request Timeout',
      'No Answer',
    ])
      expect(stateOfCause(cause)).toBe('unreachable');
    expect(stateOfCause('WebRTC Error')).toBe('failed');
    expect(stateOfCause(undefined)).toBe('failed');
  });
});
