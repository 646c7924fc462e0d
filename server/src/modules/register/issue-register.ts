/**
 * The office register of issued documents: for a time range, every document handed out through the box with its
 * exact issue time and how it was issued (the citizen's code, or staff confirming after a check). Read in keyset
 * pages and written out as a stream, so a year of issues never sits in memory; as RFC 4180 CSV for people and
 * JSON for integrations.
 */
import { DateTime } from 'luxon';
import type { AppContext } from '../../context.ts';
import { badRequest } from '../../platform/errors.ts';
import { csvLine } from '../../platform/csv.ts';
import { t } from '../../platform/i18n.ts';
import { allOffices, type OfficeScope } from '../privacy/office-scope.ts';
import { issueActions, pageIssuedDocuments } from './issue-register-repository.ts';

export const maxRangeDays = 366;
const pageSize = 1000;

export type IssueMethod = 'pickup_code' | 'staff_reconciled' | 'unknown';

export interface IssueRecord {
  issuedAt: string;
  documentId: string;
  reference: string;
  documentType: string;
  office: string;
  box: string | null;
  boxTimezone: string | null;
  compartmentNumber: number | null;
  method: IssueMethod;
  /** When the holder confirmed receipt of the PIN letter at the kiosk (ID cards); null when not asked. */
  pinLetterConfirmedAt: string | null;
  /** The identity checks passed at pickup, e.g. ["code", "date_of_birth", "pin_letter"]. */
  checksPassed: string[];
}

export interface IssueRange {
  from: string;
  to: string;
}

/** Normalises the range to UTC ISO strings (as stored) and checks it: to after from, at most a year. */
export function parseIssueRange(fromRaw: string, toRaw: string): IssueRange {
  const from = Date.parse(fromRaw);
  const to = Date.parse(toRaw);
  if (Number.isNaN(from) || Number.isNaN(to)) throw badRequest('date_invalid');
  if (to <= from) throw badRequest('date_range_invalid');
  if (to - from > maxRangeDays * 86_400_000)
    throw badRequest('register_range_too_long', { maxDays: maxRangeDays });
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

const methodOf: Record<string, IssueMethod> = {
  'document.complete_pickup': 'pickup_code',
  'document.reconcile_as_picked_up': 'staff_reconciled',
};

/** The stored JSON list of passed checks; anything unreadable reads as none. */
function parseChecksPassed(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

export async function* issueRecords(
  ctx: Pick<AppContext, 'db'>,
  range: IssueRange,
  scope: OfficeScope = allOffices,
): AsyncGenerator<IssueRecord> {
  let after: { issuedAt: string; id: string } | undefined;
  for (;;) {
    const page = await pageIssuedDocuments(ctx.db, { ...range, after, limit: pageSize, scope });
    const actions = await issueActions(
      ctx.db,
      page.map((r) => r.id),
    );
    for (const row of page) {
      yield {
        issuedAt: row.issued_at,
        documentId: row.id,
        reference: row.reference,
        documentType: row.type_name,
        office: row.office_name,
        box: row.box_name,
        boxTimezone: row.box_timezone,
        compartmentNumber: row.compartment_number,
        method: methodOf[actions.get(row.id) ?? ''] ?? 'unknown',
        pinLetterConfirmedAt: row.pin_letter_confirmed_at,
        checksPassed: parseChecksPassed(row.pickup_checks_passed),
      };
    }
    if (page.length < pageSize) return;
    const last = page[page.length - 1]!;
    after = { issuedAt: last.issued_at, id: last.id };
  }
}

const csvColumns = [
  'issuedAt',
  'issuedAtLocal',
  'documentId',
  'reference',
  'documentType',
  'office',
  'box',
  'compartment',
  'method',
  'pinLetterConfirmedAt',
  'checksPassed',
] as const;

function localTime(record: IssueRecord): string {
  return DateTime.fromISO(record.issuedAt, { zone: record.boxTimezone ?? 'Europe/Berlin' }).toFormat(
    'dd.MM.yyyy HH:mm:ss',
  );
}

/** The CSV document line by line (CRLF), header first, with a UTF-8 byte order mark so spreadsheets read umlauts. */
export async function* issueRegisterCsv(
  ctx: Pick<AppContext, 'db'>,
  range: IssueRange,
  scope: OfficeScope = allOffices,
): AsyncGenerator<string> {
  yield (
    '\uFEFF' +
    csvLine(
      csvColumns.map((c) => t(`register.columns.${c}`)),
      ',',
    ) +
    '\r\n'
  );
  for await (const record of issueRecords(ctx, range, scope)) {
    const fields = [
      record.issuedAt,
      localTime(record),
      record.documentId,
      record.reference,
      record.documentType,
      record.office,
      record.box,
      record.compartmentNumber,
      t(`register.method.${record.method}`),
      record.pinLetterConfirmedAt,
      record.checksPassed.map((check) => t(`register.check.${check}`)).join('; '),
    ];
    yield csvLine(fields, ',') + '\r\n';
  }
}

/** The JSON document in pieces: `{ from, to, items: [...], count }`. */
export async function* issueRegisterJson(
  ctx: Pick<AppContext, 'db'>,
  range: IssueRange,
  scope: OfficeScope = allOffices,
): AsyncGenerator<string> {
  yield `{"from":${JSON.stringify(range.from)},"to":${JSON.stringify(range.to)},"items":[`;
  let count = 0;
  for await (const record of issueRecords(ctx, range, scope)) {
    const item = {
      issuedAt: record.issuedAt,
      documentId: record.documentId,
      reference: record.reference,
      documentType: record.documentType,
      office: record.office,
      box: record.box,
      compartmentNumber: record.compartmentNumber,
      method: record.method,
      pinLetterConfirmedAt: record.pinLetterConfirmedAt,
      checksPassed: record.checksPassed,
    };
    yield (count === 0 ? '' : ',') + JSON.stringify(item);
    count++;
  }
  yield `],"count":${count}}`;
}

export function registerFileName(range: IssueRange): string {
  return t('register.fileName', { from: range.from.slice(0, 10), to: range.to.slice(0, 10) });
}
