// The red phone's configuration: environment variables, what mode `sip` requires, and the dialled URI.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.ts';
import { productionTestConfig } from '../../testing/production-config.ts';
import { redPhoneConnectOrigin, sipTargetUri } from './red-phone.ts';

const base = { BP_DATA_DIR: '/tmp/bp-red-phone-config-test', BP_DEMO__SEED: 'false' };
const sipEnv = {
  ...base,
  BP_RED_PHONE__MODE: 'sip',
  BP_RED_PHONE__SIP_WEB_SOCKET_URL: 'wss://pbx.example.org:8089/ws',
  BP_RED_PHONE__SIP_URI: 'sip:kiosk@pbx.example.org',
  BP_RED_PHONE__SIP_PASSWORD: 'kiosk-extension-secret',
  BP_RED_PHONE__ONLY_DURING_HOTLINE_HOURS: 'false',
};

describe('red phone configuration', () => {
  it('is a desk phone dialling 115 by default', () => {
    const config = loadConfig(base);
    expect(config.redPhone).toMatchObject({
      mode: 'desk_phone',
      target: '115',
      displayNumber: '115',
      onlyDuringHotlineHours: true,
    });
    expect(redPhoneConnectOrigin(config)).toBeNull();
  });

  it('reads the SIP account from BP_RED_PHONE__… variables', () => {
    const config = loadConfig(sipEnv);
    expect(config.redPhone).toMatchObject({
      mode: 'sip',
      sipWebSocketUrl: 'wss://pbx.example.org:8089/ws',
      sipUri: 'sip:kiosk@pbx.example.org',
      sipPassword: 'kiosk-extension-secret',
      onlyDuringHotlineHours: false,
    });
    expect(redPhoneConnectOrigin(config)).toBe('wss://pbx.example.org:8089');
  });

  it('names the missing setting of mode sip by its variable', () => {
    const { BP_RED_PHONE__SIP_PASSWORD: _, ...withoutPassword } = sipEnv;
    expect(() => loadConfig(withoutPassword)).toThrow(ConfigError);
    expect(() => loadConfig(withoutPassword)).toThrow(/redPhone\.sipPassword \(BP_RED_PHONE__SIP_PASSWORD\)/);
  });

  it('refuses malformed URLs, and unencrypted ws:// in production', () => {
    expect(() => loadConfig({ ...sipEnv, BP_RED_PHONE__SIP_WEB_SOCKET_URL: 'https://pbx' })).toThrow(
      /redPhone\.sipWebSocketUrl/,
    );
    expect(() => loadConfig({ ...sipEnv, BP_RED_PHONE__SIP_URI: 'kiosk@pbx' })).toThrow(/redPhone\.sipUri/);
    expect(() =>
      loadConfig(
        { ...sipEnv, BP_RED_PHONE__SIP_WEB_SOCKET_URL: 'ws://pbx.example.org/ws' },
        productionTestConfig,
      ),
    ).toThrow(
      /redPhone\.sipWebSocketUrl \(BP_RED_PHONE__SIP_WEB_SOCKET_URL\) must be wss:\/\/ in production/,
    );
  });

  it('dials a number at the account’s domain, a full URI as given', () => {
    expect(sipTargetUri('115', 'sip:kiosk@pbx.example.org')).toBe('sip:115@pbx.example.org');
    expect(sipTargetUri('+49 3303', 'sip:kiosk@pbx.example.org')).toBe('sip:+49%203303@pbx.example.org');
    expect(sipTargetUri('sip:service@other.example', 'sip:kiosk@pbx.example.org')).toBe(
      'sip:service@other.example',
    );
  });
});
