/**
 * Why a backup or restore refused or failed: a stable code, the German text from the catalogue
 * (`operations.backup.*`) and an English one for the operator's log, and the exit code of the admin command.
 */
import { t } from '../../platform/i18n.ts';

const english = {
  target_not_empty: 'The backup folder {{path}} is not empty; choose a new or empty folder.',
  manifest_missing: 'No readable manifest.json in {{path}}: this is not a Bürgerpunkt backup.',
  format_unknown: 'The backup has the unknown format {{format}}.',
  dialect_mismatch:
    'The backup holds a {{backup}} database, but the configured database is {{configured}}. Restore into a database of the same kind.',
  key_mismatch:
    'The configured {{keys}} differ(s) from the key(s) the backup was made with (fingerprints in manifest.json). With other keys, waiting codes, sealed SMS, evidence images or the audit chain would be unusable. Configure the keys of the backed-up installation.',
  schema_newer:
    'The backup was made by a newer hub (unknown migrations: {{migrations}}). Restore it with that version.',
  file_damaged: 'The backup is damaged: {{path}} is missing or its checksum differs from the manifest.',
  restore_target_not_empty:
    'The target is not empty ({{what}}). Restore only into an empty data folder and an empty database.',
  counts_differ: 'After the restore, table {{table}} has {{restored}} rows, the backup {{expected}}.',
} as const;

export type BackupProblem = keyof typeof english;

/** Refusals that the operator must resolve in configuration or arguments answer 2; damage and failures 1. */
const usageLike: BackupProblem[] = [
  'target_not_empty',
  'dialect_mismatch',
  'key_mismatch',
  'restore_target_not_empty',
  'manifest_missing',
];

export class BackupRefusal extends Error {
  override name = 'BackupRefusal';
  constructor(
    readonly problem: BackupProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    super(english[problem].replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key] ?? '')));
  }

  get german(): string {
    return t(`operations.backup.${this.problem}`, this.params);
  }

  get exitCode(): number {
    return usageLike.includes(this.problem) ? 2 : 1;
  }
}
