/** The public site's 115 pages in English. */
export const siteServices = {
  nav: 'Services and 115',
  heading: 'Public services and the 115',
  intro:
    'Here you find what you need for an ID card, registering a move, a driving licence and many other matters, and who is responsible. Just type what you are looking for, in your own words too.',
  suggestionsCount: 'Suggestions below the search field: {{count}}.',
  back: 'Back to the search',
  notFound: 'Service not found',
  ask: 'Any questions?',
  askLink: 'Call 115 or ask for a call-back.',
};
