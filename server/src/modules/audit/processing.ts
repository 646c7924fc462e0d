/**
 * Processing declaration of the audit log and of every "who did it" column elsewhere (see
 * approval-pack/processing-declaration.ts).
 */
import type { ProcessingDeclaration } from '../approval-pack/processing-declaration.ts';

export const auditLogProcessing: ProcessingDeclaration = {
  id: 'audit-log',
  legalBases: ['gdpr-32', 'gdpr-6-1-c'],
  subjects: ['staff', 'holder'],
  categories: ['auditActor'],
  recipients: ['admins'],
  retention: () => [
    { categories: ['auditActor'], period: { unlimited: true }, after: 'written', deletedBy: 'never' },
  ],
  stores: {
    audit_log: ['actor_id', 'data'],
    alerts: ['acknowledged_by', 'resolved_by', 'data'],
    documents: ['booked_by'],
    old_document_deposits: ['collect_requested_by', 'collected_by', 'handed_over_by'],
    service_callback_requests: ['handled_by'],
    zone_visits: ['recorded_by'],
    media_images: ['created_by'],
    api_tokens: ['created_by', 'created_by_cli'],
    box_agent_secrets: ['issued_by'],
    kiosk_pairings: ['confirmed_by'],
    zone_announcements: ['created_by'],
    custody_reconciliations: ['ran_by'],
    transport_lists: ['created_by', 'created_by_name', 'closed_by'],
    transport_list_items: ['loader_name', 'second_loader_name', 'taken_back_by_name'],
  },
};
