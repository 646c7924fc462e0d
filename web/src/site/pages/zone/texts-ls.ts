/** The site's zone pages in Leichte Sprache (same keys as texts-de.ts). */
export const siteZone = {
  nav: {
    suggest: 'Ideen schreiben',
    suggestions: 'Ideen und Antworten',
    transparency: 'Zahlen',
  },
  suggest: {
    heading: 'Ihre Idee für den Bürgerpunkt',
    intro:
      'Haben Sie eine Idee? Schreiben Sie uns.\n\nSie müssen Ihren Namen nicht sagen.\n\nManche Ideen zeigen wir hier. Dann zeigen wir auch unsere Antwort. Ihren Namen zeigen wir nie.',
    toList: 'Ideen und Antworten ansehen',
  },
  list: {
    heading: 'Ideen und Antworten',
    intro:
      'Hier stehen Ideen von Menschen aus der Stadt. Hier stehen auch die Antworten. Namen zeigen wir nie.',
    empty: 'Hier steht noch nichts.',
    item: 'Idee {{reference}}',
    submittedOn: 'Gekommen am {{date}}',
    status: 'Stand: {{status}}',
    answer: 'Antwort von der Stadt',
    answeredOn: 'Antwort vom {{date}}',
    noAnswer: 'Noch keine Antwort.',
    toSuggest: 'Eigene Idee schreiben',
    statuses: {
      received: 'Ist angekommen',
      in_review: 'Wird geprüft',
      answered: 'Hat eine Antwort',
      implemented: 'Ist gemacht',
      declined: 'Wird nicht gemacht',
    },
  },
  transparency: {
    heading: 'Zahlen',
    intro: 'Hier sehen Sie: So oft nutzen Menschen den Bürgerpunkt. Wir zeigen nur Summen.',
    totalsHeading: 'Die letzten 12 Monate',
    handedOut: 'So viele Dokumente kamen aus der DokBox',
    averageDays: 'So viele Tage lagen die Dokumente in der DokBox',
    received: 'So viele Ideen kamen',
    answered: 'So viele Ideen haben eine Antwort',
    monthsHeading: 'Für jeden Monat',
    month: 'Monat',
    none: '–',
    days: '{{value}} Tage',
  },
};
