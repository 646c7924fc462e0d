/** The public site's 115 pages (German; other languages fall back to it). Shared service texts: lib/i18n/services. */
export const siteServices = {
  nav: 'Leistungen und 115',
  heading: 'Leistungen der Verwaltung und die 115',
  intro:
    'Hier finden Sie, was Sie für Ausweis, Ummeldung, Führerschein und viele andere Anliegen brauchen und wer zuständig ist. Schreiben Sie einfach, was Sie suchen, auch in Ihren eigenen Worten.',
  suggestionsCount: '{{count}} Vorschläge unter dem Suchfeld.',
  back: 'Zur Suche',
  notFound: 'Leistung nicht gefunden',
  ask: 'Noch Fragen?',
  askLink: 'Rufen Sie die 115 an oder bitten Sie um einen Rückruf.',
};
