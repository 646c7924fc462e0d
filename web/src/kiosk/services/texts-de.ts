/** The kiosk's "Fragen / 115" screen (German; other languages fall back to it). Shared texts: lib/i18n/services. */
export const kioskServices = {
  heading: 'Fragen an die Verwaltung',
  intro: 'Schreiben Sie, was Sie brauchen. Zum Beispiel: Personalausweis, ummelden oder Sperrmüll.',
  found: '{{count}} passende Leistungen',
  nothing: 'Dazu haben wir nichts gefunden. Versuchen Sie ein anderes Wort oder rufen Sie die 115 an.',
  unavailable:
    'Die Liste der Leistungen kann gerade nicht geladen werden. Bitte sprechen Sie das Personal an.',
  back: 'Zurück zur Suche',
  home: 'Zur Startseite',
  phoneHeading: 'Die 115 anrufen',
  phoneIntro:
    'Nehmen Sie den roten Hörer neben dem Bildschirm ab. Er verbindet Sie direkt mit dem 115-Servicecenter. Das Gespräch ist für Sie kostenlos.',
  redPhone: {
    heading: 'Mit dem 115-Servicecenter sprechen',
    intro:
      'Sie sprechen über das Mikrofon und den Lautsprecher dieses Kiosks mit dem 115-Servicecenter. Das Gespräch ist für Sie kostenlos.',
    hours: 'Erreichbar von Montag bis Freitag, 8 bis 18 Uhr, außer an Feiertagen.',
    number: 'Telefonnummer: {{number}}',
    call: 'Jetzt anrufen',
    preferCallback: 'Lieber einen Rückruf erbitten',
    off: 'An diesem Kiosk gibt es kein Telefon. Hinterlassen Sie Ihre Telefonnummer, dann rufen wir Sie zurück.',
    stateLabel: 'Stand des Anrufs',
    states: {
      connecting: 'Verbindung wird aufgebaut …',
      ringing: 'Es klingelt beim 115-Servicecenter …',
      connected: 'Verbunden. Sprechen Sie jetzt.',
      ended: 'Das Gespräch ist beendet.',
      busy: 'Besetzt: Alle Leitungen des Servicecenters sind gerade belegt.',
      unreachable: 'Das Servicecenter ist gerade nicht erreichbar.',
      microphone: 'Das Mikrofon dieses Kiosks kann gerade nicht benutzt werden.',
      failed: 'Der Anruf hat gerade nicht geklappt.',
    },
    calm: 'Das ist nicht schlimm. Hinterlassen Sie Ihre Telefonnummer, dann rufen wir Sie zurück. Oder rufen Sie das Personal.',
    hangUp: 'Auflegen',
    volume: 'Lautstärke',
    volumeDown: 'Leiser',
    volumeUp: 'Lauter',
    volumeValue: '{{percent}} Prozent',
    again: 'Noch einmal anrufen',
  },
  /** A QR code to the same page on the public website (issue 18). */
  takeHome: {
    heading: 'Zum Mitnehmen',
    image: 'QR-Code zur Seite {{url}}',
    text: 'Scannen Sie den Code mit Ihrem Handy. Dann können Sie diese Seite zu Hause noch einmal lesen: {{url}}',
  },
};
