/**
 * A document's full custody timeline for the office (issue 16): its lifecycle steps from the audit log
 * (registration, transport, loading, notification, pickup, return, reconcile), the custody entries written on it
 * (occupancy changes, refused empty pickups, remote openings with reason and both names), and the door openings
 * and closings of its compartment that the box reported for it. Only these fields leave the log here.
 */
import type { CustodyTimelineEntry } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../platform/errors.ts';
import { findDocumentById } from '../documents/documents-repository.ts';

/** Compartment entries that belong in a document's timeline when they name the document. */
const compartmentActions = ['compartment.door_opened', 'compartment.door_closed', 'compartment.fault'];
const limit = 1000;

export async function custodyTimeline(ctx: AppContext, documentId: string): Promise<CustodyTimelineEntry[]> {
  const document = await findDocumentById(ctx.db, documentId);
  if (!document) throw notFound('document_not_found');
  const select = [
    'audit_log.seq',
    'audit_log.at',
    'audit_log.action',
    'audit_log.actor_type',
    'audit_log.data',
    'staff_users.display_name',
  ] as const;
  const base = () =>
    ctx.db
      .selectFrom('audit_log')
      .leftJoin('staff_users', (join) =>
        join.onRef('staff_users.id', '=', 'audit_log.actor_id').on('audit_log.actor_type', '=', 'staff'),
      )
      .select(select);
  const own = await base()
    .where('audit_log.entity_type', '=', 'document')
    .where('audit_log.entity_id', '=', documentId)
    .orderBy('audit_log.seq', 'asc')
    .limit(limit)
    .execute();
  // The compartment's door entries since the document was registered, kept where they name this document.
  const doors = document.compartment_id
    ? (
        await base()
          .where('audit_log.entity_type', '=', 'compartment')
          .where('audit_log.entity_id', '=', document.compartment_id)
          .where('audit_log.action', 'in', compartmentActions)
          .where('audit_log.at', '>=', document.created_at)
          .orderBy('audit_log.seq', 'asc')
          .limit(limit)
          .execute()
      ).filter((row) => parse(row.data).documentId === documentId)
    : [];
  const rows = [...own, ...doors].sort((a, b) => Number(a.seq) - Number(b.seq));

  // Second people are recorded by id (four-eyes loading) or by name (remote opening).
  const secondIds = new Set<string>();
  for (const row of rows) {
    const id = parse(row.data).secondLoader;
    if (typeof id === 'string') secondIds.add(id);
  }
  const names = new Map<string, string>();
  if (secondIds.size > 0) {
    const staff = await ctx.db
      .selectFrom('staff_users')
      .select(['id', 'display_name'])
      .where('id', 'in', [...secondIds])
      .execute();
    for (const s of staff) names.set(s.id, s.display_name);
  }

  return rows.map((row) => {
    const data = parse(row.data);
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    const number = typeof data.compartment === 'number' ? data.compartment : data.number;
    const secondId = text(data.secondLoader);
    return {
      seq: Number(row.seq),
      at: row.at,
      action: row.action,
      actorType: row.actor_type,
      actorName: text(data.openedByName) ?? row.display_name ?? null,
      secondActorName: text(data.secondLoaderName) ?? (secondId ? (names.get(secondId) ?? null) : null),
      from: text(data.from),
      to: text(data.to),
      reason: text(data.reason) ?? text(data.outcome) ?? text(data.fault),
      note: text(data.note),
      compartment: typeof number === 'number' ? number : null,
      occupied: typeof data.occupied === 'boolean' ? data.occupied : null,
    };
  });
}

function parse(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
