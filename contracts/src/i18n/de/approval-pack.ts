/**
 * Texts of the approval pack (`npm run admin -- approval-pack`, the office page "Datenschutz-Unterlagen"): the
 * records a town's data-protection officer asks for, generated from the configuration and the processing
 * declarations next to the code (`server/src/modules/<area>/processing.ts`).
 */
export const approvalPack = {
  generatedAt: 'Erzeugt am {{date}} aus der laufenden Konfiguration von Bürgerpunkt {{version}} ({{mode}}).',
  mode: { demo: 'Demo-Betrieb', production: 'Produktivbetrieb' },
  draftNotice:
    'Entwurf: Die Angaben stammen aus der Software und ihrer Einstellung. Die verantwortliche Stelle prüft und ergänzt sie vor der Freigabe.',
  openPoints: {
    title: 'Offene Punkte',
    none: 'Keine: Alle nötigen Angaben sind eingestellt.',
    controllerName: 'Verantwortliche Stelle nicht eingestellt (controller.name, BP_CONTROLLER__NAME).',
    controllerAddress:
      'Anschrift der verantwortlichen Stelle fehlt (controller.address, BP_CONTROLLER__ADDRESS).',
    controllerEmail: 'Kontakt der verantwortlichen Stelle fehlt (controller.email, BP_CONTROLLER__EMAIL).',
    officer:
      'Kontakt der oder des Datenschutzbeauftragten fehlt (controller.dataProtectionOfficer, BP_CONTROLLER__DATA_PROTECTION_OFFICER).',
    demo: 'Die Einstellung ist der Demo-Betrieb: Für den Antrag die Produktiv-Einstellung verwenden.',
    smsOutbox:
      'Kein SMS-Anbieter eingestellt (sms.provider ist "outbox"): Der Auftragsverarbeiter fehlt noch.',
  },
  notSet: 'nicht eingestellt',
  on: 'eingeschaltet',
  off: 'ausgeschaltet',
  files: {
    processingRecord: 'Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)',
    technicalMeasures: 'Technische und organisatorische Maßnahmen (Art. 32 DSGVO)',
    deletionConcept: 'Löschkonzept',
    impactAssessment: 'Datenschutz-Folgenabschätzung, Entwurf (Art. 35 DSGVO)',
    processorChecklist: 'Auftragsverarbeitung: Prüfliste SMS-Anbieter (Art. 28 DSGVO)',
    accessibilityStatement: 'Erklärung zur Barrierefreiheit (BITV 2.0)',
  },
  controller: {
    title: 'Verantwortliche Stelle',
    name: 'Name',
    address: 'Anschrift',
    email: 'Kontakt',
    officer: 'Datenschutzbeauftragte(r)',
  },
  record: {
    intro:
      'Eine Tätigkeit je Verarbeitung in Bürgerpunkt. Übermittlung in Drittländer: keine, solange der SMS-Anbieter in der EU verarbeitet (siehe Prüfliste Auftragsverarbeitung).',
    purpose: 'Zweck',
    legalBasis: 'Rechtsgrundlage',
    subjects: 'Betroffene Personen',
    categories: 'Datenkategorien',
    recipients: 'Empfänger',
    processors: 'Auftragsverarbeiter',
    retention: 'Löschfrist',
    measures: 'Technische und organisatorische Maßnahmen',
    measuresSee: 'Siehe "Technische und organisatorische Maßnahmen".',
    noPersonalData: 'Keine personenbezogenen Daten.',
    none: 'keine',
  },
  deletion: {
    intro:
      'Jede Datenkategorie mit ihrer Frist aus der Einstellung und dem Wartungslauf, der sie löscht (jede Minute im Hub; jeder Lauf, der etwas löscht, schreibt einen Eintrag ins Audit-Protokoll).',
    category: 'Daten',
    period: 'Frist',
    after: 'gerechnet ab',
    job: 'gelöscht durch',
  },
  measures: {
    intro: 'Jede Maßnahme mit ihrem Zustand in dieser Einstellung.',
    measure: 'Maßnahme',
    state: 'Zustand',
    detail: 'Umsetzung',
  },
  impact: {
    intro:
      'Entwurf für die Identitätsprüfungen an der DokBox und die Nachweisbilder: die Verarbeitungen, bei denen ein Fehler einer Person schaden kann (Ausweis in falscher Hand, Bild einer Person).',
    description: 'Systematische Beschreibung',
    necessity: 'Notwendigkeit und Verhältnismäßigkeit',
    risks: 'Risiken, Maßnahmen, Restrisiko',
    risk: 'Risiko',
    measures: 'Maßnahmen',
    residual: 'Restrisiko',
  },
  processor: {
    intro: 'Prüfliste für den Vertrag nach Art. 28 DSGVO mit dem eingestellten SMS-Anbieter.',
    provider: 'Eingestellter Anbieter',
    data: 'Daten, die der Anbieter erhält',
    check: 'Zu prüfen',
  },
  accessibility: {
    intro:
      'Die Stadt ist bemüht, die Bildschirme von Bürgerpunkt (Kiosk, Website, Verwaltung) barrierefrei zugänglich zu machen, nach der BITV 2.0 und den WCAG 2.1, Stufe AA.',
    lastRun: 'Letzte automatische Prüfung',
    lastRunValue: '{{date}}: {{pages}} geprüfte Ansichten, {{violations}} Verstöße (axe-core {{tool}}).',
    noRun:
      'Keine Prüfung aufgezeichnet. Die Browser-Tests (`npm test`) schreiben artifacts/accessibility-run.json.',
    method:
      'Prüfmethode: automatische Prüfung jeder Ansicht mit axe-core in den Browser-Tests, dazu Bedienung mit Tastatur und Bildschirmleser und Tests im Hochformat des Kiosks.',
    feedback:
      'Barrieren melden: {{contact}}. Schlichtungsstelle: die nach Landesrecht zuständige Stelle (in Brandenburg die Schlichtungsstelle nach § 8 BbgBGG).',
  },
  period: {
    hours_one: '{{count}} Stunde',
    hours_other: '{{count}} Stunden',
    days_one: '{{count}} Tag',
    days_other: '{{count}} Tage',
    session: 'Ende der Sitzung ({{hours}})',
    unlimited: 'unbefristet',
  },
  subject: {
    holder: 'Inhaberinnen und Inhaber der Dokumente',
    citizen: 'Bürgerinnen und Bürger im Bürgerpunkt und auf der Website',
    staff: 'Beschäftigte der Verwaltung und der Begegnungszone',
    visitor: 'Besucherinnen und Besucher der Begegnungszone',
  },
  category: {
    holderName: 'Name der Inhaberin oder des Inhabers',
    reference: 'Vorgangsnummer der Behörde',
    documentType: 'Art des Dokuments',
    phone: 'Mobilnummer',
    pickupCode: 'Abholcode (nur als Schlüssel-Hash gespeichert)',
    consent: 'Einwilligung in die Abholung an der DokBox (Zeit und Fassung des Textes)',
    consentGiven: 'Zeitpunkt der Einwilligung',
    accessibilityNeed: 'Bedarf an einem tief liegenden Fach (Rollstuhl)',
    dateOfBirth: 'Geburtsdatum (nur als Schlüssel-Hash zum Vergleich)',
    oldDocumentNumber: 'Nummer des alten Ausweises bei der Rückgabe (maskiert und als Schlüssel-Hash)',
    pinLetter: 'Bestätigung des PIN-Briefs (Zeitpunkt)',
    evidenceImage: 'Nachweisbild der Abholung (Kamera der DokBox)',
    smsBody: 'Inhalt der SMS (verschlüsselt gespeichert)',
    smsStatus: 'Versandstatus der SMS',
    contactName: 'Name (freiwillig)',
    contactEmail: 'E-Mail-Adresse (freiwillig)',
    contactPhone: 'Telefonnummer',
    topic: 'Anliegen',
    note: 'Notiz der Beschäftigten',
    suggestionText: 'Text der Anregung',
    ipHash: 'Gekürzter Hash der IP-Adresse (nur gegen Missbrauch)',
    tally: 'Strichliste: Altersgruppe und Thema, ohne Person',
    username: 'Benutzername und Anzeigename',
    passwordHash: 'Passwort (nur als Argon2-Hash)',
    sessions: 'Anmeldesitzungen',
    auditActor: 'Wer hat wann was getan (Benutzername, Aktion, betroffener Vorgang)',
    issueEvent: 'Ausgabe-Ereignisse an das Fachverfahren (Vorgangsnummer, Zeitpunkt)',
  },
  recipient: {
    office: 'Beschäftigte der ausgebenden Behörde',
    zoneStaff: 'Beschäftigte der Begegnungszone',
    admins: 'Verwaltung von Bürgerpunkt (Administration, Prüfung)',
    specialistProcedure: 'Fachverfahren der Behörde (signierte Ereignisse an {{url}})',
    hotline: 'Servicecenter 115 (Rückruf)',
  },
  legalBasis: {
    'gdpr-6-1-e':
      'Art. 6 Abs. 1 lit. e DSGVO (Wahrnehmung einer Aufgabe im öffentlichen Interesse) in Verbindung mit dem Fachrecht',
    'gdpr-6-1-c': 'Art. 6 Abs. 1 lit. c DSGVO (rechtliche Verpflichtung)',
    'gdpr-6-1-a': 'Art. 6 Abs. 1 lit. a DSGVO (Einwilligung)',
    'gdpr-6-1-b': 'Art. 6 Abs. 1 lit. b DSGVO und § 26 BDSG bzw. Landesrecht (Beschäftigungsverhältnis)',
    'gdpr-32': 'Art. 5 Abs. 2 und Art. 32 DSGVO (Nachweis und Sicherheit der Verarbeitung)',
    pauswg:
      'Personalausweisgesetz (PAuswG) und Personalausweisverordnung (PAuswV, insbesondere § 17 PIN-Brief)',
    passg: 'Passgesetz (PassG)',
    fev: 'Fahrerlaubnis-Verordnung (FeV)',
    aufenthg: 'Aufenthaltsgesetz (AufenthG)',
  },
  job: {
    'purge-personal-data': 'Wartungslauf purge-personal-data',
    'purge-evidence-images': 'Wartungslauf purge-evidence-images',
    'purge-callback-requests': 'Wartungslauf purge-callback-requests',
    'purge-suggestion-contacts': 'Wartungslauf purge-suggestion-contacts',
    'purge-webhook-deliveries': 'Wartungslauf purge-webhook-deliveries',
    sessionExpiry: 'Ablauf der Sitzung (purge-personal-data löscht abgelaufene Sitzungen)',
    keptSuggestion:
      'keine automatische Löschung: Der Text bleibt für Antwort und Statistik (Kontaktdaten siehe oben)',
    accountDeactivated:
      'keine: Konten werden deaktiviert, nicht gelöscht (Nachvollziehbarkeit im Audit-Protokoll)',
    never: 'keine Löschung: Prüfkette, nur Zusammenfassungen',
    'pseudonymise-register':
      'Wartungslauf pseudonymise-register: Name und Vorgangsnummer werden durch ein Pseudonym ersetzt, das Ausgaberegister behält die Zeile',
  },
  after: {
    finalState: 'Abschluss des Vorgangs (abgeholt, zurückgegeben, storniert)',
    taken: 'Aufnahme des Bildes',
    handedOver:
      'Abschluss des Vorgangs; liegt das alte Dokument dann noch in der DokBox oder beim Personal, erst nach seiner Übergabe an die Behörde',
    handled: 'Erledigung der Anfrage',
    created: 'Eingang',
    answered: 'Antwort der Zone',
    delivered: 'Zustellung oder Aufgabe des Ereignisses',
    login: 'Anmeldung',
    accountEnd: 'Ende der Tätigkeit',
    written: 'Eintrag',
  },
  processing: {
    'document-pickup': {
      name: 'Abholung fertiger Dokumente an der DokBox',
      purpose:
        'Aushändigung fertiger Ausweise, Pässe, Führerscheine und Aufenthaltsdokumente an die berechtigte Person außerhalb der Schalterzeiten: Anmeldung durch die Behörde, Einlagern, Benachrichtigung per SMS mit persönlichem Code, Abholung, Rückmeldung an das Fachverfahren.',
    },
    'identity-checks': {
      name: 'Identitätsprüfungen bei der Abholung',
      purpose:
        'Sicherstellen, dass nur die berechtigte Person das Dokument erhält: Geburtsdatum, Rückgabe des alten Dokuments, Bestätigung des PIN-Briefs beim Personalausweis.',
    },
    'evidence-images': {
      name: 'Nachweisbilder der Abholung',
      purpose:
        'Beweis der Aushändigung bei Dokumentarten, die ihn verlangen: ein Bild der Kamera der DokBox im Moment der Entnahme.',
    },
    sms: {
      name: 'SMS-Benachrichtigung',
      purpose: 'Abholcode, Erinnerung und Hinweise zur Abholung an die angegebene Mobilnummer senden.',
    },
    'callback-requests': {
      name: 'Rückrufwünsche an die Behördennummer 115',
      purpose: 'Wenn die 115 nicht erreichbar ist: Rückruf zum genannten Anliegen vereinbaren.',
    },
    suggestions: {
      name: 'Anregungen der Bürgerinnen und Bürger',
      purpose: 'Anregungen und Kritik entgegennehmen, beantworten und auf Wunsch Rückmeldung geben.',
    },
    'visit-tally': {
      name: 'Besuchszählung der Begegnungszone',
      purpose: 'Anonyme Strichliste der Besuche (Altersgruppe, Thema) für die Planung der Zone.',
    },
    'staff-accounts': {
      name: 'Konten der Beschäftigten',
      purpose: 'Anmeldung und Rechte der Beschäftigten in der Verwaltung von Bürgerpunkt.',
    },
    'audit-log': {
      name: 'Audit-Protokoll',
      purpose:
        'Nachvollziehbarkeit jeder Änderung an Dokumenten, Fächern und Einstellungen; manipulationssicher verkettet.',
    },
  },
  tom: {
    transport: {
      name: 'Verschlüsselung auf dem Transportweg',
      detail:
        'HTTPS über den Reverse-Proxy (publicUrl {{url}}); HSTS; Box-Verbindung über WebSocket mit Geräteschlüssel.',
    },
    codes: {
      name: 'Abholcodes',
      detail:
        'Nur als HMAC-Hash unter dem Code-Schlüssel gespeichert; einmal gültig; Versuchsbudget je Dokument.',
    },
    smsSealing: {
      name: 'SMS-Inhalte verschlüsselt',
      detail: 'AES-256-GCM unter dem SMS-Schlüssel; Inhalt und Empfänger werden nach der Frist gelöscht.',
    },
    evidenceEncryption: {
      name: 'Nachweisbilder verschlüsselt',
      detail: 'AES-256-GCM unter dem Bild-Schlüssel; Löschung nach {{period}}.',
    },
    keys: {
      name: 'Schlüssel getrennt von den Daten',
      detail:
        'Schlüssel kommen aus der Einstellung (Umgebung oder Datei), nie aus dem Code; Sicherungen enthalten nur ihre Fingerabdrücke.',
    },
    roles: {
      name: 'Rollen und Rechte',
      detail:
        'Rollen Sachbearbeitung, Einlagern, Zone, Prüfung, Verwaltung; Öffnen eines belegten Fachs nur zu zweit.',
    },
    passwords: {
      name: 'Passwörter des Personals',
      detail: 'Nur als argon2id-Hash gespeichert: {{memoryMib}} MiB Speicher, {{passes}} Durchgänge je Hash.',
    },
    sso: {
      name: 'Anmeldung über die Stadt (Single Sign-On)',
      detail: 'OpenID Connect mit PKCE beim Anbieter der Stadt.',
    },
    audit: {
      name: 'Audit-Kette',
      detail: 'Jeder Eintrag ist mit dem vorigen per HMAC verkettet; `npm run audit:verify` prüft die Kette.',
    },
    backups: {
      name: 'Sicherung und Wiederherstellung',
      detail:
        'npm run admin -- backup / restore mit Prüfsummen; Probe der Wiederherstellung in docs/operations.md beschrieben.',
    },
    brakes: {
      name: 'Bremsen gegen Ausprobieren',
      detail:
        'Versuchsbudget je Dokument, Bremse je Kiosk-Terminal, Anmeldebremse je Konto und Adresse, Grenzen je Adresse.',
    },
    alerts: {
      name: 'Alarme an Menschen',
      detail: 'Box getrennt, Tür offen, SMS gescheitert, Audit gebrochen: per {{channels}}.',
    },
    retention: {
      name: 'Löschung nach Frist',
      detail: 'Wartungsläufe jede Minute; siehe Löschkonzept.',
    },
  },
  channels: { email: 'E-Mail', webhook: 'Webhook', none: 'nur Verwaltungsseite (kein Versand eingestellt)' },
  impactRows: {
    wrongPerson: {
      risk: 'Ein Dokument gelangt in falsche Hände (Code weitergegeben, Telefon verloren).',
      measures:
        'Einmal-Code per SMS, Geburtsdatum und, je Dokumentart, Rückgabe des alten Dokuments, PIN-Brief-Bestätigung und Nachweisbild; Versuchsbudget und Sperre.',
      residual: 'gering',
    },
    guessing: {
      risk: 'Codes werden am Kiosk ausprobiert.',
      measures: 'Versuchsbudget je Dokument, Bremse je Terminal, Alarm an das Personal.',
      residual: 'gering',
    },
    imageMisuse: {
      risk: 'Nachweisbilder zeigen Personen und könnten missbraucht werden.',
      measures:
        'Nur bei Dokumentarten, die es verlangen; verschlüsselt; Einsicht nur mit Rolle; Löschung nach {{period}}.',
      residual: 'gering',
    },
    emptyCompartment: {
      risk: 'Ein Dokument verschwindet zwischen Behörde und Bürgerin oder Bürger.',
      measures:
        'Einlagern zu zweit bei belegten Fächern, Audit-Kette je Schritt, Abgleich der Fächer, Rückmeldung an das Fachverfahren.',
      residual: 'gering',
    },
  },
  necessity:
    'Die Prüfungen ersetzen den Blick in den Ausweis am Schalter. Gespeichert wird nur, was zum Vergleich nötig ist (Hashes statt Klartext), und nur bis kurz nach der Abholung. Die Abholung an der DokBox ist freiwillig: Der Schalter bleibt immer möglich.',
  processorItems: {
    contract: 'Vertrag zur Auftragsverarbeitung nach Art. 28 Abs. 3 DSGVO liegt unterschrieben vor.',
    location: 'Verarbeitung in der EU/im EWR; Unterauftragsverarbeiter sind benannt.',
    deletion: 'Der Anbieter löscht Inhalte und Nummern nach dem Versand (Frist im Vertrag).',
    toms: 'Technische und organisatorische Maßnahmen des Anbieters liegen vor.',
    content: 'Der SMS-Text enthält Abholcode und Dokumentart, keinen Namen; der Absender ist {{sender}}.',
  },
  processorData: 'Mobilnummer, SMS-Text (Abholcode, Art des Dokuments, Frist), Absender {{sender}}.',
  providers: {
    outbox: 'keiner (Demo: SMS erscheinen auf der Outbox-Seite des Hubs)',
    http: 'HTTP-Gateway {{url}}',
    seven: 'seven communications GmbH & Co. KG (seven.io), {{url}}',
  },
} as const;
