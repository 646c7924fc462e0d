/**
 * The register retention (issue 16): `config.retention.registerDays` (default 365) after a document's final state
 * (picked up, returned, cancelled) its holder name and reference are replaced by a pseudonym, so the issue register
 * keeps a pseudonymous row (type, office, box, times, checks passed, booking) and no longer names the person.
 *
 * The pseudonym is `PSN-` and 16 hex digits of HMAC(codeKey, office, reference): the same on every pass and hub,
 * different for every case, and an office that still holds a reference in its own specialist procedure can have
 * the operator confirm a match, which is exactly pseudonymisation (GDPR art. 4(5)): the key stays outside the
 * database. With the name go everything else that points to the person: the proxy note, the keyed hashes of the
 * registration and the old document number, what the purge (purge-personal-data.ts) already cleared, the old
 * document's number hash at the deposit, the expected holder name sent to the box's reader, and the document's
 * issue events to the specialist procedure (`webhook_deliveries`, their bodies name the reference). SMS rows keep
 * only template and status (recipient and body went at the purge; they are cleared again here for rows that
 * missed it). One audit entry per pass that changed anything, with counts only.
 */
import { finalDocumentStates } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { addMs } from '../../platform/clock.ts';
import { hmacHex } from '../../platform/crypto.ts';
import { recordAudit, systemActor } from '../audit/audit-service.ts';

const dayMs = 24 * 60 * 60 * 1000;
/** Documents per pass (one transaction; the rest follows a minute later). */
const maxDocumentsPerPass = 500;

export interface PseudonymiseResult {
  documents: number;
  webhookDeliveries: number;
}

export function registerPseudonym(key: string, officeId: string, reference: string): string {
  return `PSN-${hmacHex(key, 'register-pseudonym', officeId, reference).slice(0, 16).toUpperCase()}`;
}

export async function pseudonymiseRegister(ctx: AppContext): Promise<PseudonymiseResult> {
  const now = ctx.clock.now().toISOString();
  const registerDays = ctx.config.retention.registerDays;
  const cutoff = addMs(now, -registerDays * dayMs);
  const result: PseudonymiseResult = { documents: 0, webhookDeliveries: 0 };
  await ctx.db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('documents')
      .select(['id', 'office_id', 'reference'])
      .where('state', 'in', [...finalDocumentStates])
      .where('final_at', '<=', cutoff)
      .where('pseudonymised_at', 'is', null)
      .orderBy('final_at')
      .orderBy('id')
      .limit(maxDocumentsPerPass)
      .execute();
    if (due.length === 0) return;
    const ids = due.map((d) => d.id);
    for (const document of due) {
      const pseudonym = registerPseudonym(ctx.config.secrets.codeKey, document.office_id, document.reference);
      const updated = await trx
        .updateTable('documents')
        .set({
          holder_name: pseudonym,
          reference: pseudonym,
          proxy_note: null,
          phone_e164: null,
          phone_hash: null,
          code_hash: null,
          date_of_birth_hash: null,
          old_document_number_hash: null,
          registration_fingerprint: null,
          pseudonymised_at: now,
        })
        .where('id', '=', document.id)
        .where('pseudonymised_at', 'is', null)
        .executeTakeFirst();
      result.documents += Number(updated.numUpdatedRows);
    }
    // A purge that had not run yet for these (its retention is shorter): nothing is left behind.
    await trx
      .updateTable('documents')
      .set({ purged_at: now })
      .where('id', 'in', ids)
      .where('purged_at', 'is', null)
      .execute();
    const deliveries = await trx
      .deleteFrom('webhook_deliveries')
      .where('document_id', 'in', ids)
      .executeTakeFirst();
    result.webhookDeliveries = Number(deliveries.numDeletedRows);
    await trx
      .updateTable('sms_messages')
      .set({ recipient: null, body_sealed: null })
      .where('document_id', 'in', ids)
      .where((eb) => eb.or([eb('recipient', 'is not', null), eb('body_sealed', 'is not', null)]))
      .execute();
    await trx
      .updateTable('old_document_deposits')
      .set({ number_hash: null })
      .where('document_id', 'in', ids)
      .execute();
    await trx
      .updateTable('box_commands')
      .set({ payload: JSON.stringify({ pseudonymised: true }) })
      .where('document_id', 'in', ids)
      .where('type', '=', 'read_old_document')
      .execute();
    if (result.documents > 0) {
      await recordAudit(trx, now, {
        actor: systemActor,
        action: 'privacy.pseudonymise',
        entityType: 'system',
        entityId: null,
        data: { ...result, registerDays, cutoff },
      });
    }
  });
  return result;
}
