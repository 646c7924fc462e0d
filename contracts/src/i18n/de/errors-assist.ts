/** German messages for staff assist at the kiosk (issue 18). */
export const assistErrors = {
  assist_staff_only: 'Hilfe am Bildschirm kann nur eine angemeldete Person anbieten, kein API-Token.',
  assist_session_open: 'An diesem Kiosk läuft schon eine Hilfe am Bildschirm oder eine Anfrage dazu.',
  assist_session_not_found: 'Diese Hilfe am Bildschirm gibt es nicht (mehr).',
  assist_not_active: 'Die Hilfe am Bildschirm ist nicht (mehr) aktiv.',
  assist_not_requested: 'Diese Anfrage zur Hilfe am Bildschirm ist schon beantwortet oder abgelaufen.',
  assist_target_missing: 'Bitte geben Sie an, auf welches Bedienelement gezeigt werden soll.',
  assist_snapshot_unmasked: 'Eingaben dürfen den Kiosk nur verdeckt verlassen (unverdeckt: {{fields}}).',
} as const;
