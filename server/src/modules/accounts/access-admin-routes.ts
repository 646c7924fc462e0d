/** Admin endpoints for kiosk terminals and API tokens (the secrets are shown once, in the creating answer). */
import { tenantIdOf } from '../tenants/tenant-scope.ts';
import {
  ApiTokenListSchema,
  ApiTokenViewSchema,
  CreatedApiTokenSchema,
  CreatedTerminalSchema,
  NewApiTokenSchema,
  NewTerminalSchema,
  TerminalChangeSchema,
  TerminalListSchema,
  TerminalViewSchema,
} from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.ts';
import { createTerminalForBox, listTerminals, renameTerminal, revokeTerminal } from './terminals.ts';

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const EmptyBody = Type.Object({}, { additionalProperties: false });

export function accessAdminRoutes(app: App, ctx: AppContext): void {
  const admin = requireRoles(ctx, ['admin']);

  app.get(
    '/api/v1/terminals',
    {
      schema: { tags: ['accounts'], summary: 'Kiosk terminals', response: { 200: TerminalListSchema } },
      preHandler: admin,
    },
    async (request) => ({ terminals: await listTerminals(ctx, tenantIdOf(request.principal)) }),
  );

  app.post(
    '/api/v1/terminals',
    {
      schema: {
        tags: ['accounts'],
        summary: "Create a box's kiosk terminal; the key and pairing link are shown only in this answer",
        body: NewTerminalSchema,
        response: { 201: CreatedTerminalSchema },
      },
      preHandler: admin,
    },
    async (request, reply) =>
      reply.code(201).send(await createTerminalForBox(ctx, request.body, principalOf(request))),
  );

  app.patch(
    '/api/v1/terminals/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Rename a kiosk terminal',
        params: Params,
        body: TerminalChangeSchema,
        response: { 200: TerminalViewSchema },
      },
      preHandler: admin,
    },
    async (request) => renameTerminal(ctx, request.params.id, request.body.name, principalOf(request)),
  );

  app.post(
    '/api/v1/terminals/:id/revoke',
    {
      schema: {
        tags: ['accounts'],
        summary: "Revoke a terminal's key: every kiosk route answers 403 terminal_revoked at once",
        params: Params,
        body: EmptyBody,
        response: { 200: TerminalViewSchema },
      },
      preHandler: admin,
    },
    async (request) => revokeTerminal(ctx, request.params.id, principalOf(request)),
  );

  app.get(
    '/api/v1/api-tokens',
    {
      schema: {
        tags: ['accounts'],
        summary: 'API tokens of integrations (never the secrets)',
        response: { 200: ApiTokenListSchema },
      },
      preHandler: admin,
    },
    async (request) => ({ tokens: await listApiTokens(ctx, tenantIdOf(request.principal)) }),
  );

  app.post(
    '/api/v1/api-tokens',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Create an API token (expires after 1–365 days, never the admin role); the secret is shown once',
        body: NewApiTokenSchema,
        response: { 201: CreatedApiTokenSchema },
      },
      preHandler: admin,
    },
    async (request, reply) =>
      reply.code(201).send(await createApiToken(ctx, request.body, principalOf(request))),
  );

  app.post(
    '/api/v1/api-tokens/:id/revoke',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Revoke an API token: it answers 401 at once',
        params: Params,
        body: EmptyBody,
        response: { 200: ApiTokenViewSchema },
      },
      preHandler: admin,
    },
    async (request) => revokeApiToken(ctx, request.params.id, principalOf(request)),
  );
}
