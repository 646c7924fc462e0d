/** Document types with their pickup policy (read by all staff, changed by admins) and the list of offices. */
import { requestTenantId } from '../tenants/tenant-scope.ts';
import {
  DocumentTypeChangeSchema,
  DocumentTypeViewSchema,
  NewDocumentTypeSchema,
  OfficeViewSchema,
  staffRoles,
} from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import {
  createDocumentType,
  getDocumentType,
  listDocumentTypes,
  listOffices,
  updateDocumentType,
} from './document-types-service.ts';

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export function documentTypeRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/document-types',
    {
      schema: {
        tags: ['document-types'],
        summary: 'Document types with size and pickup policy',
        response: { 200: Type.Array(DocumentTypeViewSchema) },
      },
      preHandler: requireRoles(ctx, staffRoles),
    },
    async () => listDocumentTypes(ctx),
  );

  app.get(
    '/api/v1/document-types/:id',
    {
      schema: {
        tags: ['document-types'],
        summary: 'One document type',
        params: Params,
        response: { 200: DocumentTypeViewSchema },
      },
      preHandler: requireRoles(ctx, staffRoles),
    },
    async (request) => getDocumentType(ctx, request.params.id),
  );

  app.post(
    '/api/v1/document-types',
    {
      schema: {
        tags: ['document-types'],
        summary: 'Create a document type',
        body: NewDocumentTypeSchema,
        response: { 201: DocumentTypeViewSchema },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request, reply) =>
      reply.code(201).send(await createDocumentType(ctx, request.body, principalOf(request))),
  );

  app.patch(
    '/api/v1/document-types/:id',
    {
      schema: {
        tags: ['document-types'],
        summary: "Change a type's name, size or pickup policy (registered documents keep their policy)",
        params: Params,
        body: DocumentTypeChangeSchema,
        response: { 200: DocumentTypeViewSchema },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request) => updateDocumentType(ctx, request.params.id, request.body, principalOf(request)),
  );

  app.get(
    '/api/v1/offices',
    {
      schema: {
        tags: ['document-types'],
        summary: 'Offices that register documents',
        response: { 200: Type.Array(OfficeViewSchema) },
      },
      preHandler: requireRoles(ctx, staffRoles),
    },
    async (request) => listOffices(ctx, await requestTenantId(ctx, request)),
  );
}
