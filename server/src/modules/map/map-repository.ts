/** SQL of the town map: points of interest, walks and the images they show. */
import { inTenant } from '../tenants/tenant-scope.ts';
import type { Poi, PoiCategory, PoiInput, Walk, WalkInput } from '@buergerpunkt/contracts';
import type { DbOrTrx } from '../../db/database.ts';
import type { MapPoisTable, MapWalksTable } from '../../db/schema.ts';

export function rowToPoi(row: MapPoisTable): Poi {
  const texts = JSON.parse(row.texts) as Pick<Poi, 'name' | 'description' | 'openingHours' | 'accessibility'>;
  return {
    id: row.id,
    category: row.category as PoiCategory,
    ...texts,
    address: JSON.parse(row.address) as Poi['address'],
    lat: Number(row.lat),
    lon: Number(row.lon),
    photos: JSON.parse(row.photos) as Poi['photos'],
    published: row.published === 1,
    demo: row.demo === 1,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

export function poiColumns(input: PoiInput) {
  return {
    category: input.category,
    texts: JSON.stringify({
      name: input.name,
      description: input.description,
      openingHours: input.openingHours,
      accessibility: input.accessibility,
    }),
    address: JSON.stringify(input.address),
    lat: input.lat,
    lon: input.lon,
    photos: JSON.stringify(input.photos),
    published: input.published ? 1 : 0,
  };
}

export function rowToWalk(row: MapWalksTable): Walk {
  const texts = JSON.parse(row.texts) as Pick<Walk, 'title' | 'intro'>;
  return {
    id: row.id,
    ...texts,
    stops: JSON.parse(row.stops) as Walk['stops'],
    published: row.published === 1,
    demo: row.demo === 1,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

export function walkColumns(input: WalkInput) {
  return {
    texts: JSON.stringify({ title: input.title, intro: input.intro }),
    stops: JSON.stringify(input.stops),
    published: input.published ? 1 : 0,
  };
}

export async function allPoiRows(
  db: DbOrTrx,
  onlyPublished: boolean,
  tenantId?: string,
): Promise<MapPoisTable[]> {
  let query = db.selectFrom('map_pois').selectAll().where(inTenant(tenantId, 'map_pois.tenant_id'));
  if (onlyPublished) query = query.where('published', '=', 1);
  return query.orderBy('id').execute();
}

export async function findPoiRow(db: DbOrTrx, id: string): Promise<MapPoisTable | undefined> {
  return db.selectFrom('map_pois').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function allWalkRows(
  db: DbOrTrx,
  onlyPublished: boolean,
  tenantId?: string,
): Promise<MapWalksTable[]> {
  let query = db.selectFrom('map_walks').selectAll().where(inTenant(tenantId, 'map_walks.tenant_id'));
  if (onlyPublished) query = query.where('published', '=', 1);
  return query.orderBy('created_at').orderBy('id').execute();
}

export async function findWalkRow(db: DbOrTrx, id: string): Promise<MapWalksTable | undefined> {
  return db.selectFrom('map_walks').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Of `ids`, those that name a stored image of `kind`. */
export async function knownImageIds(db: DbOrTrx, ids: string[], kind: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('media_images')
    .select('id')
    .where('id', 'in', ids)
    .where('kind', '=', kind)
    .execute();
  return new Set(rows.map((r) => r.id));
}
