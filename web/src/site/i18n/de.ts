/**
 * The public site's own texts (German, the source language). Leichte Sprache (`ls.ts`) and English (`en.ts`) have
 * every key of this file (checked by catalogues.test.ts). A text with blank lines is shown as several paragraphs,
 * so Leichte Sprache can say one thing per short paragraph under the same key.
 * Pages that other issues add put their texts under their own key (e.g. `site.map`) in all three files.
 */
export const site = {
  frame: {
    skipLink: 'Zum Inhalt springen',
    brand: 'Bürgerpunkt Hohen Neuendorf',
    tagline: 'Service der Stadt im Kaufhaus',
    mainNav: 'Hauptmenü',
    menuButton: 'Menü',
    languageNav: 'Sprache',
    languageLabel: 'Sprache:',
    footerNav: 'Rechtliche Hinweise',
    footerText: 'Ein Angebot der Stadt Hohen Neuendorf.',
    demoNotice: 'Demo: Diese Website zeigt Beispieldaten. Adressen und Kontakte sind erfunden.',
    titleSuffix: 'Bürgerpunkt Hohen Neuendorf',
  },
  nav: {
    home: 'Startseite',
    howItWorks: 'So funktioniert die DokBox',
    location: 'Standort und Öffnungszeiten',
    status: 'Ist mein Dokument abholbereit?',
    imprint: 'Impressum',
    privacy: 'Datenschutz',
    accessibility: 'Barrierefreiheit',
  },
  home: {
    title: 'Startseite',
    heading: 'Willkommen im Bürgerpunkt Hohen Neuendorf',
    intro:
      'Im Bürgerpunkt im Kaufhaus bietet die Stadt Hohen Neuendorf Service dort an, wo Sie ohnehin einkaufen. Mitarbeitende der Stadt helfen Ihnen vor Ort gern weiter.',
    dokboxHeading: 'Dokumente abholen mit der DokBox',
    dokboxText:
      'Ihr Personalausweis, Reisepass oder Führerschein ist fertig? Dann können Sie ihn zu den Öffnungszeiten des Kaufhauses an der DokBox abholen, ohne Termin und ohne Wartezeit.',
    dokboxLink: 'So funktioniert die DokBox',
    statusHeading: 'Ist mein Dokument schon da?',
    statusText:
      'Mit der Vorgangsnummer von Ihrer Antragsbestätigung und Ihrer Handynummer sehen Sie, ob Ihr Dokument abholbereit ist.',
    statusLink: 'Abholstatus prüfen',
    locationHeading: 'Wo steht die DokBox?',
    locationLink: 'Standort und alle Öffnungszeiten',
    moreHeading: 'Noch mehr im Bürgerpunkt',
    moreText: 'Im Bürgerpunkt vor Ort und hier auf der Website gibt es außerdem diese Angebote:',
  },
  openingStatus: {
    loading: 'Öffnungszeiten werden geladen …',
    unavailable:
      'Die aktuellen Öffnungszeiten können gerade nicht geladen werden. Bitte versuchen Sie es später noch einmal.',
    openNow: 'Jetzt geöffnet, bis {{time}} Uhr.',
    closedNow: 'Jetzt geschlossen.',
    opensNext: 'Nächste Öffnung: {{when}} Uhr.',
    outOfService:
      'Die DokBox ist zurzeit außer Betrieb. Die Abholfrist Ihres Dokuments verlängert sich um diese Zeit.',
    where: 'Standort',
  },
  howItWorks: {
    title: 'So funktioniert die DokBox',
    heading: 'So funktioniert die DokBox',
    intro:
      'Die DokBox ist ein Abholschrank mit vielen Fächern. Sie steht im Kaufhaus. Dort holen Sie Ihr fertiges Dokument selbst ab, wann es Ihnen passt: während der Öffnungszeiten des Kaufhauses.',
    stepsHeading: 'Schritt für Schritt',
    step1Title: 'Beim Antrag zustimmen',
    step1Text:
      'Sagen Sie bei Ihrem Antrag im Bürgeramt, dass Sie das Dokument an der DokBox abholen möchten, und nennen Sie Ihre Handynummer.',
    step2Title: 'SMS abwarten',
    step2Text:
      'Sobald Ihr Dokument in der DokBox liegt, bekommen Sie eine SMS mit einem persönlichen 6-stelligen Abholcode. Die SMS nennt auch den letzten Abholtag.',
    step3Title: 'Zur DokBox gehen',
    step3Text:
      'Kommen Sie während der Öffnungszeiten zur DokBox. Geben Sie am Bildschirm Ihre Handynummer und den Abholcode ein.',
    step4Title: 'Dokument entnehmen',
    step4Text:
      'Ein Fach öffnet sich. Der Bildschirm zeigt, welches. Nehmen Sie Ihr Dokument heraus und schließen Sie die Tür des Fachs. Erst dann ist die Abholung fertig.',
    windowHeading: 'Wie lange kann ich abholen?',
    windowText:
      'Sie haben {{days}} Öffnungstage Zeit. Der letzte Abholtag steht in der SMS. Sonn- und Feiertage und Tage, an denen die DokBox geschlossen ist, zählen nicht mit. Zwei Öffnungstage vor dem Ende erinnern wir Sie noch einmal per SMS.',
    bringHeading: 'Was muss ich mitbringen?',
    bringIntro:
      'Immer: Ihr Handy mit der SMS oder den Abholcode. Bei manchen Dokumenten prüft die DokBox noch etwas mehr:',
    bringIdCards:
      'Personalausweis und Reisepass: Bringen Sie Ihr altes Dokument mit und legen Sie es an der DokBox in das Lesegerät. Haben Sie kein altes Dokument, geben Sie Ihr Geburtsdatum ein. Beim Personalausweis bestätigen Sie außerdem, dass Sie den PIN-Brief bekommen haben.',
    bringResidence:
      'Kinderreisepass, Reiseausweis, Aufenthaltstitel und Führerschein: Sie geben zusätzlich das Geburtsdatum ein. Holen Sie das Dokument eines Kindes ab, ist es das Geburtsdatum des Kindes.',
    bringLicence: 'Personenstandsurkunde: Handynummer und Abholcode genügen.',
    checkNone: '{{types}}: Handynummer und Abholcode genügen.',
    checkDateOfBirth:
      '{{types}}: Sie geben zusätzlich das Geburtsdatum ein. Holen Sie das Dokument eines Kindes ab, ist es das Geburtsdatum des Kindes.',
    checkOldDocumentOrDateOfBirth:
      '{{types}}: Bringen Sie Ihr altes Dokument mit und legen Sie es an der DokBox in das Lesegerät. Haben Sie kein altes Dokument, geben Sie das Geburtsdatum ein. Beim Personalausweis bestätigen Sie außerdem, dass Sie den PIN-Brief bekommen haben.',
    checkOldDocument:
      '{{types}}: Bringen Sie Ihr altes Dokument mit. Sie legen es an der DokBox in das Lesegerät.',
    checkStaff:
      '{{types}}: Eine Mitarbeiterin oder ein Mitarbeiter der Stadt prüft vor Ort Ihren Ausweis. Bringen Sie ihn bitte mit.',
    checkOther:
      '{{types}}: Vor Ort gibt es eine zusätzliche Prüfung. Das Personal im Bürgerpunkt hilft Ihnen.',
    bringOther:
      'Eine andere Person darf Ihr Dokument nur abholen, wenn Sie das beim Antrag so angegeben haben.',
    lostCodeHeading: 'Ich habe den Code verloren oder keine SMS bekommen',
    lostCodeText:
      'Am Bildschirm der DokBox können Sie sich einen neuen Code schicken lassen. Er kommt an dieselbe Handynummer, der alte Code gilt dann nicht mehr. Haben Sie eine neue Handynummer, rufen Sie bitte das Bürgeramt an. Das Personal im Bürgerpunkt hilft Ihnen auch gern.',
    wrongCodeHeading: 'Der Code wird nicht angenommen',
    wrongCodeText:
      'Nach mehreren falschen Eingaben wird der Code zu Ihrem Schutz gesperrt. Dann brauchen Sie einen neuen Code: Lassen Sie ihn sich an der DokBox schicken, oder rufen Sie das Bürgeramt an.',
    afterHeading: 'Was passiert, wenn ich die Frist verpasse?',
    afterText:
      'Dann bringen Mitarbeitende der Stadt Ihr Dokument zurück ins Amt, und Sie bekommen eine SMS. Sie können es danach zu den Öffnungszeiten des Amts abholen. Bitte melden Sie sich vorher dort.',
    safetyHeading: 'Ist das sicher?',
    safetyText:
      'Jedes Fach öffnet nur mit dem richtigen Code, und der Code gilt nur für eine Abholung. Die Stadt hält genau fest, wann ein Dokument ausgegeben wurde. Ihre Handynummer wird spätestens einen Tag nach der Abholung gelöscht.',
    statusLink: 'Prüfen, ob Ihr Dokument abholbereit ist',
  },
  /** Names of the demo's document types in the other languages; German shows the name the office configured. */
  documentTypes: {
    id_card: 'Personalausweis',
    passport: 'Reisepass',
    child_passport: 'Kinderreisepass',
    driving_licence: 'Führerschein',
    travel_document: 'Reiseausweis',
    residence_permit: 'Aufenthaltstitel',
    civil_certificate: 'Personenstandsurkunde',
  },
  location: {
    title: 'Standort und Öffnungszeiten',
    heading: 'Standort und Öffnungszeiten der DokBox',
    intro:
      'Die DokBox steht im Kaufhaus. Sie können sie nur nutzen, wenn das Kaufhaus geöffnet ist. An gesetzlichen Feiertagen in Brandenburg ist sie geschlossen.',
    address: 'Adresse',
    hoursHeading: 'Öffnungszeiten',
    hoursCaption: 'Öffnungszeiten der {{box}}',
    weekday: 'Tag',
    hours: 'Uhrzeit',
    hoursRange: '{{opens}} bis {{closes}} Uhr',
    closed: 'geschlossen',
    allDay: 'rund um die Uhr geöffnet',
    closuresHeading: 'Geschlossen an diesen Tagen',
    closureSingle: 'am {{date}}',
    closureRange: 'vom {{from}} bis zum {{to}}',
    noClosures: 'Zurzeit sind keine besonderen Schließtage geplant.',
    holidays:
      'Zusätzlich geschlossen an den gesetzlichen Feiertagen in Brandenburg, zum Beispiel am Tag der Deutschen Einheit und am Reformationstag.',
    accessHeading: 'Barrierefreier Zugang',
    accessText:
      'Die DokBox steht im Erdgeschoss und ist stufenlos erreichbar. Einige Fächer liegen in einer Höhe, die Sie aus dem Rollstuhl erreichen. Sagen Sie beim Antrag Bescheid, dann kommt Ihr Dokument in so ein Fach.',
  },
  status: {
    title: 'Ist mein Dokument abholbereit?',
    heading: 'Ist mein Dokument abholbereit?',
    intro:
      'Geben Sie die Vorgangsnummer von Ihrer Antragsbestätigung und die Handynummer ein, die Sie beim Antrag genannt haben. Wir zeigen Ihnen nur, ob Ihr Dokument abholbereit ist, sonst nichts.',
    referenceLabel: 'Vorgangsnummer',
    referenceHint: 'Sie steht auf Ihrer Antragsbestätigung, zum Beispiel HN-2026-00123.',
    phoneLabel: 'Handynummer',
    phoneHint: 'Zum Beispiel 0151 23456789',
    submit: 'Status prüfen',
    checking: 'Wird geprüft …',
    resultHeading: 'Ergebnis',
    referenceMissing: 'Bitte geben Sie die Vorgangsnummer ein.',
    phoneMissing: 'Bitte geben Sie Ihre Handynummer ein.',
    throttled:
      'Sie haben in kurzer Zeit zu oft nachgefragt. Zum Schutz vor Missbrauch geht das erst wieder in {{minutes}} Minuten.',
    notFound:
      'Wir konnten kein Dokument mit diesen Angaben finden. Bitte prüfen Sie die Vorgangsnummer und die Handynummer. Ist Ihr Dokument schon länger als einen Tag abgeholt, zeigen wir es hier nicht mehr an.',
    notReady:
      'Ihr Dokument ist noch nicht abholbereit. Sobald es in der DokBox liegt, bekommen Sie eine SMS mit Ihrem Abholcode.',
    ready: 'Ihr Dokument liegt in der DokBox. Sie können es bis {{until}} Uhr abholen.',
    readyNoDate: 'Ihr Dokument liegt in der DokBox und kann abgeholt werden.',
    readyWhere: 'Ort: {{box}}, {{location}}.',
    readyBring: 'Bringen Sie Ihr Handy mit der SMS mit.',
    collected: 'Ihr Dokument wurde bereits abgeholt.',
    contactOffice:
      'Ihr Dokument kann nicht mehr an der DokBox abgeholt werden. Bitte wenden Sie sich an das Amt, bei dem Sie es beantragt haben. Die Kontaktdaten stehen auf Ihrer Antragsbestätigung.',
    privacyNote:
      'Wir speichern Ihre Handynummer bei dieser Abfrage nicht. Wie oft nachgefragt werden kann, ist begrenzt. Mehr dazu:',
  },
  imprint: {
    title: 'Impressum',
    heading: 'Impressum',
    demo: 'Demo: Dies ist eine Vorlage. Vor dem Betrieb trägt die Stadt hier ihre echten Angaben ein.',
    providerHeading: 'Anbieterin',
    provider: 'Stadt Hohen Neuendorf\nOranienburger Straße 2\n16540 Hohen Neuendorf',
    representedHeading: 'Vertreten durch',
    represented: 'Die Bürgermeisterin oder den Bürgermeister der Stadt Hohen Neuendorf (Demo-Angabe)',
    contactHeading: 'Kontakt',
    contact: 'Telefon: 03303 000000 (Demo)\nE-Mail: buergerpunkt@example.org (Demo)',
    responsibleHeading: 'Verantwortlich für den Inhalt',
    responsible: 'Team Bürgerpunkt der Stadt Hohen Neuendorf, Anschrift wie oben (Demo-Angabe)',
  },
  privacy: {
    title: 'Datenschutz',
    heading: 'Datenschutzerklärung',
    demo: 'Demo: Dies ist eine Vorlage. Vor dem Betrieb prüft die Stadt diese Erklärung mit ihrer oder ihrem Datenschutzbeauftragten.',
    controllerHeading: 'Verantwortliche Stelle',
    controller:
      'Stadt Hohen Neuendorf, Oranienburger Straße 2, 16540 Hohen Neuendorf (Demo-Angabe). Datenschutzbeauftragte: datenschutz@example.org (Demo).',
    websiteHeading: 'Besuch dieser Website',
    website:
      'Diese Website setzt keine Cookies und bindet keine Inhalte anderer Anbieter ein: keine Schriften, keine Karten, keine Statistik. Ihre Sprachwahl wird nur in Ihrem Browser gespeichert.',
    lookupHeading: 'Abfrage „Ist mein Dokument abholbereit?“',
    lookup:
      'Für die Abfrage senden Sie uns Vorgangsnummer und Handynummer. Wir vergleichen die Handynummer nur mit einem verschlüsselten Prüfwert und speichern sie nicht.\n\nJede Abfrage wird im Prüfprotokoll der Stadt festgehalten: mit Vorgangsnummer, gekürzter Handynummer (zum Beispiel +49151****789), Ergebnis und Zeitpunkt. Ihre IP-Adresse wird nicht gespeichert, nur ein nicht umkehrbarer Prüfwert, um Missbrauch zu begrenzen. Dieser Zähler wird nach 15 Minuten gelöscht.\n\nRechtsgrundlage ist Art. 6 Abs. 1 Buchstabe e DSGVO in Verbindung mit dem Landesrecht (Demo-Angabe, vor dem Betrieb zu prüfen).',
    dokboxHeading: 'Abholung an der DokBox',
    dokbox:
      'Ihre Handynummer nutzen wir nur, um Ihnen den Abholcode und Erinnerungen per SMS zu schicken. Wir löschen sie {{hours}} Stunden nach der Abholung, der Rückgabe oder der Stornierung des Dokuments, zusammen mit dem Prüfwert des Abholcodes und dem Text der SMS. Der Abholcode wird nur verschlüsselt gespeichert.\n\nBei Ihrem Antrag stimmen Sie der Abholung an der DokBox zu. Wir speichern, wann Sie zugestimmt haben und welche Fassung des Zustimmungstextes Sie gesehen haben.',
    dateOfBirthHeading: 'Geburtsdatum',
    dateOfBirth:
      'Bei manchen Dokumenten fragt die DokBox zusätzlich nach Ihrem Geburtsdatum (beim Dokument eines Kindes nach dem des Kindes). Das Amt übermittelt es bei der Anmeldung des Dokuments. Wir speichern es nie im Klartext, nur als verschlüsselten Prüfwert, und löschen diesen {{hours}} Stunden nach der Abholung, der Rückgabe oder der Stornierung.',
    depositHeading: 'Abgabe des alten Dokuments',
    deposit:
      'Geben Sie Ihr altes Ausweisdokument an der DokBox ab, liest ein Lesegerät im Abgabefach Name und Dokumentnummer, um es Ihrem neuen Dokument zuzuordnen. Gespeichert werden nur die letzten drei Zeichen der Nummer und ein verschlüsselter Prüfwert. Mitarbeitende der Stadt entnehmen das alte Dokument und geben es dem Amt zur Entwertung. Den Prüfwert löschen wir {{days}} Tage nach der Abholung des neuen Dokuments.',
    evidenceHeading: 'Beweisfoto bei der Abholung',
    evidence:
      'Bei Dokumentarten, für die das Amt es festgelegt hat, nimmt eine Kamera an der DokBox beim Öffnen des Fachs ein Foto auf. Der Bildschirm sagt es Ihnen vorher. Das Foto wird nur verschlüsselt gespeichert. Nur die Prüferinnen und Prüfer der Stadt dürfen es ansehen, und jede Ansicht wird protokolliert. Wir löschen es {{days}} Tage nach der Aufnahme.',
    smsHeading: 'SMS-Versand durch einen Dienstleister',
    sms: 'Die SMS mit Abholcode und Erinnerung verschickt in unserem Auftrag (Auftragsverarbeitung nach Art. 28 DSGVO): {{processor}}. Der Dienstleister erhält dafür Ihre Handynummer und den Text der SMS.',
    smsUnnamed:
      'Die SMS mit Abholcode und Erinnerung verschickt in unserem Auftrag ein SMS-Dienstleister (Auftragsverarbeitung nach Art. 28 DSGVO). Er erhält dafür Ihre Handynummer und den Text der SMS. Den Namen des Dienstleisters nennen wir Ihnen auf Anfrage.',
    smsDemo:
      'In dieser Demo werden keine SMS verschickt: Sie erscheinen nur auf einer Demo-Seite des Servers. Im Betrieb nennt die Stadt hier den SMS-Dienstleister, der in ihrem Auftrag versendet (Auftragsverarbeitung nach Art. 28 DSGVO).',
    registerHeading: 'Ausgaberegister und Zugriff im Amt',
    register:
      'Damit nachweisbar ist, wann welches Dokument ausgegeben wurde, führt das Amt ein Ausgaberegister: Dokumentart, Amt, Zeitpunkte und die bestandenen Prüfungen. {{days}} Tage nach der Abholung, der Rückgabe oder der Stornierung ersetzen wir darin Ihren Namen und die Vorgangsnummer durch ein Pseudonym. Meldungen über die Ausgabe an das Fachverfahren des Amtes (mit Vorgangsnummer, ohne Namen) löschen wir nach {{eventDays}} Tagen.\n\nIhre Daten sehen nur Mitarbeitende des Amtes, das Ihr Dokument ausgestellt hat, und Personen, denen die Verwaltung es ausdrücklich erlaubt hat (zum Beispiel die Prüfung). Jeder Blick auf Ihre Daten wird mit Person und Zeitpunkt protokolliert.',
    loading: 'Die aktuellen Fristen werden geladen …',
    unavailable:
      'Die aktuellen Fristen können gerade nicht geladen werden. Bitte versuchen Sie es später noch einmal.',
    rightsHeading: 'Ihre Rechte',
    rights:
      'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie auf Widerspruch. Sie können sich bei der Landesbeauftragten für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg beschweren.',
  },
  accessibility: {
    title: 'Erklärung zur Barrierefreiheit',
    heading: 'Erklärung zur Barrierefreiheit',
    demo: 'Demo: Dies ist eine Vorlage. Vor dem Betrieb ergänzt die Stadt die echten Kontaktdaten und das Datum der Prüfung.',
    scope:
      'Die Stadt Hohen Neuendorf ist bemüht, diese Website barrierefrei zugänglich zu machen. Rechtsgrundlage sind das Brandenburgische Behindertengleichstellungsgesetz und die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) in ihrer jeweils geltenden Fassung.',
    statusHeading: 'Stand der Vereinbarkeit mit den Anforderungen',
    status:
      'Diese Website ist mit den Anforderungen der BITV 2.0 teilweise vereinbar. Jede Seite wird bei jeder Änderung automatisch auf die Kriterien der WCAG 2.1 in den Stufen A und AA geprüft, ohne Fehler. Eine vollständige Prüfung durch eine unabhängige Prüfstelle steht noch aus.',
    notAccessibleHeading: 'Nicht barrierefreie Inhalte',
    notAccessible:
      'Zurzeit sind uns keine Barrieren bekannt. Angebote, die später hinzukommen (zum Beispiel der Stadtplan), prüfen wir vor der Veröffentlichung.',
    offersHeading: 'Angebote in Leichter Sprache und auf Englisch',
    offers:
      'Alle Seiten gibt es auch in Leichter Sprache und auf Englisch. Wählen Sie die Sprache oben auf jeder Seite.',
    preparedHeading: 'Erstellung dieser Erklärung',
    prepared:
      'Diese Erklärung beruht auf einer Selbstbewertung: automatische Prüfung mit axe und Prüfung von Hand (Tastatur, Vergrößerung, Bildschirmleser). Sie wurde im November 2026 erstellt (Demo-Angabe).',
    feedbackHeading: 'Barrieren melden: Kontakt',
    feedback:
      'Ist Ihnen eine Barriere aufgefallen? Dann schreiben Sie uns bitte: barrierefreiheit@example.org (Demo) oder rufen Sie an: 03303 000000 (Demo). Wir antworten innerhalb von zwei Wochen.',
    enforcementHeading: 'Schlichtungsverfahren',
    enforcement:
      'Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort bekommen, können Sie sich an die Schlichtungsstelle des Landes Brandenburg wenden. Demo: Vor dem Betrieb trägt die Stadt hier Name und Anschrift der zuständigen Stelle ein.',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    heading: 'Diese Seite gibt es nicht',
    text: 'Vielleicht hat sich die Adresse geändert. Auf der Startseite finden Sie alle Angebote.',
    homeLink: 'Zur Startseite',
  },
};
