/** The site's zone pages in English (same keys as texts-de.ts). */
export const siteZone = {
  nav: {
    suggest: 'Make a suggestion',
    suggestions: 'Suggestions and answers',
    transparency: 'Bürgerpunkt in figures',
  },
  suggest: {
    heading: 'Your suggestion for the Bürgerpunkt',
    intro:
      'What could we do better? Write to us. You do not have to give your name. We publish selected suggestions with our answer – without your name and without contact details.',
    toList: 'See suggestions and answers',
  },
  list: {
    heading: 'Suggestions and our answers',
    intro: 'Suggestions from residents and the town’s answers. We never show names or contact details.',
    empty: 'No published suggestions yet.',
    item: 'Suggestion {{reference}}',
    submittedOn: 'Received on {{date}}',
    status: 'Status: {{status}}',
    answer: 'The town’s answer',
    answeredOn: 'answered on {{date}}',
    noAnswer: 'No answer yet.',
    toSuggest: 'Make your own suggestion',
    statuses: {
      received: 'Received',
      in_review: 'Under review',
      answered: 'Answered',
      implemented: 'Implemented',
      declined: 'Declined',
    },
  },
  transparency: {
    heading: 'Bürgerpunkt in figures',
    intro: 'How the Bürgerpunkt is used. We only show totals, never details about individual people.',
    totalsHeading: 'The last twelve months and the current month',
    handedOut: 'Documents handed out through the DokBox',
    averageDays: 'Average days from loading to pickup',
    received: 'Suggestions received',
    answered: 'Suggestions answered',
    monthsHeading: 'By month',
    month: 'Month',
    none: '–',
    days: '{{value}} days',
  },
};
