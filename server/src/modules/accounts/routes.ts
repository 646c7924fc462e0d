/** Login, logout, who am I, staff accounts and API tokens. */
import { LoginOptionsSchema, MeViewSchema, PasswordChangeSchema, staffRoles } from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import {
  bearerOrCookie,
  clearSessionCookie,
  principalOf,
  requireRoles,
  setSessionCookie,
} from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { createStaffUser, describePrincipal, loginWithPassword, logout } from './accounts-service.ts';
import { changeOwnPassword } from './password-change.ts';
import { oidcRoutes } from './oidc/oidc-routes.ts';
import { assertLoginNotBraked, countLoginFailure } from './login-brake.ts';
import { AppError } from '../../platform/errors.ts';

const Role = Type.Enum(staffRoles);
const Username = Type.String({ minLength: 2, maxLength: 64, pattern: '^[a-zA-Z0-9._-]+$' });

export function accountRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Log in with a local staff account',
        body: Type.Object(
          {
            username: Type.String({ minLength: 1, maxLength: 64 }),
            password: Type.String({ minLength: 1, maxLength: 256 }),
          },
          { additionalProperties: false },
        ),
        // The session travels only in its HttpOnly cookie, never in the body (a script could read it there).
        response: {
          200: Type.Object({
            expiresAt: Type.String(),
            user: Type.Object({
              id: Type.String(),
              username: Type.String(),
              displayName: Type.String(),
              roles: Type.Array(Role),
            }),
            mustChangePassword: Type.Boolean(),
          }),
        },
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      await assertLoginNotBraked(ctx, username);
      const result = await loginWithPassword(ctx, username, password).catch(async (error: unknown) => {
        if (error instanceof AppError && error.status === 401) await countLoginFailure(ctx, username);
        throw error;
      });
      setSessionCookie(reply, ctx, result.token, result.expiresAt);
      return {
        expiresAt: result.expiresAt,
        user: result.user,
        mustChangePassword: result.mustChangePassword,
      };
    },
  );

  app.post('/api/v1/auth/logout', { schema: { tags: ['accounts'] } }, async (request, reply) => {
    const token = bearerOrCookie(request, ctx);
    if (token) await logout(ctx, token);
    clearSessionCookie(reply, ctx);
    return reply.code(204).send();
  });

  app.get(
    '/api/v1/auth/me',
    {
      schema: { tags: ['accounts'], response: { 200: MeViewSchema } },
      preHandler: requireRoles(ctx, staffRoles, { duringPasswordChange: true }),
    },
    async (request) => describePrincipal(ctx, principalOf(request)),
  );

  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change your own password (also the way out of a one-time password)',
        description:
          'The new password has 12 to 256 characters and differs from the current one; other sessions end.',
        body: PasswordChangeSchema,
      },
      preHandler: requireRoles(ctx, staffRoles, { duringPasswordChange: true }),
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      await changeOwnPassword(ctx, principalOf(request), bearerOrCookie(request, ctx)!, request.body);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/auth/options',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Which ways of signing in the login page offers (public)',
        response: { 200: LoginOptionsSchema },
      },
    },
    async () => ({ oidc: ctx.config.oidc.enabled }),
  );

  oidcRoutes(app, ctx);

  app.post(
    '/api/v1/staff-users',
    {
      schema: {
        tags: ['accounts'],
        body: Type.Object(
          {
            username: Username,
            displayName: Type.String({ minLength: 1, maxLength: 120 }),
            password: Type.String({ minLength: 12, maxLength: 256 }),
            roles: Type.Array(Role, { minItems: 1, maxItems: 5, uniqueItems: true }),
            officeId: Type.Optional(Type.String({ maxLength: 64 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String() }) },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request, reply) => {
      const id = await createStaffUser(ctx, request.body, principalOf(request));
      return reply.code(201).send({ id });
    },
  );
}
