// The catalogue's CSV reader and writer: quoting, line breaks in cells, delimiters, errors.
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv, toCsv } from './csv.ts';

describe('csv', () => {
  it('round-trips quotes, delimiters and line breaks inside cells', () => {
    const rows = [
      ['id', 'text'],
      ['a', 'Er sagte "ja", dann; nein'],
      ['b', 'Zeile 1\nZeile 2'],
      ['c', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('reads semicolon CSV with a byte-order mark and LF rows', () => {
    expect(parseCsv('\uFEFFid;name\nx;"Müll, sperrig"\n')).toEqual([
      ['id', 'name'],
      ['x', 'Müll, sperrig'],
    ]);
  });

  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('id,name\nx,"offen')).toThrow(CsvSyntaxError);
  });
});
