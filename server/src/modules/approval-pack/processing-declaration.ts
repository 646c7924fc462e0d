/**
 * What a module declares about the personal data it processes, next to the code that does it (`processing.ts` in
 * the module). The approval pack and the site's privacy page are generated from these declarations and the running
 * configuration, so they cannot drift from what the hub does. Texts live in the catalogue under
 * `approvalPack.*` (German first); a declaration holds only keys, tables and the configuration it depends on.
 */
import type { de } from '@buergerpunkt/contracts';
import type { Config } from '../../config.ts';

type Catalogue = (typeof de)['approvalPack'];

export type ProcessingId = keyof Catalogue['processing'];
export type LegalBasis = keyof Catalogue['legalBasis'];
export type DataSubject = keyof Catalogue['subject'];
export type DataCategory = keyof Catalogue['category'];
export type Recipient = Exclude<keyof Catalogue['recipient'], 'specialistProcedure'>;
export type RetentionJob = keyof Catalogue['job'];
export type RetentionStart = keyof Catalogue['after'];

/** How long: a number of hours or days, the end of a session, or no deletion (said openly). */
export type RetentionPeriod =
  { hours: number } | { days: number } | { sessionHours: number } | { unlimited: true };

export interface RetentionRule {
  categories: DataCategory[];
  period: RetentionPeriod;
  after: RetentionStart;
  deletedBy: RetentionJob;
}

export interface ProcessingDeclaration {
  id: ProcessingId;
  legalBases: LegalBasis[];
  subjects: DataSubject[];
  /** Empty: the processing holds no personal data (e.g. the anonymous visit tally). */
  categories: DataCategory[];
  recipients: Recipient[];
  /** The configured SMS provider processes data of this activity on the town's behalf. */
  usesSmsProvider?: boolean;
  /** Signed issue events go to the office's specialist procedure when `integration.webhookUrl` is set. */
  sendsToSpecialistProcedure?: boolean;
  /** Part of the data-protection impact assessment (identity checks, evidence images). */
  highRisk?: boolean;
  retention(config: Config): RetentionRule[];
  /** Where the personal data is stored: table → columns. A test checks every personal column is declared. */
  stores: Record<string, string[]>;
}
