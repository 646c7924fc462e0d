/** Builds the Fastify app from the modules; main.ts and the tests both use it. */
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import { ProblemSchema } from '@buergerpunkt/contracts';
import type { AppContext } from './context.ts';
import { frameworkErrorToProblem, installProblemHandlers } from './http/problem.ts';
import { registerModuleRoutes } from './http/routes.ts';
import { registerWebApps } from './http/web-apps.ts';

export interface BuildAppOptions {
  logger?: boolean | object;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}) {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    frameworkErrors: frameworkErrorToProblem,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorateRequest('principal', null);
  app.decorateRequest('terminal', null);
  installProblemHandlers(app);
  // An action posted without a body (e.g. POST …/cancel) is validated as an empty object.
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined && ['POST', 'PUT', 'PATCH'].includes(request.method)) request.body = {};
  });
  app.addSchema(ProblemSchema);

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Bürgerpunkt API',
        version: '1.0.0',
        description:
          'DokBox pickup, staff back office, kiosk and integrations. Errors are application/problem+json.',
      },
      servers: [{ url: ctx.config.publicUrl }],
      components: {
        securitySchemes: {
          session: { type: 'http', scheme: 'bearer', description: 'Staff session token or API token' },
          terminal: { type: 'apiKey', in: 'header', name: 'X-Terminal-Key' },
        },
      },
    },
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get(
    '/api/health',
    { schema: { tags: ['health'], summary: 'Ready when the database answers' } },
    async (_request, reply) => {
      try {
        await ctx.db.selectFrom('audit_head').select('id').limit(1).execute();
        return { status: 'ok' };
      } catch {
        return reply.code(503).send({ status: 'unavailable' });
      }
    },
  );

  // Safe by construction: outside demo mode no dev, simulator or outbox route may exist, whoever forgets its gate.
  app.addHook('onRoute', (route) => {
    if (ctx.config.mode !== 'demo' && isDemoOnlyPath(route.url))
      throw new Error(
        `${route.url} is a demo-only route and must not be registered in ${ctx.config.mode} mode`,
      );
  });
  registerModuleRoutes(app, ctx);
  await registerWebApps(app, ctx);
  return app;
}

/** Paths that exist only in demo mode: the dev API (simulator, outbox JSON) and the outbox page. */
export function isDemoOnlyPath(url: string): boolean {
  return url.startsWith('/api/v1/dev/') || url === '/outbox' || url.startsWith('/outbox/');
}

export type BuiltApp = Awaited<ReturnType<typeof buildApp>>;
