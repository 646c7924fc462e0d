/**
 * The 360° tours: a tour is edited as one document (texts, rooms with their panorama, hotspots and links) and is
 * either a draft (staff only) or published. Saving checks that every link leads to a room of the tour, every
 * panorama and hotspot image exists, and a published tour has rooms and a start room; one transaction, one audit
 * entry, and the version the editor read.
 */
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import { inTenant, tenantIdOf } from '../tenants/tenant-scope.ts';
import type { Tour, TourInput, TourList, TourRoom } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { DbOrTrx } from '../../db/database.ts';
import type { ToursTable } from '../../db/schema.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { knownImageIds } from '../map/map-repository.ts';
import { checkLocalized, problemReason, type FieldProblem } from '../map/poi-record.ts';

function rowToTour(row: ToursTable): Tour {
  const texts = JSON.parse(row.texts) as Pick<Tour, 'title' | 'intro'>;
  return {
    id: row.id,
    ...texts,
    status: row.status as Tour['status'],
    startRoomId: row.start_room_id,
    rooms: JSON.parse(row.rooms) as TourRoom[],
    demo: row.demo === 1,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

function tourColumns(input: TourInput) {
  return {
    texts: JSON.stringify({ title: input.title, intro: input.intro }),
    status: input.status,
    start_room_id: input.startRoomId,
    rooms: JSON.stringify(input.rooms),
  };
}

async function validTourInput(db: DbOrTrx, input: TourInput): Promise<TourInput> {
  const problems: FieldProblem[] = [];
  const title = checkLocalized(input.title, 'title', 160, true, problems);
  const intro = checkLocalized(input.intro, 'intro', 4000, false, problems);
  const roomIds = new Set<string>();
  input.rooms.forEach((room, i) => {
    if (roomIds.has(room.id)) problems.push({ property: `rooms.${i}.id`, code: 'duplicate_id' });
    roomIds.add(room.id);
  });
  const panoramas = await knownImageIds(db, [...new Set(input.rooms.map((r) => r.panoramaId))], 'panorama');
  const hotspotImages = await knownImageIds(
    db,
    [
      ...new Set(
        input.rooms.flatMap((r) => r.hotspots.map((h) => h.imageId).filter((id): id is string => !!id)),
      ),
    ],
    'photo',
  );
  const rooms: TourRoom[] = input.rooms.map((room, i) => {
    const at = `rooms.${i}`;
    if (!panoramas.has(room.panoramaId))
      problems.push({ property: `${at}.panoramaId`, code: 'unknown_panorama' });
    const spotIds = new Set<string>();
    const hotspots = room.hotspots.map((spot, j) => {
      if (spotIds.has(spot.id)) problems.push({ property: `${at}.hotspots.${j}.id`, code: 'duplicate_id' });
      spotIds.add(spot.id);
      if (spot.imageId && !hotspotImages.has(spot.imageId))
        problems.push({ property: `${at}.hotspots.${j}.imageId`, code: 'unknown_image' });
      return {
        ...spot,
        title: checkLocalized(spot.title, `${at}.hotspots.${j}.title`, 160, true, problems),
        text: checkLocalized(spot.text, `${at}.hotspots.${j}.text`, 4000, false, problems),
      };
    });
    room.links.forEach((link, j) => {
      if (!roomIds.has(link.targetRoomId) || link.targetRoomId === room.id)
        problems.push({ property: `${at}.links.${j}.targetRoomId`, code: 'unknown_room' });
    });
    return {
      ...room,
      name: checkLocalized(room.name, `${at}.name`, 160, true, problems),
      description: checkLocalized(room.description, `${at}.description`, 4000, false, problems),
      hotspots,
    };
  });
  if (input.startRoomId !== null && !roomIds.has(input.startRoomId))
    problems.push({ property: 'startRoomId', code: 'unknown_room' });
  if (input.status === 'published' && (rooms.length === 0 || input.startRoomId === null))
    problems.push({ property: 'status', code: 'tour_needs_rooms' });
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new AppError(422, 'tour_invalid', { field: first.property, reason: problemReason(first) });
  }
  return { title, intro, status: input.status, startRoomId: input.startRoomId, rooms };
}

export async function listTours(
  ctx: AppContext,
  onlyPublished: boolean,
  tenantId?: string,
): Promise<TourList> {
  let query = ctx.db
    .selectFrom('tours')
    .selectAll()
    .where(inTenant(tenantId, 'tours.tenant_id'))
    .orderBy('created_at')
    .orderBy('id');
  if (onlyPublished) query = query.where('status', '=', 'published');
  const rows = await query.execute();
  return {
    items: rows.map(rowToTour).map((tour) => ({
      id: tour.id,
      title: tour.title,
      intro: tour.intro,
      status: tour.status,
      rooms: tour.rooms.length,
      demo: tour.demo,
      updatedAt: tour.updatedAt,
    })),
  };
}

export async function getTour(ctx: AppContext, id: string, onlyPublished: boolean): Promise<Tour> {
  const row = await ctx.db.selectFrom('tours').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (onlyPublished && row.status !== 'published')) throw notFound('tour_not_found');
  return rowToTour(row);
}

export async function createTour(
  ctx: AppContext,
  principal: Principal,
  title: TourInput['title'],
): Promise<Tour> {
  const now = ctx.clock.now().toISOString();
  const id = ctx.ids.newId();
  await ctx.db.transaction().execute(async (trx) => {
    const value = await validTourInput(trx, {
      title,
      intro: { de: '' },
      status: 'draft',
      startRoomId: null,
      rooms: [],
    });
    await trx
      .insertInto('tours')
      .values({
        id,
        ...tourColumns(value),
        demo: 0,
        created_at: now,
        updated_at: now,
        version: 0,
        tenant_id: tenantIdOf(principal) ?? defaultTenantId,
      })
      .execute();
    await recordAudit(trx, now, {
      actor: principal.actor,
      action: 'tour.created',
      entityType: 'tour',
      entityId: id,
      data: { title: value.title.de },
    });
  });
  return getTour(ctx, id, false);
}

export async function insertTour(
  trx: DbOrTrx,
  id: string,
  input: TourInput,
  at: string,
  demo: boolean,
  tenantId: string = defaultTenantId,
): Promise<void> {
  const value = await validTourInput(trx, input);
  await trx
    .insertInto('tours')
    .values({
      id,
      ...tourColumns(value),
      demo: demo ? 1 : 0,
      created_at: at,
      updated_at: at,
      version: 0,
      tenant_id: tenantId,
    })
    .execute();
}

export async function updateTour(
  ctx: AppContext,
  principal: Principal,
  id: string,
  input: TourInput,
  version: number,
): Promise<Tour> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const value = await validTourInput(trx, input);
    const before = await trx.selectFrom('tours').select('status').where('id', '=', id).executeTakeFirst();
    const result = await trx
      .updateTable('tours')
      .set({ ...tourColumns(value), updated_at: now, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1)
      throw before ? conflict('tour_edit_conflict') : notFound('tour_not_found');
    const action =
      before?.status !== value.status
        ? value.status === 'published'
          ? 'tour.published'
          : 'tour.unpublished'
        : 'tour.updated';
    await recordAudit(trx, now, {
      actor: principal.actor,
      action,
      entityType: 'tour',
      entityId: id,
      data: {
        title: value.title.de,
        version: version + 1,
        rooms: value.rooms.length,
        hotspots: value.rooms.reduce((n, r) => n + r.hotspots.length, 0),
      },
    });
  });
  return getTour(ctx, id, false);
}

export async function deleteTour(ctx: AppContext, principal: Principal, id: string): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('tours').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('tour_not_found');
    await trx.deleteFrom('tours').where('id', '=', id).execute();
    await recordAudit(trx, now, {
      actor: principal.actor,
      action: 'tour.deleted',
      entityType: 'tour',
      entityId: id,
      data: { title: rowToTour(row).title.de },
    });
  });
}
