/** Admin endpoints for staff accounts: list, view, change, reset password (creating one is in routes.ts). */
import { tenantIdOf } from '../tenants/tenant-scope.ts';
import {
  PasswordResetResultSchema,
  StaffAccountChangeSchema,
  StaffAccountViewSchema,
} from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { getStaffUser, listStaffUsers, resetStaffPassword, updateStaffUser } from './staff-admin.ts';

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export function staffAdminRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/staff-users',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Staff accounts (never password hashes)',
        response: { 200: Type.Array(StaffAccountViewSchema) },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request) => listStaffUsers(ctx, tenantIdOf(request.principal)),
  );

  app.get(
    '/api/v1/staff-users/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'One staff account',
        params: Params,
        response: { 200: StaffAccountViewSchema },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request) => getStaffUser(ctx, request.params.id),
  );

  app.patch(
    '/api/v1/staff-users/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: "Change a staff account's name, roles or office, or lock / unlock it",
        description: 'An admin cannot remove their own admin role nor lock their own account (409).',
        params: Params,
        body: StaffAccountChangeSchema,
        response: { 200: StaffAccountViewSchema },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request) => updateStaffUser(ctx, request.params.id, request.body, principalOf(request)),
  );

  app.post(
    '/api/v1/staff-users/:id/reset-password',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Set a random one-time password (shown once in this answer) and end the sessions',
        params: Params,
        response: { 200: PasswordResetResultSchema },
      },
      preHandler: requireRoles(ctx, ['admin']),
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request) => resetStaffPassword(ctx, request.params.id, principalOf(request)),
  );
}
