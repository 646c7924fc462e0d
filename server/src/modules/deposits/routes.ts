/** Staff endpoints for deposited old documents: the loader's collection list, collecting, handing over. */
import {
  CollectDepositsResultSchema,
  CompartmentNumberParam,
  depositListFilters,
  OldDocumentDepositViewSchema,
} from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { auditDocumentRead } from '../privacy/audit-document-reads.ts';
import { officeScopeOf } from '../privacy/office-scope.ts';
import { collectDeposits, handOverDeposit, listOldDocumentDeposits } from './staff-deposits.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });

export function depositRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/old-document-deposits',
    {
      schema: {
        tags: ['deposits'],
        summary:
          'Old documents deposited at the boxes: to collect, collected, or handed over for cancellation',
        querystring: Type.Object(
          {
            status: Type.Optional(Type.Enum(depositListFilters)),
            boxId: Type.Optional(Id),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(OldDocumentDepositViewSchema) },
      },
      preHandler: requireRoles(ctx, ['loader', 'clerk', 'admin', 'auditor']),
    },
    async (request) => {
      const principal = principalOf(request);
      const deposits = await listOldDocumentDeposits(
        ctx,
        { status: request.query.status ?? 'to_collect', boxId: request.query.boxId },
        officeScopeOf(principal),
      );
      // The list names the holders: one audit entry naming the documents (modules/privacy/audit-document-reads.ts).
      await auditDocumentRead(ctx, principal, {
        action: 'documents.listed',
        view: 'old_document_deposits',
        documentIds: [...new Set(deposits.map((d) => d.documentId))],
        query: { ...request.query },
      });
      return deposits;
    },
  );

  app.post(
    '/api/v1/boxes/:id/deposit-compartments/:number/collect',
    {
      schema: {
        tags: ['deposits'],
        summary:
          'Unlock a deposit compartment to take out the old documents in it (recorded when it closes empty)',
        params: Type.Object({ id: Id, number: CompartmentNumberParam }),
        body: Type.Optional(Type.Object({}, { additionalProperties: false })),
        response: { 202: CollectDepositsResultSchema },
      },
      preHandler: requireRoles(ctx, ['loader', 'admin']),
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(await collectDeposits(ctx, request.params.id, request.params.number, principalOf(request))),
  );

  app.post(
    '/api/v1/old-document-deposits/:id/hand-over',
    {
      schema: {
        tags: ['deposits'],
        summary: 'Record that a collected old document was handed to the office for cancellation',
        params: Type.Object({ id: Id }),
        body: Type.Optional(Type.Object({}, { additionalProperties: false })),
        response: { 200: OldDocumentDepositViewSchema },
      },
      preHandler: requireRoles(ctx, ['clerk', 'admin', 'loader']),
    },
    async (request) => handOverDeposit(ctx, request.params.id, principalOf(request)),
  );
}
