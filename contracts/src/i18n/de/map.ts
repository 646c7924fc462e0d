/** German texts of the town map and the tour on the hub side: the reasons of field and import problems. */
export const map = {
  reasons: {
    required: 'Angabe fehlt.',
    not_text: 'Muss ein Text sein.',
    too_long: 'Zu lang (höchstens {{max}} Zeichen).',
    unknown_language: 'Unbekannte Sprache (erlaubt: de, ls, en).',
    unknown_category: 'Unbekannte Kategorie „{{value}}“.',
    not_a_number: 'Muss eine Zahl sein.',
    out_of_area:
      'Liegt außerhalb des Stadtgebiets (erlaubt: {{min}} bis {{max}}). Sind Breite und Länge vertauscht?',
    postcode: 'Eine Postleitzahl hat fünf Ziffern.',
    not_a_list: 'Muss eine Liste sein.',
    unknown_image: 'Dieses Bild gibt es nicht.',
    unknown_panorama: 'Dieses Panorama gibt es nicht.',
    not_boolean: 'Muss ja (true) oder nein (false) sein.',
    not_a_feature: 'Ist kein GeoJSON-Feature.',
    not_a_point: 'Nur Punkte (Point) sind möglich, nicht „{{value}}“.',
    coordinates: 'Die Koordinaten müssen [Länge, Breite] sein.',
    duplicate_id: 'Diese Kennung kommt mehrfach vor.',
    unknown_poi: 'Diesen Ort gibt es nicht.',
    unknown_room: 'Diesen Raum gibt es in diesem Rundgang nicht.',
    walk_needs_stops: 'Ein veröffentlichter Rundgang braucht mindestens eine Station.',
    tour_needs_rooms: 'Ein veröffentlichter Rundgang braucht mindestens einen Raum und einen Startraum.',
    not_a_collection: 'Erwartet wird eine GeoJSON-FeatureCollection (JSON mit „type“ und „features“).',
    too_many_features: 'Zu viele Einträge (höchstens {{max}}).',
  },
};
