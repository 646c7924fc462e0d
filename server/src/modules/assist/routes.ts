/**
 * Staff assist at the kiosk (issue 18): the tablet's routes (zone and clerk staff; admins as everywhere) and the
 * kiosk's (terminal key). Thin: schema in, one use case, schema out.
 */
import {
  AssistAnswerBodySchema,
  AssistCommandBodySchema,
  AssistSessionViewSchema,
  AssistSnapshotSchema,
  KioskAssistEndBodySchema,
  KioskAssistQuerySchema,
  KioskAssistViewSchema,
  RequestAssistBodySchema,
} from '@buergerpunkt/contracts';
import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles, requireTerminal } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { forbidden, unauthorized } from '../../platform/errors.ts';
import type { KioskTerminal } from '../kiosk/terminal-session.ts';
import {
  answerAssist,
  assistForTerminal,
  assistSession,
  endAssistAtKiosk,
  endAssistByStaff,
  kioskAssist,
  requestAssist,
  sendAssistCommand,
  storeAssistSnapshot,
} from './assist-service.ts';

/** Who may help at a kiosk's screen: the zone staff and clerks (admins pass every role check). */
export const assistRoles = ['zone', 'clerk'] as const;

const IdParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
);
const TerminalParams = Type.Object(
  { terminalId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
);
const kioskSecurity = [{ terminal: [] }];

function terminalOf(request: FastifyRequest): KioskTerminal {
  if (!request.terminal) throw unauthorized('terminal_unknown');
  return request.terminal;
}

export function assistRoutes(app: App, ctx: AppContext): void {
  const roles = requireRoles(ctx, assistRoles);
  // Only a person signs for help at a kiosk: an API token is refused even with the zone role.
  const staff: preHandlerAsyncHookHandler = async function (request, reply) {
    await roles.call(this, request, reply);
    if (request.principal?.actor.type !== 'staff') throw forbidden('assist_staff_only');
  };
  const terminal = requireTerminal(ctx);

  app.post(
    '/api/v1/assist/sessions',
    {
      schema: {
        tags: ['assist'],
        summary: 'Ask the visitor at a kiosk whether staff may help at the screen',
        body: RequestAssistBodySchema,
        response: { 201: AssistSessionViewSchema },
      },
      preHandler: staff,
    },
    async (request, reply) =>
      reply.code(201).send(await requestAssist(ctx, principalOf(request), request.body.terminalId)),
  );

  app.get(
    '/api/v1/assist/terminals/:terminalId',
    {
      schema: {
        tags: ['assist'],
        summary: "A kiosk's name and its newest assist session",
        params: TerminalParams,
        response: {
          200: Type.Object({
            terminalId: Type.String(),
            terminalName: Type.String(),
            session: Type.Union([AssistSessionViewSchema, Type.Null()]),
          }),
        },
      },
      preHandler: staff,
    },
    async (request) => assistForTerminal(ctx, principalOf(request), request.params.terminalId),
  );

  app.get(
    '/api/v1/assist/sessions/:id',
    {
      schema: {
        tags: ['assist'],
        summary: "An assist session with the kiosk's latest screen (typed values masked)",
        params: IdParams,
        response: { 200: AssistSessionViewSchema },
      },
      preHandler: staff,
    },
    async (request) => assistSession(ctx, principalOf(request), request.params.id),
  );

  app.post(
    '/api/v1/assist/sessions/:id/commands',
    {
      schema: {
        tags: ['assist'],
        summary: 'Point at a control, press it for the visitor, or have the step read aloud',
        params: IdParams,
        body: AssistCommandBodySchema,
        response: { 202: Type.Object({ seq: Type.Integer() }) },
      },
      preHandler: staff,
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(await sendAssistCommand(ctx, principalOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/assist/sessions/:id/end',
    {
      schema: {
        tags: ['assist'],
        summary: 'End the assist session',
        params: IdParams,
        response: { 200: AssistSessionViewSchema },
      },
      preHandler: staff,
    },
    async (request) => endAssistByStaff(ctx, principalOf(request), request.params.id),
  );

  app.get(
    '/api/v1/kiosk/assist',
    {
      schema: {
        tags: ['kiosk'],
        summary: "This kiosk's assist request or session and the staff's commands after `afterSeq`",
        security: kioskSecurity,
        querystring: KioskAssistQuerySchema,
        response: { 200: KioskAssistViewSchema },
      },
      preHandler: terminal,
    },
    async (request) => kioskAssist(ctx, terminalOf(request), request.query.afterSeq ?? 0),
  );

  app.post(
    '/api/v1/kiosk/assist/:id/answer',
    {
      schema: {
        tags: ['kiosk'],
        summary: "The visitor's answer to the staff's offer of help at the screen",
        security: kioskSecurity,
        params: IdParams,
        body: AssistAnswerBodySchema,
      },
      preHandler: terminal,
    },
    async (request, reply) => {
      await answerAssist(ctx, terminalOf(request), request.params.id, request.body.consent);
      return reply.code(204).send();
    },
  );

  app.put(
    '/api/v1/kiosk/assist/:id/screen',
    {
      schema: {
        tags: ['kiosk'],
        summary: "The kiosk's current screen for the staff's tablet, typed values masked",
        security: kioskSecurity,
        params: IdParams,
        body: AssistSnapshotSchema,
      },
      preHandler: terminal,
    },
    async (request, reply) => {
      await storeAssistSnapshot(ctx, terminalOf(request), request.params.id, request.body);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/kiosk/assist/:id/end',
    {
      schema: {
        tags: ['kiosk'],
        summary: 'The visitor ends the assist session, or the idle reset does',
        security: kioskSecurity,
        params: IdParams,
        body: KioskAssistEndBodySchema,
      },
      preHandler: terminal,
    },
    async (request, reply) => {
      await endAssistAtKiosk(ctx, terminalOf(request), request.params.id, request.body.reason);
      return reply.code(204).send();
    },
  );
}
