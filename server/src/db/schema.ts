/**
 * Table types for Kysely. Both databases store the same shapes: ids as text (UUIDs), timestamps as ISO-8601 UTC
 * text (sortable and comparable as strings), calendar dates as `YYYY-MM-DD`, flags as 0/1 integers and structured
 * values as JSON text. This keeps every query identical on SQLite and PostgreSQL.
 */

import type { ColumnType } from 'kysely';

export type Flag = 0 | 1;

/** A column added later with a database default: optional on insert, always present when read. */
export type WithDefault<T> = ColumnType<T, T | undefined, T>;

export interface OfficesTable {
  id: string;
  name: string;
  short_name: string;
  address: string;
  created_at: string;
}

export interface DocumentTypesTable {
  id: string;
  name: string;
  pickup_check: string;
  /** Override of the configured pickup window in opening days; null uses the default. */
  window_opening_days: number | null;
  min_size: string;
  updated_at: string;
  /** Identity checks (migration 0008): 0/1 each. */
  pin_letter_required: number;
  evidence_image_required: number;
  four_eyes_loading: number;
}

export interface BoxesTable {
  id: string;
  name: string;
  location_name: string;
  address: string;
  /** ISO 3166-2 subdivision code without country, e.g. BB: decides the public holidays. */
  state_code: string;
  timezone: string;
  in_service: Flag;
  created_at: string;
  /** Whether the box's agent is connected to a hub instance right now (as last recorded). */
  link_connected: WithDefault<Flag>;
  link_changed_at: WithDefault<string | null>;
  /** When the hub last heard a heartbeat from the box's agent (migration 0003). */
  link_heartbeat_at: WithDefault<string | null>;
  /** The band (cm above the floor) a wheelchair user can reach (migration 0012). */
  reach_min_cm: WithDefault<number>;
  reach_max_cm: WithDefault<number>;
}

export interface BoxOpeningHoursTable {
  id: string;
  box_id: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: string;
  closes: string;
}

export interface BoxClosuresTable {
  id: string;
  box_id: string;
  starts_on: string;
  ends_on: string;
  reason: string;
  created_at: string;
}

export interface BoxOutagesTable {
  id: string;
  box_id: string;
  started_at: string;
  ended_at: string | null;
  reason: string;
}

export interface CompartmentsTable {
  id: string;
  box_id: string;
  number: number;
  size: string;
  wheelchair_reachable: Flag;
  /** free | reserved | occupied | out_of_service */
  status: string;
  /** open | closed | unknown, as last reported by the box */
  door: string;
  /** Occupancy sensor reading: 1 present, 0 empty, null unknown or no sensor. */
  sensor_occupied: Flag | null;
  document_id: string | null;
  updated_at: string;
  /** When the door was last seen opening; null while closed. */
  door_opened_at: WithDefault<string | null>;
  /** Set once the door-left-open alert was raised for the current opening. */
  door_open_alerted_at: WithDefault<string | null>;
  /**
   * The compartment's place in the box layout (migration 0012): column from the left and place from the top (both
   * from 1), inner height and bottom edge above the floor in cm, and the lock board and lock that open it. Null
   * only for rows written without a layout: they read as their place on the 4 × 6 demo front.
   */
  layout_column: WithDefault<number | null>;
  layout_position: WithDefault<number | null>;
  height_cm: WithDefault<number | null>;
  bottom_cm: WithDefault<number | null>;
  lock_board: WithDefault<number | null>;
  lock_number: WithDefault<number | null>;
}

export interface DocumentsTable {
  id: string;
  /** The office's own number for the document or case, printed as barcode on the envelope. */
  reference: string;
  office_id: string;
  type_id: string;
  holder_name: string;
  phone_e164: string | null;
  phone_hash: string | null;
  date_of_birth_hash: string | null;
  needs_wheelchair_access: Flag;
  /** A recorded choice that another person (e.g. a parent) collects; free text shown to staff only. */
  proxy_note: string | null;
  state: string;
  box_id: string | null;
  compartment_id: string | null;
  code_hash: string | null;
  code_issued_at: string | null;
  code_failed_attempts: number;
  code_locked: Flag;
  check_failed_attempts: number;
  resends_today: number;
  resend_day: string | null;
  notified_at: string | null;
  reminder_sent_at: string | null;
  expired_at: string | null;
  issued_at: string | null;
  final_at: string | null;
  purged_at: string | null;
  /** The type's pickup check copied at registration (migration 0004); null only for documents registered before. */
  pickup_check: string | null;
  /** The pickup window in opening days resolved at registration (type's or configured default); null as above. */
  window_opening_days: number | null;
  /** The identity checks copied from the type at registration (0/1; null before migration 0008). */
  pin_letter_required: number | null;
  evidence_image_required: number | null;
  four_eyes_loading: number | null;
  /** When the holder confirmed at the kiosk to have received the PIN letter (ID cards). */
  pin_letter_confirmed_at: string | null;
  /** JSON array of the identity checks passed at pickup, e.g. ["code","date_of_birth","pin_letter"]. */
  pickup_checks_passed: string | null;
  /** Keyed hash of the holder's old document number, registered by the clerk for the reader to match. */
  old_document_number_hash: string | null;
  /** Office round trip (migration 0018): keyed hash of what was registered, for idempotent registration. */
  registration_fingerprint: string | null;
  /** The version of the consent text to box pickup the citizen was shown, and when consent was given. */
  consent_text_version: string | null;
  consent_given_at: string | null;
  /** The language of the document's SMS (migration 0022): de, ls, en, tr, uk, ar. */
  language: string;
  /** When the issue was booked in the office's specialist procedure, by whom, and how (`api` | `manual`). */
  booked_at: string | null;
  booked_by: string | null;
  booking_source: string | null;
  /** When holder name and reference were replaced by a pseudonym after the register retention (migration 0021). */
  pseudonymised_at?: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PickupSessionsTable {
  id: string;
  document_id: string;
  terminal_id: string;
  /** awaiting_check | ready | opened | abandoned | failed */
  status: string;
  check_required: string;
  expires_at: string;
  created_at: string;
}

export interface TerminalsTable {
  id: string;
  name: string;
  box_id: string | null;
  key_hash: string;
  created_at: string;
  /** When the key was last used, at most once a minute (migration 0010). */
  last_seen_at?: string | null;
  /** A revoked key stops working at once on every kiosk route (migration 0010). */
  revoked_at?: string | null;
}

export interface TerminalThrottleTable {
  terminal_id: string;
  failures: number;
  window_started_at: string;
  blocked_until: string | null;
  alerted_at: string | null;
}

export interface StaffUsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string | null;
  /** JSON array of roles */
  roles: string;
  office_id: string | null;
  active: Flag;
  created_at: string;
  /** The identity provider's `<issuer>#<sub>` this account is linked to for single sign-on (migration 0008). */
  oidc_subject?: string | null;
  /** Set by a one-time password (init, CLI, reset): the person must choose a new one first (migration 0010). */
  must_change_password?: Flag;
  /** An admin's grant: sees every office's documents, not only those of `office_id` (migration 0021). */
  all_offices?: Flag;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  expires_at: string;
  created_at: string;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  token_hash: string;
  roles: string;
  created_by: string | null;
  created_at: string;
  revoked_at: string | null;
  /** Every token expires (migration 0010; older tokens got 90 days from the update). */
  expires_at?: string | null;
  /** At most once a minute (migration 0010). */
  last_used_at?: string | null;
  /** The `cli:<os user>` actor when the token was made on the command line, which has no staff account. */
  created_by_cli?: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor_type: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  data: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface JobsTable {
  id: string;
  kind: string;
  payload: string;
  idempotency_key: string;
  /** pending | running | done | failed */
  status: string;
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface SmsMessagesTable {
  id: string;
  document_id: string | null;
  recipient: string | null;
  template: string;
  /** AES-GCM sealed body; wiped after sending and at purge. */
  body_sealed: string | null;
  segments: number;
  /** queued | sending | sent | delivered | failed */
  status: string;
  provider: string | null;
  provider_message_id: string | null;
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  status_at: string | null;
}

export interface SmsWebhookReceiptsTable {
  id: string;
  received_at: string;
}

export interface DemoSmsInboxTable {
  id: string;
  idempotency_key: string;
  recipient: string;
  sender: string;
  body: string;
  created_at: string;
}

export interface BoxCommandsTable {
  id: string;
  box_id: string;
  type: string;
  payload: string;
  document_id: string | null;
  /** pending | sent | done | failed */
  status: string;
  result: string | null;
  created_at: string;
  sent_at: string | null;
  completed_at: string | null;
  /** An unlock: when its compartment's door was seen open afterwards (null: not yet, see the unlock timeout). */
  door_opened_at: WithDefault<string | null>;
  /**
   * A pickup unlock that must find the compartment occupied: the document's code hash, held until the box answered
   * (given back when the box refused an empty compartment, wiped otherwise). Migration 0019.
   */
  held_code_hash: WithDefault<string | null>;
}

export interface BoxEventsTable {
  id: string;
  box_id: string;
  type: string;
  payload: string;
  received_at: string;
}

/** One agent secret per box: only its SHA-256 hash (the secret is random, 32 bytes). */
export interface BoxAgentSecretsTable {
  box_id: string;
  secret_hash: string;
  issued_at: string;
  issued_by: string | null;
}

export interface AlertsTable {
  id: string;
  kind: string;
  box_id: string | null;
  document_id: string | null;
  terminal_id: string | null;
  data: string;
  created_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
}

/** The public status lookup's brake (migration 0005): lookups per keyed hash of an IP or a reference. */
export interface PublicLookupThrottleTable {
  key: string;
  hits: number;
  window_started_at: string;
}

/** Zone visit tally (migration 0006): one row per tap; undo marks it, so a resent tap is never stored again. */
export interface ZoneVisitsTable {
  id: string;
  recorded_by: string;
  tapped_at: string;
  /** Day and hour in the zone's time zone at `tapped_at`, fixed at write time for dialect-free bucketing. */
  local_date: string;
  local_hour: number;
  age_group: string;
  topic: string;
  created_at: string;
  undone_at: string | null;
}

/** Citizens' suggestions (migration 0006). Contact data and the IP hash are purged after their retention. */
export interface SuggestionsTable {
  id: string;
  reference: string;
  text: string;
  topic: string | null;
  /** kiosk | site */
  source: string;
  terminal_id: string | null;
  /** Keyed hash of the sender's IP address, for the rate limit only. */
  ip_hash: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  contact_consent_at: string | null;
  contact_purged_at: string | null;
  /** received | in_review | answered | implemented | declined */
  status: string;
  public_answer: string | null;
  published: Flag;
  status_changed_at: string;
  answered_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ZoneAnnouncementsTable {
  id: string;
  title: string;
  body: string;
  valid_from: string;
  valid_to: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** The zone's own opening hours (staffed times), shown on the kiosk start screen and the site. */
export interface ZoneOpeningHoursTable {
  id: string;
  weekday: number;
  opens: string;
  closes: string;
}

/** A service of the 115 catalogue (FIM/LeiKa model); lists, forms and locations as JSON text (migration 0005). */
export interface ServicesTable {
  id: string;
  leika_key: string;
  name: string;
  short_description: string;
  long_description: string;
  leichte_sprache: string;
  /** JSON string[] */
  prerequisites: string;
  /** JSON string[] */
  required_documents: string;
  fees: string;
  processing_time: string;
  /** JSON string[] */
  legal_basis: string;
  /** JSON {title, url}[] */
  forms: string;
  online_procedure_url: string | null;
  /** town | district | state | federal */
  authority_level: string;
  authority_name: string;
  /** JSON ServiceLocation[] */
  locations: string;
  /** JSON string[] */
  keywords: string;
  popularity: number;
  last_reviewed_on: string;
  dokbox_pickup: Flag;
  demo: Flag;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A citizen's request to be called back about a 115 question; name, phone and topic are purged later. */
export interface ServiceCallbackRequestsTable {
  id: string;
  name: string | null;
  phone_e164: string | null;
  topic: string | null;
  /** morning | afternoon | any */
  preferred_window: string;
  /** kiosk | site | zone */
  source: string;
  terminal_id: string | null;
  consent_at: string;
  /** open | done | unreachable */
  status: string;
  note: string | null;
  created_at: string;
  handled_at: string | null;
  handled_by: string | null;
  purged_at: string | null;
}

export interface MapPoisTable {
  id: string;
  category: string;
  texts: string;
  address: string;
  lat: number;
  lon: number;
  photos: string;
  published: number;
  demo: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MapWalksTable {
  id: string;
  texts: string;
  stops: string;
  published: number;
  demo: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MediaImagesTable {
  id: string;
  kind: string;
  width: number;
  height: number;
  sizes: string;
  created_by: string | null;
  demo: number;
  created_at: string;
}

export interface ToursTable {
  id: string;
  texts: string;
  status: string;
  start_room_id: string | null;
  rooms: string;
  demo: number;
  created_at: string;
  updated_at: string;
  version: number;
}

/**
 * One deposit of an old identity document into a box's deposit compartment (migration 0009_old_document_deposit).
 * status: awaiting_deposit (door unlocked for the citizen) → reading (closed, occupied, the agent's reader reads)
 * → deposited (accepted) | held (refused but inside: staff must take it out) | refused (nothing kept; `refusal`
 * says why) | timed_out (time ran out with the door open: held or refused once it is shut);
 * deposited / held → collected (a loader took it out) → handed_over (to the office, for cancellation).
 */
export interface OldDocumentDepositsTable {
  id: string;
  document_id: string;
  pickup_session_id: string | null;
  /** 1, 2, … per pickup session: the kiosk shows the latest attempt. */
  attempt: number;
  box_id: string;
  compartment_id: string;
  compartment_number: number;
  /** The compartment while this deposit holds it (unique); null once the compartment is free of it. */
  occupying_compartment_id: string | null;
  status: string;
  refusal: string | null;
  /** The number as read, masked (last three characters); the clear number is never stored. */
  number_masked: string | null;
  /** Keyed hash of the number as read, bound to the new document (like documents.old_document_number_hash). */
  number_hash: string | null;
  holder_matches: Flag | null;
  number_matches: Flag | null;
  unlock_command_id: string | null;
  read_command_id: string | null;
  deadline_at: string;
  door_opened_at: string | null;
  door_closed_at: string | null;
  deposited_at: string | null;
  collect_requested_at: string | null;
  collect_requested_by: string | null;
  collected_at: string | null;
  collected_by: string | null;
  handed_over_at: string | null;
  handed_over_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface Database {
  offices: OfficesTable;
  document_types: DocumentTypesTable;
  boxes: BoxesTable;
  box_opening_hours: BoxOpeningHoursTable;
  box_closures: BoxClosuresTable;
  box_outages: BoxOutagesTable;
  compartments: CompartmentsTable;
  documents: DocumentsTable;
  pickup_sessions: PickupSessionsTable;
  terminals: TerminalsTable;
  terminal_throttle: TerminalThrottleTable;
  staff_users: StaffUsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  jobs: JobsTable;
  sms_messages: SmsMessagesTable;
  sms_webhook_receipts: SmsWebhookReceiptsTable;
  demo_sms_inbox: DemoSmsInboxTable;
  box_commands: BoxCommandsTable;
  box_events: BoxEventsTable;
  box_agent_secrets: BoxAgentSecretsTable;
  alerts: AlertsTable;
  services: ServicesTable;
  service_callback_requests: ServiceCallbackRequestsTable;
  public_lookup_throttle: PublicLookupThrottleTable;
  zone_visits: ZoneVisitsTable;
  suggestions: SuggestionsTable;
  zone_announcements: ZoneAnnouncementsTable;
  zone_opening_hours: ZoneOpeningHoursTable;
  map_pois: MapPoisTable;
  map_walks: MapWalksTable;
  media_images: MediaImagesTable;
  tours: ToursTable;
  old_document_deposits: OldDocumentDepositsTable;
  evidence_images: EvidenceImagesTable;
  // security hardening (migration 0014)
  rate_limit_hits: RateLimitHitsTable;
  audit_chain_marker: AuditChainMarkerTable;
  kiosk_pairings: KioskPairingsTable;
  alert_notifications: AlertNotificationsTable;
  // office round trip (migration 0018)
  webhook_deliveries: WebhookDeliveriesTable;
  // transport lists (migration 0020)
  transport_lists: TransportListsTable;
  transport_list_items: TransportListItemsTable;
  // chain of custody (migration 0019)
  custody_reconciliations: CustodyReconciliationsTable;
  // staff assist at the kiosk (issue 18, migration 0026)
  assist_sessions: AssistSessionsTable;
  assist_commands: AssistCommandsTable;
  // offline-safe box (migration 0025)
  offline_code_verifiers: OfflineCodeVerifiersTable;
  offline_boxes: OfflineBoxesTable;
  // tenants (migration 0024)
  tenants: TenantsTable;
  tenant_box_grants: TenantBoxGrantsTable;
}

/** One signed webhook to the office's specialist procedure (migration 0018); its id is the `webhook-id`. */
export interface WebhookDeliveriesTable {
  id: string;
  /** document.registered | document.loaded | … (see contracts' webhookEventTypes). */
  event_type: string;
  document_id: string | null;
  /** 1, 2, 3 … per document: the order its events are delivered in. */
  document_seq: number;
  url: string;
  /** The exact JSON body sent (signed as is). */
  payload: string;
  /** pending | delivered | failed */
  status: string;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  last_attempt_at: string | null;
  delivered_at: string | null;
  created_at: string;
}

/** An evidence image taken at pickup (migration 0009): only the sealed image is stored, deleted after retention. */
export interface EvidenceImagesTable {
  id: string;
  box_id: string;
  event_id: string;
  command_id: string;
  document_id: string | null;
  compartment_number: number;
  taken_at: string;
  received_at: string;
  content_type: string;
  size_bytes: number;
  /** AES-256-GCM under `secrets.evidenceKey`: iv.tag.body, base64url. */
  image_sealed: string;
}

/** One rate limit's counter for one key in one fixed window (migration 0014); shared by all hubs on the database. */
export interface RateLimitHitsTable {
  key: string;
  window_start: string;
  window_end: string;
  hits: number;
}

/** From which seq the audit chain is an HMAC under `secrets.auditKey`, and the seal of that number (migration 0014). */
export interface AuditChainMarkerTable {
  id: number;
  keyed_from_seq: number;
  seal: string | null;
}

/**
 * A kiosk asking to be paired by code (migration 0011_kiosk_pairings). Code, secret and IP only as keyed hashes;
 * `sealed_key` (AES-GCM) holds the new terminal key from the admin's confirmation until the kiosk fetched it once.
 */
export interface KioskPairingsTable {
  id: string;
  code_hash: string;
  secret_hash: string;
  ip_hash: string;
  created_at: string;
  expires_at: string;
  terminal_id: string | null;
  sealed_key: string | null;
  confirmed_at: string | null;
  confirmed_by: string | null;
  consumed_at: string | null;
}

/** Notification state per alert condition (migration 0017_alert_notifications): folding and repeats. */
export interface AlertNotificationsTable {
  key: string;
  rule: string;
  first_seen_at: string;
  last_seen_at: string;
  resolved_at: string | null;
  last_notified_at: string | null;
  unreported: WithDefault<number>;
  /** The condition's summary as last seen, for the message that it ended (migration 0023). */
  summary: string | null;
  /** When a "resolved" message was last queued; before `last_notified_at`: the last message was an alert (0023). */
  resolved_notified_at: string | null;
}

/** A transport list (Übergabeliste, migration 0020): one trip of documents from the office to a box. */
export interface TransportListsTable {
  id: string;
  box_id: string;
  /** open | closed */
  status: string;
  note: string | null;
  created_by: string | null;
  /** The preparing clerk's name as it was then (the list is a record and is printed). */
  created_by_name: string;
  created_at: string;
  closed_at: string | null;
  /** Who made the change that closed the list: actor type and id (a box's sensor, a loader, a clerk). */
  closed_by_type: string | null;
  closed_by: string | null;
}

/** One document on a transport list, with what the loading did to it. */
export interface TransportListItemsTable {
  id: string;
  list_id: string;
  document_id: string;
  position: number;
  /** The document id while the item waits (pending | loading), else null; unique: one open list per document. */
  active_document_id: string | null;
  /** pending | loading | loaded | taken_back | cancelled | not_loaded */
  status: string;
  planned_compartment: number | null;
  /** Where the loading actually put it. */
  box_id: string | null;
  compartment: number | null;
  loader_name: string | null;
  second_loader_name: string | null;
  loading_started_at: string | null;
  loaded_at: string | null;
  taken_back_at: string | null;
  taken_back_by_name: string | null;
  taken_back_reason: string | null;
}

/** A reconciliation of documents per state against compartments seen occupied (migration 0019_chain_of_custody). */
export interface CustodyReconciliationsTable {
  id: string;
  day: string;
  daily_day: string | null;
  trigger: string;
  ran_at: string;
  ran_by: string | null;
  counts: string;
  differences: string;
  difference_count: number;
}

/** Staff assist at the kiosk (migration 0026_staff_assist). */
export interface AssistSessionsTable {
  id: string;
  terminal_id: string;
  staff_user_id: string;
  /** requested | active | declined | ended */
  state: string;
  end_reason: string | null;
  created_at: string;
  answered_at: string | null;
  ended_at: string | null;
  kiosk_seen_at: string | null;
  staff_seen_at: string | null;
  /** JSON of the kiosk's masked screen state (contracts AssistSnapshot); null once ended. */
  screen_state: string | null;
  screen_state_at: string | null;
  command_seq: number;
}

export interface AssistCommandsTable {
  session_id: string;
  seq: number;
  kind: string;
  target: number | null;
  created_at: string;
}
/** The code verifier of a document under its box's key (migration 0025, docs/offline.md). */
export interface OfflineCodeVerifiersTable {
  document_id: string;
  box_id: string;
  code_verifier: string;
  phone_verifier: string;
  dob_verifier: string | null;
  dob_searched: Flag;
  created_at: string;
}

/** The last verifier snapshot a box's agent received (migration 0025). */
export interface OfflineBoxesTable {
  box_id: string;
  sent_at: string;
  valid_until: string;
  documents: number;
}

// Tenants (migration 0024, modules/tenants/, docs/tenants.md). The tenant-owned tables get `tenant_id` by interface
// merging here, so the tables' own declarations above stay as they were.

/** A town (or another body running a zone), or a district (`district` 1: its district-level staff see all towns' figures). */
export interface TenantsTable {
  id: string;
  slug: string;
  name: string;
  /** The coat of arms as a path under the web apps (e.g. `/tenants/hohen-neuendorf.svg`). */
  coat_of_arms_path: string | null;
  /** The public site under its own host name (`buergerpunkt.hohen-neuendorf.de`) … */
  host_name: string | null;
  /** … or under a path of the hub (`/t/musterfelde`). */
  path_prefix: string | null;
  sms_sender: string | null;
  sms_signature: string | null;
  /** ISO 3166-2 subdivision without country: public holidays and the 115 hotline's days. */
  state_code: string;
  district: Flag;
  /** 1 while name, sender and state are still to be taken from the configuration (the upgraded default tenant). */
  from_config: Flag;
  created_at: string;
}

/** An office allowed to use another tenant's boxes (the district's office loads into the town's box). */
export interface TenantBoxGrantsTable {
  office_id: string;
  tenant_id: string;
  created_at: string;
}
export interface OfficesTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface BoxesTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface TerminalsTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface KioskPairingsTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface StaffUsersTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface ApiTokensTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface AlertsTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface MapPoisTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface MapWalksTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface MediaImagesTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface ToursTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface ServicesTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface ServiceCallbackRequestsTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface SuggestionsTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface ZoneVisitsTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface ZoneAnnouncementsTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
export interface ZoneOpeningHoursTable {
  /** Migration 0024; optional on insert (default: the default tenant). */
  tenant_id?: string;
}
