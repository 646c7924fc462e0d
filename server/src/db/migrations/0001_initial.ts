/** The DokBox core schema. Column types are chosen to mean the same on SQLite and PostgreSQL (see db/schema.ts). */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('offices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('document_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('pickup_check', 'text', (c) => c.notNull())
    .addColumn('window_opening_days', 'integer')
    .addColumn('min_size', 'text', (c) => c.notNull().defaultTo('S'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('boxes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('location_name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('in_service', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('box_opening_hours')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('box_id', 'text', (c) => c.notNull().references('boxes.id'))
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('opens', 'text', (c) => c.notNull())
    .addColumn('closes', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('box_opening_hours_box').on('box_opening_hours').column('box_id').execute();

  await db.schema
    .createTable('box_closures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('box_id', 'text', (c) => c.notNull().references('boxes.id'))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('box_closures_box').on('box_closures').column('box_id').execute();

  await db.schema
    .createTable('box_outages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('box_id', 'text', (c) => c.notNull().references('boxes.id'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('box_outages_box').on('box_outages').column('box_id').execute();

  await db.schema
    .createTable('compartments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('box_id', 'text', (c) => c.notNull().references('boxes.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('size', 'text', (c) => c.notNull())
    .addColumn('wheelchair_reachable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('free'))
    .addColumn('door', 'text', (c) => c.notNull().defaultTo('unknown'))
    .addColumn('sensor_occupied', 'integer')
    .addColumn('document_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('compartments_box_number', ['box_id', 'number'])
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('office_id', 'text', (c) => c.notNull().references('offices.id'))
    .addColumn('type_id', 'text', (c) => c.notNull().references('document_types.id'))
    .addColumn('holder_name', 'text', (c) => c.notNull())
    .addColumn('phone_e164', 'text')
    .addColumn('phone_hash', 'text')
    .addColumn('date_of_birth_hash', 'text')
    .addColumn('needs_wheelchair_access', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('proxy_note', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('box_id', 'text', (c) => c.references('boxes.id'))
    .addColumn('compartment_id', 'text', (c) => c.references('compartments.id'))
    .addColumn('code_hash', 'text', (c) => c.unique())
    .addColumn('code_issued_at', 'text')
    .addColumn('code_failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('code_locked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('check_failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resends_today', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resend_day', 'text')
    .addColumn('notified_at', 'text')
    .addColumn('reminder_sent_at', 'text')
    .addColumn('expired_at', 'text')
    .addColumn('issued_at', 'text')
    .addColumn('final_at', 'text')
    .addColumn('purged_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_state').on('documents').column('state').execute();
  await db.schema.createIndex('documents_phone_hash').on('documents').column('phone_hash').execute();
  await db.schema.createIndex('documents_reference').on('documents').column('reference').execute();
  await db.schema.createIndex('documents_issued_at').on('documents').column('issued_at').execute();
  await db.schema.createIndex('documents_final_at').on('documents').column('final_at').execute();

  await db.schema
    .createTable('terminals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('box_id', 'text', (c) => c.references('boxes.id'))
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('pickup_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('terminal_id', 'text', (c) => c.notNull().references('terminals.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('check_required', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pickup_sessions_document')
    .on('pickup_sessions')
    .column('document_id')
    .execute();

  await db.schema
    .createTable('terminal_throttle')
    .addColumn('terminal_id', 'text', (c) => c.primaryKey().references('terminals.id'))
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('window_started_at', 'text', (c) => c.notNull())
    .addColumn('blocked_until', 'text')
    .addColumn('alerted_at', 'text')
    .execute();

  await db.schema
    .createTable('staff_users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('office_id', 'text', (c) => c.references('offices.id'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_entity')
    .on('audit_log')
    .columns(['entity_type', 'entity_id'])
    .execute();

  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();

  await db.schema
    .createTable('sms_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('recipient', 'text')
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('body_sealed', 'text')
    .addColumn('segments', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('provider', 'text')
    .addColumn('provider_message_id', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('status_at', 'text')
    .execute();
  await db.schema.createIndex('sms_messages_document').on('sms_messages').column('document_id').execute();
  await db.schema
    .createIndex('sms_messages_provider_id')
    .on('sms_messages')
    .column('provider_message_id')
    .execute();

  await db.schema
    .createTable('sms_webhook_receipts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('demo_sms_inbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('box_commands')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('box_id', 'text', (c) => c.notNull().references('boxes.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema
    .createIndex('box_commands_box_status')
    .on('box_commands')
    .columns(['box_id', 'status'])
    .execute();

  await db.schema
    .createTable('box_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('box_id', 'text', (c) => c.notNull().references('boxes.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('box_id', 'text')
    .addColumn('document_id', 'text')
    .addColumn('terminal_id', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .execute();
  await db.schema.createIndex('alerts_open').on('alerts').columns(['resolved_at', 'created_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('The initial migration cannot be undone; restore a backup instead.');
}
