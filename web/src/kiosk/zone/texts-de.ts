/** The kiosk's suggestion screen (German); the form's own texts are the shared `suggest.*` catalogue. */
export const kioskSuggestion = {
  heading: 'Ihre Idee für die Stadt',
  intro: 'Was können wir besser machen? Schreiben Sie es hier auf. Ihren Namen müssen Sie nicht angeben.',
  back: 'Zurück zum Start',
};
