/** Calendar endpoints: a box's opening hours, closures and service state (admin), and its public opening status. */
import { staffRoles } from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { forgetBoxCalendar } from './box-open.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import {
  addClosure,
  getBoxCalendarView,
  markBackInService,
  markOutOfService,
  removeClosure,
  replaceOpeningHours,
} from './calendar-admin.ts';
import { getOpeningStatus } from './opening-status.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const BoxParams = Type.Object({ boxId: Id });
const ClosureParams = Type.Object({ boxId: Id, closureId: Id });
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM, local time' });
const DateOnly = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

const OpeningHoursItem = Type.Object(
  {
    weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' }),
    opens: Time,
    closes: Time,
  },
  { additionalProperties: false },
);

const ClosureView = Type.Object({
  id: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  reason: Type.String(),
  createdAt: Type.String(),
});

const ServiceStateView = Type.Object({
  boxId: Type.String(),
  inService: Type.Boolean(),
  outageId: Nullable(Type.String()),
  since: Type.String(),
});

const DayHoursView = Type.Object({
  date: Type.String(),
  weekday: Type.Integer(),
  hours: Type.Array(Type.Object({ opens: Type.String(), closes: Type.String() })),
  closedReason: Nullable(
    Type.Union([Type.Literal('holiday'), Type.Literal('closure'), Type.Literal('no_hours')]),
  ),
  holidayName: Nullable(Type.String()),
});

export function calendarRoutes(app: App, ctx: AppContext): void {
  // A successful change to a box's calendar drops this process's cached copy (box-open.ts) before the answer goes out.
  app.addHook('onSend', async (request, reply, payload) => {
    const boxId = (request.params as { boxId?: string } | undefined)?.boxId;
    if (
      request.method !== 'GET' &&
      boxId &&
      reply.statusCode < 400 &&
      request.routeOptions.url?.startsWith('/api/v1/boxes/')
    ) {
      forgetBoxCalendar(ctx.db, boxId);
    }
    return payload;
  });
  app.get(
    '/api/v1/boxes/:boxId/opening-status',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Is the box open now, when does it open next (public, for kiosk and web)',
        params: BoxParams,
        response: {
          200: Type.Object({
            boxId: Type.String(),
            name: Type.String(),
            timezone: Type.String(),
            now: Type.String(),
            inService: Type.Boolean(),
            openNow: Type.Boolean(),
            closesAt: Nullable(Type.String()),
            nextOpensAt: Nullable(Type.String()),
            today: DayHoursView,
            nextDays: Type.Array(DayHoursView),
          }),
        },
      },
      config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
    },
    async (request) => getOpeningStatus(ctx, request.params.boxId),
  );

  app.get(
    '/api/v1/boxes/:boxId/calendar',
    {
      schema: {
        tags: ['calendar'],
        summary: "A box's opening hours, current and future closures, and recent outages",
        params: BoxParams,
        response: {
          200: Type.Object({
            boxId: Type.String(),
            timezone: Type.String(),
            stateCode: Type.String(),
            inService: Type.Boolean(),
            hours: Type.Array(OpeningHoursItem),
            closures: Type.Array(ClosureView),
            outages: Type.Array(
              Type.Object({
                id: Type.String(),
                startedAt: Type.String(),
                endedAt: Nullable(Type.String()),
                reason: Type.String(),
              }),
            ),
          }),
        },
      },
      preHandler: requireRoles(ctx, staffRoles),
    },
    async (request) => getBoxCalendarView(ctx, request.params.boxId),
  );

  app.put(
    '/api/v1/boxes/:boxId/opening-hours',
    {
      schema: {
        tags: ['calendar'],
        summary: "Replace a box's weekly opening hours",
        params: BoxParams,
        body: Type.Object(
          { hours: Type.Array(OpeningHoursItem, { maxItems: 28 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ hours: Type.Array(OpeningHoursItem) }) },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request) => ({
      hours: await replaceOpeningHours(ctx, request.params.boxId, request.body.hours, principalOf(request)),
    }),
  );

  app.post(
    '/api/v1/boxes/:boxId/closures',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Add a special closure (inclusive date range, local dates of the box)',
        params: BoxParams,
        body: Type.Object(
          {
            startsOn: DateOnly,
            endsOn: DateOnly,
            reason: Type.String({ minLength: 1, maxLength: 200 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: ClosureView },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request, reply) =>
      reply.code(201).send(await addClosure(ctx, request.params.boxId, request.body, principalOf(request))),
  );

  app.delete(
    '/api/v1/boxes/:boxId/closures/:closureId',
    {
      schema: { tags: ['calendar'], summary: 'Remove a special closure', params: ClosureParams },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request, reply) => {
      await removeClosure(ctx, request.params.boxId, request.params.closureId, principalOf(request));
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/boxes/:boxId/out-of-service',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Mark the box out of service (pauses every pickup window)',
        params: BoxParams,
        body: Type.Object(
          { reason: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 200: ServiceStateView },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request) => markOutOfService(ctx, request.params.boxId, request.body.reason, principalOf(request)),
  );

  app.post(
    '/api/v1/boxes/:boxId/back-in-service',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Mark the box back in service (ends the running outage)',
        params: BoxParams,
        body: Type.Object({}, { additionalProperties: false }),
        response: { 200: ServiceStateView },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request) => markBackInService(ctx, request.params.boxId, principalOf(request)),
  );
}
