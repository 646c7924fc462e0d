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
};
