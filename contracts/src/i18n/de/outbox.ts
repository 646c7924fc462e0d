/** The demo SMS outbox page (/outbox): what the demo would have sent by SMS, readable on a big screen. */
export const outbox = {
  title: 'SMS-Ausgang (Demo) – Bürgerpunkt',
  heading: 'SMS-Ausgang',
  intro:
    'Hier sehen Sie die SMS, die Bürgerpunkt im Demo-Betrieb verschickt. Es geht keine echte SMS hinaus: Die Nachrichten landen nur auf dieser Seite.',
  autoRefresh: 'Die Liste aktualisiert sich alle {{seconds}} Sekunden von selbst.',
  pause: 'Aktualisieren anhalten',
  resume: 'Aktualisieren fortsetzen',
  paused: 'Die automatische Aktualisierung ist angehalten.',
  resumed: 'Die Liste aktualisiert sich wieder von selbst.',
  reload: 'Seite neu laden',
  newMessages: 'Neue SMS eingegangen.',
  listHeading_one: '{{count}} Nachricht, die neueste zuerst',
  listHeading_other: '{{count}} Nachrichten, die neueste zuerst',
  empty:
    'Noch keine SMS. Sobald ein Dokument in die DokBox gelegt wird, erscheint hier die Nachricht mit dem Abholcode.',
  messageHeading: 'SMS an {{to}}',
  from: 'Absender',
  receivedAt: 'Eingegangen',
  receivedAtValue: '{{date}} um {{time}} Uhr',
  text: 'Text',
  // The demo's documents waiting in the box, and what the kiosk asks for each (derived from the demo data).
  demoPickupsHeading: 'Demo-Abholungen zum Ausprobieren',
  demoPickupsIntro:
    'Diese erfundenen Dokumente liegen nach dem Start in der Demo-DokBox. Am Kiosk geben Sie die Telefonnummer ein, dann den Abholcode aus der SMS weiter unten, dann was in der Spalte „Prüfung“ steht.',
  demoPhone: 'Telefonnummer',
  demoDocument: 'Dokument',
  demoDocumentValue: '{{type}} von {{holder}}, Fach {{compartment}}',
  demoChecks: 'Prüfung',
  demoCheck: {
    none: 'Nur der Abholcode.',
    dateOfBirth: 'Geburtsdatum {{date}}.',
    oldDocument:
      'Das alte Dokument ins Abgabefach {{compartment}} legen (in der Demo über den Simulator, siehe README).',
    oldDocumentOrDateOfBirth:
      'Geburtsdatum {{date}} („Ich habe kein altes Dokument“) oder das alte Dokument ins Abgabefach {{compartment}} (in der Demo über den Simulator, siehe README).',
    staffConfirmation: 'Eine Mitarbeiterin oder ein Mitarbeiter bestätigt im Backoffice.',
    pinLetter: 'Danach den Erhalt des PIN-Briefs bestätigen.',
    evidenceImage: 'Beim Öffnen wird ein Beweisfoto aufgenommen.',
  },
};
