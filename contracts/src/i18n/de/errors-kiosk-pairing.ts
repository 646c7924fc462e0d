/** German messages for pairing a kiosk by code (issue 13). */
export const kioskPairingErrors = {
  pairing_code_unknown:
    'Diesen Kopplungscode kennen wir nicht. Bitte prüfen Sie den Code, den der Kiosk gerade anzeigt.',
  pairing_code_expired:
    'Dieser Kopplungscode ist abgelaufen (er gilt 15 Minuten). Der Kiosk zeigt inzwischen einen neuen Code: bitte geben Sie diesen ein.',
  pairing_code_used: 'Mit diesem Kopplungscode wurde schon ein Terminal eingerichtet.',
  pairing_not_found: 'Diese Kopplung gibt es nicht (mehr). Der Kiosk fordert einen neuen Code an.',
  pairing_secret_invalid: 'Diese Kopplung gehört zu einem anderen Gerät.',
  pairing_rate_limited:
    'Von diesem Gerät wurden zu viele Kopplungscodes angefordert. Bitte warten Sie einige Minuten.',
} as const;
