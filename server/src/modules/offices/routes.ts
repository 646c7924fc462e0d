/** Admin endpoints to create and change offices (`GET /api/v1/offices` is with the document types). */
import { NewOfficeSchema, OfficeChangeSchema, OfficeViewSchema } from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { createOffice, updateOffice } from './offices-admin.ts';

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export function officeAdminRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/offices',
    {
      schema: {
        tags: ['document-types'],
        summary: 'Create an office',
        body: NewOfficeSchema,
        response: { 201: OfficeViewSchema },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request, reply) =>
      reply.code(201).send(await createOffice(ctx, request.body, principalOf(request))),
  );

  app.patch(
    '/api/v1/offices/:id',
    {
      schema: {
        tags: ['document-types'],
        summary: "Change an office's name, short name or address",
        params: Params,
        body: OfficeChangeSchema,
        response: { 200: OfficeViewSchema },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request) => updateOffice(ctx, request.params.id, request.body, principalOf(request)),
  );
}
