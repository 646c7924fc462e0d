/** German texts of the office page "Datenschutz-Unterlagen" (the approval pack, issue 20). */
export const approvalPack = {
  approvalPack: {
    nav: 'Datenschutz-Unterlagen',
    heading: 'Datenschutz-Unterlagen',
    intro:
      'Die Unterlagen für die Datenschutzbeauftragte oder den Datenschutzbeauftragten, erzeugt aus der laufenden Einstellung. ' +
      'Dieselben Dateien schreibt der Befehl npm run admin -- approval-pack --out ORDNER.',
    openPoints: 'Offene Punkte vor der Freigabe',
    noOpenPoints: 'Keine offenen Punkte.',
    contents: 'Inhalt',
    downloadPdf: '{{title}} als PDF herunterladen',
    pdf: 'PDF',
    loading: 'Die Unterlagen werden erzeugt …',
  },
};
