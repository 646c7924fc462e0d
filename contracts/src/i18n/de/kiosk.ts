/** German texts the hub sends to the kiosk for pickups. */
export const kiosk = {
  resend_accepted:
    'Danke. Wenn für diese Nummer ein Dokument in der DokBox liegt, bekommen Sie gleich eine SMS mit einem neuen Code.',
  compartment_location: 'Fach {{number}}: {{row}}. Reihe von oben, {{column}}. Spalte von links',
} as const;
