/** CSV fields per RFC 4180 and the export's range rules. */
import { describe, expect, it } from 'vitest';
import { csvField, parseIssueRange } from './issue-register.ts';

describe('csv fields', () => {
  it('quotes only what needs quoting and doubles quotes', () => {
    expect(csvField('Reisepass')).toBe('Reisepass');
    expect(csvField('Bürgeramt, Mitte')).toBe('"Bürgeramt, Mitte"');
    expect(csvField('Der "neue" Pass')).toBe('"Der ""neue"" Pass"');
    expect(csvField('zwei\r\nZeilen')).toBe('"zwei\r\nZeilen"');
    expect(csvField(null)).toBe('');
    expect(csvField(17)).toBe('17');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+49 151')).toBe("'+49 151");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

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
