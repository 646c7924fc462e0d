/** Builds the Fastify app from the modules; main.ts and the tests both use it. */
import { adoptDefaultTenantFromConfig } from './modules/tenants/default-tenant.ts';
import { stripTenantPrefix } from './modules/tenants/tenant-scope.ts';
import { addTenantOwnershipCheck } from './modules/tenants/tenant-ownership.ts';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import { ProblemSchema } from '@buergerpunkt/contracts';
import type { AppContext } from './context.ts';
import { frameworkErrorToProblem, installProblemHandlers } from './http/problem.ts';
import { registerHealthRoutes } from './http/health.ts';
import { registerModuleRoutes } from './http/routes.ts';
import { registerWebApps } from './http/web-apps.ts';
import { databaseRateLimitStore } from './http/rate-limits.ts';
import { installSecurityHooks } from './http/security.ts';
import { useAuditKey } from './modules/audit/audit-service.ts';
import { registerMetrics } from './operations/metrics/metrics-route.ts';
import { useWebhookOutbox } from './modules/integration/webhook-outbox.ts';
import { lazySchemaCompilers } from './http/lazy-schemas.ts';
import { passwordHashCostOf, usePasswordHashCost } from './modules/accounts/passwords.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route's method and URL pattern (HEAD left out), collected as the routes are added. */
    routeTable: { method: string; url: string }[];
    /** Compiles every route schema not compiled yet (they compile on first use, http/lazy-schemas.ts). */
    compileSchemas(): number;
  }
}

export interface BuildAppOptions {
  logger?: boolean | object;
}

/** Fastify takes `false`, addresses/CIDRs, or (as here for a hop count) a function of the address and the hop. */
function trustProxyOption(setting: false | number | string | string[]) {
  return typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}) {
  usePasswordHashCost(passwordHashCostOf(ctx.config));
  const schemas = lazySchemaCompilers();
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    // Whom to believe in X-Forwarded-For (config http.trustProxy): request.ip is the client's address only then.
    trustProxy: trustProxyOption(ctx.config.http.trustProxy),
    frameworkErrors: frameworkErrorToProblem,
    // `/t/<slug>/…`: a tenant's public site and API under a path of the hub (modules/tenants/tenant-scope.ts).
    rewriteUrl: stripTenantPrefix,
    // `optimize: false` skips Ajv's passes over the generated code (same checks, slightly longer code): compiling
    // every route's validators at start costs about a fifth less CPU (docs/operations.md).
    ajv: {
      customOptions: {
        removeAdditional: false,
        coerceTypes: 'array',
        allErrors: true,
        code: { optimize: false },
      },
    },
    // Validators and serializers compile on first use, not at start (http/lazy-schemas.ts).
    schemaController: { compilersFactory: schemas.compilersFactory },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('compileSchemas', schemas.compileAll);

  // The route table (method and URL of every route), read by the authorisation matrix test.
  const routeTable: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routeTable.push({ method, url: route.url });
    // Who may call a route is decided before its body is validated: a stranger gets 401/403, never a validation
    // report about a body he may not send (the guards read only headers).
    if (route.preHandler) {
      route.preValidation = [...[route.preValidation ?? []].flat(), ...[route.preHandler].flat()];
      route.preHandler = undefined;
    }
  });
  app.decorate('routeTable', routeTable);
  // Tenants (issue 20): a thing of another tenant named in the path is answered 404, after the route's guard.
  app.addHook('onRoute', (route) => addTenantOwnershipCheck(ctx, route));
  app.decorateRequest('principal', null);
  app.decorateRequest('terminal', null);
  installProblemHandlers(app);
  // An action posted without a body (e.g. POST …/cancel) is validated as an empty object, but only where the
  // schema requires nothing: a route that needs a body answers 400 for a missing one.
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined && ['POST', 'PUT', 'PATCH'].includes(request.method)) {
      const schema = request.routeOptions.schema?.body as { required?: unknown[] } | undefined;
      if (!schema?.required?.length) request.body = {};
    }
  });
  // State changes take JSON only (routes that take a file register their own parser): a foreign page's form or
  // `text/plain` post, which a browser sends without asking first, is refused with 415.
  app.removeContentTypeParser('text/plain');
  app.addSchema(ProblemSchema);

  await app.register(cookie);
  installSecurityHooks(app, ctx);
  useAuditKey(ctx.db, ctx.config.secrets.auditKey);
  // An upgraded database's default tenant takes the configured town (modules/tenants/default-tenant.ts).
  await adoptDefaultTenantFromConfig(ctx.db, ctx.config);
  useWebhookOutbox(ctx);
  // Counters in the database, so hubs sharing a database share their limits.
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(ctx) });
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
  registerHealthRoutes(app, ctx);

  // Safe by construction: outside demo mode no dev, simulator or outbox route may exist, whoever forgets its gate.
  app.addHook('onRoute', (route) => {
    if (ctx.config.mode !== 'demo' && isDemoOnlyPath(route.url))
      throw new Error(
        `${route.url} is a demo-only route and must not be registered in ${ctx.config.mode} mode`,
      );
  });
  // Before the routes: its duration hook must see every one of them.
  registerMetrics(app, ctx);
  registerModuleRoutes(app, ctx);
  await registerWebApps(app, ctx);
  return app;
}

/** Paths that exist only in demo mode: the dev API (simulator, outbox JSON) and the outbox page. */
export function isDemoOnlyPath(url: string): boolean {
  return url.startsWith('/api/v1/dev/') || url === '/outbox' || url.startsWith('/outbox/');
}

export type BuiltApp = Awaited<ReturnType<typeof buildApp>>;
