/** The export's range rules (its CSV fields: platform/csv.test.ts). */
import { describe, expect, it } from 'vitest';
import { parseIssueRange } from './issue-register.ts';

describe('issue range', () => {
  it('normalises offsets to UTC as stored', () => {
    expect(parseIssueRange('2026-11-24T00:00:00+01:00', '2026-11-25T00:00:00+01:00')).toEqual({
      from: '2026-11-23T23:00:00.000Z',
      to: '2026-11-24T23:00:00.000Z',
    });
  });

  it('refuses empty, reversed and overlong ranges', () => {
    expect(() => parseIssueRange('2026-11-24T00:00:00Z', '2026-11-24T00:00:00Z')).toThrow(
      'date_range_invalid',
    );
    expect(() => parseIssueRange('2025-01-01T00:00:00Z', '2026-01-02T00:00:01Z')).toThrow(
      'register_range_too_long',
    );
    expect(() => parseIssueRange('nonsense', '2026-01-02T00:00:00Z')).toThrow('date_invalid');
  });
});
