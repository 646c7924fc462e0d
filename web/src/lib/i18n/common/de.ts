/** Texts every app shares (German, the source language). */
export const common = {
  townName: 'Hohen Neuendorf',
  product: 'Bürgerpunkt',
  actions: {
    back: 'Zurück',
    next: 'Weiter',
    cancel: 'Abbrechen',
    close: 'Schließen',
    save: 'Speichern',
    retry: 'Noch einmal versuchen',
    yes: 'Ja',
    no: 'Nein',
  },
  status: {
    loading: 'Wird geladen …',
    saving: 'Wird gespeichert …',
  },
  problems: {
    network: 'Keine Verbindung zum Server. Bitte versuchen Sie es gleich noch einmal.',
    unknown: 'Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.',
  },
  // The design system's components (lib/ui).
  ui: {
    stepDone: 'erledigt',
    paging: 'Seiten von {{caption}}',
    previousPage: 'Vorige Seite',
    nextPage: 'Nächste Seite',
    pageOf: 'Seite {{page}} von {{pages}} ({{count}} Einträge)',
  },
};
