/**
 * The one way the hub writes a CSV field (register, monthly report, services export, import template). Text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, so `=HYPERLINK(…)` in a name shows as text; numbers stay numbers. Fields are quoted per RFC 4180 when
 * they hold the separator, a quote, a line break or leading/trailing space.
 */
export type CsvSeparator = ',' | ';';

const formulaStart = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null | undefined, separator: CsvSeparator): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  const mustQuote = text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim();
  return mustQuote ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(
  values: readonly (string | number | null | undefined)[],
  separator: CsvSeparator,
): string {
  return values.map((v) => csvField(v, separator)).join(separator);
}

/**
 * Reading back a CSV the hub wrote: the apostrophe that defused a formula is taken off again, so an exported file
 * imports unchanged.
 */
export function withoutFormulaGuard(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}
