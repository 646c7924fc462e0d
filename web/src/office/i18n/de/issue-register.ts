/** German texts of the issue register (Ausgaberegister, issue 16): issues per day, booking, webhook deliveries. */
export const issueRegister = {
  issueRegister: {
    nav: 'Ausgaberegister',
    heading: 'Ausgaberegister',
    intro:
      'Alle über die Box ausgegebenen Dokumente eines Tages und ob die Ausgabe im Fachverfahren verbucht ist. ' +
      'Das Fachverfahren bestätigt die Buchung selbst; fehlt die Bestätigung, können Sie die Ausgabe von Hand als verbucht markieren.',
    day: 'Tag',
    show: 'Anzeigen',
    dayHeading: 'Ausgaben am {{date}}',
    dayEmpty: 'An diesem Tag wurde kein Dokument ausgegeben.',
    reference: 'Vorgangsnummer',
    documentType: 'Dokumentart',
    issuedAt: 'Ausgegeben',
    booking: 'Buchung im Fachverfahren',
    action: 'Aktion',
    unbooked: 'Noch nicht verbucht',
    bookedApi: 'Verbucht am {{at}} (Fachverfahren: {{by}})',
    bookedManual: 'Von Hand verbucht am {{at}} ({{by}})',
    markBooked: 'Als verbucht markieren',
    markBookedFor: '{{reference}} als verbucht markieren',
    markedBooked: '{{reference}} ist als verbucht markiert.',
    overdueHeading: 'Nach einem Arbeitstag noch nicht verbucht',
    overdueIntro: 'Ausgaben vor dem {{date}}, für die das Fachverfahren keine Buchung bestätigt hat.',
    overdueEmpty: 'Alle älteren Ausgaben sind verbucht.',
    deliveries: {
      heading: 'Meldungen an das Fachverfahren',
      intro: 'Die letzten Ereignisse, die an das Fachverfahren gesendet wurden, mit ihrem Zustellstand.',
      notConfigured:
        'Es ist kein Fachverfahren angebunden (integration.webhookUrl). Es werden keine Meldungen gesendet.',
      empty: 'Noch keine Meldungen.',
      event: 'Ereignis',
      createdAt: 'Erzeugt',
      status: 'Zustellung',
      attempts: 'Versuche',
      lastAttempt: 'Letzter Versuch',
      statuses: {
        pending: 'Wird zugestellt',
        delivered: 'Zugestellt',
        failed: 'Fehlgeschlagen',
      },
      events: {
        'document.registered': 'Angemeldet',
        'document.loaded': 'Eingelegt',
        'document.notified': 'Benachrichtigt',
        'document.picked_up': 'Ausgegeben',
        'document.expired': 'Abholfrist abgelaufen',
        'document.returned': 'Zurück im Amt',
        'document.cancelled': 'Storniert',
      },
    },
  },
};
