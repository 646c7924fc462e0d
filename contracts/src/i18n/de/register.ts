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
  },
  method: {
    pickup_code: 'Abholung mit Code',
    staff_reconciled: 'Abgleich durch Personal',
    unknown: 'unbekannt',
  },
  /** Download file name, without extension. */
  fileName: 'ausgaben-{{from}}-bis-{{to}}',
};
