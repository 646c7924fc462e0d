/**
 * Texts of the suggestion form (Anregungen) that the site and the kiosk share, in German. The form shows its own
 * words for the hub's error codes, because the kiosk does not carry the server's catalogue.
 */
export const suggest = {
  textLabel: 'Ihre Anregung',
  textHint: 'Mindestens 10, höchstens 2000 Zeichen. Bitte keine Namen anderer Personen.',
  counter: '{{count}} von 2000 Zeichen',
  topicLabel: 'Thema (freiwillig)',
  noTopic: 'Kein bestimmtes Thema',
  topics: {
    dokbox: 'DokBox',
    service_115: '115 / Verwaltung',
    map: 'Karte',
    tour: 'Rundgang',
    zone: 'Bürgerpunkt allgemein',
    other: 'Sonstiges',
  },
  contactLegend: 'Möchten Sie eine Antwort? (freiwillig)',
  contactHint: 'Nur wenn Sie möchten, dass wir uns bei Ihnen melden.',
  nameLabel: 'Name',
  emailLabel: 'E-Mail',
  phoneLabel: 'Telefon',
  consentLabel:
    'Ich bin einverstanden, dass die Stadt meine Kontaktdaten nutzt, um mir zu dieser Anregung zu antworten. Die Daten werden danach gelöscht.',
  honeypotLabel: 'Dieses Feld bitte leer lassen',
  submit: 'Anregung senden',
  sending: 'Wird gesendet …',
  thanksHeading: 'Vielen Dank für Ihre Anregung!',
  thanksText: 'Ihre Nummer: {{reference}}. Das Team der Servicezone liest jede Anregung.',
  another: 'Noch eine Anregung schreiben',
  errors: {
    text_missing: 'Bitte schreiben Sie Ihre Anregung.',
    suggestion_text_too_short: 'Bitte schreiben Sie mindestens 10 Zeichen.',
    suggestion_text_too_long: 'Bitte schreiben Sie höchstens 2000 Zeichen.',
    suggestion_consent_required:
      'Sie haben Kontaktdaten angegeben. Bitte bestätigen Sie, dass wir Sie kontaktieren dürfen, oder löschen Sie die Kontaktdaten.',
    suggestion_email_invalid: 'Die E-Mail-Adresse sieht nicht vollständig aus. Bitte prüfen Sie sie.',
    suggestion_phone_invalid:
      'Die Telefonnummer sieht nicht richtig aus. Bitte nur Ziffern, Leerzeichen und +.',
    suggestion_rate_limited:
      'Von hier kamen gerade viele Anregungen. Bitte versuchen Sie es in {{minutes}} Minuten noch einmal.',
    spam_suspected:
      'Ihre Anregung wurde nicht angenommen, weil ein verstecktes Feld ausgefüllt war. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
    general: 'Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.',
    network: 'Keine Verbindung zum Server. Bitte versuchen Sie es gleich noch einmal.',
  },
};
