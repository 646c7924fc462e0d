/**
 * Kiosk pickup endpoints (terminal key, never a staff session) and the zone staff's confirmation of a pickup.
 * Thin: schema in, one use case, schema out.
 */
import {
  CallStaffBodySchema,
  KioskSettingsSchema,
  OpenedCompartmentSchema,
  PickupCheckBodySchema,
  PickupStatusSchema,
  PinLetterBodySchema,
  ResendAcceptedSchema,
  ResendCodeBodySchema,
  StaffCalledSchema,
  StaffCallStatusSchema,
  StartedPickupSchema,
  StartPickupBodySchema,
} from '@buergerpunkt/contracts';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles, requireTerminal } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { unauthorized } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { resendCodesForCitizen } from '../codes/resend-code-for-citizen.ts';
import { callStaff, staffCallStatus } from './call-staff.ts';
import { cancelPickup } from './cancel-pickup.ts';
import { confirmPickupByStaff } from './confirm-pickup-by-staff.ts';
import { answerPinLetter } from './confirm-pin-letter.ts';
import { openCompartmentForPickup } from './open-compartment-for-pickup.ts';
import { kioskSettings } from './kiosk-settings.ts';
import { describePickup } from './pickup-status.ts';
import { startPickup } from './start-pickup.ts';
import { submitPickupCheck } from './submit-pickup-check.ts';
import type { KioskTerminal } from './terminal-session.ts';

const PickupParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' }) },
  { additionalProperties: false },
);
const kioskSecurity = [{ terminal: [] }];

function terminalOf(request: FastifyRequest): KioskTerminal {
  if (!request.terminal) throw unauthorized('terminal_unknown');
  return request.terminal;
}

export function kioskRoutes(app: App, ctx: AppContext): void {
  const terminal = requireTerminal(ctx);

  app.get(
    '/api/v1/kiosk/settings',
    {
      schema: {
        tags: ['kiosk'],
        summary: "This kiosk's box and idle times",
        security: kioskSecurity,
        response: { 200: KioskSettingsSchema },
      },
      preHandler: terminal,
    },
    async (request) => kioskSettings(ctx, terminalOf(request)),
  );

  app.post(
    '/api/v1/kiosk/call-staff',
    {
      schema: {
        tags: ['kiosk'],
        summary: 'The citizen asks for a staff member (live alert in the office)',
        security: kioskSecurity,
        body: CallStaffBodySchema,
        response: { 202: StaffCalledSchema },
      },
      preHandler: terminal,
      // Per terminal key, before the database is asked; the service limits new alerts per hour on top.
      config: {
        rateLimit: {
          max: 20,
          timeWindow: '1 minute',
          keyGenerator: (request: FastifyRequest) =>
            `kiosk:${String(request.headers['x-terminal-key'] ?? '')}`,
        },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await callStaff(ctx, terminalOf(request), request.body.reason, request.body.step)),
  );

  app.get(
    '/api/v1/kiosk/call-staff/:id',
    {
      schema: {
        tags: ['kiosk'],
        summary:
          'Whether the office has seen this kiosk’s call (acknowledged or resolved), asked while it waits',
        security: kioskSecurity,
        params: PickupParams,
        response: { 200: StaffCallStatusSchema },
      },
      preHandler: terminal,
    },
    async (request) => staffCallStatus(ctx, terminalOf(request), request.params.id),
  );

  app.post(
    '/api/v1/kiosk/pickups',
    {
      schema: {
        tags: ['kiosk'],
        summary: 'Start a pickup with phone number and code',
        security: kioskSecurity,
        body: StartPickupBodySchema,
        response: { 201: StartedPickupSchema },
      },
      preHandler: terminal,
    },
    async (request, reply) => reply.code(201).send(await startPickup(ctx, terminalOf(request), request.body)),
  );

  app.get(
    '/api/v1/kiosk/pickups/:id',
    {
      schema: {
        tags: ['kiosk'],
        summary: 'What the kiosk shows for a running pickup',
        security: kioskSecurity,
        params: PickupParams,
        response: { 200: PickupStatusSchema },
      },
      preHandler: terminal,
    },
    async (request) => describePickup(ctx, terminalOf(request), request.params.id),
  );

  app.post(
    '/api/v1/kiosk/pickups/:id/check',
    {
      schema: {
        tags: ['kiosk'],
        summary: 'Answer the extra check (date of birth as day, month, year; old document in the reader)',
        security: kioskSecurity,
        params: PickupParams,
        body: PickupCheckBodySchema,
        response: { 200: PickupStatusSchema },
      },
      preHandler: terminal,
    },
    async (request) => submitPickupCheck(ctx, terminalOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/kiosk/pickups/:id/pin-letter',
    {
      schema: {
        tags: ['kiosk'],
        summary: 'The holder confirms the PIN letter (or says it did not come) right before the door opens',
        security: kioskSecurity,
        params: PickupParams,
        body: PinLetterBodySchema,
        response: { 200: PickupStatusSchema },
      },
      preHandler: terminal,
    },
    async (request) => answerPinLetter(ctx, terminalOf(request), request.params.id, request.body.received),
  );

  app.post(
    '/api/v1/kiosk/pickups/:id/open',
    {
      schema: {
        tags: ['kiosk'],
        summary: 'Open the compartment of a checked pickup',
        security: kioskSecurity,
        params: PickupParams,
        body: Type.Object({}, { additionalProperties: false }),
        response: { 200: OpenedCompartmentSchema },
      },
      preHandler: terminal,
    },
    async (request) => openCompartmentForPickup(ctx, terminalOf(request), request.params.id),
  );

  app.post(
    '/api/v1/kiosk/pickups/:id/cancel',
    {
      schema: {
        tags: ['kiosk'],
        summary: 'Abandon a pickup before the door opens',
        security: kioskSecurity,
        params: PickupParams,
        body: Type.Object({}, { additionalProperties: false }),
      },
      preHandler: terminal,
    },
    async (request, reply) => {
      await cancelPickup(ctx, terminalOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/kiosk/resend',
    {
      schema: {
        tags: ['kiosk'],
        summary: 'Send a new code to this number (same answer whether or not documents wait)',
        security: kioskSecurity,
        body: ResendCodeBodySchema,
        response: { 202: ResendAcceptedSchema },
      },
      preHandler: terminal,
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      await resendCodesForCitizen(ctx, principalOf(request).actor, request.body.phone);
      return reply.code(202).send({ message: t('kiosk.resend_accepted') });
    },
  );

  app.post(
    '/api/v1/pickups/:id/confirm',
    {
      schema: {
        tags: ['kiosk'],
        summary: 'Zone staff confirm a pickup that needs a staff member',
        params: PickupParams,
        body: Type.Object({}, { additionalProperties: false }),
        response: {
          200: Type.Object({
            pickupId: Type.String(),
            status: Type.Literal('ready'),
            expiresAt: Type.String(),
          }),
        },
      },
      preHandler: requireRoles(ctx, ['zone', 'clerk']),
    },
    async (request) => confirmPickupByStaff(ctx, request.params.id, principalOf(request)),
  );
}
