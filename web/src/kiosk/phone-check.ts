/**
 * The kiosk's early check of the number typed: a German landline (national 0… or +49/0049… outside the mobile
 * ranges 015x, 016x, 017x) is refused on the phone screen, as the website refuses it, before a code is typed. The
 * hub's check (libphonenumber) stays the authority; foreign numbers are left to it.
 */
export function isGermanLandline(typed: string): boolean {
  const compact = typed.replace(/[^\d+]/g, '');
  let national: string;
  if (compact.startsWith('+49')) national = '0' + compact.slice(3);
  else if (compact.startsWith('0049')) national = '0' + compact.slice(4);
  else if (compact.startsWith('+') || compact.startsWith('00')) return false;
  else if (compact.startsWith('0')) national = compact;
  else return false;
  return !/^01[5-7]/.test(national);
}
