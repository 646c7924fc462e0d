/** Error messages of the calendar (opening hours, closures, outages) and the opening-days arithmetic. */
export const calendarErrors = {
  box_has_no_opening_days:
    'Für diese DokBox ist in absehbarer Zeit kein Öffnungstag eingetragen. Bitte Öffnungszeiten und Schließtage prüfen.',
  opening_hours_invalid_time: 'Eine Uhrzeit ist ungültig. Bitte im Format HH:MM angeben (z. B. 09:30).',
  opening_hours_order:
    'Die Schließzeit muss nach der Öffnungszeit liegen ({{weekday}}: {{opens}}–{{closes}}).',
  opening_hours_overlap: 'Die Öffnungszeiten am {{weekday}} überschneiden sich.',
  closure_range_invalid:
    'Der Schließzeitraum ist ungültig: Das Enddatum darf nicht vor dem Anfangsdatum liegen.',
  closure_range_too_long: 'Ein Schließzeitraum darf höchstens {{maxDays}} Tage lang sein.',
  closure_not_found: 'Diesen Schließzeitraum gibt es nicht.',
  box_already_out_of_service: 'Die DokBox ist bereits außer Betrieb gemeldet.',
  box_already_in_service: 'Die DokBox ist bereits in Betrieb.',
};
