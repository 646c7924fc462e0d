/**
 * Reading and authoring the town map. Every change runs in one transaction with its audit entry; edits carry the
 * version the editor read, so of two people editing the same entry the second is told instead of overwriting.
 */
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import { tenantIdOf } from '../tenants/tenant-scope.ts';
import type { Poi, PoiInput, PoiList, Walk, WalkInput, WalkList } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import {
  allPoiRows,
  allWalkRows,
  findPoiRow,
  findWalkRow,
  knownImageIds,
  poiColumns,
  rowToPoi,
  rowToWalk,
  walkColumns,
} from './map-repository.ts';
import { checkLocalized, checkPoiRecord, problemReason, type FieldProblem } from './poi-record.ts';

function invalid(code: string, problems: FieldProblem[]): AppError {
  const first = problems[0]!;
  return new AppError(422, code, { field: first.property, reason: problemReason(first) });
}

export async function validPoiInput(db: DbOrTrx, ctx: AppContext, input: PoiInput): Promise<PoiInput> {
  const images = await knownImageIds(
    db,
    input.photos.map((p) => p.imageId),
    'photo',
  );
  const checked = checkPoiRecord(input as unknown as Record<string, unknown>, ctx.config, images);
  if (!checked.ok) throw invalid('poi_invalid', checked.problems);
  return checked.value;
}

export async function listPois(ctx: AppContext, onlyPublished: boolean, tenantId?: string): Promise<PoiList> {
  const rows = await allPoiRows(ctx.db, onlyPublished, tenantId);
  const items = rows.map(rowToPoi);
  items.sort((a, b) => a.name.de.localeCompare(b.name.de, 'de'));
  return { items };
}

export async function getPoi(ctx: AppContext, id: string, onlyPublished: boolean): Promise<Poi> {
  const row = await findPoiRow(ctx.db, id);
  if (!row || (onlyPublished && row.published !== 1)) throw notFound('poi_not_found');
  return rowToPoi(row);
}

export async function createPoi(ctx: AppContext, principal: Principal, input: PoiInput): Promise<Poi> {
  const now = ctx.clock.now().toISOString();
  const id = ctx.ids.newId();
  await ctx.db.transaction().execute(async (trx) => {
    const value = await validPoiInput(trx, ctx, input);
    await trx
      .insertInto('map_pois')
      .values({
        id,
        ...poiColumns(value),
        demo: 0,
        created_at: now,
        updated_at: now,
        version: 0,
        tenant_id: tenantIdOf(principal) ?? defaultTenantId,
      })
      .execute();
    await recordAudit(trx, now, {
      actor: principal.actor,
      action: 'map.poi.created',
      entityType: 'map_poi',
      entityId: id,
      data: { name: value.name.de, category: value.category },
    });
  });
  return getPoi(ctx, id, false);
}

export async function updatePoi(
  ctx: AppContext,
  principal: Principal,
  id: string,
  input: PoiInput,
  version: number,
): Promise<Poi> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const value = await validPoiInput(trx, ctx, input);
    const result = await trx
      .updateTable('map_pois')
      .set({ ...poiColumns(value), updated_at: now, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      const exists = await findPoiRow(trx, id);
      throw exists ? conflict('map_edit_conflict') : notFound('poi_not_found');
    }
    await recordAudit(trx, now, {
      actor: principal.actor,
      action: 'map.poi.updated',
      entityType: 'map_poi',
      entityId: id,
      data: { name: value.name.de, version: version + 1, published: value.published },
    });
  });
  return getPoi(ctx, id, false);
}

export async function deletePoi(ctx: AppContext, principal: Principal, id: string): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findPoiRow(trx, id);
    if (!row) throw notFound('poi_not_found');
    const walks = await allWalkRows(trx, false);
    const usedBy = walks.map(rowToWalk).find((w) => w.stops.some((s) => s.poiId === id));
    if (usedBy) throw conflict('poi_in_walk', { walk: usedBy.title.de });
    await trx.deleteFrom('map_pois').where('id', '=', id).execute();
    await recordAudit(trx, now, {
      actor: principal.actor,
      action: 'map.poi.deleted',
      entityType: 'map_poi',
      entityId: id,
      data: { name: rowToPoi(row).name.de },
    });
  });
}

async function validWalkInput(db: DbOrTrx, input: WalkInput): Promise<WalkInput> {
  const problems: FieldProblem[] = [];
  const title = checkLocalized(input.title, 'title', 160, true, problems);
  const intro = checkLocalized(input.intro, 'intro', 4000, false, problems);
  const ids = [...new Set(input.stops.map((s) => s.poiId))];
  const known = new Set(
    ids.length === 0
      ? []
      : (await db.selectFrom('map_pois').select('id').where('id', 'in', ids).execute()).map((r) => r.id),
  );
  const stops = input.stops.map((stop, i) => {
    if (!known.has(stop.poiId)) problems.push({ property: `stops.${i}.poiId`, code: 'unknown_poi' });
    return {
      poiId: stop.poiId,
      narrative: checkLocalized(stop.narrative, `stops.${i}.narrative`, 4000, false, problems),
    };
  });
  if (input.published && stops.length === 0) problems.push({ property: 'stops', code: 'walk_needs_stops' });
  if (problems.length > 0) throw invalid('walk_invalid', problems);
  return { title, intro, stops, published: input.published };
}

export async function listWalks(
  ctx: AppContext,
  onlyPublished: boolean,
  tenantId?: string,
): Promise<WalkList> {
  const walks = (await allWalkRows(ctx.db, onlyPublished, tenantId)).map(rowToWalk);
  if (!onlyPublished) return { items: walks };
  // The public sees only stops at published places.
  const visible = new Set((await allPoiRows(ctx.db, true, tenantId)).map((r) => r.id));
  return { items: walks.map((w) => ({ ...w, stops: w.stops.filter((s) => visible.has(s.poiId)) })) };
}

export async function getWalk(ctx: AppContext, id: string, onlyPublished: boolean): Promise<Walk> {
  const row = await findWalkRow(ctx.db, id);
  if (!row || (onlyPublished && row.published !== 1)) throw notFound('walk_not_found');
  const walk = rowToWalk(row);
  if (!onlyPublished) return walk;
  const visible = new Set((await allPoiRows(ctx.db, true)).map((r) => r.id));
  return { ...walk, stops: walk.stops.filter((s) => visible.has(s.poiId)) };
}

export async function createWalk(ctx: AppContext, principal: Principal, input: WalkInput): Promise<Walk> {
  const now = ctx.clock.now().toISOString();
  const id = ctx.ids.newId();
  await ctx.db.transaction().execute(async (trx) => {
    const value = await validWalkInput(trx, input);
    await trx
      .insertInto('map_walks')
      .values({
        id,
        ...walkColumns(value),
        demo: 0,
        created_at: now,
        updated_at: now,
        version: 0,
        tenant_id: tenantIdOf(principal) ?? defaultTenantId,
      })
      .execute();
    await recordAudit(trx, now, {
      actor: principal.actor,
      action: 'map.walk.created',
      entityType: 'map_walk',
      entityId: id,
      data: { title: value.title.de, stops: value.stops.length },
    });
  });
  return getWalk(ctx, id, false);
}

export async function updateWalk(
  ctx: AppContext,
  principal: Principal,
  id: string,
  input: WalkInput,
  version: number,
): Promise<Walk> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const value = await validWalkInput(trx, input);
    const result = await trx
      .updateTable('map_walks')
      .set({ ...walkColumns(value), updated_at: now, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      const exists = await findWalkRow(trx, id);
      throw exists ? conflict('map_edit_conflict') : notFound('walk_not_found');
    }
    await recordAudit(trx, now, {
      actor: principal.actor,
      action: 'map.walk.updated',
      entityType: 'map_walk',
      entityId: id,
      data: { title: value.title.de, version: version + 1 },
    });
  });
  return getWalk(ctx, id, false);
}

export async function deleteWalk(ctx: AppContext, principal: Principal, id: string): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findWalkRow(trx, id);
    if (!row) throw notFound('walk_not_found');
    await trx.deleteFrom('map_walks').where('id', '=', id).execute();
    await recordAudit(trx, now, {
      actor: principal.actor,
      action: 'map.walk.deleted',
      entityType: 'map_walk',
      entityId: id,
      data: { title: rowToWalk(row).title.de },
    });
  });
}
