/** The site's zone pages in German: submit a suggestion, the published suggestions, the transparency figures. */
export const siteZone = {
  nav: {
    suggest: 'Anregung geben',
    suggestions: 'Anregungen und Antworten',
    transparency: 'Zahlen zum Bürgerpunkt',
  },
  suggest: {
    heading: 'Ihre Anregung für den Bürgerpunkt',
    intro:
      'Was können wir besser machen? Schreiben Sie uns. Sie müssen keinen Namen angeben. Ausgewählte Anregungen veröffentlichen wir mit unserer Antwort – ohne Ihren Namen und ohne Kontaktdaten.',
    toList: 'Anregungen und Antworten ansehen',
  },
  list: {
    heading: 'Anregungen und unsere Antworten',
    intro:
      'Hier stehen Anregungen von Bürgerinnen und Bürgern und die Antworten der Stadt. Namen und Kontaktdaten zeigen wir nie.',
    empty: 'Noch keine veröffentlichten Anregungen.',
    item: 'Anregung {{reference}}',
    submittedOn: 'Eingegangen am {{date}}',
    status: 'Stand: {{status}}',
    answer: 'Antwort der Stadt',
    answeredOn: 'beantwortet am {{date}}',
    noAnswer: 'Noch keine Antwort.',
    toSuggest: 'Eigene Anregung geben',
    statuses: {
      received: 'Eingegangen',
      in_review: 'In Prüfung',
      answered: 'Beantwortet',
      implemented: 'Umgesetzt',
      declined: 'Abgelehnt',
    },
  },
  transparency: {
    heading: 'Zahlen zum Bürgerpunkt',
    intro: 'So wird der Bürgerpunkt genutzt. Wir zeigen nur Summen, nie Angaben über einzelne Personen.',
    totalsHeading: 'Die letzten zwölf Monate und der laufende Monat',
    handedOut: 'Dokumente über die DokBox ausgegeben',
    averageDays: 'Durchschnittliche Tage vom Einlegen bis zur Abholung',
    received: 'Anregungen eingegangen',
    answered: 'Anregungen beantwortet',
    monthsHeading: 'Nach Monaten',
    month: 'Monat',
    none: '–',
    days: '{{value}} Tage',
  },
};
