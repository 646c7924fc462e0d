/** German texts of the auditors' evidence-image page (issue 9). */
export const evidence = {
  evidence: {
    nav: 'Beweisfotos',
    heading: 'Beweisfotos bei der Abholung',
    intro:
      'Fotos, die die DokBox beim Öffnen eines Fachs gemacht hat – nur bei Dokumentarten mit Beweisfoto. Nur Prüferinnen und Prüfer sehen sie. Jedes Ansehen wird im Audit-Protokoll festgehalten. Nach {{days}} Tagen werden die Fotos gelöscht.',
    viewsLink: 'Wer hat welche Fotos angesehen? (Audit-Protokoll)',
    filteredByDocument: 'Es werden nur die Fotos eines Dokuments gezeigt.',
    showAll: 'Alle Fotos zeigen',
    loading: 'Die Liste wird geladen …',
    none: 'Es gibt keine Beweisfotos (mehr).',
    count_one: '{{count}} Foto',
    count_other: '{{count}} Fotos',
    tableCaption: 'Beweisfotos, neueste zuerst',
    fields: {
      takenAt: 'Aufgenommen',
      document: 'Dokument',
      type: 'Art',
      compartment: 'Box und Fach',
      deleteAfter: 'Wird gelöscht ab',
      action: 'Aktion',
    },
    compartment: '{{box}}, Fach {{number}}',
    unknownDocument: 'unbekannt',
    view: 'Foto ansehen',
    viewLabel: 'Foto ansehen: {{at}}, Dokument {{reference}}',
    viewing: 'Das Foto wird geladen …',
    viewerHeading: 'Foto vom {{at}}',
    alt: 'Beweisfoto: Box {{box}}, Fach {{number}}, aufgenommen am {{at}}',
    caption: 'Dokument {{reference}}, {{box}}, Fach {{number}}. Dieses Ansehen wurde protokolliert.',
    close: 'Foto schließen',
    ofDocument: 'Beweisfotos zu diesem Dokument',
    historySteps: {
      stored: 'Beweisfoto beim Öffnen aufgenommen',
      viewed: 'Beweisfoto von der Prüfung angesehen',
    },
  },
};
