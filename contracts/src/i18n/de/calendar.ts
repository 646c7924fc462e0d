/** Calendar words: weekday abbreviations (ISO order, Monday first) used in SMS deadlines and opening-hours views. */
export const calendar = {
  weekdayShort: {
    '1': 'Mo',
    '2': 'Di',
    '3': 'Mi',
    '4': 'Do',
    '5': 'Fr',
    '6': 'Sa',
    '7': 'So',
  },
  weekdayLong: {
    '1': 'Montag',
    '2': 'Dienstag',
    '3': 'Mittwoch',
    '4': 'Donnerstag',
    '5': 'Freitag',
    '6': 'Samstag',
    '7': 'Sonntag',
  },
  /** A deadline inside an SMS: plain ASCII, e.g. "Sa 05.12.". */
  smsDeadline: '{{weekday}} {{day}}.{{month}}.',
};
