/** The audit log for auditors: browse entries and verify the hash chain. */
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { listAuditEntries, verifyAuditChain } from './audit-queries.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

const ProblemKind = Type.Union([
  Type.Literal('hash_mismatch'),
  Type.Literal('broken_link'),
  Type.Literal('gap'),
  Type.Literal('head_mismatch'),
]);

export function auditRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit entries, newest first; page with beforeSeq = nextBeforeSeq',
        querystring: Type.Object(
          {
            entityType: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
            entityId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
            action: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            from: Type.Optional(Type.String({ format: 'date-time' })),
            to: Type.Optional(Type.String({ format: 'date-time' })),
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
            beforeSeq: Type.Optional(Type.Integer({ minimum: 1 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                seq: Type.Integer(),
                at: Type.String(),
                actorType: Type.String(),
                actorId: Nullable(Type.String()),
                action: Type.String(),
                entityType: Type.String(),
                entityId: Nullable(Type.String()),
                data: Type.Record(Type.String(), Type.Unknown()),
                hash: Type.String(),
              }),
            ),
            nextBeforeSeq: Nullable(Type.Integer()),
          }),
        },
      },
      preHandler: requireRoles(ctx, ['auditor', 'admin']),
    },
    async (request) => listAuditEntries(ctx, request.query),
  );

  app.get(
    '/api/v1/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Verify the whole hash chain and its head',
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            entries: Type.Integer(),
            problems: Type.Array(Type.Object({ seq: Type.Integer(), problem: ProblemKind })),
            verifiedAt: Type.String(),
          }),
        },
      },
      preHandler: requireRoles(ctx, ['auditor', 'admin']),
      config: { rateLimit: { max: 6, timeWindow: '1 minute' } },
    },
    async () => verifyAuditChain(ctx),
  );
}
