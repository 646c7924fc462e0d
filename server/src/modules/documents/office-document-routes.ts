/** The office's extra document endpoints: CSV import and its template, a document's history. */
import {
  DocumentHistoryEntrySchema,
  DocumentImportResultSchema,
  PageLimit,
  PageOffset,
} from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { badRequest } from '../../platform/errors.ts';
import { assertDocumentInScope } from '../privacy/office-scope.ts';
import { documentHistory } from './document-history.ts';
import { importDocuments, importTemplateCsv, maxImportRows } from './import-documents.ts';

/** About 2000 rows of ordinary length; a larger file is refused as a whole (413). */
const maxCsvBytes = 1024 * 1024;

export function officeDocumentRoutes(app: App, ctx: AppContext): void {
  // Own scope, so the CSV body parser applies to these routes only.
  void app.register(async (scope: App) => {
    scope.addContentTypeParser(
      ['text/csv', 'text/plain'],
      { parseAs: 'string', bodyLimit: maxCsvBytes },
      (_request, body, done) => done(null, body),
    );

    scope.post(
      '/api/v1/documents/import',
      {
        bodyLimit: maxCsvBytes,
        schema: {
          tags: ['documents'],
          summary: 'Register documents from a CSV file, each row on its own, with a result per row',
          description:
            'Body: CSV text (`text/csv`, UTF-8, `;` or `,`), header row with the German headings of ' +
            '`GET /api/v1/documents/import/template` (or the API field names). Every row is registered in its ' +
            'own transaction; a bad row is reported (row number, column, German reason) and never stops the ' +
            `others. At most ${maxImportRows} rows. \`offset\`/\`limit\` import a slice of the rows ` +
            '(for progress in a browser); row numbers always count the whole file, the header being row 1.',
          querystring: Type.Object(
            {
              offset: PageOffset(maxImportRows),
              limit: PageLimit(maxImportRows, maxImportRows),
            },
            { additionalProperties: false },
          ),
          response: { 200: DocumentImportResultSchema },
        },
        preHandler: requireRoles(ctx, ['clerk']),
      },
      async (request) => {
        if (typeof request.body !== 'string') throw badRequest('import_csv_expected');
        return importDocuments(ctx, request.body, request.query, principalOf(request));
      },
    );
  });

  app.get(
    '/api/v1/documents/import/template',
    {
      schema: {
        tags: ['documents'],
        summary: 'The CSV template for the import (German headings, one example)',
      },
      preHandler: requireRoles(ctx, ['clerk']),
    },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="dokumente-vorlage.csv"')
        .header('cache-control', 'no-store')
        .send(importTemplateCsv()),
  );

  app.get(
    '/api/v1/documents/:id/history',
    {
      schema: {
        tags: ['documents'],
        summary: "A document's steps from the audit log: when, who, from which state to which, staff notes",
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 200: Type.Array(DocumentHistoryEntrySchema) },
      },
      preHandler: requireRoles(ctx, ['clerk', 'loader', 'zone', 'auditor']),
    },
    async (request) => {
      await assertDocumentInScope(ctx.db, principalOf(request), request.params.id);
      return documentHistory(ctx, request.params.id);
    },
  );
}
