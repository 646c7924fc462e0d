/** Transport lists over HTTP: clerks prepare a trip to a box; loaders and clerks read it and take documents back. */
import {
  PageLimit,
  TransportCandidateListSchema,
  TransportListCreateSchema,
  TransportListPageSchema,
  transportListStatuses,
  TransportListViewSchema,
  TransportTakeBackSchema,
} from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { createTransportList } from './create-transport-list.ts';
import { takeBackDocument } from './take-back-document.ts';
import { getTransportList, listTransportCandidates, listTransportLists } from './transport-list-views.ts';
import { officeScopeOf } from '../privacy/office-scope.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });

export function transportListRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/transport-lists',
    {
      schema: {
        tags: ['transport-lists'],
        summary: 'Transport lists (Übergabelisten), newest first, with their box and counts',
        querystring: Type.Object(
          { status: Type.Optional(Type.Enum(transportListStatuses)), limit: PageLimit(200, 50) },
          { additionalProperties: false },
        ),
        response: { 200: TransportListPageSchema },
      },
      preHandler: requireRoles(ctx, ['clerk', 'loader', 'auditor']),
    },
    async (request) => listTransportLists(ctx, request.query),
  );

  app.get(
    '/api/v1/transport-lists/candidates',
    {
      schema: {
        tags: ['transport-lists'],
        summary: 'Documents that may go on a new transport list (registered or ready, on no open list)',
        response: { 200: TransportCandidateListSchema },
      },
      preHandler: requireRoles(ctx, ['clerk']),
    },
    async (request) => listTransportCandidates(ctx, officeScopeOf(principalOf(request))),
  );

  app.post(
    '/api/v1/transport-lists',
    {
      schema: {
        tags: ['transport-lists'],
        summary: 'Prepare a transport list: the documents that go to a box on one trip',
        description:
          'Registered documents become ready for transport. 409 `transport_list_document_on_open_list` when a ' +
          'document already waits on an open list, `transport_list_document_not_ready` when it is past loading.',
        body: TransportListCreateSchema,
        response: { 201: TransportListViewSchema },
      },
      preHandler: requireRoles(ctx, ['clerk']),
    },
    async (request, reply) => {
      const id = await createTransportList(ctx, request.body, principalOf(request));
      reply.code(201);
      return getTransportList(ctx, id);
    },
  );

  app.get(
    '/api/v1/transport-lists/:id',
    {
      schema: {
        tags: ['transport-lists'],
        summary: 'One transport list with each document, its compartment, loaders and times',
        params: Type.Object({ id: Id }),
        response: { 200: TransportListViewSchema },
      },
      preHandler: requireRoles(ctx, ['clerk', 'loader', 'auditor']),
    },
    async (request) => getTransportList(ctx, request.params.id, officeScopeOf(principalOf(request))),
  );

  app.post(
    '/api/v1/transport-lists/:id/items/:documentId/take-back',
    {
      schema: {
        tags: ['transport-lists'],
        summary: 'Take a document that waits on an open list back to the office, with a reason',
        params: Type.Object({ id: Id, documentId: Id }),
        body: TransportTakeBackSchema,
        response: { 200: TransportListViewSchema },
      },
      preHandler: requireRoles(ctx, ['clerk', 'loader']),
    },
    async (request) => {
      await takeBackDocument(
        ctx,
        request.params.id,
        request.params.documentId,
        request.body,
        principalOf(request),
      );
      return getTransportList(ctx, request.params.id);
    },
  );
}
