/** German messages for the kiosk pickup's own error codes (shared ones such as `code_wrong` live in errors.ts). */
export const kioskErrors = {
  code_format_invalid: 'Der Abholcode hat 6 Ziffern. Bitte prüfen Sie Ihre Eingabe.',
  terminal_without_box:
    'An diesem Gerät können keine Dokumente abgeholt werden. Bitte sprechen Sie das Personal an.',
  pickup_already_opened: 'Das Fach für diese Abholung wurde bereits geöffnet.',
  pickup_not_awaiting_staff: 'Diese Abholung wartet nicht auf eine Bestätigung durch das Personal.',
  id_document_missing: 'Im Lesegerät liegt kein Dokument. Bitte legen Sie Ihr altes Dokument ein.',
  id_document_unreadable:
    'Ihr altes Dokument konnte nicht gelesen werden. Bitte legen Sie es noch einmal ein oder sprechen Sie das Personal an.',
  staff_call_not_found: 'Dieser Ruf nach dem Personal ist diesem Gerät nicht bekannt.',
  call_staff_limited:
    'Das Personal wurde von diesem Gerät aus schon mehrmals gerufen. Bitte warten Sie oder gehen Sie zum Bürgeramt.',
  compartment_empty:
    'Das Fach ist leer. Ihr Code gilt weiter. Bitte rufen Sie das Personal, es kümmert sich um Ihr Dokument.',
} as const;
