/** German messages for the 115 service catalogue's and call-back requests' error codes. */
export const servicesErrors = {
  service_not_found: 'Diese Leistung gibt es nicht (mehr) im Katalog.',
  service_exists: 'Eine Leistung mit der Kennung „{{id}}“ gibt es schon.',
  service_version_conflict:
    'Die Leistung wurde inzwischen von jemand anderem geändert. Bitte laden Sie sie neu und übernehmen Sie Ihre Änderungen.',
  service_invalid: 'Die Leistung ist unvollständig oder fehlerhaft: {{field}} – {{reason}}',
  service_id_mismatch: 'Die Kennung im Text passt nicht zur Adresse der Leistung.',
  callback_consent_missing:
    'Bitte bestätigen Sie, dass wir Sie zurückrufen und Ihre Nummer bis dahin speichern dürfen.',
  callback_phone_invalid:
    'Diese Telefonnummer ist ungültig. Bitte prüfen Sie die Nummer, z. B. 03303 123456.',
  callback_not_found: 'Diese Rückrufbitte gibt es nicht.',
  callback_rejected: 'Ihre Rückrufbitte konnte nicht angenommen werden.',
} as const;
