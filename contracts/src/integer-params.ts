/**
 * Integer query and path parameters. Every route takes its integer parameters through these, never a bare
 * `Type.Integer`: the request validator (Ajv 8 with type coercion) turns `1e309` into Infinity and then skips the
 * range check, so the number reached the database (500 on SQLite). The `allOf` repeats the check on the coerced
 * number, where Infinity, NaN and fractions are not integers and the range holds again: 400 instead.
 */
import { Type, type TInteger } from 'typebox';

export interface IntegerParamOptions {
  minimum: number;
  maximum: number;
  default?: number;
  description?: string;
}

export function IntegerParam(options: IntegerParamOptions): TInteger {
  const range = { minimum: options.minimum, maximum: options.maximum };
  return Type.Integer({ ...options, allOf: [{ type: 'integer', ...range }] });
}

/** How many items one page holds. */
export const PageLimit = (maximum: number, defaultLimit: number): TInteger =>
  IntegerParam({ minimum: 1, maximum, default: defaultLimit });

/** How many items to skip. */
export const PageOffset = (maximum = 1_000_000): TInteger =>
  IntegerParam({ minimum: 0, maximum, default: 0 });

/** A compartment's number in a path. */
export const CompartmentNumberParam: TInteger = IntegerParam({ minimum: 1, maximum: 1000 });

/** An audit entry's sequence number. */
export const AuditSeqParam: TInteger = IntegerParam({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
