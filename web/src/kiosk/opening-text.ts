/** The start screen's one sentence on whether the DokBox is open now, in the current language. */
import { currentLanguage, t } from '../lib/i18n/i18n.svelte.ts';
import { languageOf } from '../lib/i18n/languages.ts';
import type { OpeningStatus } from './kiosk-api.ts';

function format(iso: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(languageOf(currentLanguage()).htmlLang, {
    timeZone: 'Europe/Berlin',
    ...options,
  }).format(new Date(iso));
}

export function openingText(status: OpeningStatus): string {
  if (!status.inService) return t('kiosk.start.statusOutOfService');
  if (status.openNow) {
    // Open around the clock (demo) or past midnight: no "until" worth saying.
    const closes = status.closesAt ? Date.parse(status.closesAt) : NaN;
    // A day that ends at 23:59 runs on into the next: "until 23:59" would be no help.
    const untilMidnight =
      status.closesAt !== null &&
      new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', timeStyle: 'short' }).format(
        new Date(status.closesAt),
      ) === '23:59';
    return Number.isFinite(closes) && closes - Date.now() < 24 * 3600 * 1000 && !untilMidnight
      ? t('kiosk.start.statusOpenUntil', { time: format(status.closesAt!, { timeStyle: 'short' }) })
      : t('kiosk.start.statusOpen');
  }
  if (!status.nextOpensAt) return t('kiosk.start.statusClosed');
  return t('kiosk.start.statusClosedUntil', {
    day: format(status.nextOpensAt, { weekday: 'long', day: 'numeric', month: 'long' }),
    time: format(status.nextOpensAt, { timeStyle: 'short' }),
  });
}
