/** The alert rules that can notify people (docs/operations.md#alerts); configuration names recipients per rule. */
export const alertRuleIds = [
  'box_offline',
  'door_left_open',
  'sms_failing',
  'sms_stuck',
  'deposit_full',
  'needs_reconcile',
  'audit_broken',
  'disk_full',
  /** Chain of custody: an open alert that a document left or an item appeared outside a flow, or a pickup found empty. */
  'custody',
] as const;
export type AlertRuleId = (typeof alertRuleIds)[number];
