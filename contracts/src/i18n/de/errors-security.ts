/** Error texts of the HTTP-level protections (issue 14). */
export const securityErrors = {
  login_braked:
    'Zu viele falsche Anmeldeversuche für dieses Konto. Bitte warten Sie {{minutes}} Minuten oder wenden Sie sich an die Administration.',
  cross_site_request:
    'Diese Anfrage kam von einer fremden Seite und wurde abgelehnt. Bitte öffnen Sie das Bürgerpunkt-Büro direkt.',
};
