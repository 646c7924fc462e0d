/** Texts the hub itself shows around the browser apps. */
export const web = {
  notBuiltTitle: 'Bürgerpunkt',
  notBuiltText:
    'Die Bildschirme sind noch nicht gebaut. Bitte einmal „npm run build --workspace web“ ausführen und den Server neu starten.',
};
