/** The office dashboard's figures (any staff role) and the live event stream that keeps them fresh. */
import { DashboardSchema, staffRoles } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import { officeScopeOf } from '../privacy/office-scope.ts';
import type { App } from '../../http/app-types.ts';
import { liveRoutes } from '../live/routes.ts';
import { loadDashboard } from './dashboard.ts';

export function dashboardRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Documents to load / waiting / to collect / issued today, boxes, SMS trouble, open alerts',
        response: { 200: DashboardSchema },
      },
      preHandler: requireRoles(ctx, staffRoles),
    },
    async (request) => loadDashboard(ctx, officeScopeOf(principalOf(request)), principalOf(request)),
  );
  liveRoutes(app, ctx);
}
