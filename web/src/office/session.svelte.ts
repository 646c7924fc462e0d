/**
 * Who is signed in to the back office. `load` asks the server (`GET /api/v1/auth/me`); without a valid session
 * the shell shows the login page in place of whatever page was asked for, and shows that page after signing in.
 */
import type { LoginOptions, MeView, StaffRole, SignedInUser } from '@buergerpunkt/contracts';
import { ApiError, createApiClient } from '../lib/api/client.ts';

type Status = 'loading' | 'anonymous' | 'signed-in';

/** The session's own client: a 401 here is an answer, not a reason to expire anything. */
const plain = createApiClient();

const state = $state({
  status: 'loading' as Status,
  user: null as SignedInUser | null,
  /** True when a session ended under the person (expired, logged out elsewhere), for a hint on the login page. */
  expired: false,
  oidc: false,
  /** Signed in with a one-time password: only the "choose a new password" form until it is changed. */
  mustChangePassword: false,
});

/** The flag as the login answer or `auth/me` carries it (beside the user, or on it). */
function mustChangeIn(answer: unknown): boolean {
  const record = answer as { mustChangePassword?: unknown; user?: { mustChangePassword?: unknown } | null };
  return record?.mustChangePassword === true || record?.user?.mustChangePassword === true;
}

export const session = {
  get status(): Status {
    return state.status;
  },
  get user(): SignedInUser | null {
    return state.user;
  },
  get roles(): readonly StaffRole[] {
    return state.user?.roles ?? [];
  },
  get expired(): boolean {
    return state.expired;
  },
  get oidcEnabled(): boolean {
    return state.oidc;
  },
  get mustChangePassword(): boolean {
    return state.mustChangePassword;
  },

  /** A staff route answered `password_change_required`. */
  requirePasswordChange(): void {
    if (state.status === 'signed-in') state.mustChangePassword = true;
  },

  passwordChanged(): void {
    state.mustChangePassword = false;
  },

  async load(): Promise<void> {
    try {
      const me = await plain.get<MeView>('/api/v1/auth/me');
      state.user = me.user;
      state.mustChangePassword = mustChangeIn(me);
      state.status = me.user ? 'signed-in' : 'anonymous';
    } catch (error) {
      if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 403)) throw error;
      state.user = null;
      state.status = 'anonymous';
    }
    if (state.status === 'anonymous') await this.loadOptions();
  },

  async loadOptions(): Promise<void> {
    try {
      state.oidc = (await plain.get<LoginOptions>('/api/v1/auth/options')).oidc;
    } catch {
      state.oidc = false;
    }
  },

  /** Signs in with a local account; throws the server's ApiError (e.g. invalid_credentials). */
  async login(username: string, password: string): Promise<void> {
    const result = await plain.post<{ user: SignedInUser }>('/api/v1/auth/login', { username, password });
    state.user = result.user;
    state.mustChangePassword = mustChangeIn(result);
    state.expired = false;
    state.status = 'signed-in';
  },

  async logout(): Promise<void> {
    try {
      await plain.post('/api/v1/auth/logout');
    } finally {
      state.user = null;
      state.expired = false;
      state.mustChangePassword = false;
      state.status = 'anonymous';
      void this.loadOptions();
    }
  },

  /** Called on any 401 from the API: the session is gone. */
  expire(): void {
    if (state.status !== 'signed-in') return;
    state.user = null;
    state.expired = true;
    state.status = 'anonymous';
    void this.loadOptions();
  },
};
