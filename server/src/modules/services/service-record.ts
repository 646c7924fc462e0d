/**
 * Checks one catalogue record (from an import file or an edit) field by field and says in German what is wrong,
 * so a person can fix the file; and turns CSV rows into records. Every problem of a record is reported, not just
 * the first.
 */
import {
  authorityLevels,
  leikaKeyPattern,
  serviceIdPattern,
  type ServiceForm,
  type ServiceInput,
  type ServiceLocation,
} from '@buergerpunkt/contracts';
import { t } from '../../platform/i18n.ts';

export interface FieldProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/** The columns of the CSV export and import, in order: the record's fields. */
export const serviceFields = [
  'id',
  'leikaKey',
  'name',
  'shortDescription',
  'longDescription',
  'leichteSprache',
  'prerequisites',
  'requiredDocuments',
  'fees',
  'processingTime',
  'legalBasis',
  'forms',
  'onlineProcedureUrl',
  'authorityLevel',
  'authorityName',
  'locations',
  'keywords',
  'popularity',
  'lastReviewedOn',
  'dokboxPickup',
  'demo',
] as const satisfies readonly (keyof ServiceInput)[];

type Field = (typeof serviceFields)[number];

const textLimits: Partial<Record<Field, [number, number]>> = {
  name: [3, 200],
  shortDescription: [1, 500],
  longDescription: [1, 10000],
  leichteSprache: [1, 3000],
  fees: [1, 1000],
  processingTime: [1, 500],
  authorityName: [1, 200],
};

const listLimits: Partial<Record<Field, [number, number]>> = {
  prerequisites: [30, 500],
  requiredDocuments: [30, 500],
  legalBasis: [20, 300],
  keywords: [60, 100],
};

/** Lists columns a CSV cell holds one per line; structured ones as JSON. */
const jsonColumns: readonly Field[] = ['forms', 'locations'];

const idRegex = new RegExp(serviceIdPattern);
/** Path words of the catalogue's own endpoints (`/api/v1/services/search` …) cannot be service ids. */
const reservedIds = new Set([
  'catalogue',
  'search',
  'suggest',
  'hotline',
  'export',
  'import',
  'callback-requests',
  'red-phone',
]);
const leikaRegex = new RegExp(leikaKeyPattern);
const urlRegex = /^https?:\/\/[^\s]+$|^\/[^\s]*$/;
const timeRegex = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export function problemMessage(problem: FieldProblem): string {
  const label = t(`services.fields.${problem.field}`);
  return `${label}: ${t(`services.reasons.${problem.code}`, problem.params ?? {})}`;
}

function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function checkText(value: unknown, field: Field, problems: FieldProblem[], min: number, max: number): string {
  if (value === undefined || value === null || value === '') {
    if (min > 0) problems.push({ field, code: 'required' });
    return '';
  }
  if (typeof value !== 'string') {
    problems.push({ field, code: 'not_text' });
    return '';
  }
  const text = value.trim();
  if (text.length < min) problems.push({ field, code: 'too_short', params: { min } });
  if (text.length > max) problems.push({ field, code: 'too_long', params: { max } });
  return text;
}

function checkUrl(value: unknown, field: Field, problems: FieldProblem[]): string {
  if (typeof value !== 'string' || !urlRegex.test(value.trim()) || value.length > 500) {
    problems.push({ field, code: 'url_invalid' });
    return '';
  }
  return value.trim();
}

function checkList(value: unknown, field: Field, problems: FieldProblem[]): string[] {
  const [maxItems, maxLength] = listLimits[field]!;
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ field, code: 'not_a_list' });
    return [];
  }
  if (value.length > maxItems) problems.push({ field, code: 'list_too_long', params: { max: maxItems } });
  const items: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') {
      problems.push({ field, code: 'not_text' });
      continue;
    }
    const text = item.trim();
    if (!text) continue;
    if (text.length > maxLength) problems.push({ field, code: 'too_long', params: { max: maxLength } });
    items.push(text);
  }
  return items;
}

function checkForms(value: unknown, problems: FieldProblem[]): ServiceForm[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ field: 'forms', code: 'not_a_list' });
    return [];
  }
  if (value.length > 20) problems.push({ field: 'forms', code: 'list_too_long', params: { max: 20 } });
  const forms: ServiceForm[] = [];
  for (const item of value) {
    const form = item as Partial<ServiceForm> | null;
    if (
      !form ||
      typeof form !== 'object' ||
      typeof form.title !== 'string' ||
      !form.title.trim() ||
      form.title.length > 200 ||
      Object.keys(form).some((k) => k !== 'title' && k !== 'url')
    ) {
      problems.push({ field: 'forms', code: 'form_invalid' });
      continue;
    }
    const url = checkUrl(form.url, 'forms', problems);
    forms.push({ title: form.title.trim(), url });
  }
  return forms;
}

const locationKeys = new Set(['name', 'address', 'phone', 'email', 'openingHours', 'note']);

function checkLocations(value: unknown, problems: FieldProblem[]): ServiceLocation[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ field: 'locations', code: 'not_a_list' });
    return [];
  }
  if (value.length > 10) problems.push({ field: 'locations', code: 'list_too_long', params: { max: 10 } });
  const locations: ServiceLocation[] = [];
  for (const item of value) {
    const raw = item as Record<string, unknown> | null;
    const optionalText = (key: string, max: number) =>
      raw?.[key] === undefined || (typeof raw[key] === 'string' && (raw[key] as string).length <= max);
    if (
      !raw ||
      typeof raw !== 'object' ||
      Array.isArray(raw) ||
      typeof raw['name'] !== 'string' ||
      !raw['name'].trim() ||
      (raw['name'] as string).length > 200 ||
      typeof raw['address'] !== 'string' ||
      !raw['address'].trim() ||
      (raw['address'] as string).length > 300 ||
      !Array.isArray(raw['openingHours']) ||
      (raw['openingHours'] as unknown[]).length > 30 ||
      !optionalText('phone', 60) ||
      !optionalText('email', 200) ||
      !optionalText('note', 500) ||
      Object.keys(raw).some((k) => !locationKeys.has(k))
    ) {
      problems.push({ field: 'locations', code: 'location_invalid' });
      continue;
    }
    const openingHours = [];
    for (const entry of raw['openingHours'] as unknown[]) {
      const h = entry as { weekday?: unknown; opens?: unknown; closes?: unknown } | null;
      if (!h || !Number.isInteger(h.weekday) || (h.weekday as number) < 1 || (h.weekday as number) > 7) {
        problems.push({ field: 'locations', code: 'weekday_invalid' });
        continue;
      }
      if (
        typeof h.opens !== 'string' ||
        typeof h.closes !== 'string' ||
        !timeRegex.test(h.opens) ||
        !timeRegex.test(h.closes) ||
        h.closes <= h.opens ||
        Object.keys(h).length !== 3
      ) {
        problems.push({ field: 'locations', code: 'time_invalid' });
        continue;
      }
      openingHours.push({ weekday: h.weekday as number, opens: h.opens, closes: h.closes });
    }
    const location: ServiceLocation = {
      name: (raw['name'] as string).trim(),
      address: (raw['address'] as string).trim(),
      openingHours,
    };
    for (const key of ['phone', 'email', 'note'] as const) {
      const text = raw[key];
      if (typeof text === 'string' && text.trim()) location[key] = text.trim();
    }
    locations.push(location);
  }
  return locations;
}

function checkBoolean(value: unknown, field: Field, problems: FieldProblem[]): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  problems.push({ field, code: 'boolean_invalid' });
  return false;
}

/** Checks a record; returns the clean record, or every problem found. */
export function checkServiceRecord(
  raw: unknown,
): { ok: true; value: ServiceInput } | { ok: false; problems: FieldProblem[] } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: [{ field: 'record', code: 'not_an_object' }] };
  }
  const record = raw as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(record)) {
    if (!(serviceFields as readonly string[]).includes(key))
      problems.push({ field: key, code: 'unknown_field' });
  }
  const text = (field: Field) => {
    const [min, max] = textLimits[field]!;
    return checkText(record[field], field, problems, min, max);
  };

  const id = typeof record['id'] === 'string' ? record['id'].trim() : '';
  if (record['id'] === undefined || record['id'] === '') problems.push({ field: 'id', code: 'required' });
  else if (!idRegex.test(id) || reservedIds.has(id)) problems.push({ field: 'id', code: 'id_invalid' });

  const leikaKey =
    typeof record['leikaKey'] === 'string' ? record['leikaKey'].trim() : String(record['leikaKey'] ?? '');
  if (record['leikaKey'] === undefined || record['leikaKey'] === '')
    problems.push({ field: 'leikaKey', code: 'required' });
  else if (!leikaRegex.test(leikaKey)) problems.push({ field: 'leikaKey', code: 'leika_key_invalid' });

  const level = record['authorityLevel'];
  if (level === undefined || level === '') problems.push({ field: 'authorityLevel', code: 'required' });
  else if (!(authorityLevels as readonly unknown[]).includes(level)) {
    problems.push({ field: 'authorityLevel', code: 'level_invalid' });
  }

  const popularity = record['popularity'];
  if (popularity === undefined || popularity === '') problems.push({ field: 'popularity', code: 'required' });
  else if (!Number.isInteger(popularity) || (popularity as number) < 1 || (popularity as number) > 100) {
    problems.push({ field: 'popularity', code: 'popularity_invalid' });
  }

  const reviewed = record['lastReviewedOn'];
  if (reviewed === undefined || reviewed === '') problems.push({ field: 'lastReviewedOn', code: 'required' });
  else if (typeof reviewed !== 'string' || !isValidDate(reviewed)) {
    problems.push({ field: 'lastReviewedOn', code: 'date_invalid' });
  }

  const online = record['onlineProcedureUrl'];
  const onlineProcedureUrl =
    online === undefined || online === null || online === ''
      ? null
      : checkUrl(online, 'onlineProcedureUrl', problems);

  const value: ServiceInput = {
    id,
    leikaKey,
    name: text('name'),
    shortDescription: text('shortDescription'),
    longDescription: text('longDescription'),
    leichteSprache: text('leichteSprache'),
    prerequisites: checkList(record['prerequisites'], 'prerequisites', problems),
    requiredDocuments: checkList(record['requiredDocuments'], 'requiredDocuments', problems),
    fees: text('fees'),
    processingTime: text('processingTime'),
    legalBasis: checkList(record['legalBasis'], 'legalBasis', problems),
    forms: checkForms(record['forms'], problems),
    onlineProcedureUrl,
    authorityLevel: level as ServiceInput['authorityLevel'],
    authorityName: text('authorityName'),
    locations: checkLocations(record['locations'], problems),
    keywords: checkList(record['keywords'], 'keywords', problems),
    popularity: popularity as number,
    lastReviewedOn: reviewed as string,
    dokboxPickup: checkBoolean(record['dokboxPickup'], 'dokboxPickup', problems),
    demo: checkBoolean(record['demo'], 'demo', problems),
  };
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

/** One CSV data row → a raw record (cells turned into lists, numbers, booleans, JSON) and the cell problems. */
export function csvRowToRecord(
  heading: readonly string[],
  cells: readonly string[],
): { record: Record<string, unknown>; problems: FieldProblem[] } {
  const record: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  heading.forEach((column, index) => {
    const cell = (cells[index] ?? '').trim();
    const field = column as Field;
    if (cell === '') return;
    if (jsonColumns.includes(field)) {
      try {
        record[field] = JSON.parse(cell);
      } catch {
        problems.push({ field, code: 'json_invalid' });
      }
    } else if (field in listLimits) {
      record[field] = cell.split(/\r?\n/).map((line) => line.trim());
    } else if (field === 'popularity') {
      record[field] = /^\d+$/.test(cell) ? Number(cell) : cell;
    } else if (field === 'dokboxPickup' || field === 'demo') {
      const lower = cell.toLowerCase();
      if (['ja', 'true', '1', 'yes'].includes(lower)) record[field] = true;
      else if (['nein', 'false', '0', 'no'].includes(lower)) record[field] = false;
      else record[field] = cell;
    } else {
      record[field] = cell;
    }
  });
  return { record, problems };
}

/** A record as one CSV row, in the order of `serviceFields`. */
export function recordToCsvRow(service: ServiceInput): string[] {
  return serviceFields.map((field) => {
    const value = service[field];
    if (jsonColumns.includes(field)) return JSON.stringify(value);
    if (Array.isArray(value)) return value.join('\n');
    if (typeof value === 'boolean') return value ? 'ja' : 'nein';
    if (value === null) return '';
    return String(value);
  });
}
