/** Admin endpoints to set up boxes: create a box, change its settings, add compartments. */
import {
  BoxChangeSchema,
  BoxSettingsViewSchema,
  CompartmentAdminViewSchema,
  NewBoxSchema,
  NewCompartmentSchema,
  staffRoles,
} from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { addCompartment, createBox, getBoxSettings, updateBox } from './box-admin.ts';

const BoxParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export function boxAdminRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/boxes/:id/settings',
    {
      schema: {
        tags: ['boxes'],
        summary: "A box's name, place, federal state and time zone",
        params: BoxParams,
        response: { 200: BoxSettingsViewSchema },
      },
      preHandler: requireRoles(ctx, staffRoles),
    },
    async (request) => getBoxSettings(ctx, request.params.id),
  );

  app.post(
    '/api/v1/boxes',
    {
      schema: {
        tags: ['boxes'],
        summary: 'Create a box (without compartments and opening hours: add them next)',
        body: NewBoxSchema,
        response: { 201: BoxSettingsViewSchema },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request, reply) => reply.code(201).send(await createBox(ctx, request.body, principalOf(request))),
  );

  app.patch(
    '/api/v1/boxes/:id',
    {
      schema: {
        tags: ['boxes'],
        summary: "Change a box's name, place, federal state or time zone",
        params: BoxParams,
        body: BoxChangeSchema,
        response: { 200: BoxSettingsViewSchema },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request) => updateBox(ctx, request.params.id, request.body, principalOf(request)),
  );

  app.post(
    '/api/v1/boxes/:id/compartments',
    {
      schema: {
        tags: ['boxes'],
        summary: 'Add a compartment to a box',
        params: BoxParams,
        body: NewCompartmentSchema,
        response: { 201: CompartmentAdminViewSchema },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request, reply) =>
      reply.code(201).send(await addCompartment(ctx, request.params.id, request.body, principalOf(request))),
  );
}
