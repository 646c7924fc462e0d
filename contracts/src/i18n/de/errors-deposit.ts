/** Error texts of the old-document deposit (issue 9): deposit compartments, the kiosk step, collection by staff. */
export const depositErrors = {
  deposit_in_progress:
    'Das Fach für Ihr altes Dokument ist gerade offen. Bitte legen Sie das Dokument hinein und schließen Sie die Klappe.',
  deposit_compartment_full:
    'Das Fach für alte Dokumente ist gerade belegt. Bitte geben Sie Ihr Geburtsdatum ein oder rufen Sie das Personal.',
  deposit_not_found: 'Diese Abgabe eines alten Dokuments gibt es nicht.',
  deposit_not_collectable: 'Dieses alte Dokument liegt nicht (mehr) im Fach.',
  deposit_not_collected: 'Dieses alte Dokument wurde noch nicht aus dem Fach genommen.',
  deposit_compartment_in_use:
    'Das Fach ist belegt oder reserviert. Nur ein leeres Fach kann Abgabefach werden oder wieder ein normales Fach.',
  simulator_old_document_needs_place: 'Ein altes Dokument kann nur mit der Aktion „place“ eingelegt werden.',
};
