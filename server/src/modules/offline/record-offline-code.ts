/**
 * Called where a code is made (notify-document.ts, issue-new-code.ts), in that transaction: keeps the code's verifier
 * under the box's key, the only moment the hub knows the code in plain (docs/offline.md).
 */
import type { Trx } from '../../db/database.ts';
import { offlineBoxKey, offlineCodeVerifier, offlinePhoneVerifier } from './offline-keys.ts';

export async function recordOfflineCode(
  trx: Trx,
  codeKey: string,
  input: { documentId: string; boxId: string; phoneE164: string; code: string; at: string },
): Promise<void> {
  const boxKey = offlineBoxKey(codeKey, input.boxId);
  const row = {
    box_id: input.boxId,
    code_verifier: offlineCodeVerifier(boxKey, input.phoneE164, input.code),
    phone_verifier: offlinePhoneVerifier(boxKey, input.phoneE164),
    created_at: input.at,
  };
  await trx
    .insertInto('offline_code_verifiers')
    .values({ document_id: input.documentId, ...row, dob_verifier: null, dob_searched: 0 })
    .onConflict((c) => c.column('document_id').doUpdateSet(row))
    .execute();
}
