/**
 * RFC 4180 CSV for the catalogue's import and export: quoted fields with doubled quotes, line breaks inside quoted
 * fields, CRLF or LF rows, a leading byte-order mark ignored. The delimiter of an import is read from the heading
 * (comma, or semicolon as spreadsheet programs write in German settings).
 */
import { csvLine } from '../../platform/csv.ts';

export class CsvSyntaxError extends Error {}

export function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Parses CSV text into rows of cells; throws CsvSyntaxError for an unterminated quote or a stray one. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  let cellStarted = false;
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(
            `Zeile ${rows.length + 1}: Zeichen nach einem schließenden Anführungszeichen`,
          );
        }
        continue;
      }
      cell += char;
      i++;
      continue;
    }
    if (char === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
      i++;
      continue;
    }
    if (char === delimiter) {
      row.push(cell);
      cell = '';
      cellStarted = false;
      i++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      cellStarted = false;
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += char;
    cellStarted = true;
    i++;
  }
  if (quoted) throw new CsvSyntaxError(`Zeile ${rows.length + 1}: Anführungszeichen nicht geschlossen`);
  if (cellStarted || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  // Blank lines (a trailing newline, an empty line in between) are no records.
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => csvLine(row, ',')).join('\r\n') + '\r\n';
}
