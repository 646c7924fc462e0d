// Counted office texts agree with their number: "1 offener Alarm", "2 offene Alarme" (i18next plural keys).
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { office } from './index.ts';

describe('office plurals', async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'de',
    resources: { de: { translation: { office } } },
    interpolation: { escapeValue: false },
  });

  it('the dashboard counts open alerts in singular and plural', () => {
    expect(i18n.t('office.dashboard.alertsCount', { count: 1 })).toMatch(/^1 offener Alarm – /);
    expect(i18n.t('office.dashboard.alertsCount', { count: 2 })).toMatch(/^2 offene Alarme – /);
  });

  it('the pickup-rule note counts open documents in singular and plural', () => {
    expect(i18n.t('office.admin.types.policyNote', { count: 1 })).toContain(
      '1 offenes Dokument dieser Art behält seine bisherige Regel.',
    );
    expect(i18n.t('office.admin.types.policyNote', { count: 3 })).toContain(
      '3 offene Dokumente dieser Art behalten ihre bisherige Regel.',
    );
  });
});
