/** Every admin command, in the order `--help` lists them; each group adds its array here. */
import type { AnyAdminCommand } from './command.ts';
import { approvalPackCommand } from './approval-pack-command.ts';
import { backupCommands } from './backup-commands.ts';
import { initCommand } from './init-command.ts';
import { migrateCommand } from './migrate-command.ts';
import { officeCommands } from './office-commands.ts';
import { terminalCommands } from './terminal-commands.ts';
import { tokenCommands } from './token-commands.ts';
import { userCommands } from './user-commands.ts';
import { tenantCommands } from './tenant-commands.ts';

export const adminCommands: AnyAdminCommand[] = [
  initCommand,
  ...officeCommands,
  ...terminalCommands,
  ...tokenCommands,
  ...userCommands,
  migrateCommand,
  ...backupCommands,
  approvalPackCommand,
  ...tenantCommands,
];
