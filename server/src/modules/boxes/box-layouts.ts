/**
 * Box layouts on the hub: the presets (JSON files beside this one), reading a layout or preset from a request, the
 * layout of a stored box (from its compartments' places), and applying a layout to a box in the caller's
 * transaction. Wheelchair reach and deposit compartments follow from the layout (docs/boxes.md).
 */
import {
  boxLayoutPresetNames,
  defaultReachBandCm,
  placeOf,
  validateBoxLayout,
  withinReachBand,
  type BoxLayout,
  type BoxLayoutFieldError,
  type CompartmentPlace,
  type CompartmentSize,
  type LayoutCompartment,
  drawingOf,
  heightBandOf,
} from '@buergerpunkt/contracts';
import type { Insertable } from 'kysely';
import { runAfterCommit, type DbOrTrx, type Trx } from '../../db/database.ts';
import type { CompartmentsTable } from '../../db/schema.ts';
import { legacyPlacement } from '../../db/migrations/0012_box_layouts.ts';
import { AppError, badRequest, conflict } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { setDepositCompartment } from '../deposits/deposit-compartments.ts';
// Imported, not read from disk, so the production bundle (scripts/build-server.ts) carries them.
import demo24 from './presets/demo-24.json' with { type: 'json' };
import kerongCu16 from './presets/kerong-cu16-3x16.json' with { type: 'json' };
import mixed96 from './presets/mixed-96-cu48.json' with { type: 'json' };
import { depositCompartmentStatus } from '../deposits/deposits-repository.ts';

export type ResolvedLayout = Required<BoxLayout>;

/** A layout that failed validation: 400 `layout_invalid` with one German message per field. */
export function layoutInvalid(errors: readonly BoxLayoutFieldError[]): AppError {
  return new AppError(
    400,
    'layout_invalid',
    { count: errors.length },
    undefined,
    errors.map(({ path, message }) => ({ path, message })),
  );
}

export function checkLayout(input: unknown): ResolvedLayout {
  const result = validateBoxLayout(input);
  if (!result.ok) throw layoutInvalid(result.errors);
  return result.layout;
}

const presetFiles: Record<(typeof boxLayoutPresetNames)[number], unknown> = {
  'demo-24': demo24,
  'kerong-cu16-3x16': kerongCu16,
  'mixed-96-cu48': mixed96,
};

const presetCache = new Map<string, ResolvedLayout>();

export function isPresetName(name: string): name is (typeof boxLayoutPresetNames)[number] {
  return (boxLayoutPresetNames as readonly string[]).includes(name);
}

/** A preset's layout, read from `presets/<name>.json` and validated like any layout. */
export function presetLayout(name: string): ResolvedLayout {
  if (!isPresetName(name)) throw badRequest('layout_preset_unknown', { preset: name });
  let layout = presetCache.get(name);
  if (!layout) {
    layout = checkLayout(presetFiles[name]);
    presetCache.set(name, layout);
  }
  return structuredClone(layout);
}

/** The layout a request asks for: a layout object or a preset's name (not both), or none. */
export function requestedLayout(input: { layout?: unknown; preset?: string }): ResolvedLayout | undefined {
  if (input.layout !== undefined && input.preset !== undefined) throw badRequest('layout_and_preset');
  if (input.preset !== undefined) return presetLayout(input.preset);
  if (input.layout !== undefined) return checkLayout(input.layout);
  return undefined;
}

interface PlacedRow {
  number: number;
  size: string;
  status: string;
  layout_column: number | null;
  layout_position: number | null;
  height_cm: number | null;
  bottom_cm: number | null;
  lock_board: number | null;
  lock_number: number | null;
}

/** The layout of a stored box; compartments stored without a place read as their place on the demo front. */
export async function layoutOfBox(
  db: DbOrTrx,
  boxId: string,
  /** The box's reach band as the caller has just read it (saves reading the box again). */
  fresh?: { reach_min_cm: number; reach_max_cm: number },
): Promise<ResolvedLayout> {
  const [box, rows] = await Promise.all([fresh ?? reachBandRow(db, boxId), placedRowsOf(db, boxId)]);
  return layoutFromRows(rows, {
    min: Number(box?.reach_min_cm ?? defaultReachBandCm.min),
    max: Number(box?.reach_max_cm ?? defaultReachBandCm.max),
  });
}

export function layoutFromRows(
  rows: readonly PlacedRow[],
  reachBandCm: ResolvedLayout['reachBandCm'],
): ResolvedLayout {
  const legacyRows = Math.max(0, ...rows.map((r) => Math.floor((Number(r.number) - 1) / 4) + 1));
  const placed = rows.map((row) => {
    const number = Number(row.number);
    const fallback =
      row.layout_column === null || row.height_cm === null ? legacyPlacement(number, legacyRows) : null;
    const column = Number(fallback?.layout_column ?? row.layout_column);
    const position = Number(fallback?.layout_position ?? row.layout_position);
    const compartment: Required<LayoutCompartment> = {
      number,
      size: row.size as CompartmentSize,
      heightCm: Number(fallback?.height_cm ?? row.height_cm),
      bottomCm: Number(fallback?.bottom_cm ?? row.bottom_cm),
      board: Number(fallback?.lock_board ?? row.lock_board ?? 0),
      lock: Number(fallback?.lock_number ?? row.lock_number ?? 1),
      deposit: row.status === depositCompartmentStatus,
    };
    return { column, position, compartment };
  });
  const columnNumbers = [...new Set(placed.map((p) => p.column))].sort((a, b) => a - b);
  return {
    reachBandCm,
    columns: columnNumbers.map((column) => ({
      compartments: placed
        .filter((p) => p.column === column)
        .sort((a, b) => a.position - b.position || b.compartment.bottomCm - a.compartment.bottomCm)
        .map((p) => p.compartment),
    })),
  };
}

/** Where the kiosk points the citizen: column, place from the top, height in words, and the box's drawing. */
export function compartmentPlace(layout: ResolvedLayout, number: number): CompartmentPlace {
  const place = placeOf(layout, number);
  if (!place) {
    // A compartment the layout does not know (should not happen): a one-compartment drawing, never a crash.
    return {
      column: 1,
      fromTop: 1,
      height: 'hip',
      drawing: { columns: [[{ number, bottomCm: 71, heightCm: 24 }]] },
    };
  }
  return {
    column: place.column,
    fromTop: place.fromTop,
    height: heightBandOf(place.compartment),
    drawing: drawingOf(layout),
  };
}

/** The German sentence for the kiosk, e.g. "Fach 10: 2. Spalte von links, 3. Fach von oben, auf Brusthöhe". */
const locationTexts = new Map<string, string>();

export function locationText(number: number, place: CompartmentPlace): string {
  // The same few sentences again and again (German only): kept once built, bounded.
  const key = `${number}|${place.column}|${place.fromTop}|${place.height}`;
  let text = locationTexts.get(key);
  if (text === undefined) {
    text = t('kiosk.compartment_location', {
      number,
      column: place.column,
      fromTop: place.fromTop,
      height: t(`kiosk.compartment_height.${place.height}`),
    });
    if (locationTexts.size >= 10_000) locationTexts.clear();
    locationTexts.set(key, text);
  }
  return text;
}

/**
 * The kiosk shows the place of the door it opens on every pickup; a box's layout changes when its hardware is
 * rebuilt. The compartments' places are kept per database and box for `layoutCacheMs` (a layout or deposit change
 * made through this hub forgets them at once, see forgetBoxLayout; another hub shows the new drawing within that
 * time). Only what the kiosk shows comes from here: the door to open is the document's compartment number, and
 * everything else that reads a layout (admin, status, agents) reads it fresh with layoutOfBox.
 */
export const layoutCacheMs = 60_000;
interface CachedPlaces {
  rows: readonly PlacedRow[];
  loadedAt: number;
  /** Computed places by compartment number and reach band. */
  places: Map<string, CompartmentPlace>;
}
const placeCache = new WeakMap<object, Map<string, CachedPlaces>>();

function placeCacheOf(db: DbOrTrx) {
  // Transactions and the handle share one adapter object: one cache per database, whichever is passed.
  const key = db.getExecutor().adapter;
  let boxes = placeCache.get(key);
  if (!boxes) {
    boxes = new Map();
    placeCache.set(key, boxes);
  }
  return boxes;
}

/** Called with every change to a box's compartments' places or deposit flags (now, and again after commit). */
export function forgetBoxLayout(db: DbOrTrx, boxId: string): void {
  const boxes = placeCacheOf(db);
  boxes.delete(boxId);
  runAfterCommit(db, () => boxes.delete(boxId));
}

function placedRowsOf(db: DbOrTrx, boxId: string) {
  return db
    .selectFrom('compartments')
    .select([
      'number',
      'size',
      'status',
      'layout_column',
      'layout_position',
      'height_cm',
      'bottom_cm',
      'lock_board',
      'lock_number',
    ])
    .where('box_id', '=', boxId)
    .execute();
}

export async function compartmentPlaceInBox(
  db: DbOrTrx,
  boxId: string,
  number: number,
  fresh?: { reach_min_cm: number; reach_max_cm: number },
): Promise<CompartmentPlace> {
  const boxes = placeCacheOf(db);
  let cached = boxes.get(boxId);
  if (!cached || Date.now() - cached.loadedAt >= layoutCacheMs) {
    const [box, rows] = await Promise.all([fresh ?? reachBandRow(db, boxId), placedRowsOf(db, boxId)]);
    cached = { rows, loadedAt: Date.now(), places: new Map() };
    boxes.set(boxId, cached);
    fresh = box && { reach_min_cm: Number(box.reach_min_cm), reach_max_cm: Number(box.reach_max_cm) };
  } else if (!fresh) {
    const box = await reachBandRow(db, boxId);
    fresh = box && { reach_min_cm: Number(box.reach_min_cm), reach_max_cm: Number(box.reach_max_cm) };
  }
  const band = {
    min: Number(fresh?.reach_min_cm ?? defaultReachBandCm.min),
    max: Number(fresh?.reach_max_cm ?? defaultReachBandCm.max),
  };
  const key = `${number}|${band.min}|${band.max}`;
  let place = cached.places.get(key);
  if (!place) {
    place = compartmentPlace(layoutFromRows(cached.rows, band), number);
    cached.places.set(key, place);
  }
  return place;
}

function reachBandRow(db: DbOrTrx, boxId: string) {
  return db
    .selectFrom('boxes')
    .select(['reach_min_cm', 'reach_max_cm'])
    .where('id', '=', boxId)
    .executeTakeFirst();
}

/** The stored place columns of a layout's compartment. */
function placeColumns(layout: ResolvedLayout, c: number, k: number) {
  const spec = layout.columns[c]!.compartments[k]!;
  return {
    size: spec.size,
    wheelchair_reachable: withinReachBand(spec, layout.reachBandCm) ? 1 : 0,
    layout_column: c + 1,
    layout_position: k + 1,
    height_cm: spec.heightCm,
    bottom_cm: spec.bottomCm,
    lock_board: spec.board,
    lock_number: spec.lock,
  } as const;
}

/** Every compartment of a layout as the columns of its stored row (place, size, reach, deposit status). */
export function layoutRows(layout: ResolvedLayout) {
  return layout.columns.flatMap((column, c) =>
    column.compartments.map((spec, k) => ({
      number: spec.number,
      status: spec.deposit ? depositCompartmentStatus : 'free',
      ...placeColumns(layout, c, k),
    })),
  );
}

/**
 * Gives a box the layout: new numbers become compartments, known ones move to their new place (size and
 * wheelchair reach change only while a compartment is empty; deposit compartments are switched like the admin's
 * switch does). A layout never deletes a compartment: one left out is refused (take it out of service instead).
 * Runs in the caller's transaction and audits the change.
 */
export async function applyLayout(
  trx: Trx,
  input: {
    boxId: string;
    layout: ResolvedLayout;
    preset?: string;
    principal: Principal;
    at: string;
    newId: () => string;
  },
): Promise<void> {
  forgetBoxLayout(trx, input.boxId);
  const { boxId, layout, at, principal } = input;
  const existing = await trx.selectFrom('compartments').selectAll().where('box_id', '=', boxId).execute();
  const byNumber = new Map(existing.map((row) => [Number(row.number), row]));
  const wanted = new Set(layout.columns.flatMap((column) => column.compartments.map((c) => c.number)));
  const dropped = existing.find((row) => !wanted.has(Number(row.number)));
  if (dropped) throw conflict('layout_removes_compartment', { number: Number(dropped.number) });
  await trx
    .updateTable('boxes')
    .set({ reach_min_cm: layout.reachBandCm.min, reach_max_cm: layout.reachBandCm.max })
    .where('id', '=', boxId)
    .execute();
  for (const [c, column] of layout.columns.entries()) {
    for (const [k, spec] of column.compartments.entries()) {
      const place = placeColumns(layout, c, k);
      const row = byNumber.get(spec.number);
      if (!row) {
        const values = {
          id: input.newId(),
          box_id: boxId,
          number: spec.number,
          ...place,
          status: spec.deposit ? depositCompartmentStatus : 'free',
          door: 'unknown',
          sensor_occupied: null,
          document_id: null,
          updated_at: at,
        } satisfies Insertable<CompartmentsTable>;
        await trx.insertInto('compartments').values(values).execute();
        continue;
      }
      const shapeChanges =
        row.size !== place.size || Number(row.wheelchair_reachable) !== place.wheelchair_reachable;
      const empty =
        ['free', 'out_of_service', depositCompartmentStatus].includes(row.status) && row.document_id === null;
      if (shapeChanges && !empty) throw conflict('compartment_in_use');
      await trx
        .updateTable('compartments')
        .set({ ...place, updated_at: at })
        .where('id', '=', row.id)
        .execute();
      const isDeposit = row.status === depositCompartmentStatus;
      if (isDeposit !== spec.deposit) {
        await setDepositCompartment(trx, {
          boxId,
          number: spec.number,
          deposit: spec.deposit === true,
          principal,
          at,
        });
      }
    }
  }
  await recordAudit(trx, at, {
    actor: principal.actor,
    action: 'box.layout_set',
    entityType: 'box',
    entityId: boxId,
    data: {
      ...(input.preset ? { preset: input.preset } : {}),
      columns: layout.columns.map((column) => column.compartments.map((c) => c.number)),
      added: [...wanted].filter((n) => !byNumber.has(n)).length,
      reachBandCm: layout.reachBandCm,
    },
  });
}

/** The place columns a compartment gets when it is added one by one (without a layout): its demo-front place. */
export function placeWithoutLayout(number: number, rowsInBox: number) {
  return legacyPlacement(number, rowsInBox);
}
