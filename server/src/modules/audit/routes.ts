/** The audit log for auditors: browse entries and verify the hash chain. */
import {
  actorTypes,
  AuditEntryDetailSchema,
  AuditPageSchema,
  AuditSeqParam,
  AuditVerificationSchema,
  PageLimit,
} from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { getAuditEntry, listAuditEntries, verifyAuditChain } from './audit-queries.ts';

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
            actorType: Type.Optional(Type.Enum(actorTypes)),
            actorId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
            actorUsername: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
            documentId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
            /** The Vorgangsnummer: entries about every document registered under it. */
            reference: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            action: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            from: Type.Optional(Type.String({ format: 'date-time' })),
            to: Type.Optional(Type.String({ format: 'date-time' })),
            limit: PageLimit(500, 100),
            beforeSeq: Type.Optional(AuditSeqParam),
          },
          { additionalProperties: false },
        ),
        response: { 200: AuditPageSchema },
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
        response: { 200: AuditVerificationSchema },
      },
      preHandler: requireRoles(ctx, ['auditor', 'admin']),
      config: { rateLimit: { max: 6, timeWindow: '1 minute' } },
    },
    async () => verifyAuditChain(ctx),
  );

  app.get(
    '/api/v1/audit/entries/:seq',
    {
      schema: {
        tags: ['audit'],
        summary: 'One audit entry with its hash and the previous hash',
        params: Type.Object({ seq: AuditSeqParam }),
        response: { 200: AuditEntryDetailSchema },
      },
      preHandler: requireRoles(ctx, ['auditor', 'admin']),
    },
    async (request) => getAuditEntry(ctx, request.params.seq),
  );
}
