/** Dates and times on the site, in the current language and the box's timezone. */
import { currentLanguage } from '../lib/i18n/i18n.svelte.ts';
import { languageOf } from '../lib/i18n/languages.ts';

function locale(): string {
  return languageOf(currentLanguage()).htmlLang;
}

/** "20:00" (the texts add "Uhr"/"o'clock" where the language wants it). */
export function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale(), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));
}

/** "Samstag, 5. Dezember 2026, 20:00". */
export function formatDayAndTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));
}

/** "Montag" for ISO weekday 1. */
export function weekdayName(isoWeekday: number): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, isoWeekday, 12));
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** "28. Dezember 2026" for a local date `YYYY-MM-DD`. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12)));
}
