/**
 * The kiosk in Leichte Sprache (easy German, complete): short sentences, one statement per sentence, common
 * words, hard words explained.
 */
export const kiosk = {
  title: 'Bürgerpunkt – Kiosk',
  heading: 'Willkommen im Bürgerpunkt',
  chrome: {
    place: 'Bürgerpunkt Hohen Neuendorf',
    language: 'Sprache · Language · Dil · Мова · اللغة',
    callStaff: 'Hilfe holen',
    startOver: 'Von vorne anfangen',
    speech: 'Vorlesen',
    speechOn: 'an',
    speechOff: 'aus',
    footerLabel: 'Hilfe',
  },
  setup: {
    heading: 'Dieser Bildschirm ist noch nicht fertig',
    citizen: 'Bitte fragen Sie die Mitarbeiter im Bürgerpunkt.',
    pairHeading: 'Für Mitarbeiter: Kiosk verbinden',
    pairIntro:
      'Melden Sie sich im Backoffice an. Gehen Sie zu „Kiosk-Terminals“. Geben Sie dort diesen Code ein. Oder scannen Sie den QR-Code. Dann startet der Kiosk.',
    codeLabel: 'Code',
    validUntil: 'Der Code gilt bis {{time}} Uhr.',
    qrLabel: 'QR-Code: Er öffnet die Seite „Kiosk-Terminals“ mit diesem Code.',
    waiting: 'Der Kiosk wartet.',
    expired: 'Der alte Code gilt nicht mehr. Hier ist ein neuer Code.',
    rateLimited: 'Es gab zu viele Codes. Der Kiosk versucht es in 1 Minute noch einmal.',
    offline: 'Der Server antwortet gerade nicht. Der Kiosk versucht es weiter.',
  },
  revoked: {
    heading: 'Dieser Bildschirm ist außer Betrieb',
    citizen: 'Hier geht gerade nichts. Bitte fragen Sie die Mitarbeiter im Bürgerpunkt. Sie helfen Ihnen.',
    staff:
      'Für Mitarbeiter: Der Schlüssel von diesem Gerät gilt nicht mehr. Tippen Sie auf „Neu verbinden“. Geben Sie den Code im Backoffice bei „Kiosk-Terminals“ ein.',
    pairAgain: 'Neu verbinden',
  },
  start: {
    heading: 'Willkommen im Bürgerpunkt',
    intro: 'Was möchten Sie machen? Tippen Sie auf ein Feld.',
    choices: 'Auswahl',
    pickup: 'Dokument abholen',
    pickupHint: 'Sie brauchen Ihre Handy-Nummer und den Code aus der SMS.',
    map: 'Stadt-Plan',
    tour: 'Rundgang in 360 Grad',
    questions: 'Fragen und Telefon 115',
    suggestions: 'Ideen und Hinweise',
    statusOpen: 'Die DokBox ist jetzt offen.',
    statusOpenUntil: 'Die DokBox ist jetzt offen. Heute bis {{time}} Uhr.',
    statusClosed: 'Die DokBox ist jetzt zu.',
    statusClosedUntil: 'Die DokBox ist jetzt zu. Sie ist wieder offen am {{day}} um {{time}} Uhr.',
    statusOutOfService: 'Die DokBox geht gerade nicht. Bitte fragen Sie die Mitarbeiter.',
  },
  language: {
    heading: 'Sprache wählen',
    text: 'Tippen Sie auf Ihre Sprache.',
    current: 'Gewählt',
    back: 'Zurück',
  },
  pickup: {
    phone: {
      heading: 'Ihre Handy-Nummer',
      text: 'Sie haben eine SMS bekommen. Geben Sie die Handy-Nummer von diesem Handy ein.',
      label: 'Handy-Nummer',
      example: 'Zum Beispiel: 0170 1234567',
      tooShort: 'Die Nummer ist zu kurz. Bitte geben Sie die ganze Nummer ein.',
      notMobile:
        'Das ist keine Handy-Nummer. Der Code kommt nur auf ein Handy. Bitte geben Sie die Handy-Nummer ein. An diese Nummer kam die SMS.',
    },
    code: {
      heading: 'Ihr Code',
      text: 'Der Code steht in der SMS. Der Code hat 6 Zahlen. Geben Sie den Code ein.',
      label: 'Code mit 6 Zahlen',
      incomplete: 'Der Code hat 6 Zahlen. Bitte geben Sie alle 6 Zahlen ein.',
      lostSms: 'Ich habe die SMS nicht mehr',
      checking: 'Bitte warten Sie. Wir prüfen den Code.',
    },
    keypad: {
      label: 'Zahlen-Feld',
      delete: 'Löschen',
      plus: 'Plus-Zeichen',
      confirm: 'Weiter',
      back: 'Zurück',
    },
    resend: {
      heading: 'Neuer Code',
      text: 'Wir schicken einen neuen Code an diese Nummer: {{phone}}. Danach geht der alte Code nicht mehr.',
      send: 'Neuen Code schicken',
      sent: 'Danke. Vielleicht liegt ein Dokument für diese Nummer in der DokBox. Dann bekommen Sie gleich eine SMS mit einem neuen Code.',
      sentHeading: 'Die SMS kommt gleich',
      enterCode: 'Code eingeben',
    },
    birthDate: {
      heading: 'Geburts-Tag',
      text: 'Wir brauchen den Geburts-Tag von der Person auf dem Dokument. Ist das Dokument für Ihr Kind? Dann geben Sie den Geburts-Tag von Ihrem Kind ein.',
      legend: 'Geburts-Tag von der Person auf dem Dokument',
      day: 'Tag',
      month: 'Monat',
      year: 'Jahr',
      dayExample: 'zum Beispiel 14',
      monthExample: 'zum Beispiel 3',
      yearExample: 'zum Beispiel 1958',
      invalid: 'Dieses Datum gibt es nicht. Bitte prüfen Sie Tag, Monat und Jahr.',
      missing: 'Bitte schreiben Sie Tag, Monat und Jahr.',
      confirm: 'Weiter',
    },
    oldDocument: {
      heading: 'Ihr altes Dokument',
      text: 'Wir prüfen Ihr altes Dokument. Zum Beispiel Ihren alten Ausweis.',
      step1:
        'Legen Sie Ihr altes Dokument auf das Lese-Gerät. Das Lese-Gerät ist unter dem Bildschirm. Das Foto zeigt nach unten.',
      step2: 'Lassen Sie das Dokument dort liegen.',
      step3: 'Tippen Sie dann auf „Dokument prüfen“.',
      confirm: 'Dokument prüfen',
      reading: 'Bitte warten Sie. Das Gerät liest das Dokument.',
      noOldDocument: 'Ich habe kein altes Dokument',
    },
    depositIntro: {
      text: 'Sie geben Ihr altes Dokument ab. Es kommt in ein Fach in der DokBox. Danach ist es nicht mehr gültig.',
      step1: 'Tippen Sie auf: Abgabe-Fach öffnen.',
      step2: 'Ein Fach geht auf. Legen Sie Ihr altes Dokument hinein.',
      step3: 'Machen Sie die Klappe zu. Dann geht das Fach mit Ihrem neuen Dokument auf.',
      confirm: 'Abgabe-Fach öffnen',
    },
    deposit: {
      heading: 'Legen Sie Ihr altes Dokument in Fach {{number}}',
      headingOpening: 'Fach {{number}} geht auf',
      location: 'Fach {{number}}: Spalte {{column}} von links. Fach {{fromTop}} von oben. {{height}}.',
      put: 'Legen Sie Ihr altes Dokument in das offene Fach.',
      close: 'Machen Sie die Klappe zu.',
      kept: 'Ihr altes Dokument bleibt in der DokBox. Das Amt macht es ungültig.',
      waiting: 'Bitte warten Sie. Das Fach geht gleich auf.',
    },
    depositChecking: {
      heading: 'Wir prüfen Ihr altes Dokument',
      text: 'Bitte warten Sie kurz.',
    },
    depositRefused: {
      safe: 'Ihr neues Dokument bleibt sicher in der DokBox.',
      staffInformed: 'Eine Person vom Personal weiß Bescheid. Die Person kommt zu Ihnen.',
      retry: 'Noch einmal versuchen',
      empty: {
        heading: 'Das Fach war leer',
        text: 'Die Klappe ist zu. Aber im Fach ist nichts. Sie können es noch einmal versuchen.',
      },
      mismatch: {
        heading: 'Das ist das falsche Dokument',
        text: 'Das Dokument im Fach passt nicht. Es bleibt im Fach. Das Personal gibt es Ihnen zurück.',
      },
      unreadable: {
        heading: 'Wir können das Dokument nicht lesen',
        text: 'Das Dokument im Fach ist nicht lesbar. Es bleibt im Fach. Das Personal gibt es Ihnen zurück.',
      },
      reader_fault: {
        heading: 'Das Lese-Gerät ist kaputt',
        text: 'Ihr altes Dokument bleibt sicher im Fach.',
      },
      timed_out: {
        heading: 'Die Zeit ist um',
        text: 'Das Fach war zu lange offen. Bitte machen Sie die Klappe zu.',
      },
      door_fault: { heading: 'Das Fach ist nicht aufgegangen', text: 'Sie können es noch einmal versuchen.' },
      no_sensor: {
        heading: 'Das hat nicht geklappt',
        text: 'Wir wissen nicht, ob Ihr Dokument im Fach ist.',
      },
    },
    pinLetter: {
      heading: 'Haben Sie den PIN-Brief bekommen?',
      text: 'Zu Ihrem neuen Ausweis gehört ein Brief. In dem Brief steht eine Geheim-Zahl. Die Geheim-Zahl heißt PIN. Der Brief kam mit der Post.',
      question: 'Bitte sagen Sie uns: Haben Sie den Brief mit der PIN bekommen?',
      legal: 'Wir speichern Ihre Antwort. Wir speichern auch die Uhrzeit. Das steht so im Gesetz.',
      yes: 'Ja, ich habe den Brief bekommen',
      no: 'Nein, ich habe den Brief nicht bekommen',
    },
    pinLetterMissing: {
      heading: 'Bitte gehen Sie ins Bürgeramt',
      text: 'Ohne den Brief dürfen wir Ihnen den Ausweis hier nicht geben. Das ist nicht schlimm. Im Bürgeramt bekommen Sie eine neue PIN. Und Sie bekommen dort Ihren Ausweis.',
      stays: 'Ihr Ausweis bleibt sicher im Fach. Wir haben dem Personal Bescheid gesagt.',
      finish: 'Fertig',
    },
    waitingStaff: {
      heading: 'Ein Mitarbeiter kommt',
      text: 'Bei diesem Dokument muss ein Mitarbeiter dabei sein. Wir haben Bescheid gesagt. Bitte warten Sie hier.',
      still: 'Wir warten auf einen Mitarbeiter …',
    },
    ready: {
      heading: 'Ihr Dokument ist da',
      text: 'Ihr Dokument ist: {{type}}. Es liegt in Fach {{number}}.',
      textNoNumber: 'Ihr Dokument ist: {{type}}. Es liegt in der DokBox.',
      hint: 'Die DokBox ist ein Schrank mit Fächern. Stellen Sie sich vor die DokBox. Tippen Sie dann auf „Fach öffnen“.',
      open: 'Fach öffnen',
      opening: 'Das Fach geht gleich auf …',
      /** Shown where the document's policy takes an evidence image as the door opens (issue 9). */
      evidence: {
        heading: 'Wichtig: Es gibt ein Foto',
        text: 'Das Fach geht auf. Dann macht eine Kamera ein Foto.',
        why: 'Mit dem Foto kann die Stadt zeigen: Das Dokument wurde richtig abgeholt.',
        who: 'Nur wenige Menschen von der Stadt dürfen das Foto sehen. Sie heißen: Prüfer. Jedes Ansehen wird aufgeschrieben.',
        deleted: 'Nach {{days}} Tagen löschen wir das Foto.',
      },
    },
    door: {
      heading: 'Fach {{number}} ist offen',
      headingOpening: 'Fach {{number}} geht auf',
      take: 'Nehmen Sie Ihr Dokument heraus.',
      close: 'Machen Sie dann die Tür zu.',
      waiting: 'Die Tür geht gleich auf.',
      location: 'Fach {{number}}: Spalte {{column}} von links. Fach {{fromTop}} von oben. {{height}}.',
      wheelchair: 'Sie kommen an dieses Fach auch mit dem Roll-Stuhl.',
      drawing:
        'Bild von der DokBox: Fach {{number}} ist markiert. Spalte {{column}} von links. Fach {{fromTop}} von oben. {{height}}.',
      here: 'Hier',
    },
    height: {
      knee: 'Ganz unten, etwa so hoch wie Ihr Knie',
      hip: 'Etwa so hoch wie Ihre Hüfte',
      chest: 'Etwa so hoch wie Ihre Brust',
      eye: 'So hoch wie Ihre Augen oder höher',
    },
    done: {
      heading: 'Fertig. Danke!',
      text: 'Sie haben Ihr Dokument. Die Tür ist zu.',
      bye: 'Auf Wiedersehen!',
      finish: 'Zum Anfang',
      autoReturn: 'Der Kiosk fängt gleich von vorne an.',
    },
  },
  errors: {
    heading: 'Das hat nicht geklappt',
    retryPhone: 'Nummer noch einmal eingeben',
    retryCode: 'Code noch einmal eingeben',
    retryCheck: 'Noch einmal versuchen',
    resend: 'Neuen Code bekommen',
    startOver: 'Zum Anfang',
    code_wrong: {
      title: 'Nummer oder Code sind falsch',
      text: 'Bitte prüfen Sie die Handy-Nummer. Bitte prüfen Sie den Code aus der SMS. Versuchen Sie es dann noch einmal.',
      triesLeft:
        'Sie können es noch so oft versuchen: {{count}}. Danach ist der Code gesperrt. Dann können nur die Mitarbeiter Ihnen einen neuen Code schicken.',
      noTriesLeft:
        'Jetzt ist der Code gesperrt. Bitte rufen Sie die Mitarbeiter. Die Mitarbeiter können Ihnen einen neuen Code schicken.',
    },
    code_locked: {
      title: 'Der Code ist gesperrt',
      text: 'Der Code war zu oft falsch. Darum ist der Code jetzt gesperrt. Gesperrt heißt: Der Code geht nicht mehr. Das Personal kann Ihnen einen neuen Code schicken. Bitte holen Sie Hilfe.',
    },
    code_format_invalid: {
      title: 'Der Code ist nicht ganz',
      text: 'Der Code hat 6 Zahlen. Bitte geben Sie den Code noch einmal ein.',
    },
    phone_invalid: {
      title: 'Die Handy-Nummer ist falsch',
      text: 'Bitte geben Sie die Handy-Nummer noch einmal ein. Zum Beispiel: 0170 1234567.',
    },
    phone_not_mobile: {
      title: 'Das ist keine Handy-Nummer',
      text: 'Wir schicken den Code nur an ein Handy. Bitte geben Sie die Nummer von dem Handy ein. An dieses Handy kam die SMS.',
    },
    pickup_in_progress: {
      title: 'Jemand holt das Dokument schon ab',
      text: 'Für dieses Dokument läuft schon eine Abholung. Bitte warten Sie 5 Minuten. Oder Sie holen Hilfe.',
    },
    terminal_throttled: {
      title: 'Bitte kurz warten',
      text: 'Hier waren zu viele Codes falsch. Bitte warten Sie. Wartezeit: etwa {{minutes}} Min. Versuchen Sie es dann noch einmal.',
      textSeconds:
        'Hier waren zu viele Codes falsch. Bitte warten Sie {{seconds}} Sekunden. Versuchen Sie es dann noch einmal.',
    },
    rate_limited: {
      title: 'Bitte kurz warten',
      text: 'Das war zu oft. Bitte warten Sie 1 Minute. Versuchen Sie es dann noch einmal.',
    },
    date_invalid: {
      title: 'Dieses Datum gibt es nicht',
      text: 'Bitte prüfen Sie Ihren Geburts-Tag. Prüfen Sie Tag, Monat und Jahr.',
    },
    check_failed: {
      title: 'Der Geburts-Tag ist falsch',
      text: 'Der Geburts-Tag passt nicht zu dem Dokument. Bitte prüfen Sie den Geburts-Tag. Versuchen Sie es dann noch einmal.',
    },
    check_locked: {
      title: 'Die Abholung ist gesperrt',
      text: 'Die Angaben waren zu oft falsch. Darum ist die Abholung gesperrt. Bitte holen Sie Hilfe.',
    },
    id_document_missing: {
      title: 'Kein Dokument auf dem Lese-Gerät',
      text: 'Auf dem Lese-Gerät liegt kein Dokument. Bitte legen Sie Ihr altes Dokument auf das Lese-Gerät. Versuchen Sie es dann noch einmal.',
    },
    id_document_unreadable: {
      title: 'Das Gerät kann das Dokument nicht lesen',
      text: 'Das Lese-Gerät kann Ihr altes Dokument nicht lesen. Legen Sie das Dokument gerade hin. Das Foto zeigt nach unten.',
    },
    deposit_compartment_full: {
      title: 'Das Fach für alte Dokumente ist voll',
      text: 'Sie können Ihr altes Dokument gerade nicht abgeben. Ihr neues Dokument bleibt sicher in der DokBox. Bitte rufen Sie das Personal.',
    },
    check_not_supported: {
      title: 'Das geht hier nicht',
      text: 'Sie können dieses Dokument hier nicht allein abholen. Bitte holen Sie Hilfe.',
    },
    pickup_session_expired: {
      title: 'Die Zeit ist um',
      text: 'Die Abholung hat zu lange gedauert. Darum ist sie zu Ende. Ihr Code geht noch. Bitte fangen Sie noch einmal an.',
    },
    box_closed: {
      title: 'Die DokBox ist zu',
      text: 'Die DokBox ist gerade zu. Ihr Code geht noch. Bitte kommen Sie wieder, wenn die DokBox offen ist.',
    },
    box_out_of_service: {
      title: 'Die DokBox geht nicht',
      text: 'Die DokBox ist gerade kaputt. Ihr Dokument ist sicher. Bitte holen Sie Hilfe.',
    },
    door_problem: {
      title: 'Problem mit der Tür',
      text: 'Mit der Tür vom Fach stimmt etwas nicht. Ihr Dokument ist sicher. Bitte holen Sie Hilfe.',
    },
    needs_staff: {
      title: 'Ein Mitarbeiter muss helfen',
      text: 'Hier muss ein Mitarbeiter helfen. Bitte holen Sie Hilfe. Warten Sie hier.',
    },
    compartment_empty: {
      title: 'Ihr Dokument ist gerade nicht im Fach',
      text: 'Das Fach bleibt zu. Ihr Code gilt weiter. Bitte holen Sie Hilfe. Warten Sie hier. Ein Mitarbeiter sucht Ihr Dokument.',
    },
    call_staff_limited: {
      title: 'Die Mitarbeiter wissen schon Bescheid',
      text: 'Die Mitarbeiter wurden schon oft gerufen. Bitte warten Sie. Oder gehen Sie zum Bürger-Amt.',
    },
    terminal_without_box: {
      title: 'Hier kein Abholen',
      text: 'An diesem Gerät können Sie kein Dokument abholen. Bitte holen Sie Hilfe.',
    },
    network: {
      title: 'Keine Verbindung',
      text: 'Der Kiosk hat gerade keine Verbindung. Bitte warten Sie kurz. Versuchen Sie es dann noch einmal.',
    },
    unknown: {
      title: 'Etwas ist schief gegangen',
      text: 'Das hat nicht geklappt. Bitte fangen Sie noch einmal an. Oder Sie holen Hilfe.',
    },
  },
  staff: {
    heading: 'Hilfe kommt',
    text: 'Wir haben einen Mitarbeiter gerufen. Bitte warten Sie hier. Wenn ein Mitarbeiter Ihren Ruf sieht, steht das hier.',
    already: 'Die Mitarbeiter wissen schon Bescheid. Sie kommen gleich.',
    sending: 'Wir rufen einen Mitarbeiter …',
    back: 'Zurück',
    /** The office took the call on (acknowledged; issue 18). */
    seen: {
      heading: 'Ein Mitarbeiter hat Ihren Ruf gesehen',
      text: 'Der Mitarbeiter kommt zu Ihnen. Bitte warten Sie hier.',
    },
    /** Staffed hours, but nobody took the call on within the set time: said honestly, with the other ways. */
    noAnswer: {
      heading: 'Noch hat niemand geantwortet',
      text: 'Vielleicht hilft der Mitarbeiter gerade einem anderen Menschen. Sie können weiter warten. Oder Sie bitten um einen Rück-Ruf vom Bürger-Telefon 115. Oder Sie gehen zum Bürgeramt.',
    },
    nobody: {
      heading: 'Gerade ist kein Mitarbeiter im Bürgerpunkt',
      text: 'Bitte warten Sie nicht. Gerade kommt niemand. Sie können um einen Rückruf bitten. Der Rückruf kommt vom Bürger-Telefon 115. Oder Sie gehen zum Bürgeramt.',
      staffed: 'Mitarbeiter sind hier:',
      callback: 'Rückruf vom Bürger-Telefon 115',
      office: 'Öffnungs-Zeiten: {{name}}',
    },
  },
  idle: {
    heading: 'Sind Sie noch da?',
    text: 'Der Kiosk fängt gleich von vorne an. Dann löscht der Kiosk Ihre Eingaben. Das ist zu Ihrem Schutz.',
    countdown: 'Noch {{seconds}} Sekunden',
    moreTime: 'Ich brauche mehr Zeit',
  },
  restart: {
    heading: 'Der Bürgerpunkt startet neu',
    text: 'Bitte warten Sie kurz. Der Kiosk geht gleich wieder.',
    staff: 'Es dauert lange? Dann fragen Sie bitte das Personal.',
  },
  /** The on-screen keyboard's own keys (letters and digits name themselves). */
  keyboard: {
    label: 'Tastatur auf dem Bildschirm',
    backspace: 'Löschen',
    shift: 'Groß-Buchstaben',
    space: 'Leer-Zeichen',
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
  assist: {
    consentHeading: '{{name}} vom Personal möchte Ihnen helfen. Ist das gut für Sie?',
    consentWhat:
      'Die Person sieht dann diesen Bildschirm auf einem Tablet. Die Person kann auf Knöpfe zeigen. Die Person kann für Sie tippen.',
    consentHidden:
      'Ihren Code sieht die Person nicht. Ihre Telefon-Nummer und Ihr Geburts-Datum sieht die Person auch nicht.',
    consentEnd: 'Sie können die Hilfe immer beenden. Drücken Sie dann auf: Hilfe beenden.',
    allow: 'Ja, bitte helfen',
    decline: 'Nein, danke',
    active: '{{name}} hilft Ihnen gerade',
    end: 'Hilfe beenden',
  },
};
