/** German messages for the public site's own error codes (status lookup). */
export const publicErrors = {
  reference_missing: 'Bitte geben Sie die Vorgangsnummer von Ihrer Antragsbestätigung ein.',
  reference_invalid:
    'Diese Vorgangsnummer hat nicht das richtige Format. Sie besteht aus Buchstaben, Ziffern und Bindestrichen, zum Beispiel HN-2026-00123. Bitte prüfen Sie Ihre Eingabe.',
  phone_missing: 'Bitte geben Sie die Handynummer ein, die Sie beim Antrag angegeben haben.',
  status_lookup_throttled:
    'Sie haben in kurzer Zeit zu oft nachgefragt. Bitte versuchen Sie es in {{minutes}} Minuten noch einmal.',
} as const;
