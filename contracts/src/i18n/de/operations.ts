/** Texts of the operations tools: backup and restore (`npm run admin -- backup|restore`). */
export const operations = {
  backup: {
    target_not_empty:
      'Der Sicherungsordner {{path}} ist nicht leer; bitte einen neuen oder leeren Ordner wählen.',
    manifest_missing: 'In {{path}} liegt keine lesbare manifest.json: Das ist keine Bürgerpunkt-Sicherung.',
    format_unknown: 'Die Sicherung hat das unbekannte Format {{format}}.',
    dialect_mismatch:
      'Die Sicherung enthält eine {{backup}}-Datenbank, eingestellt ist aber {{configured}}. Bitte in eine Datenbank derselben Art zurückspielen.',
    key_mismatch:
      'Der eingestellte Schlüssel {{keys}} passt nicht zur Sicherung (Fingerabdrücke in manifest.json). Mit anderen Schlüsseln wären wartende Abholcodes, versiegelte SMS, Nachweisbilder oder die Audit-Kette unbrauchbar. Bitte die Schlüssel der gesicherten Installation einstellen.',
    schema_newer:
      'Die Sicherung stammt von einer neueren Hub-Version (unbekannte Migrationen: {{migrations}}). Bitte mit dieser Version zurückspielen.',
    file_damaged: 'Die Sicherung ist beschädigt: {{path}} fehlt oder seine Prüfsumme weicht vom Manifest ab.',
    restore_target_not_empty:
      'Das Ziel ist nicht leer ({{what}}). Zurückspielen nur in einen leeren Datenordner und eine leere Datenbank.',
    counts_differ:
      'Nach dem Zurückspielen hat die Tabelle {{table}} {{restored}} Zeilen, die Sicherung {{expected}}.',
    done: 'Sicherung fertig: {{path}} ({{files}} Dateien, Audit-Kopf {{seq}}).',
    restored:
      'Zurückgespielt aus {{path}}: {{tables}} Tabellen, {{files}} Mediendateien, Audit-Protokoll intakt ({{entries}} Einträge).',
    auditBroken:
      'Zurückgespielt, aber das Audit-Protokoll ist NICHT intakt ({{count}} Problem(e)). Bitte `npm run audit:verify` ausführen.',
  },
  alerts: {
    box_offline: 'DokBox {{box}} ist nicht verbunden (während der Öffnungszeit)',
    door_left_open: 'DokBox {{box}}: Tür steht offen',
    door_left_open_line: 'Fach {{compartment}} offen seit {{at}}',
    sms_failing: 'SMS-Versand gescheitert: {{count}} offene Meldung(en)',
    sms_stuck: '{{count}} SMS warten zu lange auf den Versand',
    deposit_full: 'DokBox {{box}}: Einwurffach für alte Ausweise voll',
    needs_reconcile: '{{count}} Dokument(e) warten auf Klärung',
    audit_broken: 'Audit-Protokoll NICHT intakt ({{count}} Problem(e))',
    audit_broken_hint: 'Bitte sofort `npm run audit:verify` ausführen und die Datenbank prüfen.',
    disk_full: 'Datenträger des Hubs fast voll: {{percent}} % frei',
    since: 'Seit: {{at}}',
    oldest: 'Älteste seit: {{at}}',
    firstSeen: 'Erstmals bemerkt: {{at}}',
    folded: 'Seit der letzten Meldung {{count}}-mal aufgetreten.',
    footer: 'Büro: {{url}}',
    resolved: 'Behoben: {{summary}}',
    resolvedAt: 'Besteht nicht mehr seit: {{at}}',
    resolvedFolded: 'Seit der letzten Meldung noch {{count}}-mal aufgetreten.',
    custody: 'Verwahrkette: {{what}} (DokBox {{box}})',
    custody_line: 'Fach {{compartment}}, Vorgang {{reference}}',
  },
};
