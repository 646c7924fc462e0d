/**
 * A small RFC 4180 CSV reader and writer for the office's import: quoted fields (with doubled quotes and line
 * breaks inside), CRLF or LF, a leading byte-order mark, and `;` or `,` as separator (German spreadsheets write
 * `;`), chosen from the header line.
 */
import { badRequest } from '../../platform/errors.ts';

export interface CsvTable {
  separator: ';' | ',';
  /** Every record, the header first; each record's `line` is where it starts in the file (1-based). */
  records: { line: number; fields: string[] }[];
}

export function detectSeparator(text: string): ';' | ',' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

export function parseCsv(input: string): CsvTable {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const records: CsvTable['records'] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteStartLine = 0;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    // Lines with nothing on them (e.g. the file's last line break, or blank lines) are not records.
    if (!(fields.length === 1 && fields[0]!.trim() === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      quoteStartLine = line;
      field = '';
    } else if (c === separator) {
      fields.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      i++;
      continue;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
    }
    i++;
  }
  if (quoted) throw badRequest('import_csv_unclosed_quote', { line: quoteStartLine });
  if (field !== '' || fields.length > 0) endRecord();
  return { separator, records };
}
