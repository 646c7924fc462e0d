/** The office register export of issued documents (staff and integrations). */
import { Readable } from 'node:stream';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import { auditDocumentRead } from '../privacy/audit-document-reads.ts';
import { officeScopeOf } from '../privacy/office-scope.ts';
import type { App } from '../../http/app-types.ts';
import { issueRegisterCsv, issueRegisterJson, parseIssueRange, registerFileName } from './issue-register.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

/**
 * The body is streamed as text pieces; Fastify passes streams through untouched, so the response schema above
 * documents the JSON shape in the OpenAPI document without being used to serialise it.
 */
const streamed = (pieces: AsyncIterable<string>) => Readable.from(pieces) as never;

export function registerRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/register/issues',
    {
      schema: {
        tags: ['register'],
        summary: 'Documents issued in a time range, with the exact issue time (CSV or JSON, streamed)',
        description:
          'Range [from, to) as ISO-8601 date-times with offset, at most 366 days. `format=csv` gives RFC 4180 CSV ' +
          'with German headings as a download; `format=json` (default) gives `{ from, to, items, count }`.',
        querystring: Type.Object(
          {
            from: Type.String({ format: 'date-time' }),
            to: Type.String({ format: 'date-time' }),
            format: Type.Union([Type.Literal('json'), Type.Literal('csv')], { default: 'json' }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            from: Type.String(),
            to: Type.String(),
            items: Type.Array(
              Type.Object({
                issuedAt: Type.String(),
                documentId: Type.String(),
                reference: Type.String(),
                documentType: Type.String(),
                office: Type.String(),
                box: Nullable(Type.String()),
                compartmentNumber: Nullable(Type.Integer()),
                method: Type.Union([
                  Type.Literal('pickup_code'),
                  Type.Literal('staff_reconciled'),
                  Type.Literal('unknown'),
                ]),
                pinLetterConfirmedAt: Nullable(Type.String()),
                checksPassed: Type.Array(Type.String()),
              }),
            ),
            count: Type.Integer(),
          }),
        },
      },
      preHandler: requireRoles(ctx, ['clerk', 'auditor', 'admin', 'integration']),
    },
    async (request, reply) => {
      const range = parseIssueRange(request.query.from, request.query.to);
      const principal = principalOf(request);
      const scope = officeScopeOf(principal);
      // An export is one audit entry with its query, not every document (modules/privacy/audit-document-reads.ts).
      await auditDocumentRead(ctx, principal, {
        action: 'documents.exported',
        view: 'register_issues',
        query: { from: range.from, to: range.to, format: request.query.format },
      });
      reply.header('cache-control', 'no-store');
      if (request.query.format === 'csv') {
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${registerFileName(range)}.csv"`);
        return reply.send(streamed(issueRegisterCsv(ctx, range, scope)));
      }
      reply.type('application/json; charset=utf-8');
      return reply.send(streamed(issueRegisterJson(ctx, range, scope)));
    },
  );
}
