/** German messages for the errors of access administration: terminals, API tokens, password change. */
export const accessErrors = {
  terminal_revoked:
    'Dieses Abholterminal wurde abgemeldet. Bitte verbinden Sie es in der Verwaltung mit einem neuen Schlüssel.',
  terminal_not_found: 'Dieses Terminal gibt es nicht.',
  api_token_not_found: 'Diesen Schnittstellen-Zugang gibt es nicht.',
  api_token_admin_role:
    'Ein Schnittstellen-Zugang darf die Rolle „Administration“ nicht haben. Bitte wählen Sie andere Rollen.',
  password_change_required:
    'Bitte wählen Sie zuerst ein eigenes Passwort. Das einmalige Passwort gilt nur für die erste Anmeldung.',
  current_password_wrong: 'Das bisherige Passwort ist falsch.',
  password_unchanged: 'Das neue Passwort muss sich vom bisherigen unterscheiden.',
  admin_already_exists:
    'Es gibt schon ein Konto mit der Rolle „Administration“. Die Einrichtung ist nur einmal möglich.',
} as const;
