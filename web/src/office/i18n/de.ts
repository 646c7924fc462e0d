/** The office's own texts (German, the source language). */
export const office = {
  title: 'Bürgerpunkt – Verwaltung',
  heading: 'Verwaltung',
};
