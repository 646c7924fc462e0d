/** The public list of published suggestions with their answers: built from an explicit column list, no contact. */
import type { PublicSuggestionList, SuggestionStatus, SuggestionTopic } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { localSlot } from './zone-time.ts';
import { listPublishedSuggestions } from './suggestions-repository.ts';

export async function listPublicSuggestions(
  ctx: AppContext,
  query: { limit: number; offset: number },
  tenantId?: string,
): Promise<PublicSuggestionList> {
  const tz = ctx.config.zone.timezone;
  const { rows, total } = await listPublishedSuggestions(ctx.db, query, tenantId);
  return {
    total,
    items: rows.map((row) => ({
      reference: row.reference,
      text: row.text,
      topic: row.topic as SuggestionTopic | null,
      status: row.status as SuggestionStatus,
      publicAnswer: row.public_answer,
      submittedOn: localSlot(row.created_at, tz).date,
      answeredOn: row.answered_at ? localSlot(row.answered_at, tz).date : null,
    })),
  };
}
