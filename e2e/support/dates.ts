/**
 * Calendar dates relative to the test's clock (the real one, or the one `faketime` gives the test run and the hub it
 * starts), so a test never depends on a fixed year and never turns into a time bomb.
 */

/** The box's local date (Europe/Berlin) `days` after today, as `YYYY-MM-DD`. */
export function berlinDate(days: number, now: Date = new Date()): string {
  return new Date(now.getTime() + days * 86_400_000).toLocaleDateString('sv-SE', {
    timeZone: 'Europe/Berlin',
  });
}

/** How the German pages write a date: `1. März 2027`. */
export function germanLongDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('de-DE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
