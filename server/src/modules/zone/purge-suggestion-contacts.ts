/**
 * The retention pass for suggestions: contact data goes `zone.suggestionContactDaysAfterAnswer` days after the
 * zone answered (answered, implemented or declined), and at the latest `zone.suggestionContactMaxDays` days after
 * it came in; IP hashes (rate limit only) go after one day. One audit entry per pass that changed anything.
 */
import type { AppContext } from '../../context.ts';
import { addMs } from '../../platform/clock.ts';
import { recordAudit, systemActor } from '../audit/audit-service.ts';
import { answeredStatuses } from './suggestion-rules.ts';
import { forgetIpHashes, purgeContacts } from './suggestions-repository.ts';

const dayMs = 86_400_000;

export async function purgeSuggestionContacts(
  ctx: AppContext,
): Promise<{ contacts: number; ipHashes: number }> {
  const now = ctx.clock.now().toISOString();
  const settings = ctx.config.zone;
  return ctx.db.transaction().execute(async (trx) => {
    const contacts = await purgeContacts(trx, now, {
      answeredBefore: addMs(now, -settings.suggestionContactDaysAfterAnswer * dayMs),
      createdBefore: addMs(now, -settings.suggestionContactMaxDays * dayMs),
      answeredStatuses,
    });
    const ipHashes = await forgetIpHashes(trx, addMs(now, -dayMs));
    if (contacts > 0) {
      await recordAudit(trx, now, {
        actor: systemActor,
        action: 'suggestion.purge_contacts',
        entityType: 'suggestion',
        entityId: null,
        data: { count: contacts },
      });
    }
    return { contacts, ipHashes };
  });
}
