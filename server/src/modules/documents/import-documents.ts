/**
 * CSV import of documents for the office: each row is registered on its own (its own transaction and audit entry),
 * so a bad row never stops the others. The answer names, for every row, whether it was registered or which
 * column was wrong and why (German). Offices and document types may be given by id or by name. The caller may
 * ask for a slice of the rows (`offset`, `limit`) so a browser can import a long file piece by piece with a
 * progress bar; row numbers are always those of the whole file as a spreadsheet shows them (header = row 1).
 */
import { defaultSmsLanguage, isSmsLanguage, type SmsLanguage } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import type { Principal } from '../../platform/principal.ts';
import { csvLine } from '../../platform/csv.ts';
import { parseCsv } from './csv.ts';
import { normalizeMobileNumber } from '../sms/phone-numbers.ts';
import { parseIsoDate, registerDocument, type RegisterDocumentInput } from './register-document.ts';
import { checkUsesDateOfBirth } from '../document-types/pickup-policy.ts';

export const importColumns = [
  'reference',
  'office',
  'type',
  'holderName',
  'phone',
  'dateOfBirth',
  'wheelchair',
  'proxyNote',
  'language',
] as const;
export type ImportColumn = (typeof importColumns)[number];

const requiredColumns: readonly ImportColumn[] = ['reference', 'office', 'type', 'holderName', 'phone'];

/** Header names a column is recognised by besides its German heading (compared without case, spaces, dashes). */
const aliases: Record<ImportColumn, string[]> = {
  reference: ['reference', 'aktenzeichen', 'vorgang'],
  office: ['officeid', 'office', 'amt'],
  type: ['typeid', 'type', 'documenttype', 'art'],
  holderName: ['holdername', 'name', 'vorname nachname'],
  phone: ['phone', 'mobil', 'handynummer', 'telefon', 'handy'],
  dateOfBirth: ['dateofbirth', 'geburtstag'],
  wheelchair: ['needswheelchairaccess', 'wheelchair', 'barrierefrei'],
  proxyNote: ['proxynote', 'vollmachtnotiz', 'bevollmaechtigt'],
  language: ['language', 'lang', 'smssprache'],
};

export const maxImportRows = 2000;

export interface ImportRowError {
  /** The column's German heading. */
  field: string;
  code: string;
  /** German reason, for the report. */
  message: string;
}

export interface ImportRowResult {
  row: number;
  reference: string | null;
  status: 'registered' | 'failed';
  documentId: string | null;
  errors: ImportRowError[];
}

export interface ImportResult {
  totalRows: number;
  offset: number;
  results: ImportRowResult[];
  registered: number;
  failed: number;
}

export function columnHeading(column: ImportColumn): string {
  return t(`documentImport.columns.${column}`);
}

function normaliseHeading(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[\s_\-.*]+/g, '');
}

function columnOf(heading: string): ImportColumn | null {
  const wanted = normaliseHeading(heading);
  for (const column of importColumns) {
    if (normaliseHeading(columnHeading(column)) === wanted) return column;
    if (aliases[column].some((alias) => normaliseHeading(alias) === wanted)) return column;
  }
  return null;
}

/** The template a clerk fills in: German headings and one example row. */
export function importTemplateCsv(): string {
  const example: Record<ImportColumn, string> = {
    reference: 'PA-2026-000123',
    office: 'buergeramt-hn',
    type: 'id_card',
    holderName: 'Erika Mustermann',
    phone: '0151 23456789',
    dateOfBirth: '12.08.1964',
    wheelchair: 'nein',
    proxyNote: '',
    language: 'de',
  };
  const line = (values: string[]) => csvLine(values, ';');
  return `\uFEFF${line(importColumns.map(columnHeading))}\r\n${line(importColumns.map((c) => example[c]))}\r\n`;
}

const referencePattern = /^[A-Za-z0-9][A-Za-z0-9/._-]*$/;

function rowError(column: ImportColumn, code: string, params: Record<string, string | number> = {}) {
  return { field: columnHeading(column), code, message: t(`errors.${code}`, params) };
}

/** German dates (31.12.1980) or ISO dates; anything else is left for the date check to refuse. */
function toIsoDate(value: string): string {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (german) return `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}`;
  return value;
}

/** The SMS language by code or German name ("tr", "Türkisch", "Leichte Sprache"); empty is German. */
const languageNames: Record<string, SmsLanguage> = {
  deutsch: 'de',
  leichtesprache: 'ls',
  englisch: 'en',
  english: 'en',
  tuerkisch: 'tr',
  tuerkce: 'tr',
  ukrainisch: 'uk',
  arabisch: 'ar',
};

function parseLanguage(value: string): SmsLanguage | null {
  const v = normaliseHeading(value);
  if (v === '') return defaultSmsLanguage;
  if (isSmsLanguage(v)) return v;
  return languageNames[v.replaceAll('ç', 'c')] ?? null;
}

function parseYesNo(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (['', 'nein', 'n', 'no', 'false', '0', '-'].includes(v)) return false;
  if (['ja', 'j', 'yes', 'y', 'true', '1', 'x'].includes(v)) return true;
  return null;
}

/** Runs one of registration's own checks early, so a row's report names all its faults at once. */
function checkWith(errors: ImportRowError[], column: ImportColumn, check: () => unknown): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    errors.push(rowError(column, error.code, error.params));
  }
}

/** Which column an error of the registration belongs to. */
const columnOfCode: Record<string, ImportColumn> = {
  office_not_found: 'office',
  document_type_not_found: 'type',
  duplicate_reference: 'reference',
  phone_invalid: 'phone',
  phone_not_mobile: 'phone',
  date_invalid: 'dateOfBirth',
  date_of_birth_required: 'dateOfBirth',
  validation_failed: 'dateOfBirth',
};

export async function importDocuments(
  ctx: AppContext,
  csvText: string,
  slice: { offset: number; limit: number },
  principal: Principal,
): Promise<ImportResult> {
  const table = parseCsv(csvText);
  const [header, ...rows] = table.records;
  if (!header) throw badRequest('import_empty');
  const columns = header.fields.map(columnOf);
  const missing = requiredColumns.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw badRequest('import_columns_missing', { columns: missing.map(columnHeading).join(', ') });
  }
  if (rows.length > maxImportRows) throw badRequest('import_too_many_rows', { max: maxImportRows });

  const offices = await ctx.db.selectFrom('offices').select(['id', 'name', 'short_name']).execute();
  const types = await ctx.db.selectFrom('document_types').select(['id', 'name', 'pickup_check']).execute();
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

  const results: ImportRowResult[] = [];
  for (const record of rows.slice(slice.offset, slice.offset + slice.limit)) {
    const value = (column: ImportColumn) => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : (record.fields[index] ?? '').trim();
    };
    const errors: ImportRowError[] = [];
    const reference = value('reference');
    if (!reference) errors.push(rowError('reference', 'import_value_required'));
    else if (reference.length > 64 || !referencePattern.test(reference)) {
      errors.push(rowError('reference', 'import_reference_invalid'));
    }
    const officeText = value('office');
    const office = offices.find(
      (o) => o.id === officeText || same(o.short_name, officeText) || same(o.name, officeText),
    );
    if (!officeText) errors.push(rowError('office', 'import_value_required'));
    else if (!office) errors.push(rowError('office', 'office_not_found'));
    const typeText = value('type');
    const type = types.find((d) => d.id === typeText || same(d.name, typeText));
    if (!typeText) errors.push(rowError('type', 'import_value_required'));
    else if (!type) errors.push(rowError('type', 'document_type_not_found'));
    const holderName = value('holderName');
    if (!holderName) errors.push(rowError('holderName', 'import_value_required'));
    else if (holderName.length > 200)
      errors.push(rowError('holderName', 'import_value_too_long', { max: 200 }));
    const phone = value('phone');
    if (!phone) errors.push(rowError('phone', 'import_value_required'));
    else checkWith(errors, 'phone', () => normalizeMobileNumber(phone));
    const dateOfBirth = toIsoDate(value('dateOfBirth'));
    if (dateOfBirth) checkWith(errors, 'dateOfBirth', () => parseIsoDate(dateOfBirth));
    else if (type && checkUsesDateOfBirth(type.pickup_check)) {
      errors.push(rowError('dateOfBirth', 'import_date_of_birth_required'));
    }
    const wheelchair = parseYesNo(value('wheelchair'));
    if (wheelchair === null) errors.push(rowError('wheelchair', 'import_yes_no'));
    const proxyNote = value('proxyNote');
    if (proxyNote.length > 500) errors.push(rowError('proxyNote', 'import_value_too_long', { max: 500 }));
    const language = parseLanguage(value('language'));
    if (language === null) errors.push(rowError('language', 'import_language_invalid'));

    let documentId: string | null = null;
    if (errors.length === 0) {
      const input: RegisterDocumentInput = {
        reference,
        officeId: office!.id,
        typeId: type!.id,
        holderName,
        phone,
        ...(dateOfBirth ? { dateOfBirth } : {}),
        ...(wheelchair ? { needsWheelchairAccess: true } : {}),
        ...(proxyNote ? { proxyNote } : {}),
        ...(language && language !== defaultSmsLanguage ? { language } : {}),
      };
      try {
        documentId = (await registerDocument(ctx, input, principal)).id;
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) {
          ctx.log.error({ err: error, row: record.line }, 'document import row failed');
          errors.push({ field: '', code: 'internal_error', message: t('errors.internal_error') });
        } else {
          errors.push(rowError(columnOfCode[error.code] ?? 'reference', error.code, error.params));
        }
      }
    }
    results.push({
      row: record.line,
      reference: reference || null,
      status: documentId ? 'registered' : 'failed',
      documentId,
      errors,
    });
  }
  const registered = results.filter((r) => r.status === 'registered').length;
  return {
    totalRows: rows.length,
    offset: slice.offset,
    results,
    registered,
    failed: results.length - registered,
  };
}
