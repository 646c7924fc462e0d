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
};
