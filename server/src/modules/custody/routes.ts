/** Chain of custody endpoints: a document's custody timeline, and the custody reconciliation (latest, run now). */
import {
  CustodyReconciliationLatestSchema,
  CustodyReconciliationViewSchema,
  CustodyTimelineEntrySchema,
} from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { custodyTimeline } from './custody-timeline.ts';
import { latestCustodyReconciliation, runCustodyReconciliationNow } from './reconcile-custody.ts';
import { assertDocumentInScope } from '../privacy/office-scope.ts';

const readers = ['clerk', 'loader', 'zone', 'auditor'] as const;

export function custodyRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/documents/:id/custody',
    {
      schema: {
        tags: ['documents'],
        summary:
          "A document's custody timeline: lifecycle steps, door openings and occupancy changes of its compartment, " +
          'remote openings with reason and both names, refused empty pickups, reconcile',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 200: Type.Array(CustodyTimelineEntrySchema) },
      },
      preHandler: requireRoles(ctx, readers),
    },
    async (request) => {
      // Another office's document answers 404 like an unknown one (data protection by office).
      await assertDocumentInScope(ctx.db, principalOf(request), request.params.id);
      return custodyTimeline(ctx, request.params.id);
    },
  );

  app.get(
    '/api/v1/custody/reconciliations/latest',
    {
      schema: {
        tags: ['custody'],
        summary: 'The latest custody reconciliation (daily or run by staff) with its differences',
        response: { 200: CustodyReconciliationLatestSchema },
      },
      preHandler: requireRoles(ctx, readers),
    },
    async () => ({ latest: await latestCustodyReconciliation(ctx) }),
  );

  app.post(
    '/api/v1/custody/reconciliations',
    {
      schema: {
        tags: ['custody'],
        summary: 'Run the custody reconciliation now: documents per state against compartments seen occupied',
        response: { 200: CustodyReconciliationViewSchema },
      },
      preHandler: requireRoles(ctx, ['loader', 'zone']),
    },
    async (request) => runCustodyReconciliationNow(ctx, principalOf(request)),
  );
}
