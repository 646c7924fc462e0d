/**
 * The documents waiting in a box for their citizen (state `notified`) with what the expiry and reminder passes
 * need, and their deadlines computed from the box calendar as it stands now (outages added later included).
 */
import type { AppContext } from '../../context.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { loadBoxCalendar } from '../calendar/box-calendar-repository.ts';
import { localDateOf, type BoxCalendar } from '../calendar/box-calendar.ts';
import { deadlineFromCalendar } from '../calendar/pickup-window.ts';

export interface WaitingDocument {
  id: string;
  boxId: string;
  notifiedAt: string;
  reminderSentAt: string | null;
  windowOpeningDays: number;
}

export async function listWaitingDocuments(
  db: DbOrTrx,
  defaultWindowOpeningDays: number,
  options: { withoutReminderOnly?: boolean } = {},
): Promise<WaitingDocument[]> {
  let query = db
    .selectFrom('documents')
    .innerJoin('document_types', 'document_types.id', 'documents.type_id')
    .select([
      'documents.id',
      'documents.box_id',
      'documents.notified_at',
      'documents.reminder_sent_at',
      'documents.window_opening_days as document_window_opening_days',
      'document_types.window_opening_days',
    ])
    .where('documents.state', '=', 'notified')
    .where('documents.box_id', 'is not', null)
    .where('documents.notified_at', 'is not', null);
  if (options.withoutReminderOnly) query = query.where('documents.reminder_sent_at', 'is', null);
  const rows = await query.orderBy('documents.notified_at').execute();
  return rows.map((r) => ({
    id: r.id,
    boxId: r.box_id!,
    notifiedAt: r.notified_at!,
    reminderSentAt: r.reminder_sent_at,
    // The window copied at registration; documents registered before that copy existed follow their type.
    windowOpeningDays: Number(
      r.document_window_opening_days ?? r.window_opening_days ?? defaultWindowOpeningDays,
    ),
  }));
}

export interface DocumentWithDeadline extends WaitingDocument {
  calendar: BoxCalendar;
  /** null when the box has no opening day ahead at all (the window cannot end; logged, left alone). */
  deadline: string | null;
}

/**
 * Adds each document's current deadline; loads every box's calendar once. The deadline depends only on the box,
 * the local date of notification and the window length, so it is computed once per such triple: a box with
 * thousands of waiting documents costs a handful of calendar walks, not thousands.
 */
export async function withDeadlines(
  ctx: Pick<AppContext, 'db' | 'log'>,
  documents: readonly WaitingDocument[],
  nowIso: string,
): Promise<DocumentWithDeadline[]> {
  const calendars = new Map<string, BoxCalendar>();
  const deadlines = new Map<string, string | null>();
  const result: DocumentWithDeadline[] = [];
  for (const document of documents) {
    let calendar = calendars.get(document.boxId);
    if (!calendar) {
      const earliest = documents
        .filter((d) => d.boxId === document.boxId)
        .reduce((min, d) => (d.notifiedAt < min ? d.notifiedAt : min), document.notifiedAt);
      calendar = await loadBoxCalendar(ctx.db, document.boxId, { sinceIso: earliest });
      calendars.set(document.boxId, calendar);
    }
    const key = `${document.boxId}|${localDateOf(document.notifiedAt, calendar.timezone)}|${document.windowOpeningDays}`;
    let deadline = deadlines.get(key);
    if (deadline === undefined) {
      deadline = null;
      try {
        deadline = deadlineFromCalendar(calendar, document.notifiedAt, document.windowOpeningDays, nowIso);
      } catch (error) {
        ctx.log.warn({ err: error, documentId: document.id, boxId: document.boxId }, 'no pickup deadline');
      }
      deadlines.set(key, deadline);
    }
    result.push({ ...document, calendar, deadline });
  }
  return result;
}
