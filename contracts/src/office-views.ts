/** What the back office reads about the signed-in person and about how they may sign in. */
import { Type, type Static } from 'typebox';
import { staffRoles } from './roles.ts';

export const SignedInUserSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.Enum(staffRoles)),
});
export type SignedInUser = Static<typeof SignedInUserSchema>;

/** `GET /api/v1/auth/me`: the principal as the rules see it, plus the person behind a staff session. */
export const MeViewSchema = Type.Object({
  actor: Type.Object({ type: Type.String(), id: Type.Union([Type.String(), Type.Null()]) }),
  triggers: Type.Array(Type.String()),
  /** Null for an API token (no person behind it). */
  user: Type.Union([SignedInUserSchema, Type.Null()]),
  /** A one-time password is in use: every other staff route answers 403 `password_change_required`. */
  mustChangePassword: Type.Boolean(),
});
export type MeView = Static<typeof MeViewSchema>;

/** `GET /api/v1/auth/options`: which ways of signing in the login page offers. */
export const LoginOptionsSchema = Type.Object({
  oidc: Type.Boolean(),
});
export type LoginOptions = Static<typeof LoginOptionsSchema>;
