/** German messages for the errors of the box area: loading, collecting, reconcile, compartments, alerts, simulator. */
export const boxesErrors = {
  loading_target_required: 'Bitte geben Sie entweder die Dokument-ID oder die Vorgangsnummer an.',
  compartment_occupied:
    'Dieses Fach ist belegt oder reserviert und kann nicht außer Betrieb genommen werden.',
  compartment_not_assigned: 'Diesem Dokument ist kein Fach zugeordnet.',
  reconcile_outcome_invalid:
    'Dieses Ergebnis passt nicht zu diesem Dokument: Es wurde nie zur Abholung freigegeben.',
  alert_not_found: 'Diese Meldung wurde nicht gefunden.',
  simulator_action_invalid: 'Das geht im Simulator gerade nicht: {{reason}}',
} as const;
