// The explicit compartment map both Kerong drivers take (the shape the hub's layout generator writes) and its checks,
// each refusal naming the key; and the old `firstCompartment` form beside it.
import { describe, expect, it } from 'vitest';
import { KerongCu16Driver, parseKerongCu16Options } from './kerong-cu16.ts';
import { KerongCu48Driver, parseKerongCu48Options } from './kerong-cu48.ts';
import { resolveCompartmentMap } from './kerong-driver.ts';

const line = { type: 'serial', path: '/dev/ttyUSB0' };

/** Exactly the shape the hub generates from a box layout. */
const generated = {
  kind: 'kerong-cu16',
  line,
  boards: [
    { address: 0, locks: 16 },
    { address: 1, locks: 8 },
  ],
  compartments: [
    { number: 1, board: 0, lock: 1 },
    { number: 2, board: 0, lock: 2 },
    { number: 3, board: 1, lock: 8 },
    { number: 10, board: 1, lock: 1 },
  ],
};

function refusal(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('Kerong compartment map', () => {
  it('takes the generated shape for both board models; only the mapped compartments exist', () => {
    const cu16 = parseKerongCu16Options(generated);
    expect(resolveCompartmentMap(cu16)).toEqual([
      { number: 1, line: 0, board: 0, lock: 1 },
      { number: 2, line: 0, board: 0, lock: 2 },
      { number: 3, line: 0, board: 1, lock: 8 },
      { number: 10, line: 0, board: 1, lock: 1 },
    ]);
    expect(new KerongCu16Driver(cu16).compartments()).toEqual([1, 2, 3, 10]);

    const cu48 = parseKerongCu48Options({
      ...generated,
      kind: 'kerong-cu48',
      boards: [{ address: 9, locks: 48 }],
      compartments: [
        { number: 7, board: 9, lock: 48 },
        { number: 8, board: 9, lock: 1 },
      ],
    });
    expect(new KerongCu48Driver(cu48).compartments()).toEqual([7, 8]);
  });

  it('keeps the firstCompartment form', () => {
    const options = parseKerongCu16Options({
      kind: 'kerong-cu16',
      line,
      boards: [
        { address: 0, firstCompartment: 1, locks: 4 },
        { address: 1, firstCompartment: 5, locks: 2 },
      ],
    });
    expect(resolveCompartmentMap(options).map((c) => [c.number, c.board, c.lock])).toEqual([
      [1, 0, 1],
      [2, 0, 2],
      [3, 0, 3],
      [4, 0, 4],
      [5, 1, 1],
      [6, 1, 2],
    ]);
  });

  it('refuses a number twice, a lock twice, an unlisted board and a lock beyond the board, naming the key', () => {
    const parse = (compartments: unknown[]) => () => parseKerongCu16Options({ ...generated, compartments });
    expect(
      refusal(
        parse([
          { number: 1, board: 0, lock: 1 },
          { number: 1, board: 0, lock: 2 },
        ]),
      ),
    ).toContain('driver.compartments.1.number: compartment 1 is also on board 0 lock 1');
    expect(
      refusal(
        parse([
          { number: 1, board: 0, lock: 1 },
          { number: 2, board: 0, lock: 1 },
        ]),
      ),
    ).toContain('driver.compartments.1.lock: board 0 lock 1 is already compartment 1');
    expect(refusal(parse([{ number: 1, board: 2, lock: 1 }]))).toContain(
      'driver.compartments.0.board: board 2 is not listed in boards',
    );
    expect(refusal(parse([{ number: 1, board: 1, lock: 9 }]))).toContain(
      "driver.compartments.0.lock: lock 9 is outside board 1's locks 1–8",
    );
    expect(refusal(parse([{ number: 1, board: 0, lock: 17 }]))).toContain(
      "driver.compartments.0.lock: lock 17 is outside board 0's locks 1–16",
    );
    expect(refusal(parse([{ number: 0, board: 0, lock: 1 }]))).toContain('driver.compartments.0.number');
    expect(refusal(parse([{ number: 1, board: 0, lock: 1, floor: 2 }]))).toContain(
      'driver.compartments.0: unknown key floor',
    );
    expect(refusal(parse([]))).toContain('driver.compartments');
  });

  it('wants either firstCompartment on every board or the map, not both', () => {
    expect(
      refusal(() =>
        parseKerongCu16Options({
          ...generated,
          boards: [{ address: 0, firstCompartment: 1 }, { address: 1 }],
        }),
      ),
    ).toContain('driver.boards.0.firstCompartment: not together with compartments');
    expect(
      refusal(() =>
        parseKerongCu48Options({
          kind: 'kerong-cu48',
          line,
          boards: [{ address: 0, firstCompartment: 1 }, { address: 1 }],
        }),
      ),
    ).toContain('driver.boards.1.firstCompartment: missing');
    expect(
      refusal(() =>
        parseKerongCu16Options({ kind: 'kerong-cu16', boards: generated.boards, compartments: [] }),
      ),
    ).toContain('driver.');
  });

  it('plans for board addresses 0–9 on both models', () => {
    for (const kind of ['kerong-cu16', 'kerong-cu48']) {
      const parse = kind === 'kerong-cu16' ? parseKerongCu16Options : parseKerongCu48Options;
      expect(refusal(() => parse({ kind, line, boards: [{ address: 10, firstCompartment: 1 }] }))).toContain(
        'driver.boards.0.address',
      );
      expect(() => parse({ kind, line, boards: [{ address: 9, firstCompartment: 1 }] })).not.toThrow();
    }
  });

  it('with several lines: a map per line, compartment numbers unique across the lines', () => {
    const lines = [
      { line, boards: [{ address: 0, locks: 16 }], compartments: [{ number: 5, board: 0, lock: 5 }] },
      { line, boards: [{ address: 0, locks: 16 }], compartments: [{ number: 5, board: 0, lock: 6 }] },
    ];
    expect(refusal(() => parseKerongCu16Options({ kind: 'kerong-cu16', lines }))).toContain(
      'driver.lines.1.compartments.0.number: compartment 5 is also on line 1 board 0 lock 5',
    );
    lines[1]!.compartments[0]!.number = 6;
    const options = parseKerongCu16Options({ kind: 'kerong-cu16', lines });
    expect(resolveCompartmentMap(options).map((c) => [c.number, c.line, c.lock])).toEqual([
      [5, 0, 5],
      [6, 1, 6],
    ]);
    expect(
      refusal(() =>
        parseKerongCu16Options({ kind: 'kerong-cu16', lines, compartments: lines[0]!.compartments }),
      ),
    ).toContain('driver.line: give either');
  });
});
