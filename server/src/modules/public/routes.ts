/**
 * The public site's endpoints (no login): the DokBox locations with opening hours, and the document status
 * lookup. Thin: schema in, one use case, schema out.
 */
import { requestTenantId } from '../tenants/tenant-scope.ts';
import {
  DocumentStatusAnswerSchema,
  DocumentStatusLookupBodySchema,
  PublicBoxesSchema,
  PublicDocumentTypesSchema,
} from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { App } from '../../http/app-types.ts';
import { listPublicBoxes, publicBoxesCacheSeconds } from './list-public-boxes.ts';
import { listPublicDocumentTypes } from './list-public-document-types.ts';
import { lookupDocumentStatus } from './lookup-document-status.ts';

export function publicRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/public/boxes',
    {
      schema: {
        tags: ['public'],
        summary: 'The DokBox locations: where, weekly hours, special closures, open now (no login)',
        response: { 200: PublicBoxesSchema },
      },
      config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      reply.header('cache-control', `public, max-age=${publicBoxesCacheSeconds}`);
      return listPublicBoxes(ctx, await requestTenantId(ctx, request));
    },
  );

  app.get(
    '/api/v1/public/document-types',
    {
      schema: {
        tags: ['public'],
        summary: 'Document types with the extra check the box asks for and the pickup window (no login)',
        response: { 200: PublicDocumentTypesSchema },
      },
      config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
    },
    async (_request, reply) => {
      reply.header('cache-control', `public, max-age=${publicBoxesCacheSeconds}`);
      return listPublicDocumentTypes(ctx);
    },
  );

  app.post(
    '/api/v1/public/document-status',
    {
      schema: {
        tags: ['public'],
        summary: 'Is my document ready? Reference number plus mobile number → a coarse status (no login)',
        description:
          'Unknown references and numbers that do not match get the same answer `not_found`. ' +
          'Limited per caller and per reference: 429 `status_lookup_throttled` with Retry-After.',
        body: DocumentStatusLookupBodySchema,
        response: { 200: DocumentStatusAnswerSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return lookupDocumentStatus(ctx, request.body, request.ip);
    },
  );
}
