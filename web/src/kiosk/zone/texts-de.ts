/** The kiosk's suggestion screen (German); the form's own texts are the shared `suggest.*` catalogue. */
export const kioskSuggestion = {
  heading: 'Ihre Idee für die Stadt',
  intro: 'Was können wir besser machen? Schreiben Sie es hier auf. Ihren Namen müssen Sie nicht angeben.',
  back: 'Zurück zum Start',
};

/** The zone's announcements and staffed hours on the start screen (German). */
export const kioskZoneInfo = {
  heading: 'Hinweise der Servicezone',
  staffed: 'Personal in der Zone:',
  range: '{{opens}}–{{closes}} Uhr',
};
