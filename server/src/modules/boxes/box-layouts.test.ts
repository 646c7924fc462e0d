/** Box layouts: every validation error with its German text, the presets, and the kiosk's place of a compartment. */
import { describe, expect, it } from 'vitest';
import {
  boxLayoutPresetNames,
  heightBandOf,
  sizeFits,
  validateBoxLayout,
  withinReachBand,
  type BoxLayout,
  type LayoutCompartment,
} from '@buergerpunkt/contracts';
import { demoCompartments, demoDepositCompartments } from '../../demo/demo-data.ts';
import { compartmentPlace, layoutRows, locationText, presetLayout } from './box-layouts.ts';

const compartment = (over: Partial<LayoutCompartment> = {}): LayoutCompartment => ({
  number: 1,
  size: 'S',
  heightCm: 20,
  bottomCm: 100,
  board: 0,
  lock: 1,
  ...over,
});

function messages(input: unknown): string[] {
  const result = validateBoxLayout(input);
  return result.ok ? [] : result.errors.map((e) => e.message);
}

describe('validateBoxLayout', () => {
  it('accepts a good layout and fills in the default reach band and deposit flags', () => {
    const result = validateBoxLayout({ columns: [{ compartments: [compartment()] }] });
    expect(result).toEqual({
      ok: true,
      layout: {
        reachBandCm: { min: 40, max: 120 },
        columns: [{ compartments: [{ ...compartment(), deposit: false }] }],
      },
    });
  });

  it('names column and place from the top for each bad field, in German', () => {
    const layout = {
      columns: [
        { compartments: [compartment()] },
        {
          compartments: [
            compartment({ number: 2, lock: 2, bottomCm: 150 }),
            compartment({ number: 3, lock: 3, bottomCm: 120 }),
            compartment({ number: 4, lock: 49, bottomCm: 90 }),
          ],
        },
      ],
    };
    expect(messages(layout)).toEqual(['Spalte 2, Fach 3: Schloss 49 gibt es nicht (1–48)']);
    const result = validateBoxLayout(layout);
    expect(!result.ok && result.errors[0]!.path).toBe('/columns/1/compartments/2/lock');
  });

  it('has a message for every field', () => {
    const bad = {
      columns: [
        {
          compartments: [
            {
              number: 0,
              size: 'XL',
              heightCm: 0,
              bottomCm: -1,
              board: 10,
              lock: 0,
              deposit: 'ja',
              colour: 'rot',
            },
          ],
        },
      ],
      reachBandCm: { min: 120, max: 40 },
      extra: 1,
    };
    expect(messages(bad)).toEqual([
      'Unbekanntes Feld „extra“.',
      'Greifbereich: Der Greifbereich muss zwei ganze Zahlen min < max in cm haben.',
      'Spalte 1, Fach 1: Unbekanntes Feld „colour“.',
      'Spalte 1, Fach 1: Die Fachnummer muss eine ganze Zahl von 1 bis 1000 sein.',
      'Spalte 1, Fach 1: Größe „XL“ gibt es nicht (S, M oder L).',
      'Spalte 1, Fach 1: Die Innenhöhe muss eine ganze Zahl von 1 bis 250 cm sein.',
      'Spalte 1, Fach 1: Die Höhe der Unterkante muss eine ganze Zahl von 0 bis 250 cm sein.',
      'Spalte 1, Fach 1: Platine 10 gibt es nicht (0–9)',
      'Spalte 1, Fach 1: Schloss 0 gibt es nicht (1–48)',
      'Spalte 1, Fach 1: „deposit“ muss true oder false sein.',
    ]);
    expect(messages(null)).toEqual(['Das Layout muss ein Objekt mit „columns“ sein.']);
    expect(messages({ columns: [] })).toEqual(['Das Layout braucht mindestens eine Spalte („columns“).']);
    expect(messages({ columns: [{ compartments: [] }] })).toEqual([
      'Spalte 1: Die Spalte braucht mindestens ein Fach („compartments“).',
    ]);
  });

  it('refuses a number or a board + lock used twice, naming the other compartment', () => {
    expect(
      messages({
        columns: [
          { compartments: [compartment({ number: 7, lock: 5 })] },
          {
            compartments: [
              compartment({ number: 7, lock: 6 }),
              compartment({ number: 8, lock: 5, bottomCm: 10 }),
            ],
          },
        ],
      }),
    ).toEqual([
      'Spalte 2, Fach 1: Fachnummer 7 gibt es schon (Spalte 1, Fach 1).',
      'Spalte 2, Fach 2: Platine 0, Schloss 5 ist schon Spalte 1, Fach 1 zugeordnet.',
    ]);
  });

  it('refuses compartments that overlap in height or are not listed from the top down', () => {
    expect(
      messages({
        columns: [
          {
            compartments: [
              compartment({ number: 1, lock: 1, bottomCm: 100, heightCm: 20 }),
              compartment({ number: 2, lock: 2, bottomCm: 90, heightCm: 20 }),
            ],
          },
        ],
      }),
    ).toEqual([
      'Spalte 1, Fach 2: Das Fach überschneidet sich in der Höhe mit dem Fach darüber (Spalte 1, Fach 1): Fächer stehen von oben nach unten, jede Unterkante liegt tiefer.',
    ]);
    // Touching is fine (100 + 0 gap): 80–100 under 100–120.
    expect(
      messages({
        columns: [
          {
            compartments: [
              compartment({ number: 1, lock: 1, bottomCm: 100 }),
              compartment({ number: 2, lock: 2, bottomCm: 80 }),
            ],
          },
        ],
      }),
    ).toEqual([]);
  });

  it('allows at most 10 boards', () => {
    const columns = Array.from({ length: 11 }, (_, i) => ({
      compartments: [compartment({ number: i + 1, board: i % 10, lock: i < 10 ? 1 : 2 })],
    }));
    expect(messages({ columns })).toEqual([]);
    // Board numbers stop at 9, so an 11th board can only show up as a board that does not exist.
    columns[10] = { compartments: [compartment({ number: 11, board: 10 })] };
    expect(messages({ columns })).toEqual(['Spalte 11, Fach 1: Platine 10 gibt es nicht (0–9)']);
  });
});

describe('what follows from a layout', () => {
  it('fits sizes S < M < L and keeps the reach band', () => {
    expect(sizeFits('M', 'S')).toBe(true);
    expect(sizeFits('S', 'M')).toBe(false);
    expect(sizeFits('L', 'L')).toBe(true);
    expect(withinReachBand({ bottomCm: 40, heightCm: 80 })).toBe(true);
    expect(withinReachBand({ bottomCm: 39, heightCm: 20 })).toBe(false);
    expect(withinReachBand({ bottomCm: 100, heightCm: 21 })).toBe(false);
    expect(withinReachBand({ bottomCm: 30, heightCm: 20 }, { min: 30, max: 50 })).toBe(true);
  });

  it('names the height from the middle of the compartment', () => {
    expect(heightBandOf({ bottomCm: 40, heightCm: 38 })).toBe('knee'); // middle 59
    expect(heightBandOf({ bottomCm: 40, heightCm: 40 })).toBe('hip'); // middle 60
    expect(heightBandOf({ bottomCm: 90, heightCm: 20 })).toBe('chest'); // middle 100
    expect(heightBandOf({ bottomCm: 130, heightCm: 20 })).toBe('eye'); // middle 140
  });
});

describe('presets', () => {
  it('are valid layouts', () => {
    for (const name of boxLayoutPresetNames) {
      const layout = presetLayout(name);
      expect(validateBoxLayout(layout).ok, name).toBe(true);
    }
    expect(() => presetLayout('nope')).toThrow('layout_preset_unknown');
  });

  it('demo-24 is the demo box: 4 columns of 6, numbered row by row, same sizes, reach and deposit compartment', () => {
    const layout = presetLayout('demo-24');
    expect(layout.columns.map((c) => c.compartments.map((x) => x.number))).toEqual([
      [1, 5, 9, 13, 17, 21],
      [2, 6, 10, 14, 18, 22],
      [3, 7, 11, 15, 19, 23],
      [4, 8, 12, 16, 20, 24],
    ]);
    const rows = new Map(layoutRows(layout).map((r) => [r.number, r]));
    for (const c of demoCompartments) {
      const row = rows.get(c.number)!;
      expect({ size: row.size, reach: row.wheelchair_reachable }, `compartment ${c.number}`).toEqual({
        size: c.size,
        reach: c.wheelchair_reachable,
      });
      expect(row.status).toBe(demoDepositCompartments.includes(c.number) ? 'deposit' : 'free');
    }
  });

  it('kerong-cu16-3x16 has 3 columns of 16 on boards 0, 1, 2', () => {
    const layout = presetLayout('kerong-cu16-3x16');
    expect(layout.columns).toHaveLength(3);
    layout.columns.forEach((column, c) => {
      expect(column.compartments).toHaveLength(16);
      expect(new Set(column.compartments.map((x) => x.board))).toEqual(new Set([c]));
      expect(column.compartments.map((x) => x.lock)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    });
  });

  it('mixed-96-cu48 has 96 compartments of all sizes on two CU48 boards', () => {
    const layout = presetLayout('mixed-96-cu48');
    const all = layout.columns.flatMap((c) => c.compartments);
    expect(all).toHaveLength(96);
    expect(new Set(all.map((c) => c.size))).toEqual(new Set(['S', 'M', 'L']));
    expect(new Set(all.map((c) => c.board))).toEqual(new Set([0, 1]));
    expect(all.every((c) => c.lock <= 48)).toBe(true);
    expect(layoutRows(layout).some((r) => r.wheelchair_reachable === 1)).toBe(true);
  });
});

describe('the kiosk’s place of a compartment', () => {
  const text = (layout: Required<BoxLayout>, number: number) =>
    locationText(number, compartmentPlace(layout, number));

  it('points into every column of kerong-cu16-3x16', () => {
    const layout = presetLayout('kerong-cu16-3x16');
    expect(text(layout, 1)).toBe('Fach 1: 1. Spalte von links, 1. Fach von oben, auf Augenhöhe oder höher');
    expect(text(layout, 25)).toBe('Fach 25: 2. Spalte von links, 9. Fach von oben, auf Hüfthöhe');
    expect(text(layout, 37)).toBe('Fach 37: 3. Spalte von links, 5. Fach von oben, auf Brusthöhe');
    expect(text(layout, 48)).toBe('Fach 48: 3. Spalte von links, 16. Fach von oben, weit unten (kniehoch)');
    const place = compartmentPlace(layout, 25);
    expect(place.drawing.columns.map((c) => c.length)).toEqual([16, 16, 16]);
  });

  it('points into every column of mixed-96-cu48', () => {
    const layout = presetLayout('mixed-96-cu48');
    expect(
      layout.columns.map((column, c) => {
        const number = column.compartments[Math.floor(column.compartments.length / 2)]!.number;
        return text(layout, number).replace(/^Fach \d+: /, '') + ` [${c + 1}]`;
      }),
    ).toEqual([
      '1. Spalte von links, 13. Fach von oben, auf Hüfthöhe [1]',
      '2. Spalte von links, 7. Fach von oben, auf Hüfthöhe [2]',
      '3. Spalte von links, 13. Fach von oben, auf Hüfthöhe [3]',
      '4. Spalte von links, 7. Fach von oben, auf Hüfthöhe [4]',
      '5. Spalte von links, 4. Fach von oben, auf Hüfthöhe [5]',
      '6. Spalte von links, 10. Fach von oben, auf Brusthöhe [6]',
    ]);
    expect(text(layout, 61)).toBe('Fach 61: 4. Spalte von links, 1. Fach von oben, auf Augenhöhe oder höher');
    expect(text(layout, 96)).toBe('Fach 96: 6. Spalte von links, 18. Fach von oben, weit unten (kniehoch)');
  });
});
