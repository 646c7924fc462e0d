/** Every admin command, in the order `--help` lists them; each group adds its array here. */
import type { AdminCommand } from './command.ts';
import { initCommand } from './init-command.ts';
import { migrateCommand } from './migrate-command.ts';
import { officeCommands } from './office-commands.ts';
import { terminalCommands } from './terminal-commands.ts';
import { tokenCommands } from './token-commands.ts';
import { userCommands } from './user-commands.ts';

export const adminCommands: AdminCommand[] = [
  initCommand,
  ...officeCommands,
  ...terminalCommands,
  ...tokenCommands,
  ...userCommands,
  migrateCommand,
];
