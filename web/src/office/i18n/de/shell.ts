/** The back office's frame: title, navigation, login, roles, no-access and not-found pages (German). */
export const shell = {
  title: 'Bürgerpunkt – Verwaltung',
  heading: 'Verwaltung',
  shell: {
    skipToContent: 'Zum Inhalt springen',
    navLabel: 'Hauptnavigation',
    rolesLabel: 'Rollen:',
    logout: 'Abmelden',
    noAccessHeading: 'Kein Zugriff',
    noAccessText:
      'Diese Seite ist für Ihre Rolle nicht freigegeben. Wenn Sie sie für Ihre Arbeit brauchen, wenden Sie sich bitte an die Administration.',
    notFoundHeading: 'Seite nicht gefunden',
    notFoundText: 'Diese Adresse gibt es in der Verwaltung nicht.',
    toDashboard: 'Zur Übersicht',
    unavailableHeading: 'Verwaltung nicht erreichbar',
  },
  nav: {
    dashboard: 'Übersicht',
    documents: 'Dokumente suchen',
    register: 'Dokument erfassen',
    import: 'CSV-Import',
    loading: 'Box beladen',
    returns: 'Rücknahmen',
  },
  roles: {
    admin: 'Administration',
    clerk: 'Sachbearbeitung',
    loader: 'Beladung',
    zone: 'Servicezone',
    auditor: 'Prüfung',
  },
  login: {
    heading: 'Anmeldung',
    username: 'Benutzername',
    password: 'Passwort',
    submit: 'Anmelden',
    busy: 'Anmeldung läuft …',
    missing: 'Bitte geben Sie Benutzername und Passwort ein.',
    expired: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    or: 'oder',
    oidc: 'Mit Dienstkonto anmelden',
  },
};
