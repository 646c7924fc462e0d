/** Error messages of the register export. */
export const registerErrors = {
  register_range_too_long: 'Der Zeitraum darf höchstens {{maxDays}} Tage umfassen.',
};
