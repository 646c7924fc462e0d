/** German messages for the zone operations' error codes (visit tally, suggestions, start screen, statistics). */
export const zoneErrors = {
  visit_time_invalid: 'Die Zeit des Besuchs ist ungültig.',
  visit_time_in_future: 'Die Zeit des Besuchs liegt in der Zukunft. Bitte prüfen Sie die Uhr des Geräts.',
  visit_too_old: 'Der Besuch ist zu alt, um ihn noch zu zählen (höchstens 14 Tage).',
  visit_id_conflict: 'Ein Besuch mit derselben Kennung wurde bereits mit anderen Angaben gezählt.',
  visit_not_found: 'Diesen Besuch gibt es nicht.',
  visit_not_yours: 'Sie können nur Ihre eigenen Zählungen zurücknehmen.',
  visit_undo_too_late: 'Eine Zählung kann nur innerhalb von {{minutes}} Minuten zurückgenommen werden.',
  spam_suspected:
    'Ihre Anregung wurde nicht angenommen, weil ein verstecktes Feld ausgefüllt war. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
  suggestion_text_too_short: 'Bitte schreiben Sie mindestens {{min}} Zeichen.',
  suggestion_text_too_long: 'Bitte schreiben Sie höchstens {{max}} Zeichen.',
  suggestion_consent_required:
    'Wenn Sie Kontaktdaten angeben, bestätigen Sie bitte, dass wir Sie dazu kontaktieren dürfen.',
  suggestion_email_invalid: 'Die E-Mail-Adresse sieht nicht vollständig aus. Bitte prüfen Sie sie.',
  suggestion_phone_invalid:
    'Die Telefonnummer sieht nicht richtig aus. Bitte nur Ziffern, Leerzeichen und +.',
  suggestion_rate_limited:
    'Von hier kamen gerade viele Anregungen. Bitte versuchen Sie es in {{retryAfterMinutes}} Minuten noch einmal.',
  suggestion_not_found: 'Diese Anregung gibt es nicht.',
  suggestion_changed: 'Die Anregung wurde inzwischen geändert. Bitte laden Sie sie neu.',
  suggestion_invalid_transition: 'Dieser Statuswechsel ist nicht möglich.',
  suggestion_answer_required: 'Für diesen Status ist eine öffentliche Antwort nötig.',
  suggestion_not_reviewed: 'Eine Anregung kann erst nach der Prüfung veröffentlicht werden.',
  announcement_empty: 'Titel und Text dürfen nicht leer sein.',
  announcement_dates_invalid: 'Das Ende der Gültigkeit liegt vor dem Beginn.',
  announcement_not_found: 'Diese Ankündigung gibt es nicht.',
  opening_hours_invalid: 'Die Öffnungszeit endet vor ihrem Beginn.',
  opening_hours_overlap: 'Zwei Öffnungszeiten am selben Tag überschneiden sich.',
  invalid_date: 'Das Datum {{date}} ist ungültig.',
  invalid_period: 'Der Zeitraum ist ungültig.',
  invalid_month: 'Der Monat ist ungültig.',
  period_too_long: 'Der Zeitraum ist zu lang (höchstens {{days}} Tage).',
} as const;
