/**
 * Endpoints of "Meine Stadt": public reading (no sign-in: kiosk and site), authoring for zone staff and admins,
 * GeoJSON import/export, and image upload and delivery (shared with the tour).
 */
import { requestTenantId } from '../tenants/tenant-scope.ts';
import {
  GeoJsonImportReportSchema,
  IntegerParam,
  MapConfigSchema,
  PoiInputSchema,
  PoiListSchema,
  PoiSchema,
  PoiUpdateBodySchema,
  UploadedImageSchema,
  WalkInputSchema,
  WalkListSchema,
  WalkSchema,
  WalkUpdateBodySchema,
} from '@buergerpunkt/contracts';
import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../platform/errors.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { exportGeoJson, importGeoJson } from './geojson.ts';
import { mapConfig } from './map-config.ts';
import {
  createPoi,
  createWalk,
  deletePoi,
  deleteWalk,
  getPoi,
  getWalk,
  listPois,
  listWalks,
  updatePoi,
  updateWalk,
} from './map-service.ts';
import { maxPanoramaBytes, maxPhotoBytes, readImage, storeImage, type CropBox } from './media-images.ts';
import { parseRange, pmtilesUrl } from './pmtiles-file.ts';

export const mapAuthors = ['zone', 'admin'] as const;
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 80 }) });
const publicRead = { rateLimit: { max: 600, timeWindow: '1 minute' } };
/** A map view fetches dozens of tiles per pan or zoom, each one range request. */
const tileRead = { rateLimit: { max: 6000, timeWindow: '1 minute' } };
const maxGeoJsonBytes = 5 * 1024 * 1024;

const CropQuery = Type.Object(
  {
    cropX: Type.Optional(IntegerParam({ minimum: 0, maximum: 100000 })),
    cropY: Type.Optional(IntegerParam({ minimum: 0, maximum: 100000 })),
    cropWidth: Type.Optional(IntegerParam({ minimum: 1, maximum: 100000 })),
    cropHeight: Type.Optional(IntegerParam({ minimum: 1, maximum: 100000 })),
  },
  { additionalProperties: false },
);

function cropOf(query: {
  cropX?: number;
  cropY?: number;
  cropWidth?: number;
  cropHeight?: number;
}): CropBox | null {
  if (query.cropWidth === undefined || query.cropHeight === undefined) return null;
  return { x: query.cropX ?? 0, y: query.cropY ?? 0, width: query.cropWidth, height: query.cropHeight };
}

export function mapRoutes(app: App, ctx: AppContext): void {
  const authors = { preHandler: requireRoles(ctx, mapAuthors) };

  app.get(
    '/api/v1/map/config',
    {
      schema: {
        tags: ['map'],
        summary:
          'The map’s base layer (with attribution and, offline, the drawn plan), view and kiosk location (public)',
        response: { 200: MapConfigSchema },
      },
      config: publicRead,
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return mapConfig(ctx.config);
    },
  );

  app.get(
    pmtilesUrl,
    {
      schema: {
        tags: ['map'],
        summary:
          'The local PMTiles base layer (`map.baseLayerType` `pmtiles`), in byte ranges (`Range: bytes=a-b`) (public)',
      },
      config: tileRead,
    },
    async (request, reply) => {
      const file = ctx.config.map.baseLayerType === 'pmtiles' ? ctx.config.map.baseLayerFile : undefined;
      if (!file) throw notFound('map_base_file_not_configured');
      const path = resolve(file);
      const stat = statSync(path);
      // Changes when the file is replaced, so a reader never mixes directories of two versions.
      const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
      reply
        .header('accept-ranges', 'bytes')
        .header('etag', etag)
        .header('cache-control', 'public, max-age=3600')
        .type('application/vnd.pmtiles');
      const range = parseRange(request.headers.range, stat.size);
      if (range === null) return reply.code(416).header('content-range', `bytes */${stat.size}`).send();
      if (range === undefined) return reply.header('content-length', stat.size).send(createReadStream(path));
      return reply
        .code(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${stat.size}`)
        .header('content-length', range.end - range.start + 1)
        .send(createReadStream(path, range));
    },
  );

  app.get(
    '/api/v1/map/pois',
    {
      schema: {
        tags: ['map'],
        summary: 'Published points of interest (public)',
        response: { 200: PoiListSchema },
      },
      config: publicRead,
    },
    async (request, reply) => {
      // Always asked again: a place published in the office shows the next time a kiosk opens the map.
      reply.header('cache-control', 'no-cache');
      return listPois(ctx, true, await requestTenantId(ctx, request));
    },
  );

  app.get(
    '/api/v1/map/pois/:id',
    {
      schema: {
        tags: ['map'],
        summary: 'One published point of interest (public)',
        params: IdParams,
        response: { 200: PoiSchema },
      },
      config: publicRead,
    },
    async (request) => getPoi(ctx, request.params.id, true),
  );

  app.get(
    '/api/v1/map/walks',
    {
      schema: {
        tags: ['map'],
        summary: 'Published walks with their stops at published places (public)',
        response: { 200: WalkListSchema },
      },
      config: publicRead,
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-cache');
      return listWalks(ctx, true, await requestTenantId(ctx, request));
    },
  );

  app.get(
    '/api/v1/map/walks/:id',
    {
      schema: {
        tags: ['map'],
        summary: 'One published walk (public)',
        params: IdParams,
        response: { 200: WalkSchema },
      },
      config: publicRead,
    },
    async (request) => getWalk(ctx, request.params.id, true),
  );

  // ------------------------------------------------------------ authoring (zone, admin)

  app.get(
    '/api/v1/office/map/pois',
    {
      ...authors,
      schema: {
        tags: ['map'],
        summary: 'All points of interest, drafts included (zone, admin)',
        response: { 200: PoiListSchema },
      },
    },
    async (request) => listPois(ctx, false, await requestTenantId(ctx, request)),
  );

  app.get(
    '/api/v1/office/map/pois/:id',
    {
      ...authors,
      schema: {
        tags: ['map'],
        summary: 'One point of interest, drafts included',
        params: IdParams,
        response: { 200: PoiSchema },
      },
    },
    async (request) => getPoi(ctx, request.params.id, false),
  );

  app.post(
    '/api/v1/office/map/pois',
    {
      ...authors,
      schema: {
        tags: ['map'],
        summary: 'Create a point of interest',
        body: PoiInputSchema,
        response: { 201: PoiSchema },
      },
    },
    async (request, reply) => {
      const poi = await createPoi(ctx, principalOf(request), request.body);
      return reply.code(201).send(poi);
    },
  );

  app.put(
    '/api/v1/office/map/pois/:id',
    {
      ...authors,
      schema: {
        tags: ['map'],
        summary:
          'Change a point of interest (with the version read; 409 if someone else changed it meanwhile)',
        params: IdParams,
        body: PoiUpdateBodySchema,
        response: { 200: PoiSchema },
      },
    },
    async (request) =>
      updatePoi(ctx, principalOf(request), request.params.id, request.body.poi, request.body.version),
  );

  app.delete(
    '/api/v1/office/map/pois/:id',
    {
      ...authors,
      schema: {
        tags: ['map'],
        summary: 'Delete a point of interest (not while a walk stops there)',
        params: IdParams,
      },
    },
    async (request, reply) => {
      await deletePoi(ctx, principalOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/office/map/walks',
    {
      ...authors,
      schema: { tags: ['map'], summary: 'All walks, drafts included', response: { 200: WalkListSchema } },
    },
    async (request) => listWalks(ctx, false, await requestTenantId(ctx, request)),
  );

  app.post(
    '/api/v1/office/map/walks',
    {
      ...authors,
      schema: {
        tags: ['map'],
        summary: 'Create a walk',
        body: WalkInputSchema,
        response: { 201: WalkSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createWalk(ctx, principalOf(request), request.body)),
  );

  app.put(
    '/api/v1/office/map/walks/:id',
    {
      ...authors,
      schema: {
        tags: ['map'],
        summary: 'Change a walk',
        params: IdParams,
        body: WalkUpdateBodySchema,
        response: { 200: WalkSchema },
      },
    },
    async (request) =>
      updateWalk(ctx, principalOf(request), request.params.id, request.body.walk, request.body.version),
  );

  app.delete(
    '/api/v1/office/map/walks/:id',
    { ...authors, schema: { tags: ['map'], summary: 'Delete a walk', params: IdParams } },
    async (request, reply) => {
      await deleteWalk(ctx, principalOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/office/map/export.geojson',
    {
      ...authors,
      schema: { tags: ['map'], summary: 'Every point of interest as a GeoJSON FeatureCollection' },
    },
    async (request, reply) =>
      reply
        .type('application/geo+json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="meine-stadt.geojson"')
        .send(JSON.stringify(await exportGeoJson(ctx, await requestTenantId(ctx, request)), null, 2)),
  );

  // Own scopes, so the raw body parsers apply to these routes only.
  void app.register(async (scope: App) => {
    scope.addContentTypeParser(
      ['application/json', 'application/geo+json'],
      { parseAs: 'string', bodyLimit: maxGeoJsonBytes },
      (_request, body, done) => {
        try {
          done(null, JSON.parse(body as string));
        } catch {
          // Not JSON at all: the import reports it like any other unusable file.
          done(null, { notJson: true });
        }
      },
    );
    scope.post(
      '/api/v1/office/map/import',
      {
        ...authors,
        bodyLimit: maxGeoJsonBytes,
        schema: {
          tags: ['map'],
          summary: 'Import points of interest from GeoJSON, with a report per feature',
          description:
            'Body: a GeoJSON FeatureCollection of Points ([lon, lat]); properties as in the export (`category`, ' +
            '`name` as text or {de, ls, en}, `description`, `openingHours`, `accessibility`, `address` or ' +
            '`street`/`houseNumber`/`postcode`/`town`, `published`). A feature whose `id` names a stored place ' +
            'changes it; others are added. Bad features are reported (index, property, German reason) and left ' +
            'out; the good ones are stored together. A file that is not a FeatureCollection changes nothing (422).',
          response: { 200: GeoJsonImportReportSchema },
        },
      },
      async (request) => importGeoJson(ctx, principalOf(request), request.body),
    );
  });

  for (const kind of ['photo', 'panorama'] as const) {
    const limit = kind === 'photo' ? maxPhotoBytes : maxPanoramaBytes;
    void app.register(async (scope: App) => {
      // Any declared type is read as bytes: the type is decided by the bytes themselves.
      scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: limit }, (_request, body, done) =>
        done(null, body),
      );
      scope.post(
        kind === 'photo' ? '/api/v1/office/media/photos' : '/api/v1/office/media/panoramas',
        {
          ...(kind === 'photo' ? authors : { preHandler: requireRoles(ctx, mapAuthors) }),
          bodyLimit: limit,
          schema: {
            tags: [kind === 'photo' ? 'map' : 'tour'],
            summary:
              kind === 'photo'
                ? 'Upload a photo (JPEG, PNG or WebP; optional crop box in pixels), stored in several sizes'
                : 'Upload an equirectangular panorama (2:1, JPEG, PNG or WebP), stored downscaled with a preview',
            querystring: kind === 'photo' ? CropQuery : Type.Object({}, { additionalProperties: false }),
            response: { 201: UploadedImageSchema },
          },
        },
        async (request, reply) => {
          const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
          const crop = kind === 'photo' ? cropOf(request.query as Record<string, number>) : null;
          return reply.code(201).send(await storeImage(ctx, principalOf(request), kind, body, crop));
        },
      );
    });
  }

  app.get(
    '/api/v1/media/:id/:file',
    {
      schema: {
        tags: ['map'],
        summary: 'An uploaded image in one of its sizes, e.g. `/api/v1/media/<id>/medium.jpg` (public)',
        params: Type.Object({
          id: Type.String({ minLength: 36, maxLength: 36 }),
          file: Type.String({ pattern: '^[a-z]{1,12}\\.jpg$' }),
        }),
      },
      config: publicRead,
    },
    async (request, reply) => {
      const bytes = await readImage(ctx, request.params.id, request.params.file.slice(0, -4));
      // An image never changes under its id (a new upload is a new id).
      return reply
        .type('image/jpeg')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(bytes);
    },
  );
}
