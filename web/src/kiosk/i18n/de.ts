/** The kiosk's own texts (German, the source language). */
export const kiosk = {
  title: 'Bürgerpunkt',
  heading: 'Willkommen im Bürgerpunkt',
};
