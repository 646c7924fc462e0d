/** Endpoints of the 360° tours: public reading of published tours, authoring (zone, admin) with drafts. */
import { requestTenantId } from '../tenants/tenant-scope.ts';
import {
  TourCreateBodySchema,
  TourListSchema,
  TourSchema,
  TourUpdateBodySchema,
} from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { mapAuthors } from '../map/routes.ts';
import { createTour, deleteTour, getTour, listTours, updateTour } from './tour-service.ts';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 80 }) });
const publicRead = { rateLimit: { max: 600, timeWindow: '1 minute' } };

export function tourRoutes(app: App, ctx: AppContext): void {
  const authors = { preHandler: requireRoles(ctx, mapAuthors) };

  app.get(
    '/api/v1/tours',
    {
      schema: { tags: ['tour'], summary: 'Published tours (public)', response: { 200: TourListSchema } },
      config: publicRead,
    },
    async (request, reply) => {
      // Always asked again: a hotspot published in the office shows the next time a kiosk opens the tour.
      reply.header('cache-control', 'no-cache');
      return listTours(ctx, true, await requestTenantId(ctx, request));
    },
  );

  app.get(
    '/api/v1/tours/:id',
    {
      schema: {
        tags: ['tour'],
        summary: 'One published tour with rooms, hotspots and links (public)',
        params: IdParams,
        response: { 200: TourSchema },
      },
      config: publicRead,
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-cache');
      return getTour(ctx, request.params.id, true);
    },
  );

  app.get(
    '/api/v1/office/tours',
    {
      ...authors,
      schema: { tags: ['tour'], summary: 'All tours, drafts included', response: { 200: TourListSchema } },
    },
    async (request) => listTours(ctx, false, await requestTenantId(ctx, request)),
  );

  app.get(
    '/api/v1/office/tours/:id',
    {
      ...authors,
      schema: {
        tags: ['tour'],
        summary: 'One tour, draft or published (preview)',
        params: IdParams,
        response: { 200: TourSchema },
      },
    },
    async (request) => getTour(ctx, request.params.id, false),
  );

  app.post(
    '/api/v1/office/tours',
    {
      ...authors,
      schema: {
        tags: ['tour'],
        summary: 'Start a new tour (a draft without rooms)',
        body: TourCreateBodySchema,
        response: { 201: TourSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createTour(ctx, principalOf(request), request.body.title)),
  );

  app.put(
    '/api/v1/office/tours/:id',
    {
      ...authors,
      schema: {
        tags: ['tour'],
        summary:
          'Save a tour as a whole (texts, rooms, hotspots, links, draft/published) with the version read',
        params: IdParams,
        body: TourUpdateBodySchema,
        response: { 200: TourSchema },
      },
    },
    async (request) =>
      updateTour(ctx, principalOf(request), request.params.id, request.body.tour, request.body.version),
  );

  app.delete(
    '/api/v1/office/tours/:id',
    { ...authors, schema: { tags: ['tour'], summary: 'Delete a tour', params: IdParams } },
    async (request, reply) => {
      await deleteTour(ctx, principalOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
