/**
 * The purge pass: personal data is kept only as long as needed. After `config.retention.personalDataHours` in a
 * final state (picked up, returned, cancelled) a document loses its phone number, phone hash, code hash and
 * date-of-birth hash and old-document number hash; the old document's number (masked and hashed) goes once it is
 * with the office; the SMS sent about it lose recipient and body (once no longer waiting to be sent); the demo
 * SMS inbox forgets messages older than the retention; expired staff sessions and old pickup sessions are
 * deleted. One audit entry per pass that changed anything, with counts only.
 */
import { finalDocumentStates } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { addMs } from '../../platform/clock.ts';
import { recordAudit, systemActor } from '../audit/audit-service.ts';

/** Documents purged per pass (one transaction; the rest follows a minute later) and per UPDATE statement. */
const maxDocumentsPerPass = 2000;
const chunkSize = 500;

/** SMS statuses after which the body and recipient are no longer needed for sending. */
const settledSmsStatuses = ['sent', 'delivered', 'failed'];

/** Deposit statuses after which the old document's number is no longer needed: handed to the office, or refused. */
const settledDepositStatuses = ['handed_over', 'refused'];

export interface PurgeResult {
  documents: number;
  smsMessages: number;
  depositNumbers: number;
  demoInboxMessages: number;
  staffSessions: number;
  pickupSessions: number;
}

export async function purgePersonalData(ctx: AppContext): Promise<PurgeResult> {
  const now = ctx.clock.now().toISOString();
  const cutoff = addMs(now, -ctx.config.retention.personalDataHours * 3_600_000);
  const result: PurgeResult = {
    documents: 0,
    smsMessages: 0,
    depositNumbers: 0,
    demoInboxMessages: 0,
    staffSessions: 0,
    pickupSessions: 0,
  };

  await ctx.db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('documents')
      .select('id')
      .where('state', 'in', [...finalDocumentStates])
      .where('final_at', '<=', cutoff)
      .where('purged_at', 'is', null)
      .orderBy('final_at')
      .limit(maxDocumentsPerPass)
      .execute();
    for (let i = 0; i < due.length; i += chunkSize) {
      const updated = await trx
        .updateTable('documents')
        .set({
          phone_e164: null,
          phone_hash: null,
          code_hash: null,
          date_of_birth_hash: null,
          old_document_number_hash: null,
          purged_at: now,
        })
        .where(
          'id',
          'in',
          due.slice(i, i + chunkSize).map((d) => d.id),
        )
        .where('purged_at', 'is', null)
        .executeTakeFirst();
      result.documents += Number(updated.numUpdatedRows);
    }
    // SMS of purged documents, including ones that were still being sent when their document was purged.
    const sms = await trx
      .updateTable('sms_messages')
      .set({ recipient: null, body_sealed: null })
      .where('status', 'in', settledSmsStatuses)
      .where((eb) => eb.or([eb('recipient', 'is not', null), eb('body_sealed', 'is not', null)]))
      .where((eb) =>
        eb.or([
          eb(
            'document_id',
            'in',
            eb.selectFrom('documents').select('documents.id').where('documents.purged_at', 'is not', null),
          ),
          eb.and([eb('document_id', 'is', null), eb('created_at', '<=', cutoff)]),
        ]),
      )
      .executeTakeFirst();
    result.smsMessages = Number(sms.numUpdatedRows);
    // The old document's number, once the document is purged and the old document is with the office (or was
    // never deposited): while it waits in the deposit compartment or with staff, the number identifies it.
    const deposits = await trx
      .updateTable('old_document_deposits')
      .set({ number_masked: null, number_hash: null })
      .where('status', 'in', settledDepositStatuses)
      .where((eb) => eb.or([eb('number_masked', 'is not', null), eb('number_hash', 'is not', null)]))
      .where(
        'document_id',
        'in',
        trx.selectFrom('documents').select('documents.id').where('documents.purged_at', 'is not', null),
      )
      .executeTakeFirst();
    result.depositNumbers = Number(deposits.numUpdatedRows);
    const inbox = await trx.deleteFrom('demo_sms_inbox').where('created_at', '<=', cutoff).executeTakeFirst();
    result.demoInboxMessages = Number(inbox.numDeletedRows);
    const sessions = await trx.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
    result.staffSessions = Number(sessions.numDeletedRows);
    const pickups = await trx
      .deleteFrom('pickup_sessions')
      .where('expires_at', '<=', cutoff)
      .executeTakeFirst();
    result.pickupSessions = Number(pickups.numDeletedRows);
    if (Object.values(result).some((n) => n > 0)) {
      await recordAudit(trx, now, {
        actor: systemActor,
        action: 'privacy.purge',
        entityType: 'system',
        entityId: null,
        data: { ...result, retentionHours: ctx.config.retention.personalDataHours, cutoff },
      });
    }
  });
  return result;
}
