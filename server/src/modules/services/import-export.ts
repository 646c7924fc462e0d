/**
 * Import and export of the catalogue as JSON or CSV. An import checks every record and reports each problem with
 * record number, field and German reason. Two modes: `per_record` (default) writes each valid record in its own
 * transaction, so one bad record never blocks the others; `all_or_nothing` writes the whole file in one
 * transaction, and only when every record is valid. A record whose id exists replaces that service (new version);
 * services missing from the file are left as they are (an import never deletes).
 */
import type {
  ServiceImportBody,
  ServiceImportError,
  ServiceImportReport,
  ServiceInput,
} from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import type { Principal } from '../../platform/principal.ts';
import { t } from '../../platform/i18n.ts';
import { insertService, replaceService } from './catalogue-service.ts';
import { withoutFormulaGuard } from '../../platform/csv.ts';
import { CsvSyntaxError, parseCsv, toCsv } from './csv.ts';
import { forgetServiceSearchIndex } from './search-index.ts';
import {
  checkServiceRecord,
  csvRowToRecord,
  problemMessage,
  recordToCsvRow,
  serviceFields,
  type FieldProblem,
} from './service-record.ts';
import { allServiceRows, findServiceRow, rowToService } from './services-repository.ts';
import { tenantIdOf } from '../tenants/tenant-scope.ts';

export const maxImportRecords = 2000;

/** Raised for a file that cannot be read at all; reported as record 0. */
class FileProblem extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

interface ParsedRecord {
  number: number;
  raw: unknown;
  problems: FieldProblem[];
}

function parseJsonFile(content: string): ParsedRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new FileProblem('file_unreadable', { detail: (error as Error).message.slice(0, 200) });
  }
  const list =
    data &&
    typeof data === 'object' &&
    !Array.isArray(data) &&
    Array.isArray((data as { services?: unknown }).services)
      ? (data as { services: unknown[] }).services
      : data;
  if (!Array.isArray(list)) throw new FileProblem('file_unreadable', { detail: 'JSON-Liste erwartet' });
  return list.map((raw, index) => ({ number: index + 1, raw, problems: [] }));
}

function parseCsvFile(content: string): ParsedRecord[] {
  let rows: string[][];
  try {
    rows = parseCsv(content);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new FileProblem('file_unreadable', { detail: error.message });
    throw error;
  }
  const [heading, ...data] = rows;
  if (!heading) throw new FileProblem('file_empty');
  const columns = heading.map((c) => c.trim());
  for (const column of columns) {
    if (!(serviceFields as readonly string[]).includes(column))
      throw new FileProblem('csv_column_unknown', { column });
  }
  for (const column of ['id', 'name'] as const) {
    if (!columns.includes(column)) throw new FileProblem('csv_column_missing', { column });
  }
  return data.map((cells, index) => {
    const number = index + 1;
    if (cells.length !== columns.length) {
      return {
        number,
        raw: null,
        problems: [
          {
            field: 'record',
            code: 'csv_row_length',
            params: { count: cells.length, expected: columns.length },
          },
        ],
      };
    }
    // Our own export defuses formulas with an apostrophe; take it off so an exported file imports unchanged.
    const { record, problems } = csvRowToRecord(columns, cells.map(withoutFormulaGuard));
    return { number, raw: record, problems };
  });
}

function errorOf(number: number, problem: FieldProblem): ServiceImportError {
  return { record: number, field: problem.field, code: problem.code, message: problemMessage(problem) };
}

/** A record that cannot be written for a reason the person importing can fix. */
class RecordProblem extends Error {
  constructor(readonly problem: FieldProblem) {
    super(problem.code);
  }
}

/** Writes one record (insert or replace the current version) inside `trx`; returns what it did. */
async function writeRecord(
  trx: Trx,
  at: string,
  input: ServiceInput,
  principal: Principal,
): Promise<'created' | 'updated'> {
  const existing = await findServiceRow(trx, input.id);
  // Service ids are unique in the installation: an id another tenant uses is never replaced (tenants, issue 20).
  const tenantId = tenantIdOf(principal);
  if (existing && tenantId !== undefined && existing.tenant_id !== tenantId)
    throw new RecordProblem({ field: 'id', code: 'id_of_other_tenant', params: { id: input.id } });
  if (!existing) {
    await insertService(trx, at, input, principal, 'import');
    return 'created';
  }
  const replaced = await replaceService(trx, at, input, Number(existing.version), principal, 'import');
  if (!replaced) throw new Error('service changed during import');
  return 'updated';
}

export async function importServices(
  ctx: AppContext,
  body: ServiceImportBody,
  principal: Principal,
): Promise<ServiceImportReport> {
  const mode = body.mode ?? 'per_record';
  const report: ServiceImportReport = {
    mode,
    total: 0,
    created: 0,
    updated: 0,
    failed: 0,
    rolledBack: false,
    errors: [],
  };
  let records: ParsedRecord[];
  try {
    records = body.format === 'csv' ? parseCsvFile(body.content) : parseJsonFile(body.content);
    if (records.length === 0) throw new FileProblem('file_empty');
    if (records.length > maxImportRecords)
      throw new FileProblem('too_many_records', { max: maxImportRecords });
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    report.rolledBack = true;
    report.errors.push({
      record: 0,
      field: 'record',
      code: error.code,
      message: t(`services.reasons.${error.code}`, error.params),
    });
    return report;
  }

  report.total = records.length;
  const valid: { number: number; input: ServiceInput }[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const problems = [...record.problems];
    let input: ServiceInput | undefined;
    if (record.raw !== null) {
      const checked = checkServiceRecord(record.raw);
      if (checked.ok) input = checked.value;
      else problems.push(...checked.problems);
    }
    if (input && seen.has(input.id))
      problems.push({ field: 'id', code: 'duplicate_in_file', params: { id: input.id } });
    if (input) seen.add(input.id);
    if (problems.length || !input) {
      report.failed++;
      report.errors.push(...problems.map((p) => errorOf(record.number, p)));
    } else {
      valid.push({ number: record.number, input });
    }
  }

  const at = ctx.clock.now().toISOString();
  if (mode === 'all_or_nothing') {
    if (report.failed > 0) {
      report.rolledBack = true;
      return report;
    }
    try {
      const outcomes = await ctx.db.transaction().execute(async (trx) => {
        const done: ('created' | 'updated')[] = [];
        for (const { input } of valid) done.push(await writeRecord(trx, at, input, principal));
        return done;
      });
      for (const outcome of outcomes) report[outcome]++;
    } catch (error) {
      ctx.log.warn({ err: error }, 'service import (all or nothing) rolled back');
      report.rolledBack = true;
      report.failed = valid.length;
      const problem: FieldProblem =
        error instanceof RecordProblem ? error.problem : { field: 'record', code: 'write_failed' };
      report.errors.push(errorOf(0, problem));
    }
  } else {
    for (const { number, input } of valid) {
      try {
        const outcome = await ctx.db.transaction().execute((trx) => writeRecord(trx, at, input, principal));
        report[outcome]++;
      } catch (error) {
        report.failed++;
        if (error instanceof RecordProblem) {
          report.errors.push(errorOf(number, error.problem));
          continue;
        }
        ctx.log.warn({ err: error, record: number }, 'service import: record not written');
        report.errors.push(errorOf(number, { field: 'record', code: 'write_failed' }));
      }
    }
  }
  if (report.created + report.updated > 0) forgetServiceSearchIndex(ctx);
  return report;
}

async function exportRecords(ctx: AppContext, tenantId?: string): Promise<ServiceInput[]> {
  return (await allServiceRows(ctx.db, tenantId)).map((row) => {
    const service = rowToService(row);
    return Object.fromEntries(serviceFields.map((field) => [field, service[field]])) as ServiceInput;
  });
}

/** The catalogue as the JSON an import takes back: `{ services: [...] }`. */
export async function exportServicesJson(ctx: AppContext, tenantId?: string): Promise<string> {
  return JSON.stringify({ services: await exportRecords(ctx, tenantId) }, null, 2) + '\n';
}

/** The catalogue as CSV (columns = field names; lists one entry per line in the cell; forms and locations JSON). */
export async function exportServicesCsv(ctx: AppContext, tenantId?: string): Promise<string> {
  const records = await exportRecords(ctx, tenantId);
  return toCsv([[...serviceFields], ...records.map(recordToCsvRow)]);
}
