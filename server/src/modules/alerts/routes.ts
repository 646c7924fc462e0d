/** Staff endpoints for alerts: the open list, acknowledge and resolve. */
import { tenantIdOf } from '../tenants/tenant-scope.ts';
import { PageLimit, PageOffset } from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { listAlerts, markAlert } from './alerts-service.ts';

const alertRoles = ['zone', 'loader', 'admin'] as const;
const Id = Type.String({ minLength: 1, maxLength: 64 });

export const AlertSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  boxId: Type.Union([Type.String(), Type.Null()]),
  documentId: Type.Union([Type.String(), Type.Null()]),
  terminalId: Type.Union([Type.String(), Type.Null()]),
  data: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Type.String(),
  acknowledgedAt: Type.Union([Type.String(), Type.Null()]),
  acknowledgedBy: Type.Union([Type.String(), Type.Null()]),
  resolvedAt: Type.Union([Type.String(), Type.Null()]),
  resolvedBy: Type.Union([Type.String(), Type.Null()]),
});

export function alertRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/alerts',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Alerts for staff, newest first',
        querystring: Type.Object(
          {
            open: Type.Optional(Type.Boolean()),
            boxId: Type.Optional(Id),
            limit: PageLimit(500, 100),
            offset: PageOffset(),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(AlertSchema) },
      },
      preHandler: requireRoles(ctx, alertRoles),
    },
    async (request) => listAlerts(ctx, request.query, tenantIdOf(request.principal)),
  );

  for (const step of ['acknowledge', 'resolve'] as const) {
    app.post(
      `/api/v1/alerts/:id/${step}`,
      {
        schema: {
          tags: ['alerts'],
          summary: step === 'acknowledge' ? 'Take on an alert' : 'Close an alert',
          params: Type.Object({ id: Id }),
          response: { 200: AlertSchema },
        },
        preHandler: requireRoles(ctx, alertRoles),
      },
      async (request) => markAlert(ctx, request.params.id, step, principalOf(request)),
    );
  }
}
