import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { csvLine } from '../../platform/csv.ts';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads semicolon files from German spreadsheets with BOM, CRLF and quoted fields', () => {
    const table = parseCsv('\uFEFFA;B;C\r\n1;"x;y";"he said ""hi"""\r\n\r\n2;;"two\nlines"\r\n3;z;last');
    expect(table.separator).toBe(';');
    expect(table.records).toEqual([
      { line: 1, fields: ['A', 'B', 'C'] },
      { line: 2, fields: ['1', 'x;y', 'he said "hi"'] },
      { line: 4, fields: ['2', '', 'two\nlines'] },
      { line: 6, fields: ['3', 'z', 'last'] },
    ]);
  });

  it('takes commas when the header has no semicolon', () => {
    expect(parseCsv('a,b\n1,2\n').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('refuses an unclosed quote and names the line it starts on', () => {
    let error: unknown;
    try {
      parseCsv('a;b\n1;"open\n2;3');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('import_csv_unclosed_quote');
    expect((error as AppError).params).toEqual({ line: 2 });
  });

  it('writes fields back so they read the same', () => {
    const values = ['plain', 'a;b', 'say "x"', ' padded', 'two\nlines'];
    const line = csvLine(values, ';');
    expect(parseCsv(`h1;h2;h3;h4;h5\n${line}`).records[1]!.fields).toEqual(values);
  });
});
