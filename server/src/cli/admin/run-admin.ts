/**
 * The admin tool's dispatcher: finds the command (one or two words), answers `--help`, opens the database only
 * for a real run, and turns errors into messages and exit codes (1 refused or failed, 2 wrong usage).
 */
import type { Config, LoadConfigOptions } from '../../config.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../platform/errors.ts';
import { hasTranslation, t } from '../../platform/i18n.ts';
import type { Principal } from '../../platform/principal.ts';
import { exitFailed, exitOk, exitUsage, UsageError, type AnyAdminCommand } from './command.ts';
import { adminCommands } from './commands.ts';

export interface AdminIo {
  out(line: string): void;
  err(line: string): void;
}

export interface OpenedAdminContext {
  app: AppContext;
  close(): Promise<void>;
}

export interface RunAdminOptions {
  io: AdminIo;
  principal: Principal;
  /**
   * Config and database (migrated unless `migrate: false`); null when the configuration is invalid (already
   * reported).
   */
  open(options: { migrate: boolean }): Promise<OpenedAdminContext | null>;
  /** The configuration alone, for commands that open nothing through the dispatcher (backup, restore). */
  loadConfig?(options?: LoadConfigOptions): Config | null;
  commands?: AnyAdminCommand[];
}

const invocation = 'npm run admin --';
const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h';

function generalHelp(commands: AnyAdminCommand[]): string[] {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `Usage: ${invocation} <command> [options]`,
    '',
    'Administers the hub on its configured database (same settings as the hub: BP_* variables or',
    'BP_CONFIG_FILE). Every change goes through the same rules and audit log as the API, as "cli:<os user>".',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `Help for one command: ${invocation} <command> --help`,
    'Exit codes: 0 done, 1 refused or failed, 2 wrong usage or configuration.',
  ];
}

function commandHelp(command: AnyAdminCommand): string[] {
  return [`Usage: ${invocation} ${command.usage}`, '', `${command.summary}.`];
}

export function findCommand(
  argv: string[],
  commands: AnyAdminCommand[],
): { command: AnyAdminCommand; args: string[] } | null {
  const two = commands.find((c) => argv.length >= 2 && c.name === `${argv[0]} ${argv[1]}`);
  if (two) return { command: two, args: argv.slice(2) };
  const one = commands.find((c) => c.name === argv[0]);
  return one ? { command: one, args: argv.slice(1) } : null;
}

function describeAppError(error: AppError): string {
  const key = `errors.${error.code}`;
  const message = hasTranslation(key) ? t(key, error.params) : error.code;
  return `Error: ${message} (${error.code})`;
}

export async function runAdmin(argv: string[], options: RunAdminOptions): Promise<number> {
  const { io } = options;
  const commands = options.commands ?? adminCommands;
  if (argv.length === 0 || isHelp(argv[0]) || argv[0] === 'help') {
    for (const line of generalHelp(commands)) (argv.length === 0 ? io.err : io.out)(line);
    return argv.length === 0 ? exitUsage : exitOk;
  }
  const found = findCommand(argv, commands);
  if (!found) {
    const group = commands.filter((c) => c.name.startsWith(`${argv[0]} `));
    if (group.length > 0) {
      const asked = isHelp(argv[1]);
      const print = asked ? io.out : io.err;
      if (!asked) print(argv[1] ? `Unknown command: ${argv[0]} ${argv[1]}` : `${argv[0]}: which command?`);
      for (const c of group) print(`  ${invocation} ${c.usage.split('\n')[0]}`);
      return asked ? exitOk : exitUsage;
    }
    io.err(`Unknown command: ${argv[0]}`);
    io.err(`See: ${invocation} --help`);
    return exitUsage;
  }
  const { command, args } = found;
  if (args.some(isHelp)) {
    for (const line of commandHelp(command)) io.out(line);
    return exitOk;
  }
  if ('runWithConfig' in command) {
    const loadConfig = options.loadConfig;
    if (!loadConfig) throw new Error(`${command.name} needs the configuration loader`);
    try {
      return await command.runWithConfig({ loadConfig, principal: options.principal, ...io }, args);
    } catch (error) {
      return reportError(command, error, io);
    }
  }
  const opened = await options.open({ migrate: command.database !== 'as-is' });
  if (!opened) return exitUsage;
  try {
    return await command.run({ app: opened.app, principal: options.principal, ...io }, args);
  } catch (error) {
    return reportError(command, error, io);
  } finally {
    await opened.close();
  }
}

function reportError(command: AnyAdminCommand, error: unknown, io: AdminIo): number {
  if (error instanceof UsageError) {
    io.err(`${command.name}: ${error.message}`);
    io.err(`Usage: ${invocation} ${command.usage.split('\n')[0]}`);
    return exitUsage;
  }
  if (error instanceof AppError) {
    io.err(describeAppError(error));
    return exitFailed;
  }
  io.err(`Error: ${(error as Error).message ?? String(error)}`);
  return exitFailed;
}
