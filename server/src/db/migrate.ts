/** Runs the migrations in db/migrations (one set for both databases) up to the newest. */
import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.ts';
import * as m0001 from './migrations/0001_initial.ts';
import * as m0002 from './migrations/0002_boxes_link_tracking.ts';
import * as m0003 from './migrations/0003_box_agent_secrets.ts';
import * as m0004 from './migrations/0004_document_policy_snapshot.ts';
import * as m0005public from './migrations/0005_public_lookup_throttle.ts';
import * as m0006zone from './migrations/0006_zone_operations.ts';
import * as m0005services from './migrations/0005_services_catalogue.ts';
import * as m0007map from './migrations/0007_map_and_tour.ts';
import * as m0008oidc from './migrations/0008_accounts_oidc_subject.ts';
import * as m0008identity from './migrations/0008_identity_checks.ts';
import * as m0009deposit from './migrations/0009_old_document_deposit.ts';
import * as m0009evidence from './migrations/0009_evidence_images.ts';
import * as m0010admin from './migrations/0010_terminals_tokens_admin.ts';
import * as m0014security from './migrations/0014_security_hardening.ts';
import * as m0011pairings from './migrations/0011_kiosk_pairings.ts';
import * as m0012layouts from './migrations/0012_box_layouts.ts';
import * as m0017alertNotifications from './migrations/0017_alert_notifications.ts';
import * as m0018roundtrip from './migrations/0018_office_round_trip.ts';
import * as m0023alertResolved from './migrations/0023_alert_resolved.ts';
import * as m0020transportLists from './migrations/0020_transport_lists.ts';
import * as m0019custody from './migrations/0019_chain_of_custody.ts';
// SMS in the visitor's language (issue 18)
import * as m0022smsLanguage from './migrations/0022_sms_language.ts';
import * as m0021officeScoping from './migrations/0021_office_scoping.ts';
// staff assist at the kiosk (issue 18)
import * as m0026staffAssist from './migrations/0026_staff_assist.ts';
// Offline-safe box (issue 19)
import * as m0025offline from './migrations/0025_offline_verifiers.ts';
// The kiosk's pickup path (issue 17)
import * as m0027pickupPathIndexes from './migrations/0027_pickup_path_indexes.ts';
// Tenants (issue 20)
import * as m0024tenants from './migrations/0024_tenants.ts';

export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_boxes_link_tracking': m0002,
  '0003_box_agent_secrets': m0003,
  '0004_document_policy_snapshot': m0004,
  '0005_public_lookup_throttle': m0005public,
  '0006_zone_operations': m0006zone,
  '0005_services_catalogue': m0005services,
  '0007_map_and_tour': m0007map,
  '0008_accounts_oidc_subject': m0008oidc,
  '0008_identity_checks': m0008identity,
  '0009_old_document_deposit': m0009deposit,
  '0009_evidence_images': m0009evidence,
  '0010_terminals_tokens_admin': m0010admin,
  '0014_security_hardening': m0014security,
  '0011_kiosk_pairings': m0011pairings,
  '0012_box_layouts': m0012layouts,
  '0017_alert_notifications': m0017alertNotifications,
  '0018_office_round_trip': m0018roundtrip,
  '0023_alert_resolved': m0023alertResolved,
  '0020_transport_lists': m0020transportLists,
  '0019_chain_of_custody': m0019custody,
  '0022_sms_language': m0022smsLanguage,
  '0021_office_scoping': m0021officeScoping,
  '0024_tenants': m0024tenants,
  '0025_offline_verifiers': m0025offline,
  '0026_staff_assist': m0026staffAssist,
  '0027_pickup_path_indexes': m0027pickupPathIndexes,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Work on separate issues adds migrations in parallel, so two may share a number (0005, 0008, 0009) and a
 * database may already have run one whose name sorts after a newer arrival. Our migrations never depend on
 * one another within a number, so such a late arrival simply runs next instead of stopping the hub.
 */
export async function migrateToLatest(
  db: Db,
  set: Record<string, Migration> = migrations,
): Promise<string[]> {
  const { error, results } = await migratorFor(db, set).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(
      `Migration ${failed?.migrationName ?? ''} failed: ${(error as Error)?.message ?? 'unknown'}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

function migratorFor(db: Db, set: Record<string, Migration>): Migrator {
  return new Migrator({
    db,
    provider: set === migrations ? provider : { getMigrations: async () => set },
    allowUnorderedMigrations: true,
  });
}

export interface MigrationState {
  /** Run on this database, in name order. */
  applied: string[];
  /** Known to this version and not yet run, in the order `migrateToLatest` runs them. */
  pending: string[];
  /** Run on this database but unknown to this version: the database was upgraded by a newer hub. */
  unknown: string[];
}

/** Where a database stands against this version's migrations; reads only (no migration table is created). */
export async function migrationState(
  db: Db,
  set: Record<string, Migration> = migrations,
): Promise<MigrationState> {
  const known = await migratorFor(db, set).getMigrations();
  const applied = known.filter((m) => m.executedAt).map((m) => m.name);
  const pending = known.filter((m) => !m.executedAt).map((m) => m.name);
  let unknown: string[] = [];
  // The table exists once anything ran; a database made by a newer version may hold names this one lacks.
  if (applied.length > 0) {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    unknown = rows.map((row) => row.name).filter((name) => !(name in set));
  }
  return { applied, pending, unknown: unknown.sort() };
}
