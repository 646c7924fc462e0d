/** The kiosk's "Fragen / 115" screen in Leichte Sprache. */
export const kioskServices = {
  heading: 'Fragen an das Amt',
  intro: 'Schreiben Sie, was Sie brauchen. Zum Beispiel: Ausweis, umziehen oder Sperrmüll.',
  found: 'Ergebnisse: {{count}}',
  nothing: 'Dazu haben wir nichts gefunden. Versuchen Sie ein anderes Wort. Oder rufen Sie die 115 an.',
  unavailable: 'Die Liste geht gerade nicht. Bitte fragen Sie das Personal.',
  back: 'Zurück zur Suche',
  home: 'Zum Anfang',
  phoneHeading: 'Die 115 anrufen',
  phoneIntro:
    'Neben dem Bildschirm ist ein roter Telefon-Hörer. Nehmen Sie den Hörer ab. Dann sprechen Sie mit der 115. Der Anruf kostet nichts.',
  redPhone: {
    heading: 'Mit der 115 sprechen',
    intro:
      'Sie sprechen mit dem Bildschirm. Er hat ein Mikrofon und einen Laut-Sprecher. Der Anruf kostet nichts.',
    hours: 'Die 115 ist da: Montag bis Freitag von 8 bis 18 Uhr. An Feier-Tagen nicht.',
    number: 'Telefon-Nummer: {{number}}',
    call: 'Jetzt anrufen',
    preferCallback: 'Lieber zurück-rufen lassen',
    off: 'Hier gibt es kein Telefon. Schreiben Sie Ihre Telefon-Nummer auf. Dann rufen wir Sie an.',
    stateLabel: 'So ist der Anruf gerade',
    states: {
      connecting: 'Der Anruf startet.',
      ringing: 'Es klingelt bei der 115.',
      connected: 'Die 115 ist dran. Sprechen Sie jetzt.',
      ended: 'Der Anruf ist zu Ende.',
      busy: 'Besetzt. Alle Leitungen sind gerade voll.',
      unreachable: 'Die 115 geht gerade nicht.',
      microphone: 'Das Mikrofon geht gerade nicht.',
      failed: 'Der Anruf hat nicht geklappt.',
    },
    calm: 'Das ist nicht schlimm. Schreiben Sie Ihre Telefon-Nummer auf. Dann rufen wir Sie an. Oder holen Sie Hilfe.',
    hangUp: 'Auflegen',
    volume: 'Lautstärke',
    volumeDown: 'Leiser',
    volumeUp: 'Lauter',
    volumeValue: '{{percent}} Prozent',
    again: 'Noch mal anrufen',
  },
  /** A QR code to the same page on the public website (issue 18). */
  takeHome: {
    heading: 'Zum Mit-Nehmen',
    image: 'QR-Code zur Seite {{url}}',
    text: 'Halten Sie Ihr Handy auf den Code. Dann können Sie die Seite zu Hause lesen. Die Adresse ist: {{url}}',
  },
};
