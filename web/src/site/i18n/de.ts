/** The site's own texts (German, the source language). */
export const site = {
  title: 'Bürgerpunkt Hohen Neuendorf',
  heading: 'Willkommen im Bürgerpunkt',
};
