/**
 * The shape of an admin command (`npm run admin -- <command>`) and the helpers they share: argument parsing with
 * `node:util` parseArgs, schema validation and plain table output. Commands call the same services as the API.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import type { Config, LoadConfigOptions } from '../../config.ts';
import type { AppContext } from '../../context.ts';
import type { Principal } from '../../platform/principal.ts';

export interface AdminCliContext {
  app: AppContext;
  /** `cli:<os user>`, with the admin's rights; every change is audited under it. */
  principal: Principal;
  out(line: string): void;
  err(line: string): void;
}

export interface AdminCommand {
  /** One or two words, e.g. `init` or `terminal create`. */
  name: string;
  summary: string;
  /** Shown by `--help` and after a usage error. */
  usage: string;
  /**
   * How the command wants the database: `migrated` (the default) brings it to this version's schema first;
   * `as-is` opens it untouched (e.g. `migrate --dry-run`).
   */
  database?: 'migrated' | 'as-is';
  /** The exit code: 0 done, 1 refused or failed, 2 wrong usage. */
  run(ctx: AdminCliContext, args: string[]): Promise<number>;
}

/** For commands that work on the data folder and database themselves (backup, restore): configuration only. */
export interface AdminConfigContext {
  /** The hub's configuration, or null when it is invalid (already reported; the command answers exit 2). */
  loadConfig(options?: LoadConfigOptions): Config | null;
  principal: Principal;
  out(line: string): void;
  err(line: string): void;
}

/**
 * A command that must not open the database through the dispatcher, which would run the migrations: a restore
 * needs an empty database, a backup takes its own consistent copy.
 */
export interface AdminConfigCommand {
  name: string;
  summary: string;
  usage: string;
  runWithConfig(ctx: AdminConfigContext, args: string[]): Promise<number>;
}

export type AnyAdminCommand = AdminCommand | AdminConfigCommand;

export const exitOk = 0;
export const exitFailed = 1;
export const exitUsage = 2;

/** Wrong arguments: the dispatcher prints the message and the command's usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** `parseArgs` in strict mode; its errors (unknown option, missing value) become usage errors. */
export function parseCommandArgs<T extends Options>(args: string[], options: T, positionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: positionals > 0 });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.positionals.length !== positionals)
    throw new UsageError(
      positionals === 0
        ? `unexpected argument: ${parsed.positionals[0]}`
        : `expected ${positionals} argument(s), got ${parsed.positionals.length}`,
    );
  return parsed;
}

/** A required string option, trimmed; missing or empty is a usage error. */
export function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value.trim();
}

/** Checks a body against the API's schema, so the command line accepts exactly what the API accepts. */
export function validateWith<T>(schema: TSchema, value: T, describe: Record<string, string> = {}): T {
  const first = [...Value.Errors(schema, value)][0];
  if (!first) return value;
  const field = first.instancePath.replace(/^\//, '').split('/')[0] ?? '';
  throw new UsageError(`${describe[field] ?? (field || 'input')}: ${first.message}`);
}

/** Columns padded to their widest cell; `-` for empty cells. */
export function formatTable(header: string[], rows: (string | null | undefined)[][]): string[] {
  const cells = [
    header,
    ...rows.map((row) =>
      row.map((cell) => (cell === null || cell === undefined || cell === '' ? '-' : cell)),
    ),
  ];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  return cells.map((row) =>
    row.map((cell, column) => (column === row.length - 1 ? cell : cell!.padEnd(widths[column]!))).join('  '),
  );
}
