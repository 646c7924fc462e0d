/**
 * `migrate [--dry-run]`: brings the configured database to this version's schema, or with `--dry-run` only lists
 * what would run. The database is opened as it is (not migrated first, as for the other commands), so an upgrade
 * can be looked at before the new hub starts. The hub itself also migrates at start (docs/operations.md).
 */
import { migrateToLatest, migrationState } from '../../db/migrate.ts';
import { exitFailed, exitOk, parseCommandArgs, type AdminCommand } from './command.ts';

export const migrateCommand: AdminCommand = {
  name: 'migrate',
  summary: 'run the pending database migrations (--dry-run: only list them)',
  usage: [
    'migrate [--dry-run]',
    '',
    'Lists the migrations this version has and the database has not run yet ("pending: N", one name a line),',
    'then runs them, each in order; --dry-run changes nothing. Refused (exit 1) when the database has run',
    'migrations this version does not know (it was upgraded by a newer version).',
  ].join('\n'),
  database: 'as-is',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, { 'dry-run': { type: 'boolean' } });
    const { db, dialect } = ctx.app;
    const state = await migrationState(db);
    ctx.out(`database: ${dialect}`);
    ctx.out(`applied: ${state.applied.length}`);
    if (state.unknown.length > 0) {
      ctx.err(`The database has run migrations this version does not know: ${state.unknown.join(', ')}`);
      ctx.err('It was upgraded by a newer version; run that version (or restore a backup made before).');
      return exitFailed;
    }
    ctx.out(`pending: ${state.pending.length}`);
    for (const name of state.pending) ctx.out(`  ${name}`);
    if (values['dry-run'] || state.pending.length === 0) return exitOk;
    const ran = await migrateToLatest(db);
    ctx.out(`migrated: ${ran.length}`);
    return exitOk;
  },
};
