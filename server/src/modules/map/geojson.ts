/**
 * GeoJSON import and export of points of interest. The import checks every feature on its own and reports each
 * problem (feature index, property, German reason); the good features are stored together in one transaction with
 * one audit entry, the bad ones are left out, and existing places are changed only by good features naming them.
 * A file that is not a FeatureCollection is refused as a whole and changes nothing.
 */
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import { tenantIdOf } from '../tenants/tenant-scope.ts';
import type { GeoJsonImportProblem, GeoJsonImportReport, PoiInput } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { allPoiRows, knownImageIds, poiColumns, rowToPoi } from './map-repository.ts';
import { checkPoiRecord, problemReason, type FieldProblem } from './poi-record.ts';

export const maxImportFeatures = 2000;

function fileProblem(code: string, params: Record<string, string | number> = {}): AppError {
  return new AppError(422, 'geojson_invalid', { reason: problemReason({ property: '', code, params }) });
}

/** Turns a feature into the editor's shape; the problems of its envelope (type, geometry) are added to `problems`. */
function featureToRecord(feature: unknown, problems: FieldProblem[]): Record<string, unknown> | null {
  if (!feature || typeof feature !== 'object' || Array.isArray(feature)) {
    problems.push({ property: '(feature)', code: 'not_a_feature' });
    return null;
  }
  const f = feature as Record<string, unknown>;
  if (f.type !== 'Feature') problems.push({ property: 'type', code: 'not_a_feature' });
  const geometry = f.geometry as Record<string, unknown> | null | undefined;
  let lat: unknown;
  let lon: unknown;
  if (!geometry || typeof geometry !== 'object') {
    problems.push({ property: 'geometry', code: 'required' });
  } else if (geometry.type !== 'Point') {
    problems.push({
      property: 'geometry.type',
      code: 'not_a_point',
      params: { value: String(geometry.type) },
    });
  } else if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length < 2) {
    problems.push({ property: 'geometry.coordinates', code: 'coordinates' });
  } else {
    [lon, lat] = geometry.coordinates as unknown[];
  }
  const properties = (f.properties ?? {}) as Record<string, unknown>;
  if (typeof properties !== 'object' || Array.isArray(properties)) {
    problems.push({ property: 'properties', code: 'required' });
    return null;
  }
  const address =
    properties.address ??
    (['street', 'houseNumber', 'postcode', 'town'].some((k) => k in properties)
      ? {
          street: properties.street,
          houseNumber: properties.houseNumber,
          postcode: properties.postcode,
          town: properties.town,
        }
      : undefined);
  return { ...properties, address, lat, lon };
}

export async function importGeoJson(
  ctx: AppContext,
  principal: Principal,
  body: unknown,
): Promise<GeoJsonImportReport> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw fileProblem('not_a_collection');
  const collection = body as Record<string, unknown>;
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw fileProblem('not_a_collection');
  }
  const features = collection.features as unknown[];
  if (features.length > maxImportFeatures) throw fileProblem('too_many_features', { max: maxImportFeatures });

  const existing = new Map(
    (await allPoiRows(ctx.db, false, tenantIdOf(principal))).map((row) => [row.id, row]),
  );
  const candidatePhotos = features.flatMap((f) => {
    const photos = (f as { properties?: { photos?: unknown } } | null)?.properties?.photos;
    return Array.isArray(photos)
      ? photos
          .map((p) => (p as { imageId?: unknown })?.imageId)
          .filter((id): id is string => typeof id === 'string')
      : [];
  });
  const images = await knownImageIds(ctx.db, [...new Set(candidatePhotos)].slice(0, 5000), 'photo');

  const report: GeoJsonImportProblem[] = [];
  const good: { index: number; id: string | null; value: PoiInput }[] = [];
  const seenIds = new Set<string>();
  features.forEach((feature, index) => {
    const problems: FieldProblem[] = [];
    const record = featureToRecord(feature, problems);
    if (record) {
      const checked = checkPoiRecord(record, ctx.config, images);
      if (!checked.ok) {
        for (const p of checked.problems) {
          // Coordinates live in the geometry, not in the properties.
          const property =
            p.property === 'lat'
              ? 'geometry.coordinates[1]'
              : p.property === 'lon'
                ? 'geometry.coordinates[0]'
                : p.property;
          problems.push({ ...p, property });
        }
      }
      const id = typeof record.id === 'string' && existing.has(record.id) ? record.id : null;
      if (id && seenIds.has(id)) problems.push({ property: 'id', code: 'duplicate_id' });
      if (problems.length === 0 && checked.ok) {
        if (id) seenIds.add(id);
        good.push({ index, id, value: checked.value });
      }
    }
    for (const p of problems) report.push({ index, property: p.property, reason: problemReason(p) });
  });

  const now = ctx.clock.now().toISOString();
  let created = 0;
  let updated = 0;
  if (good.length > 0) {
    await ctx.db.transaction().execute(async (trx) => {
      const ids: string[] = [];
      for (const { id, value } of good) {
        if (id) {
          await trx
            .updateTable('map_pois')
            .set({ ...poiColumns(value), updated_at: now, version: Number(existing.get(id)!.version) + 1 })
            .where('id', '=', id)
            .execute();
          updated++;
          ids.push(id);
        } else {
          const newId = ctx.ids.newId();
          await trx
            .insertInto('map_pois')
            .values({
              id: newId,
              ...poiColumns(value),
              demo: 0,
              created_at: now,
              updated_at: now,
              version: 0,
              tenant_id: tenantIdOf(principal) ?? defaultTenantId,
            })
            .execute();
          created++;
          ids.push(newId);
        }
      }
      await recordAudit(trx, now, {
        actor: principal.actor,
        action: 'map.pois.imported',
        entityType: 'map_poi',
        entityId: null,
        data: { total: features.length, created, updated, rejected: features.length - good.length, ids },
      });
    });
  }
  return {
    total: features.length,
    created,
    updated,
    rejected: features.length - good.length,
    problems: report,
  };
}

export async function exportGeoJson(ctx: AppContext, tenantId?: string): Promise<Record<string, unknown>> {
  const pois = (await allPoiRows(ctx.db, false, tenantId)).map(rowToPoi);
  return {
    type: 'FeatureCollection',
    features: pois.map((poi) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [poi.lon, poi.lat] },
      properties: {
        id: poi.id,
        category: poi.category,
        name: poi.name,
        description: poi.description,
        openingHours: poi.openingHours,
        accessibility: poi.accessibility,
        address: poi.address,
        photos: poi.photos,
        published: poi.published,
        demo: poi.demo,
      },
    })),
  };
}
