/** German texts the server writes for the back office: import column headings, the sign-in error page. */
export const documentImport = {
  columns: {
    reference: 'Vorgangsnummer',
    office: 'Dienststelle',
    type: 'Dokumentart',
    holderName: 'Name',
    phone: 'Mobilnummer',
    dateOfBirth: 'Geburtsdatum',
    wheelchair: 'Rollstuhl',
    proxyNote: 'Vollmacht',
    /** SMS language (issue 18). */
    language: 'Sprache',
  },
};

export const oidcPage = {
  title: 'Anmeldung nicht möglich',
  back: 'Zurück zur Anmeldung',
};
