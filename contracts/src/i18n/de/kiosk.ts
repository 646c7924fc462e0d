/** German texts the hub sends to the kiosk for pickups, and the office's words for a kiosk's call for staff. */
export const kiosk = {
  resend_accepted:
    'Danke. Wenn für diese Nummer ein Dokument in der DokBox liegt, bekommen Sie gleich eine SMS mit einem neuen Code.',
  compartment_location:
    'Fach {{number}}: {{column}}. Spalte von links, {{fromTop}}. Fach von oben, {{height}}',
  /** How high a compartment is, from its middle height (docs/boxes.md). */
  compartment_height: {
    knee: 'weit unten (kniehoch)',
    hip: 'auf Hüfthöhe',
    chest: 'auf Brusthöhe',
    eye: 'auf Augenhöhe oder höher',
  },
  /** Why a citizen pressed "Personal rufen" (alert data `reason`), as the back office shows it. */
  call_staff_reasons: {
    help: 'Allgemeine Hilfe am Kiosk',
    pickup_problem: 'Problem bei der Abholung (Nummer oder Code)',
    check_problem: 'Problem bei der Prüfung (Geburtsdatum oder altes Dokument)',
    door_problem: 'Problem mit der Fachtür',
  },
} as const;
