/** Error messages of the register export and the audit log queries. */
export const registerErrors = {
  register_range_too_long: 'Der Zeitraum darf höchstens {{maxDays}} Tage umfassen.',
  audit_range_invalid: 'Der Zeitraum ist ungültig: Das Ende muss nach dem Anfang liegen.',
};
