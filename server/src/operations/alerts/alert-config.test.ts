import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { productionTestConfig } from '../../testing/production-config.ts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'bp-alert-config-'));
const secret = 'whsec_' + Buffer.from('a-webhook-secret-of-enough-bytes-0123456789').toString('base64');

describe('alert notification settings', () => {
  it('take recipients per rule from the environment as JSON', () => {
    const config = loadConfig({
      BP_DATA_DIR: dataDir(),
      BP_ALERTS__RECIPIENTS: '{"default":["it@stadt.example"],"box_offline":["https://chat.example/hook"]}',
      BP_ALERTS__SMTP_URL: 'smtp://mail.stadt.example:587',
      BP_ALERTS__WEBHOOK_SECRET: secret,
      BP_ALERTS__QUIET_HOURS_START: '22:00',
    });
    expect(config.alerts).toMatchObject({
      recipients: { default: ['it@stadt.example'], box_offline: ['https://chat.example/hook'] },
      quietHoursStart: '22:00',
      repeatMinutes: 240,
    });
  });

  it('refuse e-mail without a mail server, webhooks without a secret, and unknown rules', () => {
    const base = { dataDir: dataDir() };
    expect(() =>
      loadConfig({}, { ...base, alerts: { recipients: { default: ['it@stadt.example'] } } }),
    ).toThrow(/alerts\.smtpUrl \(BP_ALERTS__SMTP_URL\) is required/);
    expect(() =>
      loadConfig({}, { ...base, alerts: { recipients: { disk_full: ['https://chat.example/hook'] } } }),
    ).toThrow(/alerts\.webhookSecret \(BP_ALERTS__WEBHOOK_SECRET\) is required/);
    expect(() =>
      loadConfig(
        {},
        { ...base, alerts: { smtpUrl: 'smtp://m', recipients: { box_on_fire: ['it@stadt.example'] } } },
      ),
    ).toThrow(/unknown rule\(s\) box_on_fire/);
    expect(() => loadConfig({}, { ...base, alerts: { webhookSecret: 'whsec_short' } })).toThrow(
      /alerts\.webhookSecret/,
    );
  });

  it('refuse a plain-http webhook in production', () => {
    expect(() =>
      loadConfig(
        {},
        {
          ...productionTestConfig,
          dataDir: dataDir(),
          alerts: { webhookSecret: secret, recipients: { default: ['http://chat.example/hook'] } },
        },
      ),
    ).toThrow(/alerts\.recipients \(BP_ALERTS__RECIPIENTS\) must name webhooks with https:\/\//);
  });
});
