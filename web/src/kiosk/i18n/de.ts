/**
 * The kiosk's own texts (German, the source language). Plain words, short sentences, "Sie". Every other language
 * has the same keys (see catalogues.test.ts); `pickup`, `errors`, `chrome`, `idle`, `staff` and `language` are the
 * pickup flow that every language must cover completely.
 */
export const kiosk = {
  title: 'Bürgerpunkt – Kiosk',
  heading: 'Willkommen im Bürgerpunkt',
  /** Header, footer and the buttons every screen has. */
  chrome: {
    place: 'Bürgerpunkt Hohen Neuendorf',
    /** The language button names itself in every offered language, so everyone finds it. */
    language: 'Sprache · Language · Dil · Мова · اللغة',
    callStaff: 'Personal rufen',
    startOver: 'Neu beginnen',
    speech: 'Vorlesen',
    speechOn: 'an',
    speechOff: 'aus',
    footerLabel: 'Hilfe',
  },
  setup: {
    heading: 'Dieser Kiosk ist noch nicht eingerichtet',
    citizen: 'Bitte wenden Sie sich an das Personal im Bürgerpunkt.',
    pairHeading: 'Für Mitarbeitende: Kiosk koppeln',
    pairIntro:
      'Melden Sie sich im Backoffice als Administration an und geben Sie unter „Kiosk-Terminals“ diesen Code ein – oder scannen Sie den QR-Code. Danach startet der Kiosk von selbst.',
    codeLabel: 'Kopplungscode',
    validUntil: 'Gültig bis {{time}} Uhr',
    qrLabel: 'QR-Code: öffnet die Seite „Kiosk-Terminals“ im Backoffice mit diesem Code',
    waiting: 'Der Kiosk wartet auf die Bestätigung im Backoffice …',
    expired: 'Der vorige Code ist abgelaufen. Bitte verwenden Sie den neuen Code.',
    rateLimited: 'Es wurden zu viele Codes angefordert. Der Kiosk versucht es in einer Minute wieder.',
    offline: 'Der Server ist gerade nicht erreichbar. Der Kiosk versucht es weiter.',
  },
  revoked: {
    heading: 'Dieses Terminal wurde außer Betrieb genommen',
    citizen:
      'Hier können Sie gerade nichts erledigen. Bitte wenden Sie sich an das Personal im Bürgerpunkt – wir helfen Ihnen gern.',
    staff:
      'Für Mitarbeitende: Der Schlüssel dieses Geräts gilt nicht mehr und wurde auf dem Gerät gelöscht. Um es wieder zu nutzen, tippen Sie auf „Neu koppeln“ und bestätigen den angezeigten Code im Backoffice unter „Kiosk-Terminals“.',
    pairAgain: 'Neu koppeln',
  },
  start: {
    heading: 'Willkommen im Bürgerpunkt',
    intro: 'Was möchten Sie tun? Tippen Sie auf eine Schaltfläche.',
    choices: 'Auswahl',
    pickup: 'Dokument abholen',
    pickupHint: 'Mit Handynummer und Code aus der SMS',
    map: 'Stadtplan',
    tour: '360°-Rundgang',
    questions: 'Fragen und Behördennummer 115',
    suggestions: 'Ideen und Hinweise',
    statusOpen: 'Die DokBox ist jetzt geöffnet.',
    statusOpenUntil: 'Die DokBox ist jetzt geöffnet, heute bis {{time}} Uhr.',
    statusClosed: 'Die DokBox ist gerade geschlossen.',
    statusClosedUntil: 'Die DokBox ist gerade geschlossen. Sie öffnet wieder am {{day}} um {{time}} Uhr.',
    statusOutOfService: 'Die DokBox ist gerade außer Betrieb. Bitte fragen Sie das Personal.',
  },
  language: {
    heading: 'Sprache wählen',
    text: 'Tippen Sie auf Ihre Sprache.',
    current: 'Gewählt',
    back: 'Zurück',
  },
  pickup: {
    phone: {
      heading: 'Ihre Handynummer',
      text: 'Geben Sie die Handynummer ein, an die wir die SMS geschickt haben.',
      label: 'Handynummer',
      example: 'Zum Beispiel: 0170 1234567',
      tooShort: 'Die Nummer ist zu kurz. Bitte geben Sie Ihre ganze Handynummer ein.',
      notMobile:
        'Das ist keine Handynummer. Wir schicken den Code nur an Handynummern. Bitte geben Sie die Handynummer ein, an die die SMS ging.',
    },
    code: {
      heading: 'Ihr Abholcode',
      text: 'Geben Sie den Code aus der SMS ein. Er hat 6 Ziffern.',
      label: 'Abholcode (6 Ziffern)',
      incomplete: 'Der Code hat 6 Ziffern. Bitte geben Sie alle Ziffern ein.',
      lostSms: 'Ich habe keine SMS mehr',
      checking: 'Einen Moment bitte. Wir prüfen den Code.',
    },
    keypad: {
      label: 'Ziffernfeld',
      delete: 'Löschen',
      plus: 'Plus-Zeichen',
      confirm: 'Weiter',
      back: 'Zurück',
    },
    resend: {
      heading: 'Neuen Code per SMS',
      text: 'Wir schicken einen neuen Code an die Nummer {{phone}}. Der alte Code gilt dann nicht mehr.',
      send: 'Neuen Code schicken',
      sent: 'Danke. Wenn für diese Nummer ein Dokument in der DokBox liegt, bekommen Sie gleich eine SMS mit einem neuen Code.',
      sentHeading: 'SMS ist unterwegs',
      enterCode: 'Code eingeben',
    },
    birthDate: {
      heading: 'Geburtsdatum',
      text: 'Bitte geben Sie das Geburtsdatum der Person ein, für die das Dokument ausgestellt ist. Holen Sie das Dokument für Ihr Kind ab, geben Sie das Geburtsdatum Ihres Kindes ein.',
      legend: 'Geburtsdatum der Person, für die das Dokument ausgestellt ist',
      day: 'Tag',
      month: 'Monat',
      year: 'Jahr',
      dayExample: 'z. B. 14',
      monthExample: 'z. B. 3',
      yearExample: 'z. B. 1958',
      invalid: 'Dieses Datum gibt es nicht. Bitte prüfen Sie Tag, Monat und Jahr.',
      missing: 'Bitte füllen Sie Tag, Monat und Jahr aus.',
      confirm: 'Weiter',
    },
    oldDocument: {
      heading: 'Ihr altes Dokument',
      text: 'Für dieses Dokument prüfen wir Ihr altes Dokument.',
      step1: 'Legen Sie Ihr altes Dokument mit dem Foto nach unten auf das Lesegerät unter dem Bildschirm.',
      step2: 'Lassen Sie es dort liegen.',
      step3: 'Tippen Sie dann auf „Dokument prüfen“.',
      confirm: 'Dokument prüfen',
      reading: 'Einen Moment bitte. Das Dokument wird gelesen.',
      noOldDocument: 'Ich habe kein altes Dokument',
    },
    depositIntro: {
      text: 'Für dieses Dokument geben Sie Ihr altes Dokument in der DokBox ab. Es wird dort geprüft und danach ungültig gemacht.',
      step1: 'Tippen Sie auf „Abgabefach öffnen“.',
      step2: 'Ein Fach öffnet sich. Legen Sie Ihr altes Dokument hinein.',
      step3: 'Schließen Sie die Klappe. Erst dann öffnet sich das Fach mit Ihrem neuen Dokument.',
      confirm: 'Abgabefach öffnen',
    },
    deposit: {
      heading: 'Legen Sie Ihr altes Dokument in Fach {{number}}',
      headingOpening: 'Fach {{number}} öffnet sich',
      location: 'Fach {{number}}: {{column}}. Spalte von links, {{fromTop}}. Fach von oben, {{height}}',
      put: 'Legen Sie Ihr altes Dokument in das offene Fach.',
      close: 'Schließen Sie die Klappe.',
      kept: 'Ihr altes Dokument bleibt in der DokBox. Das Bürgeramt macht es danach ungültig.',
      waiting: 'Einen Moment bitte. Das Fach wird geöffnet.',
    },
    depositChecking: {
      heading: 'Ihr altes Dokument wird geprüft',
      text: 'Einen Moment bitte. Das dauert nur kurz.',
    },
    depositRefused: {
      safe: 'Ihr neues Dokument bleibt sicher in der DokBox.',
      staffInformed: 'Eine Mitarbeiterin oder ein Mitarbeiter ist informiert und kommt zu Ihnen.',
      retry: 'Noch einmal versuchen',
      empty: {
        heading: 'Im Fach war kein Dokument',
        text: 'Die Klappe ist zu, aber das Fach ist leer. Sie können es noch einmal versuchen.',
      },
      mismatch: {
        heading: 'Das ist nicht das passende Dokument',
        text: 'Das Dokument im Fach passt nicht zu Ihrem neuen Dokument. Es bleibt sicher verschlossen. Sie bekommen es vom Personal zurück.',
      },
      unreadable: {
        heading: 'Das Dokument konnte nicht gelesen werden',
        text: 'Das Dokument im Fach konnte nicht gelesen werden. Es bleibt sicher verschlossen. Sie bekommen es vom Personal zurück.',
      },
      reader_fault: {
        heading: 'Das Lesegerät hat gerade einen Fehler',
        text: 'Ihr altes Dokument bleibt sicher verschlossen im Fach.',
      },
      timed_out: {
        heading: 'Die Zeit ist abgelaufen',
        text: 'Das Fach war zu lange offen. Bitte schließen Sie die Klappe.',
      },
      door_fault: {
        heading: 'Das Fach hat sich nicht geöffnet',
        text: 'Das Fach für Ihr altes Dokument ging nicht auf. Sie können es noch einmal versuchen.',
      },
      no_sensor: {
        heading: 'Das hat nicht geklappt',
        text: 'Wir konnten nicht sehen, ob Ihr altes Dokument im Fach liegt.',
      },
    },
    pinLetter: {
      heading: 'Haben Sie den PIN-Brief bekommen?',
      text: 'Zu Ihrem neuen Personalausweis gehört ein Brief mit Ihrer Geheimnummer (PIN). Er kam mit der Post zu Ihnen nach Hause.',
      question: 'Bitte bestätigen Sie: Ich habe den PIN-Brief für diesen Ausweis bekommen.',
      legal: 'Ihre Bestätigung wird mit Datum und Uhrzeit gespeichert. Das schreibt das Gesetz vor.',
      yes: 'Ja, ich habe den PIN-Brief bekommen',
      no: 'Nein, ich habe keinen PIN-Brief bekommen',
    },
    pinLetterMissing: {
      heading: 'Bitte kommen Sie ins Bürgeramt',
      text: 'Ohne PIN-Brief dürfen wir den Ausweis hier nicht ausgeben. Das ist nicht schlimm: Im Bürgeramt bekommen Sie eine neue PIN und Ihren Ausweis.',
      stays: 'Ihr Ausweis bleibt sicher im Fach. Wir haben dem Personal Bescheid gegeben.',
      finish: 'Fertig',
    },
    waitingStaff: {
      heading: 'Eine Mitarbeiterin oder ein Mitarbeiter kommt',
      text: 'Für dieses Dokument muss jemand vom Personal dabei sein. Wir haben Bescheid gegeben. Bitte warten Sie hier.',
      still: 'Wir warten auf das Personal …',
    },
    ready: {
      heading: 'Ihr Dokument ist da',
      text: 'Ihr Dokument ({{type}}) liegt in Fach {{number}}.',
      textNoNumber: 'Ihr Dokument ({{type}}) liegt in der DokBox.',
      hint: 'Stellen Sie sich vor die DokBox. Tippen Sie dann auf „Fach öffnen“.',
      open: 'Fach öffnen',
      opening: 'Das Fach wird geöffnet …',
      /** Shown where the document's policy takes an evidence image as the door opens (issue 9). */
      evidence: {
        heading: 'Hinweis: Beim Öffnen wird ein Foto gemacht',
        text: 'Wenn sich das Fach öffnet, macht eine Kamera an der DokBox ein Foto.',
        why: 'Damit kann die Stadt später nachweisen, dass das Dokument richtig ausgegeben wurde.',
        who: 'Nur die Prüferinnen und Prüfer der Stadtverwaltung dürfen das Foto ansehen. Jedes Ansehen wird aufgeschrieben.',
        deleted: 'Nach {{days}} Tagen wird das Foto gelöscht.',
      },
    },
    door: {
      heading: 'Fach {{number}} ist offen',
      headingOpening: 'Fach {{number}} wird geöffnet',
      take: 'Bitte nehmen Sie Ihr Dokument heraus.',
      close: 'Schließen Sie danach die Tür.',
      waiting: 'Die Tür öffnet sich gleich.',
      location: 'Fach {{number}}: {{column}}. Spalte von links, {{fromTop}}. Fach von oben, {{height}}.',
      wheelchair: 'Dieses Fach erreichen Sie auch im Rollstuhl.',
      drawing:
        'Bild der DokBox: Fach {{number}} ist markiert, {{column}}. Spalte von links, {{fromTop}}. Fach von oben, {{height}}.',
      here: 'Hier',
    },
    /** How high the compartment is, from its middle height (docs/boxes.md). */
    height: {
      knee: 'weit unten (kniehoch)',
      hip: 'auf Hüfthöhe',
      chest: 'auf Brusthöhe',
      eye: 'auf Augenhöhe oder höher',
    },
    done: {
      heading: 'Fertig. Vielen Dank!',
      text: 'Sie haben Ihr Dokument. Die Tür ist zu.',
      bye: 'Auf Wiedersehen!',
      finish: 'Zum Anfang',
      autoReturn: 'Der Kiosk fängt gleich von vorne an.',
    },
  },
  /** What happened and what to do next, for each problem the kiosk can meet. */
  errors: {
    heading: 'Das hat nicht geklappt',
    retryPhone: 'Nummer neu eingeben',
    retryCode: 'Code noch einmal eingeben',
    retryCheck: 'Noch einmal versuchen',
    resend: 'Neuen Code per SMS',
    startOver: 'Zum Anfang',
    code_wrong: {
      title: 'Nummer oder Code passen nicht',
      text: 'Bitte prüfen Sie die Handynummer und den Code aus der SMS. Versuchen Sie es dann noch einmal.',
      triesLeft:
        'Übrige Versuche: {{count}}. Danach wird der Code gesperrt. Einen neuen Code kann Ihnen dann nur das Personal schicken.',
      noTriesLeft:
        'Jetzt ist der Code gesperrt. Bitte rufen Sie das Personal: Es kann Ihnen einen neuen Code schicken.',
    },
    code_locked: {
      title: 'Der Code ist gesperrt',
      text: 'Der Code wurde zu oft falsch eingegeben. Zu Ihrer Sicherheit ist er jetzt gesperrt. Das Personal kann Ihnen einen neuen Code schicken: Bitte rufen Sie das Personal.',
    },
    code_format_invalid: {
      title: 'Der Code ist nicht vollständig',
      text: 'Der Code hat genau 6 Ziffern. Bitte geben Sie ihn noch einmal ein.',
    },
    phone_invalid: {
      title: 'Die Handynummer stimmt nicht',
      text: 'Bitte geben Sie Ihre Handynummer noch einmal ein, zum Beispiel 0170 1234567.',
    },
    phone_not_mobile: {
      title: 'Das ist keine Handynummer',
      text: 'Wir schicken den Code nur an Handynummern. Bitte geben Sie die Handynummer ein, an die die SMS ging.',
    },
    pickup_in_progress: {
      title: 'Diese Abholung läuft schon',
      text: 'Für dieses Dokument läuft gerade schon eine Abholung. Warten Sie bitte 5 Minuten oder rufen Sie das Personal.',
    },
    terminal_throttled: {
      title: 'Bitte kurz warten',
      text: 'Hier wurden zu viele falsche Codes eingegeben. Bitte warten Sie. Wartezeit: etwa {{minutes}} Min. Versuchen Sie es dann noch einmal.',
      textSeconds:
        'Hier wurden zu viele falsche Codes eingegeben. Bitte warten Sie {{seconds}} Sekunden. Versuchen Sie es dann noch einmal.',
    },
    rate_limited: {
      title: 'Bitte kurz warten',
      text: 'Das war zu oft in kurzer Zeit. Bitte warten Sie eine Minute. Versuchen Sie es dann noch einmal.',
    },
    date_invalid: {
      title: 'Dieses Datum gibt es nicht',
      text: 'Bitte prüfen Sie Tag, Monat und Jahr Ihres Geburtsdatums.',
    },
    check_failed: {
      title: 'Das Geburtsdatum passt nicht',
      text: 'Das Geburtsdatum passt nicht zu diesem Dokument. Bitte prüfen Sie es und versuchen Sie es noch einmal.',
    },
    check_locked: {
      title: 'Die Prüfung ist gesperrt',
      text: 'Die Angaben waren zu oft falsch. Zu Ihrer Sicherheit ist die Abholung gesperrt. Bitte rufen Sie das Personal.',
    },
    id_document_missing: {
      title: 'Kein Dokument im Lesegerät',
      text: 'Das Lesegerät hat kein Dokument gefunden. Bitte legen Sie Ihr altes Dokument auf das Lesegerät und versuchen Sie es noch einmal.',
    },
    id_document_unreadable: {
      title: 'Das Dokument ist nicht lesbar',
      text: 'Das Lesegerät konnte Ihr altes Dokument nicht lesen. Legen Sie es bitte gerade auf das Lesegerät, mit dem Foto nach unten.',
    },
    deposit_compartment_full: {
      title: 'Das Abgabefach ist gerade belegt',
      text: 'Ihr altes Dokument kann gerade nicht abgegeben werden. Ihr neues Dokument bleibt sicher in der DokBox. Bitte rufen Sie das Personal oder nutzen Sie Ihr Geburtsdatum, wenn das angeboten wird.',
    },
    check_not_supported: {
      title: 'Hier nicht möglich',
      text: 'Dieses Dokument kann hier nicht allein abgeholt werden. Bitte rufen Sie das Personal.',
    },
    pickup_session_expired: {
      title: 'Die Zeit ist abgelaufen',
      text: 'Die Abholung hat zu lange gedauert und wurde beendet. Ihr Code gilt noch. Bitte fangen Sie noch einmal an.',
    },
    box_closed: {
      title: 'Die DokBox ist geschlossen',
      text: 'Die DokBox ist gerade geschlossen. Ihr Code gilt noch. Bitte kommen Sie zu den Öffnungszeiten wieder.',
    },
    box_out_of_service: {
      title: 'Die DokBox ist außer Betrieb',
      text: 'Die DokBox funktioniert gerade nicht. Ihr Dokument ist sicher. Bitte rufen Sie das Personal.',
    },
    door_problem: {
      title: 'Problem mit der Tür',
      text: 'Mit der Tür des Fachs stimmt etwas nicht. Ihr Dokument ist sicher. Bitte rufen Sie das Personal.',
    },
    needs_staff: {
      title: 'Das Personal muss helfen',
      text: 'Hier muss jemand vom Personal helfen. Bitte rufen Sie das Personal und warten Sie hier.',
    },
    compartment_empty: {
      title: 'Ihr Dokument ist gerade nicht im Fach',
      text: 'Das Fach bleibt zu. Ihr Code gilt weiter. Bitte rufen Sie das Personal und warten Sie hier. Das Personal kümmert sich um Ihr Dokument.',
    },
    call_staff_limited: {
      title: 'Das Personal ist schon gerufen',
      text: 'Das Personal wurde schon mehrmals gerufen. Bitte warten Sie oder gehen Sie zum Bürgeramt.',
    },
    terminal_without_box: {
      title: 'Hier keine Abholung möglich',
      text: 'An diesem Gerät können keine Dokumente abgeholt werden. Bitte rufen Sie das Personal.',
    },
    network: {
      title: 'Keine Verbindung',
      text: 'Der Kiosk hat gerade keine Verbindung. Bitte warten Sie einen Moment und versuchen Sie es noch einmal.',
    },
    unknown: {
      title: 'Etwas ist schiefgegangen',
      text: 'Das hat leider nicht geklappt. Bitte fangen Sie noch einmal an oder rufen Sie das Personal.',
    },
  },
  staff: {
    heading: 'Das Personal ist gerufen',
    text: 'Wir haben das Personal gerufen. Bitte warten Sie hier. Sobald jemand Ihren Ruf angenommen hat, steht es hier.',
    already: 'Das Personal weiß schon Bescheid und ist unterwegs.',
    sending: 'Das Personal wird gerufen …',
    back: 'Zurück',
    /** The office took the call on (acknowledged; issue 18). */
    seen: {
      heading: 'Ihr Ruf wurde gesehen',
      text: 'Eine Mitarbeiterin oder ein Mitarbeiter hat Ihren Ruf angenommen und kommt zu Ihnen. Bitte warten Sie hier.',
    },
    /** Staffed hours, but nobody took the call on within the set time: said honestly, with the other ways. */
    noAnswer: {
      heading: 'Noch hat niemand geantwortet',
      text: 'Ihr Ruf ist gesendet, aber noch hat ihn niemand vom Personal angenommen. Vielleicht hilft das Personal gerade jemand anderem. Sie können weiter warten, einen Rückruf vom Bürgertelefon 115 erbitten oder zum Bürgeramt gehen.',
    },
    nobody: {
      heading: 'Gerade ist niemand vom Personal im Bürgerpunkt',
      text: 'Bitte warten Sie nicht: Es kommt gerade niemand. Sie können einen Rückruf vom Bürgertelefon 115 erbitten oder zum Bürgeramt gehen.',
      staffed: 'Personal ist hier:',
      callback: 'Rückruf vom Bürgertelefon 115',
      office: 'Öffnungszeiten: {{name}}',
    },
  },
  idle: {
    heading: 'Sind Sie noch da?',
    text: 'Zu Ihrem Schutz fängt der Kiosk gleich von vorne an. Ihre Eingaben werden dann gelöscht.',
    countdown: 'Noch {{seconds}} Sekunden',
    moreTime: 'Ich brauche mehr Zeit',
  },
  /** The hub cannot be reached (restart, update, network): the kiosk's own screen and its offline restart page. */
  restart: {
    heading: 'Bürgerpunkt wird neu gestartet',
    text: 'Bitte warten Sie einen Moment. Der Kiosk ist gleich von selbst wieder da.',
    staff: 'Dauert es länger? Dann fragen Sie bitte das Personal im Bürgerpunkt.',
  },
  /** The on-screen keyboard's own keys (letters and digits name themselves). */
  keyboard: {
    label: 'Bildschirmtastatur',
    backspace: 'Löschen',
    shift: 'Großbuchstaben',
    space: 'Leerzeichen',
    done: 'Fertig',
  },
  /** The start screen's display switches (larger text, high contrast), reset at idle. */
  display: {
    label: 'Ansicht',
    largerText: 'Größere Schrift',
    highContrast: 'Starker Kontrast',
    on: 'an',
    off: 'aus',
  },
  /** Staff assist at the screen (issue 18): the visitor's consent and the banner while staff help. */
  assist: {
    consentHeading: '{{name}} vom Personal möchte Ihnen am Bildschirm helfen. Sind Sie einverstanden?',
    consentWhat:
      'Die Mitarbeiterin oder der Mitarbeiter sieht dann auf einem Tablet, was dieser Bildschirm zeigt, kann auf Knöpfe zeigen, den Schritt vorlesen lassen und für Sie tippen.',
    consentHidden:
      'Ihren Code, Ihre Telefonnummer und Ihr Geburtsdatum sieht sie oder er nur verdeckt (••••).',
    consentEnd: 'Sie können die Hilfe jederzeit mit „Hilfe beenden“ abbrechen.',
    allow: 'Ja, helfen lassen',
    decline: 'Nein, danke',
    active: '{{name}} hilft Ihnen am Bildschirm',
    end: 'Hilfe beenden',
  },
};
