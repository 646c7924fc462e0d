/** German texts of the chain of custody (issue 16): the custody reconciliation page and a document's timeline. */
export const custody = {
  custody: {
    nav: 'Verwahrabgleich',
    heading: 'Verwahrabgleich',
    intro:
      'Jeden Tag kurz nach Mitternacht und auf Knopfdruck: die Dokumente je Zustand gegen die Fächer, die die ' +
      'DokBoxen zuletzt als belegt gemeldet haben. Jede Abweichung steht unten und muss geklärt werden.',
    run: 'Jetzt abgleichen',
    ran: 'Der Abgleich ist gelaufen.',
    none: 'Es gab noch keinen Abgleich.',
    lastRun: 'Letzter Abgleich: {{at}}',
    triggerDaily: 'täglicher Abgleich',
    triggerManual: 'von {{name}} gestartet',
    countsHeading: 'Dokumente je Zustand',
    countsCaption: 'Anzahl der Dokumente je Zustand beim letzten Abgleich',
    state: 'Zustand',
    count: 'Anzahl',
    compartmentsOccupied: 'Fächer, die belegt gemeldet sind: {{count}}',
    differencesHeading: 'Abweichungen ({{count}})',
    differencesCaption: 'Abweichungen zwischen Dokumenten und Fächern',
    noDifferences: 'Keine Abweichungen: Jedes Dokument liegt, wo es liegen soll.',
    kind: 'Abweichung',
    box: 'DokBox',
    compartment: 'Fach',
    document: 'Dokument',
    kinds: {
      document_missing: 'Dokument fehlt: das Fach meldet leer',
      unexpected_item: 'Fach meldet belegt, aber kein Dokument ist ihm zugeordnet',
      assignment_mismatch: 'Fach und Dokument passen nicht zusammen',
      awaiting_staff: 'Wartet auf Klärung durch das Personal',
      no_reading: 'Kein Sensorwert für das Fach',
    },
    timeline: {
      heading: 'Verwahrkette',
      intro:
        'Jeder Schritt des Dokuments vom Amt bis in die Hand der Bürgerin oder des Bürgers: Erfassung, Transport ' +
        'und Einlegen, Benachrichtigung, jede Öffnung des Fachs mit Grund und Namen, Änderungen der Belegung, ' +
        'Abholung oder Rücknahme und Klärungen.',
      caption: 'Verwahrkette des Dokuments, älteste Einträge zuerst',
      empty: 'Noch keine Einträge.',
      when: 'Wann',
      what: 'Was',
      who: 'Wer',
      details: 'Einzelheiten',
      withSecond: '{{name}} mit {{second}}',
      compartment: 'Fach {{number}}',
      occupied: 'Fach belegt',
      notOccupied: 'Fach leer',
      reason: 'Grund: {{reason}}',
      stateChange: '{{from}} → {{to}}',
      steps: {
        'compartment.door_opened': 'Fachtür geöffnet',
        'compartment.door_closed': 'Fachtür geschlossen',
        'compartment.fault': 'Störung am Fach',
        'custody.occupancy_changed': 'Belegung des Fachs hat sich geändert (ohne Abholung oder Einlegen)',
        'custody.remote_open': 'Fach aus dem Büro geöffnet',
        'document.refuse_empty_compartment': 'Abholung abgelehnt: das Fach war leer, der Code gilt weiter',
        'document.reconcile_as_in_box_keep_code': 'Geklärt: liegt in der Box, der Code gilt weiter',
        'loading.four_eyes_confirmed': 'Einlegen im Vier-Augen-Prinzip bestätigt',
      },
    },
  },
};
