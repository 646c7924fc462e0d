/** Error texts of the identity checks at the box (issue 9): PIN letter, old document, second loader. */
export const identityErrors = {
  pin_letter_required: 'Bitte bestätigen Sie zuerst, dass Sie den PIN-Brief bekommen haben.',
  pin_letter_not_required: 'Für dieses Dokument ist keine Bestätigung des PIN-Briefs nötig.',
  second_loader_required:
    'Dieses Dokument wird nur zu zweit eingelegt. Bitte lassen Sie eine zweite Person mit eigenem Konto bestätigen.',
  second_loader_invalid:
    'Die Anmeldung der zweiten Person hat nicht geklappt (Benutzername, Passwort oder Rolle).',
  second_loader_throttled:
    'Die Anmeldung der zweiten Person ist zu oft fehlgeschlagen. Bitte versuchen Sie es in einer Viertelstunde wieder oder wenden Sie sich an die Verwaltung der Konten.',
  second_loader_same_account:
    'Die zweite Bestätigung muss von einer anderen Person mit eigenem Konto kommen.',
};
