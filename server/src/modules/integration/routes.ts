/** The office round trip over HTTP: the issue register with booking state, bookings, and webhook deliveries. */
import {
  BookingRequestSchema,
  IssueRegisterDaySchema,
  IssueRegisterEntrySchema,
  PageLimit,
  PageOffset,
  UnbookedIssuesSchema,
  webhookDeliveryStatuses,
  WebhookDeliveryListSchema,
  type WebhookEventType,
} from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { issuesOfDay, markIssueBooked, unbookedIssues } from './issue-bookings.ts';
import { officeScopeOf } from '../privacy/office-scope.ts';
import { resendWebhook } from './resend-webhook.ts';
import { listWebhookDeliveries } from './webhook-deliveries-repository.ts';

const DocumentIdParams = Type.Object({ documentId: Type.String({ minLength: 1, maxLength: 64 }) });

export function integrationRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/register/day',
    {
      schema: {
        tags: ['register'],
        summary: 'The issue register of one local day, with each issue’s booking state',
        querystring: Type.Object(
          { date: Type.Optional(Type.String({ format: 'date' })) },
          { additionalProperties: false },
        ),
        response: { 200: IssueRegisterDaySchema },
      },
      preHandler: requireRoles(ctx, ['clerk', 'auditor']),
    },
    async (request) => issuesOfDay(ctx, request.query.date, officeScopeOf(principalOf(request))),
  );

  app.get(
    '/api/v1/register/unbooked',
    {
      schema: {
        tags: ['register'],
        summary: 'Issues still not booked in the specialist procedure after one working day',
        response: { 200: UnbookedIssuesSchema },
      },
      preHandler: requireRoles(ctx, ['clerk', 'auditor', 'integration']),
    },
    async (request) => unbookedIssues(ctx, officeScopeOf(principalOf(request))),
  );

  app.post(
    '/api/v1/register/issues/:documentId/booked',
    {
      schema: {
        tags: ['register'],
        summary: 'The issue is booked in the specialist procedure (its acknowledgement, or a clerk by hand)',
        description:
          'Idempotent: booking again answers the first booking. A token with the `integration` role books as ' +
          '`api`, a clerk as `manual`. 409 `document_not_issued` for a document that was not issued.',
        params: DocumentIdParams,
        body: BookingRequestSchema,
        response: { 200: IssueRegisterEntrySchema },
      },
      preHandler: requireRoles(ctx, ['integration', 'clerk']),
    },
    async (request) => {
      const principal = principalOf(request);
      const source =
        principal.actor.type === 'token' && principal.triggers.includes('integration') ? 'api' : 'manual';
      return markIssueBooked(
        ctx,
        request.params.documentId,
        source,
        principal,
        request.body.bookingReference,
      );
    },
  );

  app.get(
    '/api/v1/integration/webhook-deliveries',
    {
      schema: {
        tags: ['integration'],
        summary: 'Issue events sent to the specialist procedure, newest first, with their delivery state',
        querystring: Type.Object(
          {
            status: Type.Optional(Type.Enum(webhookDeliveryStatuses)),
            limit: PageLimit(200, 50),
            offset: PageOffset(),
          },
          { additionalProperties: false },
        ),
        response: { 200: WebhookDeliveryListSchema },
      },
      preHandler: requireRoles(ctx, ['clerk', 'auditor']),
    },
    async (request) => {
      const rows = await listWebhookDeliveries(ctx.db, request.query, officeScopeOf(principalOf(request)));
      return {
        configured: Boolean(ctx.config.integration.webhookUrl),
        items: rows.map((row) => ({
          id: row.id,
          eventType: row.event_type as WebhookEventType,
          documentId: row.document_id,
          reference: row.reference ?? null,
          status: row.status as (typeof webhookDeliveryStatuses)[number],
          attempts: Number(row.attempts),
          lastStatusCode: row.last_status_code === null ? null : Number(row.last_status_code),
          lastError: row.last_error,
          lastAttemptAt: row.last_attempt_at,
          deliveredAt: row.delivered_at,
          createdAt: row.created_at,
        })),
      };
    },
  );

  app.post(
    '/api/v1/integration/webhook-deliveries/:id/resend',
    {
      schema: {
        tags: ['integration'],
        summary: 'Send a given-up issue event again (same webhook-id); 409 unless it failed',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 80 }) }),
        response: { 202: Type.Object({ id: Type.String() }) },
      },
      preHandler: requireRoles(ctx, ['clerk']),
    },
    async (request, reply) => {
      await resendWebhook(ctx, request.params.id, principalOf(request));
      return reply.code(202).send({ id: request.params.id });
    },
  );
}
