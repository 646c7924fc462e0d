/**
 * SMS routes: the gateway's delivery-status webhook, the staff view of a document's SMS, and (demo with the
 * outbox provider only) the outbox page and its JSON twin.
 */
import { DocumentSmsListSchema, IntegerParam } from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import type { App } from '../../http/app-types.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import { assertDocumentInScope } from '../privacy/office-scope.ts';
import { listDocumentSms } from './list-document-sms.ts';
import { demoPickups } from '../../demo/demo-pickups.ts';
import { renderOutboxPage } from './outbox-page.ts';
import { receiveSmsStatus, smsStatusPath } from './receive-sms-status.ts';
import { listDemoInbox } from './sms-repository.ts';

const webhookBodyLimit = 64 * 1024;

export function smsRoutes(app: App, ctx: AppContext): void {
  // The signature covers the exact bytes the gateway sent, so this route gets the raw body as a string. The
  // parser lives in its own encapsulated scope and changes nothing for the other routes.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: webhookBodyLimit },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      smsStatusPath,
      {
        schema: {
          tags: ['sms'],
          summary: 'Delivery report from the SMS gateway (signed, see docs/sms.md)',
          response: {
            200: Type.Object({
              result: Type.Union([
                Type.Literal('updated'),
                Type.Literal('unchanged'),
                Type.Literal('ignored'),
              ]),
            }),
          },
        },
        bodyLimit: webhookBodyLimit,
        config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
      },
      async (request) => ({
        result: await receiveSmsStatus(ctx, {
          method: request.method,
          headers: request.headers,
          rawBody: typeof request.body === 'string' ? request.body : '',
        }),
      }),
    );
  });

  app.get(
    '/api/v1/documents/:id/sms',
    {
      schema: {
        tags: ['sms'],
        summary: 'Status of every SMS sent for a document (never the text; the number masked)',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 200: DocumentSmsListSchema },
      },
      preHandler: requireRoles(ctx, ['clerk', 'zone', 'auditor']),
    },
    async (request) => {
      await assertDocumentInScope(ctx.db, principalOf(request), request.params.id);
      return listDocumentSms(ctx, request.params.id);
    },
  );

  if (ctx.config.mode !== 'demo' || ctx.config.sms.provider !== 'outbox') return;

  app.get('/outbox', { schema: { hide: true } }, async (_request, reply) => {
    const entries = await listDemoInbox(ctx.db, { limit: 200 });
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(renderOutboxPage(entries, ctx.config.zone.timezone, ctx.config.demo.seed ? demoPickups() : []));
  });

  app.get(
    '/api/v1/dev/outbox',
    {
      schema: {
        tags: ['dev'],
        summary: 'Demo only: SMS the outbox provider stored, newest first (for API-only flows and tests)',
        querystring: Type.Object(
          {
            to: Type.Optional(Type.String({ pattern: '^\\+[1-9][0-9]{6,14}$' })),
            limit: Type.Optional(IntegerParam({ minimum: 1, maximum: 200 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            messages: Type.Array(
              Type.Object({
                id: Type.String(),
                to: Type.String(),
                from: Type.String(),
                text: Type.String(),
                receivedAt: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async (request, reply) => {
      const rows = await listDemoInbox(ctx.db, { to: request.query.to, limit: request.query.limit ?? 50 });
      reply.header('cache-control', 'no-store');
      return {
        messages: rows.map((row) => ({
          id: row.id,
          to: row.recipient,
          from: row.sender,
          text: row.body,
          receivedAt: row.created_at,
        })),
      };
    },
  );
}
