/** Kiosk pairing by code: the kiosk asks and polls (anonymous, with its pairing secret); an admin confirms. */
import {
  KioskPairingConfirmSchema,
  KioskPairingConfirmedSchema,
  KioskPairingCreatedSchema,
  KioskPairingStatusSchema,
} from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { forbidden } from '../../platform/errors.ts';
import { confirmPairing, createPairing, pollPairing } from './kiosk-pairing.ts';

const Params = Type.Object({ pairingId: Type.String({ minLength: 1, maxLength: 64 }) });

export function kioskPairingRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/kiosk/pairings',
    {
      schema: {
        tags: ['kiosk'],
        summary: 'An unpaired kiosk asks for a pairing code (valid 15 minutes; 10 per address in 15 minutes)',
        response: { 201: KioskPairingCreatedSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createPairing(ctx, request.ip)),
  );

  app.get(
    '/api/v1/kiosk/pairings/:pairingId',
    {
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['kiosk'],
        summary: 'The kiosk polls its pairing with header x-pairing-secret; the key is handed out once',
        params: Params,
        response: { 200: KioskPairingStatusSchema },
      },
    },
    async (request) => {
      const secret = request.headers['x-pairing-secret'];
      if (typeof secret !== 'string' || secret.length < 16 || secret.length > 200) {
        throw forbidden('pairing_secret_invalid');
      }
      return pollPairing(ctx, request.params.pairingId, secret);
    },
  );

  app.post(
    '/api/v1/terminals/pairings',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['accounts'],
        summary: 'An admin confirms the code a kiosk shows: creates the terminal for the box (audited)',
        body: KioskPairingConfirmSchema,
        response: { 201: KioskPairingConfirmedSchema },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request, reply) =>
      reply.code(201).send(await confirmPairing(ctx, request.body, principalOf(request))),
  );
}
