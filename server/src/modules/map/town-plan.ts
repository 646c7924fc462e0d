/**
 * The drawn town plan of Hohen Neuendorf that the demo uses as its offline base layer: districts, main streets,
 * the S-Bahn lines and stations, the Havel and the forest edge as GeoJSON, drawn for this project from rough
 * coordinates (an illustration, not a survey). It ships with the hub, so the kiosk's map needs no network.
 */
type Position = [number, number];

function district(name: string, ring: Position[]) {
  return {
    type: 'Feature',
    properties: { kind: 'district', name },
    geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]!]] },
  };
}
function line(kind: string, name: string, coordinates: Position[]) {
  return { type: 'Feature', properties: { kind, name }, geometry: { type: 'LineString', coordinates } };
}
function point(kind: string, name: string, coordinates: Position) {
  return { type: 'Feature', properties: { kind, name }, geometry: { type: 'Point', coordinates } };
}

/** [lon, lat] as GeoJSON wants it. */
export const townPlan = {
  type: 'FeatureCollection',
  features: [
    district('Hohen Neuendorf', [
      [13.262, 52.656],
      [13.3, 52.65],
      [13.305, 52.664],
      [13.302, 52.688],
      [13.268, 52.692],
      [13.255, 52.675],
    ]),
    district('Bergfelde', [
      [13.305, 52.66],
      [13.345, 52.655],
      [13.35, 52.676],
      [13.31, 52.682],
    ]),
    district('Borgsdorf', [
      [13.258, 52.703],
      [13.3, 52.7],
      [13.302, 52.735],
      [13.262, 52.738],
    ]),
    district('Stolpe', [
      [13.222, 52.652],
      [13.255, 52.65],
      [13.258, 52.672],
      [13.228, 52.676],
    ]),
    line('water', 'Havel', [
      [13.238, 52.742],
      [13.246, 52.72],
      [13.241, 52.7],
      [13.228, 52.68],
      [13.215, 52.655],
    ]),
    line('street', 'Oranienburger Straße', [
      [13.283, 52.662],
      [13.282, 52.668],
      [13.28, 52.6755],
      [13.279, 52.684],
      [13.282, 52.692],
    ]),
    line('street', 'Berliner Straße', [
      [13.285, 52.648],
      [13.285, 52.655],
      [13.284, 52.662],
    ]),
    line('street', 'Schönfließer Straße', [
      [13.2885, 52.6705],
      [13.3, 52.67],
      [13.315, 52.6685],
      [13.332, 52.6665],
    ]),
    line('street', 'Stolper Straße', [
      [13.282, 52.668],
      [13.268, 52.666],
      [13.252, 52.662],
      [13.238, 52.66],
    ]),
    line('street', 'Hauptstraße (Borgsdorf)', [
      [13.282, 52.692],
      [13.28, 52.705],
      [13.276, 52.718],
      [13.272, 52.732],
    ]),
    line('street', 'Birkenwerder Straße', [
      [13.3, 52.675],
      [13.305, 52.688],
      [13.31, 52.697],
    ]),
    line('railway', 'S1', [
      [13.2903, 52.64],
      [13.2885, 52.655],
      [13.2868, 52.6689],
      [13.2884, 52.6887],
      [13.284, 52.7],
      [13.2771, 52.7149],
      [13.27, 52.735],
    ]),
    line('railway', 'S8', [
      [13.2868, 52.6689],
      [13.298, 52.6712],
      [13.321, 52.67],
      [13.339, 52.664],
    ]),
    point('station', 'S Hohen Neuendorf', [13.2868, 52.6689]),
    point('station', 'S Bergfelde', [13.321, 52.67]),
    point('station', 'S Borgsdorf', [13.2771, 52.7149]),
    point('station', 'S Birkenwerder', [13.2884, 52.6887]),
  ],
};
