/**
 * API bodies of "Meine Stadt" (town map: points of interest, walks, base layer) and the 360° tour, shared by the hub
 * and the web apps. Texts a citizen reads come in German (required), Leichte Sprache and English (optional; the apps
 * fall back to German).
 */
import { Type, type Static, type TSchema } from 'typebox';
import { poiCategories } from './map-categories.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export { poiCategories, type PoiCategory } from './map-categories.ts';

export const textLanguages = ['de', 'ls', 'en'] as const;
export type TextLanguage = (typeof textLanguages)[number];

/** A text in German (may be empty where the field is optional), Leichte Sprache and English. */
export const LocalizedTextSchema = Type.Object(
  {
    de: Type.String({ maxLength: 4000 }),
    ls: Type.Optional(Type.String({ maxLength: 4000 })),
    en: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type LocalizedText = Static<typeof LocalizedTextSchema>;

const ImageId = Type.String({ pattern: '^[0-9a-f-]{36}$' });

export const PoiPhotoSchema = Type.Object(
  { imageId: ImageId, alt: LocalizedTextSchema },
  { additionalProperties: false },
);
export type PoiPhoto = Static<typeof PoiPhotoSchema>;

export const PoiAddressSchema = Type.Object(
  {
    street: Type.String({ maxLength: 120 }),
    houseNumber: Type.String({ maxLength: 20 }),
    postcode: Type.String({ maxLength: 10 }),
    town: Type.String({ maxLength: 80 }),
  },
  { additionalProperties: false },
);
export type PoiAddress = Static<typeof PoiAddressSchema>;

/** What staff send to create or change a point of interest (checked further by the hub's rules). */
export const PoiInputSchema = Type.Object(
  {
    category: Type.String({ maxLength: 40 }),
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    openingHours: LocalizedTextSchema,
    accessibility: LocalizedTextSchema,
    address: PoiAddressSchema,
    lat: Type.Number(),
    lon: Type.Number(),
    photos: Type.Array(PoiPhotoSchema, { maxItems: 12 }),
    published: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type PoiInput = Static<typeof PoiInputSchema>;

export const PoiUpdateBodySchema = Type.Object(
  { poi: PoiInputSchema, version: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);
export type PoiUpdateBody = Static<typeof PoiUpdateBodySchema>;

export const PoiSchema = Type.Object({
  id: Type.String(),
  category: Type.Enum(poiCategories),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  openingHours: LocalizedTextSchema,
  accessibility: LocalizedTextSchema,
  address: PoiAddressSchema,
  lat: Type.Number(),
  lon: Type.Number(),
  photos: Type.Array(PoiPhotoSchema),
  published: Type.Boolean(),
  /** Invented for the demo. */
  demo: Type.Boolean(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type Poi = Static<typeof PoiSchema>;

export const PoiListSchema = Type.Object({ items: Type.Array(PoiSchema) });
export type PoiList = Static<typeof PoiListSchema>;

export const WalkStopSchema = Type.Object(
  { poiId: Type.String({ maxLength: 80 }), narrative: LocalizedTextSchema },
  { additionalProperties: false },
);
export type WalkStop = Static<typeof WalkStopSchema>;

export const WalkInputSchema = Type.Object(
  {
    title: LocalizedTextSchema,
    intro: LocalizedTextSchema,
    stops: Type.Array(WalkStopSchema, { maxItems: 40 }),
    published: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type WalkInput = Static<typeof WalkInputSchema>;

export const WalkUpdateBodySchema = Type.Object(
  { walk: WalkInputSchema, version: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);

export const WalkSchema = Type.Object({
  id: Type.String(),
  title: LocalizedTextSchema,
  intro: LocalizedTextSchema,
  stops: Type.Array(WalkStopSchema),
  published: Type.Boolean(),
  demo: Type.Boolean(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type Walk = Static<typeof WalkSchema>;

export const WalkListSchema = Type.Object({ items: Type.Array(WalkSchema) });
export type WalkList = Static<typeof WalkListSchema>;

export const baseLayerTypes = ['plan', 'xyz', 'wms', 'wmts', 'image', 'pmtiles'] as const;
export type BaseLayerType = (typeof baseLayerTypes)[number];

const GeoJsonObject = Type.Record(Type.String(), Type.Unknown());

/** The map's setup: base layer (with attribution), start view, the kiosk's own location, the allowed area. */
export const MapConfigSchema = Type.Object({
  baseLayer: Type.Object({
    type: Type.Enum(baseLayerTypes),
    /** XYZ / WMTS URL template, WMS endpoint, the illustrated plan image, or the hub's local PMTiles archive. */
    url: Nullable(Type.String()),
    /** WMS layer names (comma-separated). */
    layers: Nullable(Type.String()),
    attribution: Type.String(),
    maxZoom: Type.Integer(),
  }),
  /** The drawn offline plan (type `plan`): streets, districts, railway as GeoJSON. */
  plan: Nullable(GeoJsonObject),
  center: Type.Object({ lat: Type.Number(), lon: Type.Number() }),
  zoom: Type.Number(),
  bounds: Type.Object({
    south: Type.Number(),
    west: Type.Number(),
    north: Type.Number(),
    east: Type.Number(),
  }),
  kioskLocation: Nullable(Type.Object({ lat: Type.Number(), lon: Type.Number() })),
  /** The public site's address, for QR codes that continue on a phone. */
  publicUrl: Type.String(),
});
export type MapConfig = Static<typeof MapConfigSchema>;

/** One rejected feature of a GeoJSON import. */
export const GeoJsonImportProblemSchema = Type.Object({
  /** Index of the feature in `features` (0-based); -1 for the file as a whole. */
  index: Type.Integer(),
  property: Type.String(),
  reason: Type.String(),
});
export type GeoJsonImportProblem = Static<typeof GeoJsonImportProblemSchema>;

export const GeoJsonImportReportSchema = Type.Object({
  total: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  rejected: Type.Integer(),
  problems: Type.Array(GeoJsonImportProblemSchema),
});
export type GeoJsonImportReport = Static<typeof GeoJsonImportReportSchema>;

export const UploadedImageSchema = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('photo'), Type.Literal('panorama')]),
  width: Type.Integer(),
  height: Type.Integer(),
  /** The sizes it can be fetched in: `/api/v1/media/<id>/<size>.jpg`. */
  sizes: Type.Array(Type.String()),
});
export type UploadedImage = Static<typeof UploadedImageSchema>;

// ---------------------------------------------------------------- 360° tour

export const tourStatuses = ['draft', 'published'] as const;
export type TourStatus = (typeof tourStatuses)[number];

const ShortId = Type.String({ pattern: '^[A-Za-z0-9_-]{1,40}$' });
const Yaw = Type.Number({ minimum: -180, maximum: 360, description: 'degrees' });
const Pitch = Type.Number({ minimum: -90, maximum: 90, description: 'degrees' });

export const TourHotspotSchema = Type.Object(
  {
    id: ShortId,
    yaw: Yaw,
    pitch: Pitch,
    title: LocalizedTextSchema,
    text: LocalizedTextSchema,
    imageId: Nullable(ImageId),
  },
  { additionalProperties: false },
);
export type TourHotspot = Static<typeof TourHotspotSchema>;

export const TourLinkSchema = Type.Object(
  { id: ShortId, targetRoomId: ShortId, yaw: Yaw, pitch: Pitch },
  { additionalProperties: false },
);
export type TourLink = Static<typeof TourLinkSchema>;

export const TourRoomSchema = Type.Object(
  {
    id: ShortId,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    panoramaId: ImageId,
    initialYaw: Yaw,
    hotspots: Type.Array(TourHotspotSchema, { maxItems: 40 }),
    links: Type.Array(TourLinkSchema, { maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type TourRoom = Static<typeof TourRoomSchema>;

export const TourInputSchema = Type.Object(
  {
    title: LocalizedTextSchema,
    intro: LocalizedTextSchema,
    status: Type.Enum(tourStatuses),
    startRoomId: Nullable(ShortId),
    rooms: Type.Array(TourRoomSchema, { maxItems: 30 }),
  },
  { additionalProperties: false },
);
export type TourInput = Static<typeof TourInputSchema>;

export const TourUpdateBodySchema = Type.Object(
  { tour: TourInputSchema, version: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);

export const TourCreateBodySchema = Type.Object(
  { title: LocalizedTextSchema },
  { additionalProperties: false },
);

export const TourSchema = Type.Object({
  id: Type.String(),
  title: LocalizedTextSchema,
  intro: LocalizedTextSchema,
  status: Type.Enum(tourStatuses),
  startRoomId: Nullable(Type.String()),
  rooms: Type.Array(TourRoomSchema),
  demo: Type.Boolean(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type Tour = Static<typeof TourSchema>;

export const TourListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      title: LocalizedTextSchema,
      intro: LocalizedTextSchema,
      status: Type.Enum(tourStatuses),
      rooms: Type.Integer(),
      demo: Type.Boolean(),
      updatedAt: Type.String(),
    }),
  ),
});
export type TourList = Static<typeof TourListSchema>;
