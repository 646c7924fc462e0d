/**
 * The document types and the extra check the box asks for each, for the site's "what to bring": the town's
 * configuration as it stands, so the page never promises less or more than the box checks. No login.
 */
import type { PublicDocumentTypes } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { listDocumentTypeRows } from './public-repository.ts';

export async function listPublicDocumentTypes(ctx: AppContext): Promise<PublicDocumentTypes> {
  const rows = await listDocumentTypeRows(ctx.db);
  return {
    documentTypes: rows.map((row) => ({
      id: row.id,
      name: row.name,
      check: row.pickup_check,
      windowOpeningDays:
        row.window_opening_days === null
          ? ctx.config.pickup.windowOpeningDays
          : Number(row.window_opening_days),
    })),
  };
}
