/**
 * The physical layout of a box, shared by hub, web apps and CLI: columns from left to right, each a stack of
 * compartments from top to bottom, with sizes, heights above the floor and the board/lock the hardware knows them
 * by. The kiosk's drawing and position text, loading's choice of compartment and the agent's addressing all come
 * from it (docs/boxes.md).
 */
import { Type, type Static } from 'typebox';
import { compartmentSizes, type CompartmentSize } from './documents.ts';

/** What the lock boards allow: at most 10 boards (addresses 0–9), locks 1–48 on a board (CU48; a CU16 uses 1–16). */
export const boxLayoutLimits = {
  maxBoards: 10,
  boardMin: 0,
  boardMax: 9,
  lockMin: 1,
  lockMax: 48,
  numberMin: 1,
  numberMax: 1000,
  heightMin: 1,
  heightMax: 250,
  bottomMax: 250,
  maxColumns: 60,
  maxPerColumn: 60,
} as const;

export const defaultReachBandCm = { min: 40, max: 120 } as const;

export const LayoutCompartmentSchema = Type.Object(
  {
    /** Unique in the box: what staff, the kiosk and the hub call the compartment. */
    number: Type.Integer({ minimum: boxLayoutLimits.numberMin, maximum: boxLayoutLimits.numberMax }),
    size: Type.Enum(compartmentSizes),
    /** Inner height in cm. */
    heightCm: Type.Integer({ minimum: boxLayoutLimits.heightMin, maximum: boxLayoutLimits.heightMax }),
    /** Height of the compartment's bottom edge above the floor, in cm. */
    bottomCm: Type.Integer({ minimum: 0, maximum: boxLayoutLimits.bottomMax }),
    /** Lock board address as the hardware sees it (0–9). */
    board: Type.Integer({ minimum: boxLayoutLimits.boardMin, maximum: boxLayoutLimits.boardMax }),
    /** Lock on that board (1–48). */
    lock: Type.Integer({ minimum: boxLayoutLimits.lockMin, maximum: boxLayoutLimits.lockMax }),
    /** A deposit compartment for citizens' old documents: never used for loading. */
    deposit: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type LayoutCompartment = Static<typeof LayoutCompartmentSchema>;

export const LayoutColumnSchema = Type.Object(
  {
    compartments: Type.Array(LayoutCompartmentSchema, {
      minItems: 1,
      maxItems: boxLayoutLimits.maxPerColumn,
    }),
  },
  { additionalProperties: false },
);
export type LayoutColumn = Static<typeof LayoutColumnSchema>;

export const ReachBandSchema = Type.Object(
  {
    min: Type.Integer({ minimum: 0, maximum: boxLayoutLimits.bottomMax }),
    max: Type.Integer({ minimum: 1, maximum: boxLayoutLimits.bottomMax + boxLayoutLimits.heightMax }),
  },
  { additionalProperties: false },
);
export type ReachBand = Static<typeof ReachBandSchema>;

export const BoxLayoutSchema = Type.Object(
  {
    /** Left to right as one stands in front of the box. */
    columns: Type.Array(LayoutColumnSchema, { minItems: 1, maxItems: boxLayoutLimits.maxColumns }),
    /** The band (cm above the floor) a wheelchair user can reach; default 40–120. */
    reachBandCm: Type.Optional(ReachBandSchema),
  },
  { additionalProperties: false },
);
export type BoxLayout = Static<typeof BoxLayoutSchema>;

export const boxLayoutPresetNames = ['demo-24', 'kerong-cu16-3x16', 'mixed-96-cu48'] as const;
export type BoxLayoutPresetName = (typeof boxLayoutPresetNames)[number];

// ---- Validation with German messages per field ----

/** German message templates; `{{name}}` is replaced by the value. */
export const boxLayoutMessages = {
  not_object: 'Das Layout muss ein Objekt mit „columns“ sein.',
  unknown_field: 'Unbekanntes Feld „{{field}}“.',
  columns_missing: 'Das Layout braucht mindestens eine Spalte („columns“).',
  columns_too_many: 'Höchstens {{max}} Spalten.',
  column_empty: 'Die Spalte braucht mindestens ein Fach („compartments“).',
  column_too_many: 'Höchstens {{max}} Fächer in einer Spalte.',
  number_invalid: 'Die Fachnummer muss eine ganze Zahl von {{min}} bis {{max}} sein.',
  number_taken: 'Fachnummer {{number}} gibt es schon ({{other}}).',
  size_invalid: 'Größe „{{value}}“ gibt es nicht (S, M oder L).',
  height_invalid: 'Die Innenhöhe muss eine ganze Zahl von {{min}} bis {{max}} cm sein.',
  bottom_invalid: 'Die Höhe der Unterkante muss eine ganze Zahl von 0 bis {{max}} cm sein.',
  board_invalid: 'Platine {{value}} gibt es nicht ({{min}}–{{max}})',
  lock_invalid: 'Schloss {{value}} gibt es nicht ({{min}}–{{max}})',
  lock_taken: 'Platine {{board}}, Schloss {{lock}} ist schon {{other}} zugeordnet.',
  deposit_invalid: '„deposit“ muss true oder false sein.',
  overlap:
    'Das Fach überschneidet sich in der Höhe mit dem Fach darüber ({{other}}): Fächer stehen von oben nach unten, jede Unterkante liegt tiefer.',
  boards_too_many: 'Höchstens {{max}} Platinen (verwendet: {{count}}).',
  reach_invalid: 'Der Greifbereich muss zwei ganze Zahlen min < max in cm haben.',
} as const;
export type BoxLayoutMessageCode = keyof typeof boxLayoutMessages;

export interface BoxLayoutFieldError {
  /** JSON pointer into the layout, e.g. `/columns/1/compartments/2/lock`. */
  path: string;
  code: BoxLayoutMessageCode;
  /** German, e.g. "Spalte 2, Fach 3: Schloss 49 gibt es nicht (1–48)". */
  message: string;
}

function fill(code: BoxLayoutMessageCode, params: Record<string, string | number> = {}): string {
  return boxLayoutMessages[code].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isInt = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const compartmentFields = ['number', 'size', 'heightCm', 'bottomCm', 'board', 'lock', 'deposit'];

/**
 * Checks a layout field by field and across fields (unique numbers, unique board + lock, no overlap within a
 * column, at most 10 boards). Returns the layout (reach band filled in) or every error found, each with a German
 * message that names the column and the compartment's place in it ("Spalte 2, Fach 3: …", counted from 1).
 */
export function validateBoxLayout(
  input: unknown,
): { ok: true; layout: Required<BoxLayout> } | { ok: false; errors: BoxLayoutFieldError[] } {
  const errors: BoxLayoutFieldError[] = [];
  const add = (
    path: string,
    where: string,
    code: BoxLayoutMessageCode,
    params?: Record<string, string | number>,
  ) => errors.push({ path, code, message: `${where}${fill(code, params)}` });
  if (!isObject(input)) {
    add('', '', 'not_object');
    return { ok: false, errors };
  }
  for (const key of Object.keys(input)) {
    if (key !== 'columns' && key !== 'reachBandCm') add(`/${key}`, '', 'unknown_field', { field: key });
  }
  let reachBandCm: ReachBand = { ...defaultReachBandCm };
  if (input.reachBandCm !== undefined) {
    const band = input.reachBandCm;
    const limit = boxLayoutLimits.bottomMax + boxLayoutLimits.heightMax;
    if (
      !isObject(band) ||
      Object.keys(band).some((k) => k !== 'min' && k !== 'max') ||
      !isInt(band.min, 0, limit) ||
      !isInt(band.max, 1, limit) ||
      band.min >= band.max
    ) {
      add('/reachBandCm', 'Greifbereich: ', 'reach_invalid');
    } else {
      reachBandCm = { min: band.min, max: band.max };
    }
  }
  const columns = input.columns;
  if (!Array.isArray(columns) || columns.length === 0) {
    add('/columns', '', 'columns_missing');
    return { ok: false, errors };
  }
  if (columns.length > boxLayoutLimits.maxColumns) {
    add('/columns', '', 'columns_too_many', { max: boxLayoutLimits.maxColumns });
  }
  const numbers = new Map<number, string>();
  const locks = new Map<string, string>();
  const boards = new Set<number>();
  columns.forEach((column, c) => {
    const columnPath = `/columns/${c}`;
    const columnName = `Spalte ${c + 1}`;
    if (!isObject(column) || !Array.isArray(column.compartments) || column.compartments.length === 0) {
      add(`${columnPath}/compartments`, `${columnName}: `, 'column_empty');
      return;
    }
    for (const key of Object.keys(column)) {
      if (key !== 'compartments')
        add(`${columnPath}/${key}`, `${columnName}: `, 'unknown_field', { field: key });
    }
    if (column.compartments.length > boxLayoutLimits.maxPerColumn) {
      add(`${columnPath}/compartments`, `${columnName}: `, 'column_too_many', {
        max: boxLayoutLimits.maxPerColumn,
      });
    }
    let above: { bottom: number; name: string } | null = null;
    (column.compartments as unknown[]).forEach((compartment, k) => {
      const path = `${columnPath}/compartments/${k}`;
      const name = `${columnName}, Fach ${k + 1}`;
      const where = `${name}: `;
      if (!isObject(compartment)) {
        add(path, where, 'not_object');
        return;
      }
      for (const key of Object.keys(compartment)) {
        if (!compartmentFields.includes(key)) add(`${path}/${key}`, where, 'unknown_field', { field: key });
      }
      const { number, size, heightCm, bottomCm, board, lock, deposit } = compartment;
      const L = boxLayoutLimits;
      if (!isInt(number, L.numberMin, L.numberMax)) {
        add(`${path}/number`, where, 'number_invalid', { min: L.numberMin, max: L.numberMax });
      } else if (numbers.has(number)) {
        add(`${path}/number`, where, 'number_taken', { number, other: numbers.get(number)! });
      } else {
        numbers.set(number, name);
      }
      if (!(compartmentSizes as readonly unknown[]).includes(size)) {
        add(`${path}/size`, where, 'size_invalid', { value: String(size) });
      }
      const heightOk = isInt(heightCm, L.heightMin, L.heightMax);
      if (!heightOk) add(`${path}/heightCm`, where, 'height_invalid', { min: L.heightMin, max: L.heightMax });
      const bottomOk = isInt(bottomCm, 0, L.bottomMax);
      if (!bottomOk) add(`${path}/bottomCm`, where, 'bottom_invalid', { max: L.bottomMax });
      const boardOk = isInt(board, L.boardMin, L.boardMax);
      if (!boardOk)
        add(`${path}/board`, where, 'board_invalid', {
          value: String(board),
          min: L.boardMin,
          max: L.boardMax,
        });
      const lockOk = isInt(lock, L.lockMin, L.lockMax);
      if (!lockOk)
        add(`${path}/lock`, where, 'lock_invalid', { value: String(lock), min: L.lockMin, max: L.lockMax });
      if (boardOk && lockOk) {
        boards.add(board);
        const key = `${board}/${lock}`;
        const other = locks.get(key);
        if (other) add(`${path}/lock`, where, 'lock_taken', { board, lock, other });
        else locks.set(key, name);
      }
      if (deposit !== undefined && typeof deposit !== 'boolean')
        add(`${path}/deposit`, where, 'deposit_invalid');
      if (heightOk && bottomOk) {
        if (above && bottomCm + heightCm > above.bottom) {
          add(`${path}/bottomCm`, where, 'overlap', { other: above.name });
        }
        above = { bottom: bottomCm, name };
      }
    });
  });
  if (boards.size > boxLayoutLimits.maxBoards) {
    add('/columns', '', 'boards_too_many', { max: boxLayoutLimits.maxBoards, count: boards.size });
  }
  if (errors.length > 0) return { ok: false, errors };
  const layout = input as BoxLayout;
  return {
    ok: true,
    layout: {
      reachBandCm,
      columns: layout.columns.map((column) => ({
        compartments: column.compartments.map((c) => ({ ...c, deposit: c.deposit === true })),
      })),
    },
  };
}

// ---- What follows from a layout ----

const sizeOrder: readonly CompartmentSize[] = compartmentSizes;

/** Whether a compartment of `size` takes a document whose type needs at least `minSize` (S < M < L). */
export function sizeFits(size: CompartmentSize, minSize: CompartmentSize): boolean {
  return sizeOrder.indexOf(size) >= sizeOrder.indexOf(minSize);
}

/** Reachable from a wheelchair: the whole compartment, floor to top edge, lies within the reach band. */
export function withinReachBand(
  compartment: Pick<LayoutCompartment, 'bottomCm' | 'heightCm'>,
  band: ReachBand = defaultReachBandCm,
): boolean {
  return compartment.bottomCm >= band.min && compartment.bottomCm + compartment.heightCm <= band.max;
}

export const heightBands = ['knee', 'hip', 'chest', 'eye'] as const;
export type HeightBand = (typeof heightBands)[number];

/**
 * How high a compartment is, in words a citizen understands, from its middle height: below 60 cm knee-high,
 * 60–100 hip height, 100–140 chest height, above that eye height or higher.
 */
export function heightBandOf(compartment: Pick<LayoutCompartment, 'bottomCm' | 'heightCm'>): HeightBand {
  const middle = compartment.bottomCm + compartment.heightCm / 2;
  if (middle < 60) return 'knee';
  if (middle < 100) return 'hip';
  if (middle < 140) return 'chest';
  return 'eye';
}

/** Where a compartment sits: column from the left and place in the column from the top (both from 1). */
export interface LayoutPlace {
  column: number;
  fromTop: number;
  compartment: LayoutCompartment;
}

export function placeOf(layout: Pick<BoxLayout, 'columns'>, number: number): LayoutPlace | undefined {
  for (const [c, column] of layout.columns.entries()) {
    const k = column.compartments.findIndex((compartment) => compartment.number === number);
    if (k >= 0) return { column: c + 1, fromTop: k + 1, compartment: column.compartments[k]! };
  }
  return undefined;
}

/** The box's front as the kiosk and office draw it: numbers and heights only. */
export const BoxDrawingSchema = Type.Object({
  columns: Type.Array(
    Type.Array(Type.Object({ number: Type.Integer(), bottomCm: Type.Integer(), heightCm: Type.Integer() })),
  ),
});
export type BoxDrawing = Static<typeof BoxDrawingSchema>;

export function drawingOf(layout: Pick<BoxLayout, 'columns'>): BoxDrawing {
  return {
    columns: layout.columns.map((column) =>
      column.compartments.map(({ number, bottomCm, heightCm }) => ({ number, bottomCm, heightCm })),
    ),
  };
}

/** A compartment's place for the kiosk: column, place from top, height band and the drawing of the box. */
export const CompartmentPlaceSchema = Type.Object({
  /** 1 = leftmost column. */
  column: Type.Integer(),
  /** 1 = top compartment of its column. */
  fromTop: Type.Integer(),
  height: Type.Enum(heightBands),
  drawing: BoxDrawingSchema,
});
export type CompartmentPlace = Static<typeof CompartmentPlaceSchema>;
