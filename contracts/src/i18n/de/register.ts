/** The office register export: CSV column headings and how a document was issued. */
export const register = {
  columns: {
    issuedAt: 'Ausgabezeitpunkt (UTC)',
    issuedAtLocal: 'Ausgabezeitpunkt (Ortszeit)',
    documentId: 'Dokument-ID',
    reference: 'Vorgangsnummer',
    documentType: 'Dokumentart',
    office: 'Dienststelle',
    box: 'DokBox',
    compartment: 'Fach',
    method: 'Art der Ausgabe',
    pinLetterConfirmedAt: 'PIN-Brief bestätigt (UTC)',
    checksPassed: 'Bestandene Prüfungen',
  },
  /** The identity checks passed at pickup (issue 9). */
  check: {
    code: 'Abholcode',
    date_of_birth: 'Geburtsdatum',
    old_document: 'Altes Dokument geprüft',
    old_document_deposit: 'Altes Dokument in der DokBox abgegeben (zur Entwertung)',
    staff_confirmation: 'Bestätigung durch Personal',
    pin_letter: 'PIN-Brief-Erhalt bestätigt',
  },
  method: {
    pickup_code: 'Abholung mit Code',
    staff_reconciled: 'Abgleich durch Personal',
    unknown: 'unbekannt',
  },
  /** Download file name, without extension. */
  fileName: 'ausgaben-{{from}}-bis-{{to}}',
};
