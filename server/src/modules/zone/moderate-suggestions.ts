/**
 * Zone staff work on suggestions: list them (with contact data until it is purged), move them through the
 * moderation states with a public answer, publish or unpublish them. Every change is one audited transaction;
 * a stale version (someone else changed it meanwhile) is a 409.
 */
import type {
  StaffSuggestion,
  StaffSuggestionList,
  SuggestionSource,
  SuggestionStatus,
  SuggestionTopic,
  UpdateSuggestionBody,
} from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { answeredStatuses, mayMoveSuggestion } from './suggestion-rules.ts';
import {
  findSuggestion,
  listSuggestions,
  updateSuggestion,
  type SuggestionRow,
} from './suggestions-repository.ts';

export function staffSuggestionView(row: SuggestionRow): StaffSuggestion {
  const hasContact = row.contact_name !== null || row.contact_email !== null || row.contact_phone !== null;
  return {
    id: row.id,
    reference: row.reference,
    text: row.text,
    topic: row.topic as SuggestionTopic | null,
    source: row.source as SuggestionSource,
    status: row.status as SuggestionStatus,
    publicAnswer: row.public_answer,
    published: row.published === 1,
    contact: hasContact
      ? { name: row.contact_name, email: row.contact_email, phone: row.contact_phone }
      : null,
    contactPurged: row.contact_purged_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    statusChangedAt: row.status_changed_at,
    answeredAt: row.answered_at,
    version: row.version,
  };
}

export async function listStaffSuggestions(
  ctx: AppContext,
  query: { status?: SuggestionStatus; limit: number; offset: number },
  tenantId?: string,
): Promise<StaffSuggestionList> {
  const { rows, total } = await listSuggestions(ctx.db, query, tenantId);
  return { items: rows.map(staffSuggestionView), total };
}

export async function getStaffSuggestion(ctx: AppContext, id: string): Promise<StaffSuggestion> {
  const row = await findSuggestion(ctx.db, id);
  if (!row) throw notFound('suggestion_not_found');
  return staffSuggestionView(row);
}

export async function updateStaffSuggestion(
  ctx: AppContext,
  id: string,
  body: UpdateSuggestionBody,
  principal: Principal,
): Promise<StaffSuggestion> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findSuggestion(trx, id);
    if (!row) throw notFound('suggestion_not_found');
    if (row.version !== body.version) throw conflict('suggestion_changed');
    const from = row.status as SuggestionStatus;
    const to = body.status ?? from;
    if (to !== from && !mayMoveSuggestion(from, to)) {
      throw conflict('suggestion_invalid_transition', { from, to });
    }
    const answer = body.publicAnswer === undefined ? row.public_answer : body.publicAnswer?.trim() || null;
    if (answeredStatuses.includes(to) && answer === null) throw badRequest('suggestion_answer_required');
    const published = body.published === undefined ? row.published === 1 : body.published;
    if (published && to === 'received') throw conflict('suggestion_not_reviewed');

    const changes: Partial<SuggestionRow> = { updated_at: now };
    if (to !== from) {
      changes.status = to;
      changes.status_changed_at = now;
      if (answeredStatuses.includes(to) && row.answered_at === null) changes.answered_at = now;
    }
    if (answer !== row.public_answer) changes.public_answer = answer;
    if (published !== (row.published === 1)) changes.published = published ? 1 : 0;
    if (Object.keys(changes).length === 1) return staffSuggestionView(row);

    if (!(await updateSuggestion(trx, id, row.version, changes))) throw conflict('suggestion_changed');
    await recordAudit(trx, now, {
      actor: principal.actor,
      action: 'suggestion.moderate',
      entityType: 'suggestion',
      entityId: id,
      data: {
        from,
        to,
        ...(changes.public_answer !== undefined ? { answerChanged: true } : {}),
        ...(changes.published !== undefined ? { published } : {}),
      },
    });
    return staffSuggestionView((await findSuggestion(trx, id))!);
  });
}
