/** German texts of the box area that staff read: alert kinds, and the simulated box's refusals (demo). */
export const boxes = {
  alerts: {
    door_fault: 'Fach öffnet nicht (Türstörung)',
    door_left_open: 'Fachtür steht zu lange offen',
    needs_reconcile: 'Fach prüfen: Abholung oder Entnahme unklar',
    loading_empty: 'Fach beim Bestücken leer geschlossen',
    terminal_throttled: 'Viele falsche Code-Eingaben am Terminal',
    pickup_refused_at_counter: 'Abholung an der Box abgelehnt: bitte an den Schalter verweisen',
    box_offline: 'DokBox während eines laufenden Vorgangs nicht erreichbar',
    sms_failed: 'SMS konnte nicht zugestellt werden',
    call_staff: 'Bürgerin oder Bürger bittet um Hilfe',
    compartment_tamper: 'Unerwartete Fachöffnung oder Belegungsänderung',
    box_fault: 'Störung an der DokBox',
    occupied_compartment_opened: 'Belegtes Fach aus dem Büro geöffnet',
    pickup_compartment_empty: 'Abholung abgebrochen: Fach war leer (Code gilt weiter)',
    document_removed_without_pickup: 'Dokument ohne Abholung aus dem Fach entnommen',
    item_appeared_in_compartment: 'Unerwarteter Gegenstand in einem Fach',
    offline_conflict: 'Offline-Abholung passt nicht zum Stand im Büro: bitte prüfen',
  },
  /** Why the simulated box (demo) refuses an action. */
  simulator: {
    door_closed: 'Die Tür ist zu.',
    door_already_closed: 'Die Tür ist schon zu.',
    door_already_open: 'Die Tür ist schon offen.',
    compartment_empty: 'Das Fach ist leer.',
    compartment_full: 'Im Fach liegt schon etwas.',
  },
} as const;
