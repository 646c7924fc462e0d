/** Texts of the audit log check (`npm run audit:verify` and the auditors' view). */
export const audit = {
  verify: {
    intact: 'Audit-Protokoll intakt: {{entries}} Einträge geprüft, Kette und Kopf stimmen.',
    broken: 'Audit-Protokoll NICHT intakt: {{count}} Problem(e) bei {{entries}} geprüften Einträgen.',
    problemLine: 'Eintrag {{seq}}: {{description}}',
    more: '… und weitere Probleme (nur die ersten {{shown}} werden gezeigt).',
    failed: 'Die Prüfung konnte nicht durchgeführt werden: {{reason}}',
  },
  problem: {
    hash_mismatch: 'Inhalt verändert (Prüfsumme passt nicht)',
    broken_link: 'Verkettung unterbrochen (Vorgänger gelöscht oder verändert)',
    gap: 'Lücke in der Nummerierung (Eintrag gelöscht)',
    head_mismatch:
      'Neuester Eintrag passt nicht zum gespeicherten Kopf (gelöscht, angehängt oder Kopf verändert)',
    marker_invalid:
      'Markierung der geschlüsselten Kette verändert (ab diesem Eintrag gilt der Schlüssel; prüfen Sie auditKey)',
  },
};
