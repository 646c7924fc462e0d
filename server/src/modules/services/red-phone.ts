/**
 * The kiosk's red phone settings (config section `redPhone`): the mode, whether the call may be offered now (the 115
 * hotline's hours, `hotline.ts`) and, in mode `sip`, the SIP account the kiosk's browser registers with. Only an
 * authenticated kiosk terminal gets the account; the password is the kiosk's own restricted extension.
 */
import type { RedPhoneSettings } from '@buergerpunkt/contracts';
import type { Config } from '../../config.ts';
import type { AppContext } from '../../context.ts';
import { hotlineStatus } from './hotline.ts';

/** `115` → `sip:115@<the account's domain>`; a full `sip:`/`sips:` URI stays as it is. */
export function sipTargetUri(target: string, accountUri: string): string {
  if (/^sips?:/i.test(target)) return target;
  const domain = accountUri.slice(accountUri.indexOf('@') + 1);
  return `sip:${encodeURIComponent(target).replace(/%2B/g, '+')}@${domain}`;
}

/** The origin the kiosk page's Content-Security-Policy must let it connect to (`connect-src`), or null. */
export function redPhoneConnectOrigin(config: Pick<Config, 'redPhone'>): string | null {
  const { mode, sipWebSocketUrl } = config.redPhone;
  if (mode !== 'sip' || !sipWebSocketUrl) return null;
  const url = new URL(sipWebSocketUrl);
  return `${url.protocol}//${url.host}`;
}

export function redPhoneSettings(ctx: AppContext): RedPhoneSettings {
  const config = ctx.config.redPhone;
  const hotline = hotlineStatus(ctx);
  const sip =
    config.mode === 'sip'
      ? {
          webSocketUrl: config.sipWebSocketUrl!,
          uri: config.sipUri!,
          authorizationUser: config.sipAuthorizationUser ?? null,
          password: config.sipPassword!,
          displayName: config.sipDisplayName,
          target: sipTargetUri(config.target, config.sipUri!),
        }
      : null;
  return {
    mode: config.mode,
    displayNumber: config.displayNumber,
    hotline,
    callNow: config.mode !== 'off' && (hotline.openNow || !config.onlyDuringHotlineHours),
    sip,
  };
}
