/**
 * Demo content of "Meine Stadt": places in Hohen Neuendorf and two walks, written for this project. Coordinates
 * are approximate, details such as opening hours and practices are invented: everything is marked as demo data.
 */
import type { PoiCategory, PoiInput, WalkInput } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { systemPrincipal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { poiColumns, walkColumns } from './map-repository.ts';

interface DemoPlace {
  key: string;
  category: PoiCategory;
  name: string;
  at: [number, number];
  street: string;
  houseNumber: string;
  postcode?: string;
  de: string;
  ls: string;
  en: string;
  hours?: string;
  access?: string;
}

const places: DemoPlace[] = [
  {
    key: 'rathaus',
    category: 'administration',
    name: 'Rathaus Hohen Neuendorf',
    at: [52.676, 13.2802],
    street: 'Oranienburger Straße',
    houseNumber: '2',
    de: 'Sitz der Stadtverwaltung und des Bürgermeisters. Hier tagen die Stadtverordneten.',
    ls: 'Das ist das Rathaus. Hier arbeitet die Stadt-Verwaltung. Hier arbeitet auch der Bürgermeister.',
    en: 'Town hall: seat of the town administration and the mayor; the town council meets here.',
    hours: 'Mo, Mi, Fr 9–12 Uhr; Di 9–12 und 13–18 Uhr; Do 13–16 Uhr (Demo)',
    access: 'Eingang ebenerdig, Aufzug, Behinderten-WC im Erdgeschoss.',
  },
  {
    key: 'buergeramt',
    category: 'administration',
    name: 'Bürgeramt',
    at: [52.6757, 13.2808],
    street: 'Oranienburger Straße',
    houseNumber: '2',
    de: 'Personalausweis, Reisepass, Meldebescheinigung, Führungszeugnis. Termine online oder am Bürgerpunkt.',
    ls: 'Im Bürger-Amt bekommen Sie zum Beispiel einen neuen Ausweis. Machen Sie vorher einen Termin.',
    en: 'Citizens’ office: ID cards, passports, registration certificates. Book an appointment online or at the Bürgerpunkt.',
    hours: 'Di 9–12 und 13–18 Uhr, Do 9–12 und 13–16 Uhr (Demo)',
    access: 'Erdgeschoss, stufenlos, Schalter mit Sitzplatz.',
  },
  {
    key: 'buergerpunkt',
    category: 'administration',
    name: 'Bürgerpunkt im Kaufhaus (Demo)',
    at: [52.6702, 13.2848],
    street: 'Marktplatz',
    houseNumber: '1',
    de: 'Die Begegnungszone im Kaufhaus: DokBox zum Abholen von Dokumenten, 115-Telefon, Stadtplan und 360°-Rundgang.',
    ls: 'Hier ist der Bürger-Punkt. Hier können Sie Ihren Ausweis abholen. Hier hilft Ihnen das Personal.',
    en: 'The meeting zone in the department store: document pickup box, 115 phone, town map and 360° tour.',
    hours: 'Mo–Sa 9:30–20 Uhr',
    access: 'Stufenlos, Terminal in Sitzhöhe bedienbar, Induktionsschleife.',
  },
  {
    key: 'bibliothek',
    category: 'culture',
    name: 'Stadtbibliothek',
    at: [52.6748, 13.2822],
    street: 'Oranienburger Straße',
    houseNumber: '4',
    de: 'Bücher, Hörbücher, Zeitschriften und Spiele; Lesungen und Vorlesestunden für Kinder. Onleihe mit dem Bibliotheksausweis.',
    ls: 'In der Bibliothek können Sie Bücher ausleihen. Das kostet wenig Geld. Es gibt auch Bücher in Leichter Sprache.',
    en: 'Town library: books, audiobooks, magazines and games; readings and story hours for children.',
    hours: 'Di–Fr 10–18 Uhr, Sa 10–13 Uhr (Demo)',
    access: 'Stufenloser Zugang, Leselupe, Bücher in Großdruck.',
  },
  {
    key: 'sbahn-hn',
    category: 'mobility',
    name: 'S-Bahnhof Hohen Neuendorf',
    at: [52.6689, 13.2868],
    street: 'Schönfließer Straße',
    houseNumber: '',
    de: 'S1 Richtung Berlin und Oranienburg, S8 Richtung Bergfelde. Busse in die Ortsteile.',
    ls: 'Hier fährt die S-Bahn. Die S1 fährt nach Berlin. Die S8 fährt nach Bergfelde.',
    en: 'Suburban railway: S1 to Berlin and Oranienburg, S8 to Bergfelde; buses to the districts.',
    access: 'Aufzug zum Bahnsteig; Blindenleitsystem.',
  },
  {
    key: 'sbahn-bergfelde',
    category: 'mobility',
    name: 'S-Bahnhof Bergfelde',
    at: [52.67, 13.321],
    street: 'Bahnhofstraße',
    houseNumber: '',
    de: 'S8 Richtung Berlin-Blankenburg und Hohen Neuendorf.',
    ls: 'Hier fährt die S-Bahn S8.',
    en: 'Suburban railway station of Bergfelde (S8).',
    access: 'Rampe zum Bahnsteig.',
  },
  {
    key: 'sbahn-borgsdorf',
    category: 'mobility',
    name: 'S-Bahnhof Borgsdorf',
    at: [52.7149, 13.2771],
    street: 'Bahnhofstraße',
    houseNumber: '',
    postcode: '16556',
    de: 'S1 Richtung Oranienburg und Berlin.',
    ls: 'Hier fährt die S-Bahn S1.',
    en: 'Suburban railway station of Borgsdorf (S1).',
    access: 'Rampe zum Bahnsteig.',
  },
  {
    key: 'wasserturm',
    category: 'sights',
    name: 'Wasserturm',
    at: [52.6738, 13.2786],
    street: 'Am Wasserturm',
    houseNumber: '1',
    de: 'Das Wahrzeichen der Stadt. Der Turm versorgte den Ort früher mit Wasser; heute ist er ein beliebter Treffpunkt.',
    ls: 'Der Wasser-Turm ist sehr alt. Früher war hier Wasser für die Häuser drin. Heute ist er ein Wahr-Zeichen.',
    en: 'The water tower is the town’s landmark; it once supplied the town with water.',
    access: 'Außengelände mit festen Wegen; Turm nicht barrierefrei.',
  },
  {
    key: 'kirche-hn',
    category: 'sights',
    name: 'Dorfkirche Hohen Neuendorf',
    at: [52.6745, 13.283],
    street: 'Oranienburger Straße',
    houseNumber: '13',
    de: 'Die alte Dorfkirche im Ortskern, umgeben vom Kirchhof.',
    ls: 'Das ist eine alte Kirche. Sie steht in der Mitte vom Ort.',
    en: 'The old village church in the centre, surrounded by its churchyard.',
    access: 'Eine Stufe am Eingang.',
  },
  {
    key: 'kirche-stolpe',
    category: 'sights',
    name: 'Dorfkirche Stolpe',
    at: [52.659, 13.245],
    street: 'Dorfstraße',
    houseNumber: '',
    de: 'Feldsteinkirche im Dorfkern von Stolpe.',
    ls: 'Eine Kirche aus großen Steinen. Sie steht in Stolpe.',
    en: 'Fieldstone church in the centre of the village of Stolpe.',
  },
  {
    key: 'havel',
    category: 'parks',
    name: 'Havelufer Borgsdorf',
    at: [52.72, 13.25],
    street: 'An der Havel',
    houseNumber: '',
    postcode: '16556',
    de: 'Spazierweg am Wasser mit Blick auf die Havel und Bänken zum Ausruhen.',
    ls: 'Hier können Sie am Wasser spazieren gehen. Es gibt Bänke.',
    en: 'Riverside path along the Havel with benches.',
    access: 'Weg teilweise unbefestigt.',
  },
  {
    key: 'stadtpark',
    category: 'parks',
    name: 'Park am Rathaus',
    at: [52.6765, 13.2815],
    street: 'Oranienburger Straße',
    houseNumber: '',
    de: 'Kleiner Park mit Bänken und alten Bäumen hinter dem Rathaus.',
    ls: 'Ein kleiner Park. Es gibt Bänke und alte Bäume.',
    en: 'Small park with benches and old trees behind the town hall.',
    access: 'Feste Wege, stufenlos.',
  },
  {
    key: 'heide',
    category: 'parks',
    name: 'Stolper Heide',
    at: [52.662, 13.252],
    street: 'Stolper Straße',
    houseNumber: '',
    de: 'Wald- und Heidelandschaft zwischen Stolpe und Hohen Neuendorf; Wanderwege.',
    ls: 'Hier ist Wald. Hier können Sie wandern.',
    en: 'Woods and heath between Stolpe and Hohen Neuendorf with trails.',
  },
  {
    key: 'gymnasium',
    category: 'education',
    name: 'Marie-Curie-Gymnasium',
    at: [52.678, 13.27],
    street: 'Niederheidestraße',
    houseNumber: '20',
    de: 'Gymnasium der Stadt.',
    ls: 'Das ist eine Schule. Man kann hier das Abitur machen.',
    en: 'The town’s grammar school.',
  },
  {
    key: 'gs-niederheide',
    category: 'education',
    name: 'Grundschule Niederheide',
    at: [52.664, 13.28],
    street: 'Berliner Straße',
    houseNumber: '30',
    de: 'Grundschule im Süden der Stadt.',
    ls: 'Das ist eine Grund-Schule.',
    en: 'Primary school in the south of the town.',
  },
  {
    key: 'gs-borgsdorf',
    category: 'education',
    name: 'Grundschule Borgsdorf',
    at: [52.712, 13.279],
    street: 'Hauptstraße',
    houseNumber: '20',
    postcode: '16556',
    de: 'Grundschule im Ortsteil Borgsdorf.',
    ls: 'Das ist eine Grund-Schule in Borgsdorf.',
    en: 'Primary school in Borgsdorf.',
  },
  {
    key: 'gs-bergfelde',
    category: 'education',
    name: 'Grundschule Bergfelde',
    at: [52.669, 13.315],
    street: 'Schönfließer Straße',
    houseNumber: '60',
    de: 'Grundschule im Ortsteil Bergfelde.',
    ls: 'Das ist eine Grund-Schule in Bergfelde.',
    en: 'Primary school in Bergfelde.',
  },
  {
    key: 'spielplatz-turm',
    category: 'playgrounds',
    name: 'Spielplatz am Wasserturm',
    at: [52.6732, 13.2778],
    street: 'Am Wasserturm',
    houseNumber: '',
    de: 'Spielplatz mit Kletterturm, Sandkasten und Schaukeln.',
    ls: 'Ein Spiel-Platz für Kinder. Es gibt Schaukeln.',
    en: 'Playground with climbing tower, sandpit and swings.',
  },
  {
    key: 'spielplatz-bergfelde',
    category: 'playgrounds',
    name: 'Spielplatz Bergfelde',
    at: [52.671, 13.318],
    street: 'Birkenallee',
    houseNumber: '',
    de: 'Spielplatz mit Wasserspiel und Rutsche.',
    ls: 'Ein Spiel-Platz für Kinder. Es gibt eine Rutsche.',
    en: 'Playground with water play and slide.',
  },
  {
    key: 'wc-bahnhof',
    category: 'toilets',
    name: 'Öffentliche Toilette am S-Bahnhof',
    at: [52.6693, 13.2861],
    street: 'Schönfließer Straße',
    houseNumber: '',
    de: 'Öffentliche Toilette neben dem Bahnhofseingang.',
    ls: 'Hier ist eine Toilette. Alle dürfen sie benutzen.',
    en: 'Public toilet next to the station entrance.',
    hours: 'täglich 6–22 Uhr (Demo)',
    access: 'Rollstuhlgerecht, Euroschlüssel.',
  },
  {
    key: 'wc-rathaus',
    category: 'toilets',
    name: 'Toilette im Rathaus',
    at: [52.6762, 13.2797],
    street: 'Oranienburger Straße',
    houseNumber: '2',
    de: 'Während der Öffnungszeiten des Rathauses.',
    ls: 'Im Rathaus gibt es eine Toilette.',
    en: 'Inside the town hall during opening hours.',
    access: 'Rollstuhlgerecht.',
  },
  {
    key: 'praxis',
    category: 'health',
    name: 'Hausarztpraxis am Markt (Demo)',
    at: [52.672, 13.285],
    street: 'Marktplatz',
    houseNumber: '3',
    de: 'Allgemeinmedizinische Praxis (erfundener Eintrag für die Demo).',
    ls: 'Hier ist eine Ärztin. Sie hilft, wenn Sie krank sind.',
    en: 'General practice (invented entry for the demo).',
    hours: 'Mo–Fr 8–12 Uhr, Di und Do 15–18 Uhr',
    access: 'Aufzug.',
  },
  {
    key: 'apotheke',
    category: 'health',
    name: 'Apotheke am Bahnhof (Demo)',
    at: [52.6696, 13.2854],
    street: 'Schönfließer Straße',
    houseNumber: '5',
    de: 'Apotheke (erfundener Eintrag für die Demo).',
    ls: 'Hier bekommen Sie Medikamente.',
    en: 'Pharmacy (invented entry for the demo).',
    hours: 'Mo–Fr 8–19 Uhr, Sa 9–14 Uhr',
    access: 'Stufenlos.',
  },
  {
    key: 'aerztehaus-bergfelde',
    category: 'health',
    name: 'Ärztehaus Bergfelde (Demo)',
    at: [52.6705, 13.319],
    street: 'Schönfließer Straße',
    houseNumber: '40',
    de: 'Mehrere Praxen unter einem Dach (erfundener Eintrag).',
    ls: 'Hier sind mehrere Ärzte in einem Haus.',
    en: 'Several practices under one roof (invented).',
    access: 'Aufzug, Behindertenparkplatz.',
  },
  {
    key: 'markt',
    category: 'shopping',
    name: 'Wochenmarkt',
    at: [52.6705, 13.2842],
    street: 'Marktplatz',
    houseNumber: '',
    de: 'Obst, Gemüse, Blumen und Regionales.',
    ls: 'Hier ist der Markt. Sie können Obst und Gemüse kaufen.',
    en: 'Weekly market: fruit, vegetables, flowers and local produce.',
    hours: 'Do 8–13 Uhr (Demo)',
  },
  {
    key: 'kaufhaus',
    category: 'shopping',
    name: 'Kaufhaus (Demo)',
    at: [52.6699, 13.2852],
    street: 'Marktplatz',
    houseNumber: '1',
    de: 'Das Kaufhaus mit der Begegnungszone (erfundener Eintrag).',
    ls: 'Ein großes Geschäft. Hier ist auch der Bürger-Punkt.',
    en: 'The department store hosting the meeting zone (invented).',
    hours: 'Mo–Sa 9:30–20 Uhr',
    access: 'Aufzug, stufenlos.',
  },
  {
    key: 'bus-rathaus',
    category: 'mobility',
    name: 'Bushaltestelle Rathaus',
    at: [52.6767, 13.2809],
    street: 'Oranienburger Straße',
    houseNumber: '',
    de: 'Busse Richtung S-Bahnhof und Bergfelde.',
    ls: 'Hier hält der Bus.',
    en: 'Bus stop for the station and Bergfelde.',
  },
  {
    key: 'fahrrad',
    category: 'mobility',
    name: 'Fahrradparkhaus am S-Bahnhof',
    at: [52.6685, 13.2876],
    street: 'Schönfließer Straße',
    houseNumber: '',
    de: 'Überdachte Fahrradstellplätze und Schließfächer.',
    ls: 'Hier können Sie Ihr Fahrrad abstellen.',
    en: 'Covered bicycle parking and lockers.',
  },
  {
    key: 'feuerwehr',
    category: 'administration',
    name: 'Feuerwehr Hohen Neuendorf',
    at: [52.677, 13.284],
    street: 'Schönfließer Straße',
    houseNumber: '2',
    de: 'Freiwillige Feuerwehr; Tag der offenen Tür im Sommer.',
    ls: 'Hier ist die Feuer-Wehr.',
    en: 'Volunteer fire brigade.',
  },
];

function poiOf(place: DemoPlace): PoiInput {
  return {
    category: place.category,
    name: { de: place.name, ls: place.name, en: place.name },
    description: { de: `${place.de} (Demo-Eintrag)`, ls: place.ls, en: `${place.en} (demo entry)` },
    openingHours: { de: place.hours ?? '' },
    accessibility: { de: place.access ?? '' },
    address: {
      street: place.street,
      houseNumber: place.houseNumber,
      postcode: place.postcode ?? '16540',
      town: 'Hohen Neuendorf',
    },
    lat: place.at[0],
    lon: place.at[1],
    photos: [],
    published: true,
  };
}

const walks: {
  stops: [string, string, string, string][];
  title: [string, string, string];
  intro: [string, string, string];
}[] = [
  {
    title: ['Vom Bahnhof zum Rathaus', 'Vom Bahnhof zum Rathaus', 'From the station to the town hall'],
    intro: [
      'Ein kurzer Weg durch den Ortskern (etwa 1,5 km, 30 Minuten), eben und gut zu gehen.',
      'Ein kurzer Weg. Er dauert etwa 30 Minuten. Der Weg ist eben.',
      'A short, level walk through the centre (about 1.5 km, 30 minutes).',
    ],
    stops: [
      [
        'sbahn-hn',
        'Der Bahnhof verbindet die Stadt seit über hundert Jahren mit Berlin.',
        'Hier fängt der Weg an.',
        'The station has linked the town with Berlin for over a century.',
      ],
      [
        'buergerpunkt',
        'Hier im Kaufhaus können Sie Dokumente abholen und Fragen stellen.',
        'Hier können Sie Ihren Ausweis abholen.',
        'Collect documents and ask questions here.',
      ],
      [
        'bibliothek',
        'Die Bibliothek lädt zum Stöbern ein – auch mit Büchern in Leichter Sprache.',
        'Hier gibt es Bücher.',
        'Browse books, also in easy-to-read German.',
      ],
      [
        'wasserturm',
        'Das Wahrzeichen: Von hier sieht man weit über die Dächer.',
        'Der Wasser-Turm ist das Wahr-Zeichen.',
        'The landmark of the town.',
      ],
      [
        'rathaus',
        'Ziel: das Rathaus. Im 360°-Rundgang können Sie das Büro des Bürgermeisters besuchen.',
        'Hier ist das Rathaus.',
        'The town hall: visit the mayor’s office in the 360° tour.',
      ],
    ],
  },
  {
    title: ['Wissenswertes: Wasser, Wald und Havel', 'Wasser, Wald und Havel', 'Water, woods and the Havel'],
    intro: [
      'Eine Radtour durch drei Ortsteile (etwa 12 km): vom Wasserturm über Stolpe an die Havel.',
      'Eine Fahrrad-Tour. Sie ist etwa 12 Kilometer lang.',
      'A bike ride through three districts (about 12 km).',
    ],
    stops: [
      ['wasserturm', 'Start am Wasserturm.', 'Start am Wasser-Turm.', 'Start at the water tower.'],
      ['heide', 'Durch Wald und Heide nach Westen.', 'Durch den Wald.', 'Through woods and heath.'],
      [
        'kirche-stolpe',
        'Die Feldsteinkirche von Stolpe erzählt von den Anfängen des Dorfes.',
        'Eine alte Kirche.',
        'The fieldstone church tells of the village’s beginnings.',
      ],
      [
        'havel',
        'Am Havelufer lädt eine Bank zur Pause ein.',
        'Pause am Wasser.',
        'Take a break by the river.',
      ],
      [
        'sbahn-borgsdorf',
        'Zurück mit der S1 ab Borgsdorf.',
        'Zurück mit der S-Bahn.',
        'Return by S1 from Borgsdorf.',
      ],
    ],
  },
];

/** Loads the demo places and walks (one transaction, one audit entry). */
export async function seedDemoMap(ctx: AppContext): Promise<void> {
  const now = ctx.clock.now().toISOString();
  const ids = new Map(places.map((p) => [p.key, ctx.ids.newId()]));
  await ctx.db.transaction().execute(async (trx) => {
    for (const place of places) {
      await trx
        .insertInto('map_pois')
        .values({
          id: ids.get(place.key)!,
          ...poiColumns(poiOf(place)),
          demo: 1,
          created_at: now,
          updated_at: now,
          version: 0,
        })
        .execute();
    }
    for (const walk of walks) {
      const input: WalkInput = {
        title: { de: walk.title[0], ls: walk.title[1], en: walk.title[2] },
        intro: { de: walk.intro[0], ls: walk.intro[1], en: walk.intro[2] },
        stops: walk.stops.map(([key, de, ls, en]) => ({ poiId: ids.get(key)!, narrative: { de, ls, en } })),
        published: true,
      };
      await trx
        .insertInto('map_walks')
        .values({
          id: ctx.ids.newId(),
          ...walkColumns(input),
          demo: 1,
          created_at: now,
          updated_at: now,
          version: 0,
        })
        .execute();
    }
    await recordAudit(trx, now, {
      actor: systemPrincipal.actor,
      action: 'demo.seed.map',
      entityType: 'map_poi',
      entityId: null,
      data: { pois: places.length, walks: walks.length },
    });
  });
}

export const demoPlaceCount = places.length;
