/** The public site's 115 pages in Leichte Sprache. */
export const siteServices = {
  nav: 'Ämter und 115',
  heading: 'Hilfe vom Amt und die Telefon-Nummer 115',
  intro:
    'Hier steht: Was brauchen Sie für einen Ausweis? Was brauchen Sie, wenn Sie umziehen? Und für viele andere Sachen. Hier steht auch: Welches Amt hilft Ihnen? Schreiben Sie einfach, was Sie suchen. Sie können Ihre eigenen Wörter nehmen.',
  suggestionsCount: 'Vorschläge unter dem Such-Feld: {{count}}.',
  back: 'Zurück zur Suche',
  notFound: 'Das haben wir nicht gefunden',
  ask: 'Haben Sie noch Fragen?',
  askLink: 'Rufen Sie die 115 an. Oder wir rufen Sie an.',
};
