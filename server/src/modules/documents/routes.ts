/** Staff endpoints for documents: register, find, look at one, and the office's simple actions. */
import {
  DocumentBatchResultSchema,
  DocumentBatchSchema,
  DocumentRegistrationSchema,
  documentStates,
  DocumentViewSchema,
  PageLimit,
  PageOffset,
} from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { auditDocumentRead } from '../privacy/audit-document-reads.ts';
import { documentInScope, officeScopeOf } from '../privacy/office-scope.ts';
import { presentDocument } from './document-presenter.ts';
import { listDocuments } from './documents-repository.ts';
import { applyOfficeAction, officeActions, type OfficeAction } from './office-actions.ts';
import { registerDocumentIdempotently } from './register-document.ts';
import { registerDocumentsBatch } from './register-documents-batch.ts';
import type { DocumentRow } from './transition-document.ts';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export function documentRoutes(app: App, ctx: AppContext): void {
  const compartmentNumberOf = async (row: DocumentRow) => {
    if (!row.compartment_id) return null;
    const c = await ctx.db
      .selectFrom('compartments')
      .select('number')
      .where('id', '=', row.compartment_id)
      .executeTakeFirst();
    return c ? Number(c.number) : null;
  };

  app.post(
    '/api/v1/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Register a finished document for box pickup (idempotent by office and reference)',
        description:
          'The same registration again (same office, reference and content) answers 200 with the existing ' +
          'document; other content while a document of that reference is open answers 409 `duplicate_reference`.',
        body: DocumentRegistrationSchema,
        response: { 200: DocumentViewSchema, 201: DocumentViewSchema },
      },
      preHandler: requireRoles(ctx, ['clerk', 'integration']),
    },
    async (request, reply) => {
      const { document, created } = await registerDocumentIdempotently(
        ctx,
        request.body,
        principalOf(request),
      );
      return reply
        .code(created ? 201 : 200)
        .send(presentDocument(document, await compartmentNumberOf(document)));
    },
  );

  app.post(
    '/api/v1/documents/batch',
    {
      schema: {
        tags: ['documents'],
        summary: "Register a day's documents: a result per document (registered, existing or failed)",
        body: DocumentBatchSchema,
        response: { 200: DocumentBatchResultSchema },
      },
      preHandler: requireRoles(ctx, ['clerk', 'integration']),
    },
    async (request) => registerDocumentsBatch(ctx, request.body.documents, principalOf(request)),
  );

  app.get(
    '/api/v1/documents',
    {
      schema: {
        tags: ['documents'],
        querystring: Type.Object(
          {
            state: Type.Optional(Type.Enum(documentStates)),
            reference: Type.Optional(Type.String({ maxLength: 64 })),
            holderName: Type.Optional(Type.String({ maxLength: 200 })),
            officeId: Type.Optional(Type.String({ maxLength: 64 })),
            boxId: Type.Optional(Type.String({ maxLength: 64 })),
            limit: PageLimit(200, 50),
            offset: PageOffset(),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(DocumentViewSchema) }) },
      },
      preHandler: requireRoles(ctx, ['clerk', 'loader', 'zone', 'auditor']),
    },
    async (request) => {
      const principal = principalOf(request);
      const rows = await listDocuments(ctx.db, request.query, officeScopeOf(principal));
      await auditDocumentRead(ctx, principal, {
        action: 'documents.listed',
        view: 'documents',
        documentIds: rows.map((row) => row.id),
        query: { ...request.query },
      });
      return {
        items: rows.map(({ compartment_number, ...row }) =>
          presentDocument(row, compartment_number === null ? null : Number(compartment_number)),
        ),
      };
    },
  );

  app.get(
    '/api/v1/documents/:id',
    {
      schema: { tags: ['documents'], params: IdParams, response: { 200: DocumentViewSchema } },
      preHandler: requireRoles(ctx, ['clerk', 'loader', 'zone', 'auditor']),
    },
    async (request) => {
      const principal = principalOf(request);
      const row = await documentInScope(ctx.db, principal, request.params.id);
      await auditDocumentRead(ctx, principal, { action: 'document.viewed', documentId: row.id });
      return presentDocument(row, await compartmentNumberOf(row));
    },
  );

  for (const action of Object.keys(officeActions) as OfficeAction[]) {
    app.post(
      `/api/v1/documents/:id/${action}`,
      {
        schema: {
          tags: ['documents'],
          summary: `Office action: ${action}`,
          params: IdParams,
          body: Type.Object(
            { note: Type.Optional(Type.String({ maxLength: 500 })) },
            { additionalProperties: false },
          ),
          response: { 200: DocumentViewSchema },
        },
        preHandler: requireRoles(ctx, ['clerk', 'loader']),
      },
      async (request) => {
        const row = await applyOfficeAction(
          ctx,
          request.params.id,
          action,
          principalOf(request),
          request.body.note,
        );
        return presentDocument(row, await compartmentNumberOf(row));
      },
    );
  }
}
