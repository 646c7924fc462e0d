/** German texts of the public site's server answers (the site's own page texts live in web/src/site/i18n). */
export const publicSite = {
  auditActions: {
    document_status_lookup: 'Abfrage „Ist mein Dokument abholbereit?“ auf der Website',
    document_status_lookup_refused: 'Abfrage „Ist mein Dokument abholbereit?“ abgewiesen: zu viele Abfragen',
  },
} as const;
