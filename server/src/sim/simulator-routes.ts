/**
 * Dev endpoints that play the people at a simulated box (take, place, close a door…) so a whole pickup can be driven
 * through the API alone. They exist only in demo mode with the simulated box; otherwise they are not registered
 * (404). They need no login on purpose: they stand for hands on the hardware, not for a role in the system.
 */
import { Type } from 'typebox';
import type { AppContext } from '../context.ts';
import type { App } from '../http/app-types.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import { findBox } from '../modules/boxes/boxes-repository.ts';
import { simulatedBoxesOf } from './simulated-boxes.ts';
import type { SimulatorTarget, SimulatorTargets } from './simulator-target.ts';

const compartmentActions = [
  'take',
  'place',
  'close',
  'open_by_force',
  'jam_next_unlock',
  'sensor_off',
  'sensor_on',
] as const;

const SimulatedBoxStateSchema = Type.Object({
  boxId: Type.String(),
  online: Type.Boolean(),
  journal: Type.Integer(),
  executedCommands: Type.Integer(),
  compartments: Type.Array(
    Type.Object({
      number: Type.Integer(),
      door: Type.String(),
      occupied: Type.Boolean(),
      hasSensor: Type.Boolean(),
      jamNextUnlock: Type.Boolean(),
    }),
  ),
});

const BoxParams = Type.Object({ boxId: Type.String({ minLength: 1, maxLength: 64 }) });

export function simulatorEnabled(ctx: AppContext): boolean {
  return ctx.config.box.simulated && ctx.config.mode === 'demo';
}

function simulated(ctx: AppContext, boxId: string): { boxes: SimulatorTargets; box: SimulatorTarget } {
  const boxes = simulatedBoxesOf(ctx);
  const box = boxes?.get(boxId);
  if (!boxes || !box) throw notFound('box_not_found');
  return { boxes, box };
}

export function simulatorRoutes(app: App, ctx: AppContext): void {
  if (!simulatorEnabled(ctx)) return;

  app.get(
    '/api/v1/dev/simulator/boxes/:boxId',
    {
      schema: {
        tags: ['dev'],
        summary: 'Demo only: the simulated box as its hardware stands (doors, contents, sensors, link)',
        params: BoxParams,
        response: { 200: SimulatedBoxStateSchema },
      },
    },
    async (request) => {
      const { boxes, box } = simulated(ctx, request.params.boxId);
      // Commands queued by other requests (a kiosk's unlock) are carried out before the state is shown.
      await boxes.settle();
      return box.state();
    },
  );

  app.post(
    '/api/v1/dev/simulator/boxes/:boxId',
    {
      schema: {
        tags: ['dev'],
        summary:
          'Demo only: take the simulated box off the network or bring it back (connect also starts the simulated ' +
          'hardware of a box created after the demo started)',
        params: BoxParams,
        body: Type.Object(
          { action: Type.Union([Type.Literal('disconnect'), Type.Literal('connect')]) },
          { additionalProperties: false },
        ),
        response: { 200: SimulatedBoxStateSchema },
      },
    },
    async (request) => {
      // "connect" also gives a box created while the demo runs its simulated hardware and agent.
      const targets = simulatedBoxesOf(ctx);
      if (request.body.action === 'connect' && targets?.attach && !targets.get(request.params.boxId)) {
        if (!(await findBox(ctx.db, request.params.boxId))) throw notFound('box_not_found');
        await targets.attach(request.params.boxId);
      }
      const { boxes, box } = simulated(ctx, request.params.boxId);
      if (request.body.action === 'connect') await box.connect();
      else box.disconnect();
      await boxes.settle();
      return box.state();
    },
  );

  app.post(
    '/api/v1/dev/simulator/boxes/:boxId/compartments/:number',
    {
      schema: {
        tags: ['dev'],
        summary: 'Demo only: act on a compartment of the simulated box as a person would',
        description:
          'take / place: what is in the open compartment; close: close its door; open_by_force: open it without ' +
          'an unlock; jam_next_unlock: the next unlock fails; sensor_off / sensor_on: the occupancy sensor. ' +
          'place with oldDocument lays an old identity document into a deposit compartment for the reader ' +
          '(number, holder matching or not, unreadable, reader fault).',
        params: Type.Object({
          boxId: BoxParams.properties.boxId,
          number: Type.Integer({ minimum: 1, maximum: 1000 }),
        }),
        body: Type.Object(
          {
            action: Type.Enum(compartmentActions),
            /** With `place`: the old identity document laid in, as the box's simulated reader will read it. */
            oldDocument: Type.Optional(
              Type.Object(
                {
                  documentNumber: Type.Optional(Type.String({ pattern: '^[A-Z0-9]{6,12}$' })),
                  holderMatches: Type.Optional(Type.Boolean()),
                  readable: Type.Optional(Type.Boolean()),
                  readerFault: Type.Optional(Type.Boolean()),
                },
                { additionalProperties: false },
              ),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: SimulatedBoxStateSchema },
      },
    },
    async (request) => {
      const { boxes, box } = simulated(ctx, request.params.boxId);
      const { action, oldDocument } = request.body;
      if (oldDocument && action !== 'place') throw badRequest('simulator_old_document_needs_place');
      if (oldDocument) box.placeOldDocument(request.params.number, oldDocument);
      else box.act(request.params.number, action);
      // Answer once the hub has processed what the box reported, so the next API read shows the outcome.
      await boxes.settle();
      return box.state();
    },
  );
}
