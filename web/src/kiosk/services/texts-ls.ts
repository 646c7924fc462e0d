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
};
