/**
 * The hub as an OpenID Connect client (openid-client v6): the provider's configuration from discovery, kept per
 * hub and fetched again after a failure. Plain-http providers are accepted in demo mode only (local test providers).
 */
import type * as OidcClient from 'openid-client';
import type { AppContext } from '../../../context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';

export type OidcSettings = AppContext['config']['oidc'];

/** openid-client is loaded on the first single sign-on, not at start (a hub without OIDC never needs it). */
export const loadOidcClient = (): Promise<typeof OidcClient> => import('openid-client');

const configurations = new WeakMap<object, Promise<OidcClient.Configuration>>();

export function oidcSettings(ctx: AppContext): OidcSettings {
  const settings = ctx.config.oidc;
  if (!settings.enabled || !settings.issuerUrl || !settings.clientId) throw notFound('oidc_disabled');
  return settings;
}

export function redirectUrlOf(ctx: AppContext): string {
  return ctx.config.oidc.redirectUrl ?? new URL('/api/v1/auth/oidc/callback', ctx.config.publicUrl).href;
}

export async function oidcConfiguration(ctx: AppContext): Promise<OidcClient.Configuration> {
  const settings = oidcSettings(ctx);
  const client = await loadOidcClient();
  let pending = configurations.get(ctx.config);
  if (!pending) {
    const insecure = settings.issuerUrl!.startsWith('http://');
    if (insecure && ctx.config.mode !== 'demo') throw new AppError(503, 'oidc_unavailable');
    pending = client.discovery(
      new URL(settings.issuerUrl!),
      settings.clientId!,
      settings.clientSecret,
      undefined,
      insecure ? { execute: [client.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
    );
    configurations.set(ctx.config, pending);
    pending.catch(() => configurations.delete(ctx.config));
  }
  try {
    return await pending;
  } catch (error) {
    ctx.log.warn({ err: error }, 'OIDC discovery failed');
    throw new AppError(503, 'oidc_unavailable');
  }
}
