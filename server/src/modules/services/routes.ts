/** Endpoints of the 115 catalogue: public reading and search, authoring (zone, admin), import/export, call-backs. */
import { findTenantById } from '../tenants/tenants-repository.ts';
import { requestTenantId } from '../tenants/tenant-scope.ts';
import {
  CallbackRequestBodySchema,
  CallbackRequestCreatedSchema,
  CallbackRequestListSchema,
  CallbackRequestUpdateBodySchema,
  CallbackRequestViewSchema,
  callbackStatuses,
  HotlineStatusSchema,
  PageLimit,
  RedPhoneSettingsSchema,
  ServiceCatalogueSchema,
  ServiceImportBodySchema,
  ServiceImportReportSchema,
  ServiceInputSchema,
  ServiceListSchema,
  ServiceSchema,
  ServiceSearchResultSchema,
  ServiceSuggestionsSchema,
  ServiceUpdateBodySchema,
} from '@buergerpunkt/contracts';
import { createHash } from 'node:crypto';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles, requireTerminal } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { createCallbackRequest, listCallbackRequests, updateCallbackRequest } from './callback-requests.ts';
import {
  createService,
  deleteService,
  getCatalogue,
  getService,
  listServices,
  searchServices,
  suggestServices,
  updateService,
} from './catalogue-service.ts';
import { hotlineStatus } from './hotline.ts';
import { redPhoneSettings } from './red-phone.ts';
import { exportServicesCsv, exportServicesJson, importServices } from './import-export.ts';

const authors = ['zone', 'admin'] as const;
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 80 }) });
const SearchQuery = Type.Object(
  {
    q: Type.String({ maxLength: 200 }),
    limit: PageLimit(50, 10),
  },
  { additionalProperties: false },
);
const publicRead = { rateLimit: { max: 600, timeWindow: '1 minute' } };

export function serviceRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/services',
    {
      schema: {
        tags: ['services'],
        summary: 'The 115 catalogue: every service in short, most common first (public)',
        response: { 200: ServiceListSchema },
      },
      config: publicRead,
    },
    async (request) => listServices(ctx, await requestTenantId(ctx, request)),
  );

  app.get(
    '/api/v1/services/catalogue',
    {
      schema: {
        tags: ['services'],
        summary: 'The whole catalogue with every field, for the kiosk’s offline search (public)',
        description:
          '`revision` changes with every edit; a client keeps its copy while the revision is the same.',
        response: { 200: ServiceCatalogueSchema },
      },
      config: publicRead,
    },
    async (request) => getCatalogue(ctx, await requestTenantId(ctx, request)),
  );

  app.get(
    '/api/v1/services/search',
    {
      schema: {
        tags: ['services'],
        summary: 'Search the catalogue the way people type (umlauts, typos, colloquial terms) (public)',
        querystring: SearchQuery,
        response: { 200: ServiceSearchResultSchema },
      },
      config: publicRead,
    },
    async (request) =>
      searchServices(ctx, request.query.q, request.query.limit, await requestTenantId(ctx, request)),
  );

  app.get(
    '/api/v1/services/suggest',
    {
      schema: {
        tags: ['services'],
        summary: 'Suggestions while typing: the best few services for an unfinished query (public)',
        querystring: Type.Object(
          {
            q: Type.String({ maxLength: 200 }),
            limit: PageLimit(10, 6),
          },
          { additionalProperties: false },
        ),
        response: { 200: ServiceSuggestionsSchema },
      },
      config: publicRead,
    },
    async (request) =>
      suggestServices(ctx, request.query.q, request.query.limit, await requestTenantId(ctx, request)),
  );

  app.get(
    '/api/v1/services/hotline',
    {
      schema: {
        tags: ['services'],
        summary: 'Is the 115 hotline open now (Mon–Fri 8–18, not on public holidays) (public)',
        response: { 200: HotlineStatusSchema },
      },
      config: publicRead,
    },
    async (request) => {
      const tenant = await findTenantById(ctx.db, await requestTenantId(ctx, request));
      return hotlineStatus(ctx, tenant?.state_code);
    },
  );

  app.get(
    '/api/v1/services/red-phone',
    {
      schema: {
        tags: ['services'],
        summary:
          'The kiosk’s red phone: mode, hotline hours and, in mode sip, its SIP account (kiosk terminal key)',
        description:
          'Carries the kiosk extension’s SIP password: only for an authenticated kiosk terminal, never cached.',
        security: [{ terminal: [] }],
        response: { 200: RedPhoneSettingsSchema },
      },
      preHandler: requireTerminal(ctx),
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return redPhoneSettings(ctx);
    },
  );

  app.get(
    '/api/v1/services/export',
    {
      schema: {
        tags: ['services'],
        summary: 'Export the catalogue as JSON or CSV (the format an import takes back)',
        querystring: Type.Object(
          { format: Type.Union([Type.Literal('json'), Type.Literal('csv')], { default: 'json' }) },
          { additionalProperties: false },
        ),
      },
      preHandler: requireRoles(ctx, authors),
    },
    async (request, reply) => {
      const csv = request.query.format === 'csv';
      const tenantId = await requestTenantId(ctx, request);
      const body = csv ? await exportServicesCsv(ctx, tenantId) : await exportServicesJson(ctx, tenantId);
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="leistungen.${csv ? 'csv' : 'json'}"`)
        .type(csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .send(body);
    },
  );

  app.post(
    '/api/v1/services/import',
    {
      schema: {
        tags: ['services'],
        summary: 'Import services from JSON or CSV text, with a per-record error report',
        description:
          '`per_record` (default): every valid record is written in its own transaction; a bad one never blocks ' +
          'the others. `all_or_nothing`: written in one transaction, only if every record is valid. Existing ids ' +
          'are replaced; nothing is deleted.',
        body: ServiceImportBodySchema,
        response: { 200: ServiceImportReportSchema },
      },
      bodyLimit: 1024 * 1024,
      preHandler: requireRoles(ctx, authors),
    },
    async (request) => importServices(ctx, request.body, principalOf(request)),
  );

  app.post(
    '/api/v1/services',
    {
      schema: {
        tags: ['services'],
        summary: 'Add a service to the catalogue',
        body: ServiceInputSchema,
        response: { 201: ServiceSchema },
      },
      preHandler: requireRoles(ctx, authors),
    },
    async (request, reply) =>
      reply.code(201).send(await createService(ctx, request.body, principalOf(request))),
  );

  const callbackLimit = {
    rateLimit: {
      max: 5,
      timeWindow: '10 minutes',
      // The kiosk serves many citizens from one address: it is counted by its terminal key, more generously.
      keyGenerator: (request: { headers: Record<string, unknown>; ip: string }) => {
        const key = request.headers['x-terminal-key'];
        return typeof key === 'string'
          ? `terminal:${createHash('sha256').update(key).digest('hex')}`
          : request.ip;
      },
    },
  };

  app.post(
    '/api/v1/services/callback-requests',
    {
      schema: {
        tags: ['services'],
        summary:
          'A citizen asks to be called back about a 115 question (public; kiosk with its terminal key)',
        body: CallbackRequestBodySchema,
        response: { 201: CallbackRequestCreatedSchema },
      },
      config: callbackLimit,
      preHandler: async (request, reply) => {
        if (request.headers['x-terminal-key'] !== undefined)
          await requireTerminal(ctx).call(app, request, reply);
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createCallbackRequest(
            ctx,
            request.body,
            request.terminal?.id ?? null,
            await requestTenantId(ctx, request),
          ),
        ),
  );

  app.get(
    '/api/v1/services/callback-requests',
    {
      schema: {
        tags: ['services'],
        summary: 'Call-back requests for zone staff, newest first',
        querystring: Type.Object(
          { status: Type.Optional(Type.Enum(callbackStatuses)) },
          { additionalProperties: false },
        ),
        response: { 200: CallbackRequestListSchema },
      },
      preHandler: requireRoles(ctx, authors),
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return listCallbackRequests(ctx, request.query.status, await requestTenantId(ctx, request));
    },
  );

  app.patch(
    '/api/v1/services/callback-requests/:id',
    {
      schema: {
        tags: ['services'],
        summary: 'Record the outcome of a call-back (done, unreachable, or open again) with a note',
        params: IdParams,
        body: CallbackRequestUpdateBodySchema,
        response: { 200: CallbackRequestViewSchema },
      },
      preHandler: requireRoles(ctx, authors),
    },
    async (request) => updateCallbackRequest(ctx, request.params.id, request.body, principalOf(request)),
  );

  app.get(
    '/api/v1/services/:id',
    {
      schema: {
        tags: ['services'],
        summary: 'One service with everything a citizen needs (public)',
        params: IdParams,
        response: { 200: ServiceSchema },
      },
      config: publicRead,
    },
    async (request) => getService(ctx, request.params.id),
  );

  app.put(
    '/api/v1/services/:id',
    {
      schema: {
        tags: ['services'],
        summary: 'Change a service (with the version it was read at)',
        params: IdParams,
        body: ServiceUpdateBodySchema,
        response: { 200: ServiceSchema },
      },
      preHandler: requireRoles(ctx, authors),
    },
    async (request) => updateService(ctx, request.params.id, request.body, principalOf(request)),
  );

  app.delete(
    '/api/v1/services/:id',
    {
      schema: {
        tags: ['services'],
        summary: 'Remove a service from the catalogue',
        params: IdParams,
      },
      preHandler: requireRoles(ctx, authors),
    },
    async (request, reply) => {
      await deleteService(ctx, request.params.id, principalOf(request));
      return reply.code(204).send();
    },
  );
}
