/**
 * Zone operations endpoints: the visit tally, suggestions (citizens submit without login; zone staff moderate),
 * kiosk start screen content, statistics, the monthly report with CSV exports, and the public figures.
 * Thin: schema in, one use case, schema out.
 */
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import { requestTenantId } from '../tenants/tenant-scope.ts';
import {
  AnnouncementBodySchema,
  AnnouncementSchema,
  DateOnlySchema,
  MonthlyReportSchema,
  monthlyReportTables,
  PageLimit,
  PageOffset,
  PublicSuggestionListSchema,
  PublicZoneInfoSchema,
  RecordedVisitsSchema,
  RecordVisitsBodySchema,
  StaffSuggestionListSchema,
  StaffSuggestionSchema,
  SubmitSuggestionBodySchema,
  SubmittedSuggestionSchema,
  suggestionStatuses,
  TransparencySchema,
  UndoneVisitSchema,
  UpdateSuggestionBodySchema,
  VisitsTodaySchema,
  ZoneOpeningHoursBodySchema,
  ZoneOpeningHoursItemSchema,
  ZoneStatsSchema,
} from '@buergerpunkt/contracts';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { unauthorized } from '../../platform/errors.ts';
import { authenticateTerminal } from '../accounts/terminals.ts';
import { getStaffSuggestion, listStaffSuggestions, updateStaffSuggestion } from './moderate-suggestions.ts';
import { monthlyReport, monthlyReportCsv } from './monthly-report.ts';
import { listPublicSuggestions } from './public-suggestions.ts';
import { recordVisits } from './record-visits.ts';
import {
  changeAnnouncement,
  createAnnouncement,
  getZoneOpeningHours,
  listAnnouncements,
  publicZoneInfo,
  removeAnnouncement,
  setZoneOpeningHours,
} from './start-screen.ts';
import { submitSuggestion } from './submit-suggestion.ts';
import { transparencyFigures } from './transparency.ts';
import { undoVisit, visitsToday } from './undo-visit.ts';
import { zoneStats } from './zone-stats.ts';

const zoneRoles = ['zone'] as const;
const IdParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' }) },
  { additionalProperties: false },
);
const Paging = {
  limit: PageLimit(200, 50),
  offset: PageOffset(),
};
const staffSecurity = [{ session: [] }];
// Public endpoints also get a per-process burst brake (the suggestion limit itself is counted in the database).

/** A kiosk sends its terminal key; a wrong key is refused rather than silently treated as the site. */
async function suggestionTerminal(ctx: AppContext, request: FastifyRequest): Promise<string | null> {
  const key = request.headers['x-terminal-key'];
  if (key === undefined) return null;
  if (typeof key !== 'string' || key.length < 8 || key.length > 200) throw unauthorized('terminal_unknown');
  return (await authenticateTerminal(ctx, key)).id;
}

export function zoneRoutes(app: App, ctx: AppContext): void {
  // ------------------------------------------------------------ visit tally
  app.post(
    '/api/v1/zone/visits',
    {
      schema: {
        tags: ['zone'],
        summary: 'Record tally taps (idempotent by tap id)',
        security: staffSecurity,
        body: RecordVisitsBodySchema,
        response: { 200: RecordedVisitsSchema },
      },
      preHandler: requireRoles(ctx, zoneRoles),
    },
    async (request) => recordVisits(ctx, request.body.visits, principalOf(request)),
  );
  app.delete(
    '/api/v1/zone/visits/:id',
    {
      schema: {
        tags: ['zone'],
        summary: 'Undo one of my own taps shortly after it was made',
        security: staffSecurity,
        params: IdParams,
        response: { 200: UndoneVisitSchema },
      },
      preHandler: requireRoles(ctx, zoneRoles),
    },
    async (request) => undoVisit(ctx, request.params.id, principalOf(request)),
  );
  app.get(
    '/api/v1/zone/visits/today',
    {
      schema: {
        tags: ['zone'],
        summary: "Today's visit count",
        security: staffSecurity,
        response: { 200: VisitsTodaySchema },
      },
      preHandler: requireRoles(ctx, zoneRoles),
    },
    async (request) => visitsToday(ctx, principalOf(request)),
  );

  // ------------------------------------------------------------ suggestions
  app.post(
    '/api/v1/suggestions',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['suggestions'],
        summary: 'Submit a suggestion (no login; a kiosk adds its terminal key)',
        body: SubmitSuggestionBodySchema,
        response: { 201: SubmittedSuggestionSchema },
      },
    },
    async (request, reply) => {
      const terminalId = await suggestionTerminal(ctx, request);
      // A kiosk's suggestion goes to the kiosk's tenant, the site's to the site's (modules/tenants/).
      const tenantId = terminalId
        ? ((
            await ctx.db
              .selectFrom('terminals')
              .select('tenant_id')
              .where('id', '=', terminalId)
              .executeTakeFirst()
          )?.tenant_id ?? defaultTenantId)
        : await requestTenantId(ctx, request);
      const created = await submitSuggestion(ctx, request.body, { terminalId, ip: request.ip, tenantId });
      return reply.code(201).send(created);
    },
  );
  app.get(
    '/api/v1/public/suggestions',
    {
      config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
      schema: {
        tags: ['suggestions'],
        summary: 'Published suggestions with answer and status (never contact data)',
        querystring: Type.Object(Paging, { additionalProperties: false }),
        response: { 200: PublicSuggestionListSchema },
      },
    },
    async (request) => listPublicSuggestions(ctx, request.query, await requestTenantId(ctx, request)),
  );
  app.get(
    '/api/v1/zone/suggestions',
    {
      schema: {
        tags: ['suggestions'],
        summary: 'Suggestions for moderation, newest first',
        security: staffSecurity,
        querystring: Type.Object(
          { status: Type.Optional(Type.Enum(suggestionStatuses)), ...Paging },
          { additionalProperties: false },
        ),
        response: { 200: StaffSuggestionListSchema },
      },
      preHandler: requireRoles(ctx, zoneRoles),
    },
    async (request) => listStaffSuggestions(ctx, request.query, await requestTenantId(ctx, request)),
  );
  app.get(
    '/api/v1/zone/suggestions/:id',
    {
      schema: {
        tags: ['suggestions'],
        summary: 'One suggestion with contact data',
        security: staffSecurity,
        params: IdParams,
        response: { 200: StaffSuggestionSchema },
      },
      preHandler: requireRoles(ctx, zoneRoles),
    },
    async (request) => getStaffSuggestion(ctx, request.params.id),
  );
  app.patch(
    '/api/v1/zone/suggestions/:id',
    {
      schema: {
        tags: ['suggestions'],
        summary: 'Moderate: status, public answer, published',
        security: staffSecurity,
        params: IdParams,
        body: UpdateSuggestionBodySchema,
        response: { 200: StaffSuggestionSchema },
      },
      preHandler: requireRoles(ctx, zoneRoles),
    },
    async (request) => updateStaffSuggestion(ctx, request.params.id, request.body, principalOf(request)),
  );

  // ------------------------------------------------------------ start screen content
  app.get(
    '/api/v1/public/zone',
    {
      config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
      schema: {
        tags: ['zone'],
        summary: "Announcements valid today and the zone's opening hours (kiosk start screen, site)",
        response: { 200: PublicZoneInfoSchema },
      },
    },
    async (request) => publicZoneInfo(ctx, await requestTenantId(ctx, request)),
  );
  app.get(
    '/api/v1/zone/announcements',
    {
      schema: {
        tags: ['zone'],
        summary: 'All announcements',
        security: staffSecurity,
        response: { 200: Type.Array(AnnouncementSchema) },
      },
      preHandler: requireRoles(ctx, zoneRoles),
    },
    async (request) => listAnnouncements(ctx, await requestTenantId(ctx, request)),
  );
  app.post(
    '/api/v1/zone/announcements',
    {
      schema: {
        tags: ['zone'],
        summary: 'Add an announcement',
        security: staffSecurity,
        body: AnnouncementBodySchema,
        response: { 201: AnnouncementSchema },
      },
      preHandler: requireRoles(ctx, zoneRoles),
    },
    async (request, reply) =>
      reply.code(201).send(await createAnnouncement(ctx, request.body, principalOf(request))),
  );
  app.put(
    '/api/v1/zone/announcements/:id',
    {
      schema: {
        tags: ['zone'],
        summary: 'Change an announcement',
        security: staffSecurity,
        params: IdParams,
        body: AnnouncementBodySchema,
        response: { 200: AnnouncementSchema },
      },
      preHandler: requireRoles(ctx, zoneRoles),
    },
    async (request) => changeAnnouncement(ctx, request.params.id, request.body, principalOf(request)),
  );
  app.delete(
    '/api/v1/zone/announcements/:id',
    {
      schema: {
        tags: ['zone'],
        summary: 'Remove an announcement',
        security: staffSecurity,
        params: IdParams,
      },
      preHandler: requireRoles(ctx, zoneRoles),
    },
    async (request, reply) => {
      await removeAnnouncement(ctx, request.params.id, principalOf(request));
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/zone/opening-hours',
    {
      schema: {
        tags: ['zone'],
        summary: "The zone's staffed opening hours",
        security: staffSecurity,
        response: { 200: Type.Array(ZoneOpeningHoursItemSchema) },
      },
      preHandler: requireRoles(ctx, zoneRoles),
    },
    async () => getZoneOpeningHours(ctx),
  );
  app.put(
    '/api/v1/zone/opening-hours',
    {
      schema: {
        tags: ['zone'],
        summary: "Replace the zone's opening hours",
        security: staffSecurity,
        body: ZoneOpeningHoursBodySchema,
        response: { 200: Type.Array(ZoneOpeningHoursItemSchema) },
      },
      preHandler: requireRoles(ctx, zoneRoles),
    },
    async (request) => setZoneOpeningHours(ctx, request.body.hours, principalOf(request)),
  );

  // ------------------------------------------------------------ statistics and reports
  app.get(
    '/api/v1/zone/stats',
    {
      schema: {
        tags: ['zone'],
        summary: 'Statistics for local dates from..to (inclusive)',
        security: staffSecurity,
        querystring: Type.Object(
          { from: DateOnlySchema, to: DateOnlySchema },
          { additionalProperties: false },
        ),
        response: { 200: ZoneStatsSchema },
      },
      preHandler: requireRoles(ctx, zoneRoles),
    },
    async (request) => zoneStats(ctx, request.query.from, request.query.to),
  );
  app.get(
    '/api/v1/zone/reports/monthly',
    {
      schema: {
        tags: ['zone'],
        summary: 'Monthly report (JSON), or one of its tables as CSV with format=csv&table=…',
        security: staffSecurity,
        querystring: Type.Object(
          {
            month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }),
            format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
            table: Type.Optional(Type.Enum(monthlyReportTables)),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Union([MonthlyReportSchema, Type.String()]) },
      },
      preHandler: requireRoles(ctx, zoneRoles),
    },
    async (request, reply) => {
      const report = await monthlyReport(ctx, request.query.month);
      if (request.query.format !== 'csv') return report;
      const table = request.query.table ?? 'summary';
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="bericht-${report.month}-${table}.csv"`)
        .send(monthlyReportCsv(report, table));
    },
  );
  app.get(
    '/api/v1/public/transparency',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['zone'],
        summary: 'Public aggregate figures (no personal data)',
        response: { 200: TransparencySchema },
      },
    },
    async () => transparencyFigures(ctx),
  );
}
