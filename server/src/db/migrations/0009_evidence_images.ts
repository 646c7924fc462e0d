/**
 * Evidence images taken by a box's camera when a door opens for a pickup whose policy asks for one: the image only
 * sealed (AES-256-GCM under `secrets.evidenceKey`), linked to the document and the unlock command, deleted after the
 * configured retention. One row per agent message (box id + event id), so a resent image is stored once.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('evidence_images')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('box_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('command_id', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text')
    .addColumn('compartment_number', 'integer', (c) => c.notNull())
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('image_sealed', 'text', (c) => c.notNull())
    .addUniqueConstraint('evidence_images_box_event', ['box_id', 'event_id'])
    .execute();
  await db.schema.createIndex('evidence_images_taken_at').on('evidence_images').column('taken_at').execute();
  await db.schema
    .createIndex('evidence_images_document')
    .on('evidence_images')
    .column('document_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('evidence_images').execute();
}
