/** The back office's frame: title, navigation, login (German). */
export const shell = {
  title: 'Bürgerpunkt – Verwaltung',
  heading: 'Verwaltung',
};
