import { describe, expect, it } from 'vitest';
import { countSmsSendFailure, providerCodeOf, smsSendFailures } from './sms-send-failures.ts';

describe('provider codes of failed SMS sends', () => {
  it("takes the gateway's code, else the HTTP status, else the network code", () => {
    expect(providerCodeOf(new Error('SMS gateway answered 502 (E42)'))).toBe('E42');
    expect(providerCodeOf(new Error('seven.io refused with code 900'))).toBe('900');
    expect(providerCodeOf(new Error('SMS gateway answered 503'))).toBe('503');
    expect(providerCodeOf(new Error('fetch failed', { cause: { code: 'ECONNREFUSED' } }))).toBe(
      'ECONNREFUSED',
    );
    expect(providerCodeOf('something else')).toBe('unknown');
  });

  it('counts per database', () => {
    const one = {};
    const other = {};
    countSmsSendFailure(one, 'http', new Error('SMS gateway answered 500'));
    countSmsSendFailure(one, 'http', new Error('SMS gateway answered 500'));
    expect(smsSendFailures(one)).toEqual([{ provider: 'http', code: '500', count: 2 }]);
    expect(smsSendFailures(other)).toEqual([]);
  });
});
