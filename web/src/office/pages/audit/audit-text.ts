/** How the audit pages put an entry's actor and data into words. */
import type { AuditEntryView } from '@buergerpunkt/contracts';
import { t } from '../../../lib/i18n/i18n.svelte.ts';

/** "Clara (clerk)" for staff; otherwise the kind of actor and its id (a terminal, a box, the system). */
export function actorText(entry: Pick<AuditEntryView, 'actorType' | 'actorId' | 'actorName'>): string {
  if (entry.actorName) return entry.actorName;
  const kind = t(`office.audit.actorTypes.${entry.actorType}`);
  return entry.actorId ? `${kind} ${entry.actorId}` : kind;
}

/** A one-line view of an entry's data for the table; the entry's own page shows it in full. */
export function dataSummary(data: Record<string, unknown>, max = 160): string {
  const text = Object.entries(data)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
