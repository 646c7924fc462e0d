import { describe, expect, it } from 'vitest';
import { csvField } from '../../platform/csv.ts';
import { toCsv } from './monthly-report.ts';
import { mayMoveSuggestion, suggestionReference } from './suggestion-rules.ts';
import { localDayBoundaries, localPeriod, localSlot } from './zone-time.ts';

describe('suggestion moderation rules', () => {
  it('allows exactly the documented moves', () => {
    expect(mayMoveSuggestion('received', 'in_review')).toBe(true);
    expect(mayMoveSuggestion('in_review', 'answered')).toBe(true);
    expect(mayMoveSuggestion('in_review', 'declined')).toBe(true);
    expect(mayMoveSuggestion('answered', 'implemented')).toBe(true);
    expect(mayMoveSuggestion('answered', 'declined')).toBe(true);
    // Answered (and published) from received in one save, without an in_review save first (issue 18).
    expect(mayMoveSuggestion('received', 'answered')).toBe(true);
    expect(mayMoveSuggestion('received', 'declined')).toBe(true);
    expect(mayMoveSuggestion('received', 'implemented')).toBe(false);
    expect(mayMoveSuggestion('implemented', 'declined')).toBe(false);
    expect(mayMoveSuggestion('declined', 'in_review')).toBe(false);
  });

  it('makes references without look-alike characters', () => {
    expect(suggestionReference(() => 0)).toBe('A-AAAA-AAAA');
    expect(suggestionReference(() => 0.999)).toBe('A-9999-9999');
  });
});

describe('CSV', () => {
  it('quotes separators and quotes and defuses formulas', () => {
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('say "hi"', ';')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)', ';')).toBe("'=SUM(A1)");
    expect(csvField(-5, ';')).toBe('-5');
    expect(csvField(null, ';')).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa;b\r\n1;x\r\n');
  });
});

describe('local time in Europe/Berlin', () => {
  const tz = 'Europe/Berlin';
  it('puts instants into local days and hours across summer time', () => {
    expect(localSlot('2026-10-24T22:30:00.000Z', tz)).toEqual({ date: '2026-10-25', hour: 0 });
    expect(localSlot('2026-10-25T22:30:00.000Z', tz)).toEqual({ date: '2026-10-25', hour: 23 });
    expect(localSlot('2026-03-29T01:30:00.000Z', tz)).toEqual({ date: '2026-03-29', hour: 3 });
  });

  it('bounds local days by UTC instants; the day summer time ends has 25 hours', () => {
    const period = localPeriod('2026-10-24', '2026-10-26', tz);
    expect(period.startsAt).toBe('2026-10-23T22:00:00.000Z');
    expect(period.endsAt).toBe('2026-10-26T23:00:00.000Z');
    expect(localDayBoundaries(period, tz)).toEqual([
      { date: '2026-10-24', endsAt: '2026-10-24T22:00:00.000Z' },
      { date: '2026-10-25', endsAt: '2026-10-25T23:00:00.000Z' },
      { date: '2026-10-26', endsAt: '2026-10-26T23:00:00.000Z' },
    ]);
  });
});
