/** German messages for the back office's own error codes: CSV import and single sign-on. */
export const officeErrors = {
  import_csv_expected: 'Bitte senden Sie eine CSV-Datei (text/csv).',
  import_csv_unclosed_quote:
    'Die CSV-Datei ist beschädigt: Ein Anführungszeichen ab Zeile {{line}} wird nicht geschlossen.',
  import_empty: 'Die CSV-Datei ist leer.',
  import_columns_missing: 'In der Kopfzeile fehlen Spalten: {{columns}}. Bitte verwenden Sie die Vorlage.',
  import_too_many_rows: 'Die Datei hat zu viele Zeilen (höchstens {{max}}). Bitte teilen Sie sie auf.',
  import_value_required: 'Dieses Feld muss ausgefüllt sein.',
  import_value_too_long: 'Der Text ist zu lang (höchstens {{max}} Zeichen).',
  import_reference_invalid:
    'Die Vorgangsnummer darf nur Buchstaben, Ziffern und / . _ - enthalten (höchstens 64 Zeichen).',
  import_date_of_birth_required: 'Für diese Dokumentart wird das Geburtsdatum gebraucht (TT.MM.JJJJ).',
  import_yes_no: 'Bitte „ja“ oder „nein“ eintragen.',
  import_language_invalid:
    'Unbekannte Sprache. Möglich sind: de, ls (Leichte Sprache), en, tr, uk, ar oder der Name, z. B. „Türkisch“.',
  oidc_disabled: 'Die Anmeldung mit Dienstkonto ist nicht eingerichtet.',
  oidc_unavailable:
    'Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
  oidc_state_invalid:
    'Die Anmeldung konnte nicht zugeordnet werden (abgelaufen oder in einem anderen Fenster begonnen). Bitte starten Sie die Anmeldung neu.',
  oidc_failed: 'Die Anmeldung mit Dienstkonto ist fehlgeschlagen. Bitte starten Sie sie neu.',
  oidc_account_unknown:
    'Für dieses Dienstkonto gibt es keinen Zugang zur Verwaltung. Bitte wenden Sie sich an die Administration.',
  oidc_account_inactive: 'Dieser Zugang ist gesperrt. Bitte wenden Sie sich an die Administration.',
  oidc_no_roles:
    'Ihrem Dienstkonto ist keine Rolle in der Verwaltung zugeordnet. Bitte wenden Sie sich an die Administration.',
  oidc_username_missing: 'Der Anmeldedienst hat keinen Benutzernamen übermittelt.',
};
