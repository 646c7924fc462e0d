/**
 * The zone's value lists for the screens. Copies of the lists in contracts (whose runtime code, with its schema
 * library, must stay out of the browser bundle); the types make any difference a compile error.
 */
import type {
  SuggestionStatus,
  SuggestionTopic,
  VisitAgeGroup,
  VisitTopic,
  MonthlyReportTable,
} from '@buergerpunkt/contracts';

type Exactly<T extends string, L extends readonly T[]> = [T] extends [L[number]] ? L : never;

const list =
  <T extends string>() =>
  <L extends readonly T[]>(values: Exactly<T, L>) =>
    values;

export const ageGroups = list<VisitAgeGroup>()(['under_30', '30_49', '50_64', '65_plus'] as const);
export const tallyTopics = list<VisitTopic>()([
  'dokbox',
  'service_115',
  'map',
  'tour',
  'suggestion',
  'other',
] as const);
export const suggestionTopicList = list<SuggestionTopic>()([
  'dokbox',
  'service_115',
  'map',
  'tour',
  'zone',
  'other',
] as const);
export const suggestionStatusList = list<SuggestionStatus>()([
  'received',
  'in_review',
  'answered',
  'implemented',
  'declined',
] as const);
export const reportTables = list<MonthlyReportTable>()([
  'summary',
  'visits_by_day',
  'visits_by_hour',
  'visits_by_topic',
  'visits_by_age_group',
  'documents_by_day',
] as const);

/** Allowed next statuses (the hub's rule, repeated for the form; the hub decides). */
export const nextStatuses: Record<SuggestionStatus, readonly SuggestionStatus[]> = {
  received: ['in_review', 'answered', 'declined'],
  in_review: ['answered', 'declined'],
  answered: ['implemented', 'declined'],
  implemented: [],
  declined: [],
};

/** A duration in words-sized units for people. */
export function durationParts(seconds: number): {
  unit: 'seconds' | 'minutes' | 'hours' | 'days';
  value: string;
} {
  const fmt = (n: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(n);
  if (seconds < 120) return { unit: 'seconds', value: fmt(seconds) };
  if (seconds < 7200) return { unit: 'minutes', value: fmt(seconds / 60) };
  if (seconds < 2 * 86400) return { unit: 'hours', value: fmt(seconds / 3600) };
  return { unit: 'days', value: fmt(seconds / 86400) };
}
