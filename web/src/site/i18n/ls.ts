/**
 * The public site in Leichte Sprache (easy German; loaded when chosen). Rules followed: short sentences, one
 * statement per sentence, common words, long words split with a hyphen, hard words explained, one statement per
 * paragraph (blank line). Same keys and placeholders as de.ts (catalogues.test.ts).
 */
export const ls = {
  common: {
    problems: {
      network: 'Es gibt gerade keine Verbindung.\n\nBitte versuchen Sie es gleich noch einmal.',
      unknown: 'Das hat leider nicht geklappt.\n\nBitte versuchen Sie es noch einmal.',
    },
  },
  errors: {
    reference_missing: 'Bitte schreiben Sie die Vorgangs-Nummer in das Feld.',
    reference_invalid:
      'Die Vorgangs-Nummer ist falsch geschrieben.\n\nDie Nummer hat Buchstaben, Zahlen und Striche.\n\nZum Beispiel: HN-2026-00123\n\nBitte prüfen Sie die Nummer.',
    phone_missing: 'Bitte schreiben Sie Ihre Handy-Nummer in das Feld.',
    phone_invalid:
      'Die Telefon-Nummer stimmt nicht.\n\nBitte schreiben Sie Ihre Handy-Nummer.\n\nZum Beispiel: 0151 23456789',
    phone_not_mobile:
      'An diese Nummer kann man keine SMS schicken.\n\nBitte schreiben Sie eine Handy-Nummer.',
    status_lookup_throttled:
      'Sie haben zu oft gefragt.\n\nBitte warten Sie {{minutes}} Minuten.\n\nDann können Sie wieder fragen.',
    validation_failed: 'Etwas fehlt oder ist falsch geschrieben.\n\nBitte prüfen Sie Ihre Angaben.',
    malformed_request: 'Das hat leider nicht geklappt.\n\nBitte versuchen Sie es noch einmal.',
    rate_limited: 'Das waren zu viele Anfragen.\n\nBitte warten Sie einen Moment.',
    internal_error:
      'Es gibt einen technischen Fehler.\n\nBitte versuchen Sie es gleich noch einmal.\n\nOder fragen Sie das Personal.',
  },
  site: {
    frame: {
      skipLink: 'Zum Inhalt springen',
      brand: 'Bürgerpunkt Hohen Neuendorf',
      tagline: 'Die Stadt hilft Ihnen im Kaufhaus',
      mainNav: 'Menü',
      menuButton: 'Menü',
      languageNav: 'Sprache',
      languageLabel: 'Sprache:',
      footerNav: 'Rechtliche Hinweise',
      footerText: 'Diese Seite ist von der Stadt Hohen Neuendorf.',
      demoNotice: 'Das ist eine Probe-Version.\n\nDie Adressen und Telefon-Nummern sind ausgedacht.',
      titleSuffix: 'Bürgerpunkt Hohen Neuendorf',
    },
    nav: {
      home: 'Start-Seite',
      howItWorks: 'So geht die DokBox',
      location: 'Wo ist die DokBox? Wann ist sie offen?',
      status: 'Ist mein Ausweis schon da?',
      imprint: 'Impressum',
      privacy: 'Daten-Schutz',
      accessibility: 'Barriere-Freiheit',
    },
    home: {
      title: 'Start-Seite',
      heading: 'Willkommen im Bürgerpunkt Hohen Neuendorf',
      intro:
        'Der Bürgerpunkt ist im Kaufhaus.\n\nDort gibt es Hilfe von der Stadt.\n\nMitarbeiter von der Stadt sind da.\n\nSie helfen Ihnen gern.',
      dokboxHeading: 'Ausweis abholen an der DokBox',
      dokboxText:
        'Die DokBox ist ein Schrank mit vielen Fächern.\n\nIn der DokBox liegen fertige Ausweise.\n\nZum Beispiel: Personal-Ausweis, Reise-Pass oder Führer-Schein.\n\nSie können Ihren Ausweis dort selbst abholen.\n\nSie brauchen keinen Termin.\n\nSie müssen nicht warten.',
      dokboxLink: 'So geht die DokBox',
      statusHeading: 'Ist mein Ausweis schon da?',
      statusText:
        'Das können Sie hier nachsehen.\n\nSie brauchen dafür 2 Dinge:\n\nDie Vorgangs-Nummer.\nUnd Ihre Handy-Nummer.',
      statusLink: 'Hier nachsehen',
      locationHeading: 'Wo ist die DokBox?',
      locationLink: 'Mehr zum Ort und zu den Öffnungs-Zeiten',
      moreHeading: 'Das gibt es noch im Bürgerpunkt',
      moreText: 'Im Bürgerpunkt gibt es noch mehr.\n\nDas finden Sie auch hier auf der Internet-Seite:',
    },
    openingStatus: {
      loading: 'Die Öffnungs-Zeiten werden geladen.',
      unavailable: 'Die Öffnungs-Zeiten sind gerade nicht da.\n\nBitte versuchen Sie es später noch einmal.',
      openNow: 'Die DokBox ist jetzt offen.\n\nSie ist offen bis {{time}} Uhr.',
      closedNow: 'Die DokBox ist jetzt zu.',
      opensNext: 'Die DokBox ist wieder offen am: {{when}} Uhr.',
      outOfService: 'Die DokBox ist gerade kaputt.\n\nSie bekommen dafür mehr Zeit zum Abholen.',
      where: 'Ort',
    },
    howItWorks: {
      title: 'So geht die DokBox',
      heading: 'So geht die DokBox',
      intro:
        'Die DokBox ist ein Schrank mit vielen Fächern.\n\nDer Schrank steht im Kaufhaus.\n\nIn einem Fach liegt Ihr Ausweis.\n\nSie können ihn dort selbst abholen.\n\nDas geht nur, wenn das Kaufhaus offen ist.',
      stepsHeading: 'So geht es: Schritt für Schritt',
      step1Title: 'Sagen Sie beim Antrag Bescheid',
      step1Text:
        'Sie beantragen einen Ausweis im Bürger-Amt.\n\nSagen Sie dort: Ich will den Ausweis an der DokBox abholen.\n\nSagen Sie auch Ihre Handy-Nummer.',
      step2Title: 'Warten Sie auf eine SMS',
      step2Text:
        'Eine SMS ist eine kurze Nachricht auf Ihr Handy.\n\nIhr Ausweis ist fertig?\n\nUnd er liegt in der DokBox?\n\nDann bekommen Sie eine SMS.\n\nIn der SMS steht ein Abhol-Code.\n\nDer Abhol-Code ist eine Zahl mit 6 Ziffern.\n\nIn der SMS steht auch: So lange können Sie den Ausweis abholen.',
      step3Title: 'Gehen Sie zur DokBox',
      step3Text:
        'Gehen Sie zur DokBox.\n\nDie DokBox hat einen Bildschirm.\n\nTippen Sie dort Ihre Handy-Nummer ein.\n\nTippen Sie dann den Abhol-Code ein.',
      step4Title: 'Nehmen Sie Ihren Ausweis',
      step4Text:
        'Dann geht ein Fach auf.\n\nDer Bildschirm zeigt Ihnen das Fach.\n\nNehmen Sie Ihren Ausweis aus dem Fach.\n\nMachen Sie dann die Tür vom Fach zu.\n\nErst dann sind Sie fertig.',
      windowHeading: 'Wie lange kann ich den Ausweis abholen?',
      windowText:
        'Sie haben {{days}} Tage Zeit.\n\nDer letzte Tag steht in der SMS.\n\nEs zählen nur die Tage, an denen die DokBox offen ist.\n\nSonntage und Feier-Tage zählen nicht.\n\nKurz vor dem Ende bekommen Sie noch eine SMS.\n\nDie SMS erinnert Sie an das Abholen.',
      bringHeading: 'Was muss ich mitbringen?',
      bringIntro:
        'Bringen Sie immer Ihr Handy mit.\n\nAuf dem Handy ist die SMS mit dem Abhol-Code.\n\nBei manchen Ausweisen müssen Sie noch mehr tun:',
      bringIdCards:
        'Für Personal-Ausweis und Reise-Pass:\n\nBringen Sie Ihren alten Ausweis mit.\n\nSie legen den alten Ausweis an der DokBox in ein Lese-Gerät.\n\nSie haben keinen alten Ausweis?\n\nDann tippen Sie Ihr Geburts-Datum ein.\n\nBeim Personal-Ausweis sagen Sie auch: Ich habe den PIN-Brief bekommen.',
      bringResidence:
        'Für Kinder-Reise-Pass, Reise-Ausweis, Aufenthalts-Titel und Führer-Schein:\n\nSie tippen auch das Geburts-Datum ein.\n\nSie holen den Ausweis von Ihrem Kind ab?\n\nDann tippen Sie das Geburts-Datum von Ihrem Kind ein.',
      bringLicence:
        'Für die Personenstands-Urkunde:\n\nSie brauchen nur die Handy-Nummer und den Abhol-Code.',
      checkNone: 'Für: {{types}}\n\nSie brauchen nur die Handy-Nummer und den Abhol-Code.',
      checkDateOfBirth:
        'Für: {{types}}\n\nSie tippen auch das Geburts-Datum ein.\n\nDas Geburts-Datum ist der Tag, an dem man geboren ist.\n\nSie holen den Ausweis von Ihrem Kind ab?\n\nDann tippen Sie das Geburts-Datum von Ihrem Kind ein.',
      checkOldDocumentOrDateOfBirth:
        'Für: {{types}}\n\nBringen Sie Ihren alten Ausweis mit.\n\nSie legen den alten Ausweis an der DokBox in ein Lese-Gerät.\n\nSie haben keinen alten Ausweis?\n\nDann tippen Sie das Geburts-Datum ein.\n\nBeim Personal-Ausweis sagen Sie auch: Ich habe den PIN-Brief bekommen.',
      checkOldDocument:
        'Für: {{types}}\n\nBringen Sie Ihren alten Ausweis mit.\n\nSie legen den alten Ausweis an der DokBox in ein Lese-Gerät.',
      checkStaff:
        'Für: {{types}}\n\nEin Mitarbeiter von der Stadt prüft Ihren Ausweis.\n\nBringen Sie bitte Ihren Ausweis mit.',
      checkOther:
        'Für: {{types}}\n\nEs gibt noch eine Prüfung.\n\nDie Mitarbeiter im Bürgerpunkt helfen Ihnen.',
      bringOther:
        'Eine andere Person will Ihren Ausweis abholen?\n\nDas geht nur, wenn Sie das beim Antrag gesagt haben.',
      lostCodeHeading: 'Ich habe den Abhol-Code nicht mehr',
      lostCodeText:
        'Sie haben die SMS gelöscht?\n\nOder Sie haben keine SMS bekommen?\n\nDann können Sie an der DokBox einen neuen Abhol-Code bekommen.\n\nDer neue Abhol-Code kommt an Ihre Handy-Nummer.\n\nDer alte Abhol-Code geht dann nicht mehr.\n\nSie haben eine neue Handy-Nummer?\n\nDann rufen Sie bitte im Bürger-Amt an.\n\nDie Mitarbeiter im Bürgerpunkt helfen Ihnen auch.',
      wrongCodeHeading: 'Der Abhol-Code geht nicht',
      wrongCodeText:
        'Sie haben den Abhol-Code mehrmals falsch eingetippt?\n\nDann ist der Abhol-Code gesperrt.\n\nDas ist zu Ihrem Schutz.\n\nSie brauchen dann einen neuen Abhol-Code.\n\nDen bekommen Sie an der DokBox.\n\nOder Sie rufen im Bürger-Amt an.',
      afterHeading: 'Ich habe den Ausweis nicht rechtzeitig abgeholt',
      afterText:
        'Dann bringt die Stadt Ihren Ausweis zurück ins Amt.\n\nSie bekommen dann eine SMS.\n\nSie können den Ausweis dann im Amt abholen.\n\nBitte melden Sie sich vorher im Amt.',
      safetyHeading: 'Ist das sicher?',
      safetyText:
        'Ja.\n\nDas Fach geht nur mit dem richtigen Abhol-Code auf.\n\nDer Abhol-Code geht nur 1 Mal.\n\nDie Stadt schreibt auf, wann Sie den Ausweis abgeholt haben.\n\nIhre Handy-Nummer wird danach gelöscht.\n\nSpätestens nach 1 Tag.',
      statusLink: 'Nachsehen: Ist mein Ausweis schon da?',
    },
    documentTypes: {
      id_card: 'Personal-Ausweis',
      passport: 'Reise-Pass',
      child_passport: 'Kinder-Reise-Pass',
      driving_licence: 'Führer-Schein',
      travel_document: 'Reise-Ausweis',
      residence_permit: 'Aufenthalts-Titel',
      civil_certificate: 'Personenstands-Urkunde',
    },
    location: {
      title: 'Wo ist die DokBox? Wann ist sie offen?',
      heading: 'Wo ist die DokBox? Wann ist sie offen?',
      intro:
        'Die DokBox steht im Kaufhaus.\n\nSie können die DokBox nur benutzen, wenn das Kaufhaus offen ist.\n\nAn Feier-Tagen ist die DokBox zu.',
      address: 'Adresse',
      hoursHeading: 'Öffnungs-Zeiten',
      hoursCaption: 'Öffnungs-Zeiten von der {{box}}',
      weekday: 'Tag',
      hours: 'Uhr-Zeit',
      hoursRange: 'von {{opens}} Uhr bis {{closes}} Uhr',
      closed: 'zu',
      allDay: 'den ganzen Tag und die ganze Nacht offen',
      closuresHeading: 'An diesen Tagen ist die DokBox zu',
      closureSingle: 'am {{date}}',
      closureRange: 'vom {{from}} bis zum {{to}}',
      noClosures: 'Im Moment gibt es keine besonderen Tage.',
      holidays:
        'An Feier-Tagen in Brandenburg ist die DokBox auch zu.\n\nZum Beispiel am Tag der Deutschen Einheit.\n\nDas ist der 3. Oktober.',
      accessHeading: 'Ohne Stufen',
      accessText:
        'Die DokBox ist im Erd-Geschoss.\n\nEs gibt keine Stufen.\n\nSie sitzen im Roll-Stuhl?\n\nDann sagen Sie das beim Antrag.\n\nDann kommt Ihr Ausweis in ein Fach, an das Sie gut heran-kommen.',
    },
    status: {
      title: 'Ist mein Ausweis schon da?',
      heading: 'Ist mein Ausweis schon da?',
      intro:
        'Hier können Sie nachsehen.\n\nSchreiben Sie die Vorgangs-Nummer in das 1. Feld.\n\nDie Vorgangs-Nummer steht auf dem Zettel vom Antrag.\n\nSchreiben Sie Ihre Handy-Nummer in das 2. Feld.\n\nWir zeigen Ihnen dann nur: Ist der Ausweis da oder nicht.',
      referenceLabel: 'Vorgangs-Nummer',
      referenceHint: 'Sie steht auf dem Zettel vom Antrag. Zum Beispiel: HN-2026-00123',
      phoneLabel: 'Handy-Nummer',
      phoneHint: 'Zum Beispiel: 0151 23456789',
      submit: 'Nachsehen',
      checking: 'Bitte warten.',
      resultHeading: 'Das Ergebnis',
      referenceMissing: 'Bitte schreiben Sie die Vorgangs-Nummer in das Feld.',
      phoneMissing: 'Bitte schreiben Sie Ihre Handy-Nummer in das Feld.',
      throttled:
        'Sie haben zu oft gefragt.\n\nDas ist ein Schutz gegen Betrug.\n\nBitte warten Sie {{minutes}} Minuten.\n\nDann können Sie wieder fragen.',
      notFound:
        'Wir haben mit diesen Angaben keinen Ausweis gefunden.\n\nBitte prüfen Sie die Vorgangs-Nummer.\n\nBitte prüfen Sie auch die Handy-Nummer.\n\nSie haben den Ausweis schon vor mehr als 1 Tag abgeholt?\n\nDann finden Sie ihn hier nicht mehr.',
      notReady:
        'Ihr Ausweis ist noch nicht da.\n\nSie bekommen eine SMS, wenn er in der DokBox liegt.\n\nIn der SMS steht Ihr Abhol-Code.',
      ready: 'Ihr Ausweis liegt in der DokBox.\n\nSie können ihn abholen bis: {{until}} Uhr.',
      readyNoDate: 'Ihr Ausweis liegt in der DokBox.\n\nSie können ihn abholen.',
      readyWhere: 'Hier ist die DokBox: {{box}}, {{location}}.',
      readyBring: 'Bringen Sie Ihr Handy mit der SMS mit.',
      collected: 'Ihr Ausweis wurde schon abgeholt.',
      contactOffice:
        'Ihr Ausweis ist nicht mehr in der DokBox.\n\nBitte melden Sie sich beim Amt.\n\nBei dem Amt, wo Sie den Ausweis beantragt haben.\n\nDie Telefon-Nummer steht auf dem Zettel vom Antrag.',
      privacyNote:
        'Wir speichern Ihre Handy-Nummer nicht.\n\nMan kann nur ein paar Mal nachsehen.\n\nMehr dazu:',
    },
    imprint: {
      title: 'Impressum',
      heading: 'Impressum',
      demo: 'Das ist eine Probe-Seite.\n\nSpäter stehen hier die richtigen Angaben von der Stadt.',
      providerHeading: 'Von wem ist diese Internet-Seite?',
      provider: 'Stadt Hohen Neuendorf\nOranienburger Straße 2\n16540 Hohen Neuendorf',
      representedHeading: 'Wer ist der Chef?',
      represented:
        'Der Bürgermeister oder die Bürgermeisterin von Hohen Neuendorf.\n\nDas ist eine Probe-Angabe.',
      contactHeading: 'So erreichen Sie uns',
      contact: 'Telefon: 03303 000000 (Probe)\nE-Mail: buergerpunkt@example.org (Probe)',
      responsibleHeading: 'Wer schreibt die Texte?',
      responsible: 'Das Team vom Bürgerpunkt.\n\nDie Adresse steht oben.\n\nDas ist eine Probe-Angabe.',
    },
    privacy: {
      title: 'Daten-Schutz',
      heading: 'Daten-Schutz',
      demo: 'Das ist eine Probe-Seite.\n\nDie Stadt prüft diesen Text noch.',
      controllerHeading: 'Wer ist verantwortlich?',
      controller:
        'Die Stadt Hohen Neuendorf.\n\nOranienburger Straße 2, 16540 Hohen Neuendorf.\n\nFragen zum Daten-Schutz an: datenschutz@example.org (Probe)',
      websiteHeading: 'Wenn Sie diese Internet-Seite besuchen',
      website:
        'Diese Seite speichert keine Cookies.\n\nCookies sind kleine Dateien auf Ihrem Computer.\n\nDiese Seite holt nichts von anderen Firmen.\n\nSie wählen eine Sprache?\n\nDann merkt sich nur Ihr Computer die Sprache.',
      lookupHeading: 'Wenn Sie nachsehen: Ist mein Ausweis schon da?',
      lookup:
        'Sie schicken uns die Vorgangs-Nummer und Ihre Handy-Nummer.\n\nWir vergleichen die Handy-Nummer.\n\nWir speichern die Handy-Nummer nicht.\n\nWir schreiben auf: Jemand hat nachgesehen.\n\nWir schreiben dazu die Vorgangs-Nummer, das Ergebnis und die Zeit auf.\n\nVon der Handy-Nummer schreiben wir nur einen Teil auf.\n\nZum Beispiel: +49151****789\n\nWir zählen auch, wie oft jemand nachsieht.\n\nDas ist ein Schutz gegen Betrug.\n\nNach 15 Minuten löschen wir diese Zahl.\n\nDas Gesetz dazu: Artikel 6 der Daten-Schutz-Grund-Verordnung.\n\nDas ist eine Probe-Angabe.',
      dokboxHeading: 'Wenn Sie die DokBox benutzen',
      dokbox:
        'Wir brauchen Ihre Handy-Nummer für die SMS.\n\nIn der SMS steht Ihr Abhol-Code.\n\n{{hours}} Stunden nach dem Abholen löschen wir die Handy-Nummer.\n\nDen Abhol-Code speichern wir nur verschlüsselt.\n\nVerschlüsselt heißt: Niemand kann ihn lesen.\n\nSie sagen beim Antrag: Ich hole an der DokBox ab.\n\nWir schreiben auf, wann Sie das gesagt haben.',
      dateOfBirthHeading: 'Ihr Geburts-Datum',
      dateOfBirth:
        'Manchmal fragt die DokBox nach Ihrem Geburts-Datum.\n\nDas Amt schickt uns das Geburts-Datum.\n\nWir speichern es nur verschlüsselt.\n\n{{hours}} Stunden nach dem Abholen löschen wir es.',
      depositHeading: 'Wenn Sie Ihren alten Ausweis abgeben',
      deposit:
        'Sie können Ihren alten Ausweis in die DokBox legen.\n\nEin Gerät liest den Namen und die Nummer.\n\nWir speichern nur die letzten 3 Zeichen der Nummer.\n\nMitarbeiter der Stadt bringen den alten Ausweis zum Amt.\n\nDas Amt macht ihn ungültig.\n\nNach {{days}} Tagen löschen wir den Rest.',
      evidenceHeading: 'Foto beim Abholen',
      evidence:
        'Bei manchen Dokumenten macht die DokBox ein Foto.\n\nDer Bildschirm sagt es Ihnen vorher.\n\nWir speichern das Foto nur verschlüsselt.\n\nNur Prüfer der Stadt dürfen es ansehen.\n\nWir schreiben jedes Ansehen auf.\n\nNach {{days}} Tagen löschen wir das Foto.',
      smsHeading: 'Wer schickt die SMS?',
      sms: 'Eine Firma schickt die SMS für uns.\n\nDie Firma heißt: {{processor}}\n\nDie Firma bekommt Ihre Handy-Nummer.\n\nDie Firma bekommt auch den Text der SMS.',
      smsUnnamed:
        'Eine Firma schickt die SMS für uns.\n\nDie Firma bekommt Ihre Handy-Nummer.\n\nDie Firma bekommt auch den Text der SMS.\n\nSie möchten den Namen der Firma wissen?\n\nDann fragen Sie uns.',
      smsDemo:
        'Das ist eine Probe.\n\nHier gehen keine SMS raus.\n\nSpäter steht hier: Diese Firma schickt die SMS.',
      registerHeading: 'Die Liste im Amt',
      register:
        'Das Amt schreibt auf: Wann hat jemand ein Dokument abgeholt?\n\nNach {{days}} Tagen löschen wir Ihren Namen aus dieser Liste.\n\nDann steht dort nur noch ein Ersatz-Name.\n\nDas Amt bekommt eine Nachricht über das Abholen.\n\nNach {{eventDays}} Tagen löschen wir diese Nachricht.\n\nNur Mitarbeiter von Ihrem Amt sehen Ihre Daten.\n\nWir schreiben jedes Ansehen auf.',
      loading: 'Die Zeiten werden geladen.',
      unavailable: 'Die Zeiten sind gerade nicht da.\n\nBitte versuchen Sie es später noch einmal.',
      rightsHeading: 'Ihre Rechte',
      rights:
        'Sie dürfen fragen: Welche Daten haben Sie von mir?\n\nSie dürfen sagen: Meine Daten sind falsch.\n\nSie dürfen sagen: Löschen Sie meine Daten.\n\nSie können sich auch beschweren.\n\nBei der Beauftragten für Daten-Schutz im Land Brandenburg.',
    },
    accessibility: {
      title: 'Barriere-Freiheit',
      heading: 'Erklärung zur Barriere-Freiheit',
      demo: 'Das ist eine Probe-Seite.\n\nSpäter stehen hier die richtigen Angaben von der Stadt.',
      scope:
        'Barriere-frei heißt: Alle Menschen können die Seite benutzen.\n\nAuch Menschen mit Behinderung.\n\nDie Stadt will, dass diese Seite barriere-frei ist.\n\nDas steht auch im Gesetz.\n\nDas Gesetz heißt: BITV 2.0',
      statusHeading: 'Ist diese Seite barriere-frei?',
      status:
        'Zum großen Teil: ja.\n\nEin Computer-Programm prüft jede Seite.\n\nDas Programm findet keine Fehler.\n\nEine Prüfung von einer anderen Stelle fehlt noch.',
      notAccessibleHeading: 'Was ist nicht barriere-frei?',
      notAccessible: 'Wir kennen im Moment keine Probleme.\n\nNeue Seiten prüfen wir, bevor wir sie zeigen.',
      offersHeading: 'Leichte Sprache und Englisch',
      offers:
        'Alle Seiten gibt es in Leichter Sprache.\n\nAlle Seiten gibt es auch auf Englisch.\n\nOben auf jeder Seite können Sie die Sprache wählen.',
      preparedHeading: 'Wer hat das geprüft?',
      prepared:
        'Wir haben selbst geprüft.\n\nMit einem Computer-Programm.\n\nUnd von Hand: mit der Tastatur, mit großer Schrift und mit einem Vorlese-Programm.\n\nWir haben das im November 2026 gemacht.\n\nDas ist eine Probe-Angabe.',
      feedbackHeading: 'Sie finden eine Barriere? Sagen Sie es uns.',
      feedback:
        'Schreiben Sie uns eine E-Mail: barrierefreiheit@example.org (Probe)\n\nOder rufen Sie an: 03303 000000 (Probe)\n\nWir antworten in 2 Wochen.',
      enforcementHeading: 'Sie sind mit der Antwort nicht zufrieden?',
      enforcement:
        'Dann können Sie sich an eine Stelle vom Land Brandenburg wenden.\n\nDie Stelle heißt: Schlichtungs-Stelle.\n\nSie hilft bei Streit.\n\nDie Adresse kommt später.\n\nDas ist eine Probe-Angabe.',
    },
    notFound: {
      title: 'Seite nicht gefunden',
      heading: 'Diese Seite gibt es nicht',
      text: 'Vielleicht ist die Adresse falsch.\n\nAuf der Start-Seite finden Sie alles.',
      homeLink: 'Zur Start-Seite',
    },
  },
};
