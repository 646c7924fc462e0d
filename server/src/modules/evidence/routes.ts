/**
 * Evidence images for auditors only: the list and the image. Not for admins (who may otherwise do everything), not
 * for API tokens: a person with the auditor role, signed in, whose every view is audited. Images are never cached.
 */
import { EvidenceImageListSchema, PageLimit } from '@buergerpunkt/contracts';
import type { preHandlerAsyncHookHandler } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import { officeScopeOf } from '../privacy/office-scope.ts';
import type { App } from '../../http/app-types.ts';
import { forbidden } from '../../platform/errors.ts';
import { listEvidenceImages, viewEvidenceImage } from './evidence-images-service.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });

/** A signed-in staff member holding the auditor role itself (requireRoles lets admins through everywhere). */
function requireAuditor(ctx: AppContext): preHandlerAsyncHookHandler {
  const signedIn = requireRoles(ctx, ['auditor']);
  return async function (request, reply) {
    await signedIn.call(this, request, reply);
    const principal = principalOf(request);
    if (principal.actor.type !== 'staff' || !principal.triggers.includes('auditor')) {
      throw forbidden('evidence_images_auditors_only');
    }
  };
}

export function evidenceRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/evidence-images',
    {
      schema: {
        tags: ['evidence'],
        summary: 'Evidence images taken at pickup (metadata only, newest first); auditors only',
        querystring: Type.Object(
          {
            documentId: Type.Optional(Id),
            limit: PageLimit(500, 100),
          },
          { additionalProperties: false },
        ),
        response: { 200: EvidenceImageListSchema },
      },
      preHandler: requireAuditor(ctx),
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return listEvidenceImages(ctx, { ...request.query, scope: officeScopeOf(principalOf(request)) });
    },
  );

  app.get(
    '/api/v1/evidence-images/:id/image',
    {
      schema: {
        tags: ['evidence'],
        summary: 'One evidence image (JPEG); every view is audited; auditors only',
        params: Type.Object({ id: Id }),
      },
      preHandler: requireAuditor(ctx),
    },
    async (request, reply) => {
      const image = await viewEvidenceImage(ctx, request.params.id, principalOf(request));
      return reply
        .header('cache-control', 'no-store')
        .header('content-type', image.contentType)
        .header('content-disposition', 'inline')
        .send(image.bytes);
    },
  );
}
