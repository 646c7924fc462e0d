/** German messages for box layouts (issue 13); the per-field messages come from `boxLayoutMessages`. */
export const boxLayoutErrors = {
  layout_invalid:
    'Das Layout der Box ist nicht gültig ({{count}} Fehler). Die Meldungen nennen Spalte und Fach (von oben gezählt).',
  layout_preset_unknown:
    'Die Layout-Vorlage „{{preset}}“ gibt es nicht (demo-24, kerong-cu16-3x16, mixed-96-cu48).',
  layout_and_preset: 'Bitte entweder ein Layout oder eine Vorlage angeben, nicht beides.',
  layout_removes_compartment:
    'Im neuen Layout fehlt Fach {{number}}. Fächer werden nicht gelöscht: Nehmen Sie es stattdessen außer Betrieb.',
  layout_place_taken: 'Fach {{number}} passt nicht in das Layout der Box: {{reason}}',
} as const;
