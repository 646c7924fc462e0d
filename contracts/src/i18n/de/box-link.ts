/** German texts of the box agents' link that staff read: what a fault reported by a box means. */
export const boxLink = {
  faults: {
    door_did_not_open: 'Die Tür hat sich nach dem Entriegeln nicht geöffnet.',
    door_left_open: 'Die Tür steht zu lange offen.',
    unlock_interrupted: 'Die Box wurde während des Öffnens neu gestartet; ob die Tür aufging, ist unklar.',
    board_offline: 'Die Schlosssteuerung der Box antwortet nicht.',
    not_confirmed: 'Das Schloss hat das Entriegeln nicht bestätigt.',
    unknown_compartment: 'Dieses Fach ist in der Box nicht eingerichtet.',
    lock_jammed: 'Das Schloss klemmt.',
    camera_missing: 'Ein Beweisfoto war verlangt, aber an dieser Box ist keine Kamera eingerichtet.',
    evidence_image_failed: 'Das Beweisfoto beim Öffnen konnte nicht aufgenommen oder gesendet werden.',
  },
} as const;
