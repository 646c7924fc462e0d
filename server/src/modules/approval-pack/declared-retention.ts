/**
 * Reads one retention out of the processing declarations, for pages that state it (the public privacy page): the
 * same source as the approval pack's deletion concept, so the two can never disagree.
 */
import type { Config } from '../../config.ts';
import type { DataCategory, ProcessingId, RetentionPeriod } from './processing-declaration.ts';
import { processingDeclarations } from './processing-register.ts';

export function declaredRetention(
  config: Config,
  processing: ProcessingId,
  category: DataCategory,
): RetentionPeriod {
  const declaration = processingDeclarations.find((d) => d.id === processing);
  const rule = declaration?.retention(config).find((r) => r.categories.includes(category));
  if (!rule) throw new Error(`no retention declared for ${category} in ${processing}`);
  return rule.period;
}

export function declaredHours(config: Config, processing: ProcessingId, category: DataCategory): number {
  const period = declaredRetention(config, processing, category);
  if (!('hours' in period)) throw new Error(`the retention of ${category} in ${processing} is not in hours`);
  return period.hours;
}

export function declaredDays(config: Config, processing: ProcessingId, category: DataCategory): number {
  const period = declaredRetention(config, processing, category);
  if (!('days' in period)) throw new Error(`the retention of ${category} in ${processing} is not in days`);
  return period.days;
}

const sevenProcessor = 'seven communications GmbH & Co. KG (seven.io)';

/** The SMS provider as processor (GDPR art. 28), as the pack and the privacy page name it; null for the demo outbox. */
export function smsProcessorName(config: Config): string | null {
  if (config.sms.processorName) return config.sms.processorName;
  return config.sms.provider === 'seven' ? sevenProcessor : null;
}
