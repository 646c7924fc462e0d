/**
 * Takes an evidence image the box agent sent after a door opened for an unlock that asked for one, and stores it
 * sealed (AES-256-GCM under `secrets.evidenceKey`), linked to the document of that unlock, with the audit entry
 * `evidence_image.stored`, all in the caller's transaction. An image nobody asked for (unknown command, a document
 * whose policy takes no image, another compartment) or one that is not a JPEG is not stored: only logged.
 * A resent image (same box and event id) is stored once.
 */
import { maxEvidenceImageBytes, type EvidenceImageMessage } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { sealBytes } from '../../platform/crypto.ts';
import { boxPrincipal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { insertEvidenceImageOnce } from './evidence-images-repository.ts';

type Ctx = Pick<AppContext, 'config' | 'ids' | 'log'>;

export type EvidenceOutcome = 'stored' | 'already_stored' | 'refused';

function isJpeg(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

export async function storeEvidenceImage(
  trx: Trx,
  ctx: Ctx,
  boxId: string,
  message: EvidenceImageMessage,
  receivedAt: string,
): Promise<EvidenceOutcome> {
  const refuse = (reason: string): EvidenceOutcome => {
    ctx.log.warn({ boxId, commandId: message.commandId, reason }, 'evidence image not stored');
    return 'refused';
  };
  const bytes = Buffer.from(message.data, 'base64');
  if (bytes.length > maxEvidenceImageBytes) return refuse('too_large');
  if (!isJpeg(bytes)) return refuse('not_a_jpeg');

  const command = await trx
    .selectFrom('box_commands')
    .select(['document_id', 'payload', 'type'])
    .where('id', '=', message.commandId)
    .where('box_id', '=', boxId)
    .executeTakeFirst();
  if (!command || command.type !== 'unlock' || !command.document_id) return refuse('unknown_command');
  const payload = JSON.parse(command.payload) as { compartment?: number; captureEvidence?: boolean };
  if (payload.captureEvidence !== true) return refuse('not_requested');
  if (payload.compartment !== message.compartment) return refuse('other_compartment');
  const document = await trx
    .selectFrom('documents')
    .select(['id', 'evidence_image_required'])
    .where('id', '=', command.document_id)
    .executeTakeFirst();
  if (!document || Number(document.evidence_image_required) !== 1) return refuse('not_requested');

  // A box clock running ahead cannot take a picture in the future: the retention counts from at most now.
  const takenAt = new Date(message.at).toISOString();
  const id = ctx.ids.newId();
  const stored = await insertEvidenceImageOnce(trx, {
    id,
    box_id: boxId,
    event_id: message.eventId,
    command_id: message.commandId,
    document_id: document.id,
    compartment_number: message.compartment,
    taken_at: takenAt > receivedAt ? receivedAt : takenAt,
    received_at: receivedAt,
    content_type: message.contentType,
    size_bytes: bytes.length,
    image_sealed: sealBytes(ctx.config.secrets.evidenceKey, bytes),
  });
  if (!stored) return 'already_stored';
  await recordAudit(trx, receivedAt, {
    actor: boxPrincipal(boxId).actor,
    action: 'evidence_image.stored',
    entityType: 'document',
    entityId: document.id,
    data: {
      evidenceImageId: id,
      boxId,
      compartment: message.compartment,
      commandId: message.commandId,
      takenAt,
      sizeBytes: bytes.length,
    },
  });
  return 'stored';
}
