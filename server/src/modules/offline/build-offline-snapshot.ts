/**
 * The verifiers a box's agent needs to hand out its waiting documents while its link is down (docs/offline.md):
 * one per document in state `notified` with an unlocked code, keyed under the box's own key.
 */
import type { OfflineVerifier, OfflineVerifiersMessage } from '@buergerpunkt/contracts';
import { createHash } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { addMs } from '../../platform/clock.ts';
import { dateOfBirthHash, hashesEqual } from '../codes/pickup-codes.ts';
import { computePickupDeadline } from '../calendar/pickup-window.ts';
import { offlineBoxKey, offlineDateOfBirthVerifier } from './offline-keys.ts';

type Ctx = Pick<AppContext, 'db' | 'config' | 'clock'>;

const checksWithDate = ['date_of_birth', 'old_document_or_date_of_birth'];

/**
 * A cheap fingerprint of everything a snapshot depends on (the waiting documents' versions and guesses, their code
 * verifiers, the box's terminals); the sync builds and sends a new snapshot only when it changes (or after a minute,
 * for calendar changes that move deadlines).
 */
export async function offlineFingerprint(db: DbOrTrx, boxId: string): Promise<string> {
  const documents = await db
    .selectFrom('documents as d')
    .leftJoin('offline_code_verifiers as v', 'v.document_id', 'd.id')
    .select([
      'd.id',
      'd.version',
      'd.updated_at',
      'd.code_failed_attempts',
      'd.check_failed_attempts',
      'd.code_locked',
      'd.pickup_check',
      'd.evidence_image_required',
      'd.notified_at',
      'v.code_verifier',
    ])
    .where('d.box_id', '=', boxId)
    .where('d.state', '=', 'notified')
    .orderBy('d.id')
    .execute();
  const terminals = await db
    .selectFrom('terminals')
    .select(['id', 'key_hash', 'revoked_at'])
    .where('box_id', '=', boxId)
    .orderBy('id')
    .execute();
  return createHash('sha256')
    .update(JSON.stringify([documents, terminals]))
    .digest('hex');
}

/** The date of birth behind the stored keyed hash: tried day by day from 1900 to today (docs/offline.md). */
async function findDateOfBirth(codeKey: string, documentId: string, hash: string, today: string) {
  const lastYear = Number(today.slice(0, 4));
  for (let year = 1900; year <= lastYear; year++) {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        if (hashesEqual(hash, dateOfBirthHash(codeKey, documentId, iso))) return iso;
      }
    }
    // Other work of the hub goes on between the years.
    if (year % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return undefined;
}

export async function buildOfflineSnapshot(ctx: Ctx, boxId: string): Promise<OfflineVerifiersMessage> {
  const { db, config } = ctx;
  const now = ctx.clock.now().toISOString();
  const validUntil = addMs(now, config.offline.verifierValidityHours * 3_600_000);
  const boxKey = offlineBoxKey(config.secrets.codeKey, boxId);
  // Verifiers of documents that no longer wait in this box are of no use to anyone: deleted.
  await db
    .deleteFrom('offline_code_verifiers')
    .where('box_id', '=', boxId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('documents')
            .select('documents.id')
            .whereRef('documents.id', '=', 'offline_code_verifiers.document_id')
            .where('documents.state', '=', 'notified')
            .where('documents.box_id', '=', boxId),
        ),
      ),
    )
    .execute();
  const rows = await db
    .selectFrom('documents as d')
    .innerJoin('offline_code_verifiers as v', (join) =>
      join.onRef('v.document_id', '=', 'd.id').onRef('v.box_id', '=', 'd.box_id'),
    )
    .innerJoin('compartments as c', 'c.id', 'd.compartment_id')
    .innerJoin('document_types as t', 't.id', 'd.type_id')
    .select([
      'd.id',
      'd.pickup_check',
      'd.pin_letter_required',
      'd.evidence_image_required',
      'd.code_failed_attempts',
      'd.check_failed_attempts',
      'd.notified_at',
      'd.window_opening_days',
      'd.date_of_birth_hash',
      'c.number',
      't.name as type_name',
      'v.code_verifier',
      'v.phone_verifier',
      'v.dob_verifier',
      'v.dob_searched',
    ])
    .where('d.box_id', '=', boxId)
    .where('d.state', '=', 'notified')
    .where('d.code_locked', '=', 0)
    .where('d.code_hash', 'is not', null)
    .orderBy('d.id')
    .execute();
  const verifiers: OfflineVerifier[] = [];
  for (const row of rows) {
    const check = row.pickup_check ?? 'staff_confirmation';
    let dobVerifier = row.dob_verifier;
    if (checksWithDate.includes(check) && Number(row.dob_searched) !== 1 && row.date_of_birth_hash) {
      const iso = await findDateOfBirth(config.secrets.codeKey, row.id, row.date_of_birth_hash, now);
      dobVerifier = iso ? offlineDateOfBirthVerifier(boxKey, row.id, iso) : null;
      await db
        .updateTable('offline_code_verifiers')
        .set({ dob_verifier: dobVerifier, dob_searched: 1 })
        .where('document_id', '=', row.id)
        .execute();
    }
    const deadline = row.notified_at
      ? await computePickupDeadline(
          db,
          boxId,
          row.notified_at,
          Number(row.window_opening_days ?? config.pickup.windowOpeningDays),
        )
      : now;
    verifiers.push({
      documentId: row.id,
      compartment: Number(row.number),
      documentType: row.type_name,
      codeVerifier: row.code_verifier,
      phoneVerifier: row.phone_verifier,
      dateOfBirthVerifier: checksWithDate.includes(check) ? dobVerifier : null,
      check,
      pinLetter: Number(row.pin_letter_required) === 1,
      evidence: Number(row.evidence_image_required) === 1,
      codeGuessesLeft: Math.max(0, config.pickup.maxCodeAttempts - Number(row.code_failed_attempts)),
      checkGuessesLeft: Math.max(0, config.pickup.maxCheckAttempts - Number(row.check_failed_attempts)),
      deadlineAt: deadline < validUntil ? deadline : validUntil,
    });
  }
  const terminals = await db
    .selectFrom('terminals')
    .select(['id', 'key_hash'])
    .where('box_id', '=', boxId)
    .where('revoked_at', 'is', null)
    .execute();
  return {
    kind: 'offline_verifiers',
    boxKey,
    issuedAt: now,
    validUntil,
    maxCodeAttempts: config.pickup.maxCodeAttempts,
    terminals: terminals.map((t) => ({ id: t.id, keyHash: t.key_hash })),
    verifiers,
  };
}
