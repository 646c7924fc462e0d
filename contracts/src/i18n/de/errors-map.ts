/** German messages for the error codes of the town map, uploaded images and the 360° tour. */
export const mapErrors = {
  poi_invalid: 'Der Ort ist unvollständig: {{reason}}',
  poi_not_found: 'Diesen Ort gibt es nicht (mehr).',
  poi_in_walk: 'Der Ort ist eine Station des Rundgangs „{{walk}}“. Bitte nehmen Sie ihn dort zuerst heraus.',
  walk_invalid: 'Der Rundgang ist unvollständig: {{reason}}',
  walk_not_found: 'Diesen Rundgang gibt es nicht (mehr).',
  map_edit_conflict:
    'Jemand anderes hat diesen Eintrag inzwischen geändert. Bitte laden Sie die Seite neu und prüfen Sie die Änderungen.',
  geojson_invalid: 'Die Datei kann nicht eingelesen werden: {{reason}} Es wurde nichts geändert.',
  image_empty: 'Die Datei ist leer.',
  image_too_large: 'Die Datei ist zu groß (höchstens {{maxMb}} MB).',
  image_type_unsupported: 'Die Datei ist kein Bild im Format JPEG, PNG oder WebP.',
  image_unreadable: 'Das Bild kann nicht gelesen werden. Ist die Datei beschädigt?',
  image_too_many_pixels: 'Das Bild hat zu viele Bildpunkte. Bitte verkleinern Sie es vorher.',
  image_crop_outside:
    'Der gewählte Ausschnitt liegt nicht ganz im Bild ({{width}} × {{height}} Bildpunkte) oder ist zu klein.',
  image_not_found: 'Dieses Bild gibt es nicht.',
  map_base_file_not_configured: 'Für den Stadtplan ist keine Kartendatei (PMTiles) auf dem Hub eingerichtet.',
  panorama_not_equirectangular:
    'Das ist kein 360°-Panorama: Es muss genau doppelt so breit wie hoch sein (2:1), dieses Bild hat {{width}} × {{height}} Bildpunkte.',
  panorama_too_small: 'Das Panorama ist zu klein ({{width}} Bildpunkte breit; mindestens 1024).',
  tour_invalid: 'Der Rundgang ist unvollständig: {{reason}}',
  tour_not_found: 'Diesen Rundgang gibt es nicht (mehr).',
  tour_edit_conflict:
    'Jemand anderes hat diesen Rundgang inzwischen geändert. Bitte laden Sie die Seite neu und prüfen Sie die Änderungen.',
};
