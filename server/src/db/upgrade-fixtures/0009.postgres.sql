--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alerts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alerts (
    id text NOT NULL,
    kind text NOT NULL,
    box_id text,
    document_id text,
    terminal_id text,
    data text NOT NULL,
    created_at text NOT NULL,
    acknowledged_at text,
    acknowledged_by text,
    resolved_at text,
    resolved_by text
);


--
-- Name: api_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_tokens (
    id text NOT NULL,
    name text NOT NULL,
    token_hash text NOT NULL,
    roles text NOT NULL,
    created_by text,
    created_at text NOT NULL,
    revoked_at text
);


--
-- Name: audit_head; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_head (
    id integer NOT NULL,
    seq integer NOT NULL,
    hash text NOT NULL
);


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    seq integer NOT NULL,
    at text NOT NULL,
    actor_type text NOT NULL,
    actor_id text,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id text,
    data text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL
);


--
-- Name: box_agent_secrets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.box_agent_secrets (
    box_id text NOT NULL,
    secret_hash text NOT NULL,
    issued_at text NOT NULL,
    issued_by text
);


--
-- Name: box_closures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.box_closures (
    id text NOT NULL,
    box_id text NOT NULL,
    starts_on text NOT NULL,
    ends_on text NOT NULL,
    reason text NOT NULL,
    created_at text NOT NULL
);


--
-- Name: box_commands; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.box_commands (
    id text NOT NULL,
    box_id text NOT NULL,
    type text NOT NULL,
    payload text NOT NULL,
    document_id text,
    status text NOT NULL,
    result text,
    created_at text NOT NULL,
    sent_at text,
    completed_at text,
    door_opened_at text
);


--
-- Name: box_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.box_events (
    id text NOT NULL,
    box_id text NOT NULL,
    type text NOT NULL,
    payload text NOT NULL,
    received_at text NOT NULL
);


--
-- Name: box_opening_hours; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.box_opening_hours (
    id text NOT NULL,
    box_id text NOT NULL,
    weekday integer NOT NULL,
    opens text NOT NULL,
    closes text NOT NULL
);


--
-- Name: box_outages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.box_outages (
    id text NOT NULL,
    box_id text NOT NULL,
    started_at text NOT NULL,
    ended_at text,
    reason text NOT NULL
);


--
-- Name: boxes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.boxes (
    id text NOT NULL,
    name text NOT NULL,
    location_name text NOT NULL,
    address text NOT NULL,
    state_code text NOT NULL,
    timezone text NOT NULL,
    in_service integer DEFAULT 1 NOT NULL,
    created_at text NOT NULL,
    link_connected integer DEFAULT 0 NOT NULL,
    link_changed_at text,
    link_heartbeat_at text
);


--
-- Name: compartments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.compartments (
    id text NOT NULL,
    box_id text NOT NULL,
    number integer NOT NULL,
    size text NOT NULL,
    wheelchair_reachable integer DEFAULT 0 NOT NULL,
    status text DEFAULT 'free'::text NOT NULL,
    door text DEFAULT 'unknown'::text NOT NULL,
    sensor_occupied integer,
    document_id text,
    updated_at text NOT NULL,
    door_opened_at text,
    door_open_alerted_at text
);


--
-- Name: demo_sms_inbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.demo_sms_inbox (
    id text NOT NULL,
    idempotency_key text NOT NULL,
    recipient text NOT NULL,
    sender text NOT NULL,
    body text NOT NULL,
    created_at text NOT NULL
);


--
-- Name: document_types; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.document_types (
    id text NOT NULL,
    name text NOT NULL,
    pickup_check text NOT NULL,
    window_opening_days integer,
    min_size text DEFAULT 'S'::text NOT NULL,
    updated_at text NOT NULL,
    pin_letter_required integer DEFAULT 0 NOT NULL,
    evidence_image_required integer DEFAULT 0 NOT NULL,
    four_eyes_loading integer DEFAULT 0 NOT NULL
);


--
-- Name: documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.documents (
    id text NOT NULL,
    reference text NOT NULL,
    office_id text NOT NULL,
    type_id text NOT NULL,
    holder_name text NOT NULL,
    phone_e164 text,
    phone_hash text,
    date_of_birth_hash text,
    needs_wheelchair_access integer DEFAULT 0 NOT NULL,
    proxy_note text,
    state text NOT NULL,
    box_id text,
    compartment_id text,
    code_hash text,
    code_issued_at text,
    code_failed_attempts integer DEFAULT 0 NOT NULL,
    code_locked integer DEFAULT 0 NOT NULL,
    check_failed_attempts integer DEFAULT 0 NOT NULL,
    resends_today integer DEFAULT 0 NOT NULL,
    resend_day text,
    notified_at text,
    reminder_sent_at text,
    expired_at text,
    issued_at text,
    final_at text,
    purged_at text,
    version integer DEFAULT 0 NOT NULL,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    pickup_check text,
    window_opening_days integer,
    pin_letter_required integer,
    evidence_image_required integer,
    four_eyes_loading integer,
    pin_letter_confirmed_at text,
    pickup_checks_passed text,
    old_document_number_hash text
);


--
-- Name: evidence_images; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evidence_images (
    id text NOT NULL,
    box_id text NOT NULL,
    event_id text NOT NULL,
    command_id text NOT NULL,
    document_id text,
    compartment_number integer NOT NULL,
    taken_at text NOT NULL,
    received_at text NOT NULL,
    content_type text NOT NULL,
    size_bytes integer NOT NULL,
    image_sealed text NOT NULL
);


--
-- Name: jobs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.jobs (
    id text NOT NULL,
    kind text NOT NULL,
    payload text NOT NULL,
    idempotency_key text NOT NULL,
    status text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    max_attempts integer NOT NULL,
    run_at text NOT NULL,
    locked_until text,
    locked_by text,
    last_error text,
    created_at text NOT NULL,
    finished_at text
);


--
-- Name: kysely_migration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.kysely_migration (
    name character varying(255) NOT NULL,
    "timestamp" character varying(255) NOT NULL
);


--
-- Name: kysely_migration_lock; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.kysely_migration_lock (
    id character varying(255) NOT NULL,
    is_locked integer DEFAULT 0 NOT NULL
);


--
-- Name: map_pois; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.map_pois (
    id text NOT NULL,
    category text NOT NULL,
    texts text NOT NULL,
    address text NOT NULL,
    lat double precision NOT NULL,
    lon double precision NOT NULL,
    photos text NOT NULL,
    published integer NOT NULL,
    demo integer DEFAULT 0 NOT NULL,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    version integer DEFAULT 0 NOT NULL
);


--
-- Name: map_walks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.map_walks (
    id text NOT NULL,
    texts text NOT NULL,
    stops text NOT NULL,
    published integer NOT NULL,
    demo integer DEFAULT 0 NOT NULL,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    version integer DEFAULT 0 NOT NULL
);


--
-- Name: media_images; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.media_images (
    id text NOT NULL,
    kind text NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    sizes text NOT NULL,
    created_by text,
    demo integer DEFAULT 0 NOT NULL,
    created_at text NOT NULL
);


--
-- Name: offices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.offices (
    id text NOT NULL,
    name text NOT NULL,
    short_name text NOT NULL,
    address text NOT NULL,
    created_at text NOT NULL
);


--
-- Name: old_document_deposits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.old_document_deposits (
    id text NOT NULL,
    document_id text NOT NULL,
    pickup_session_id text,
    attempt integer DEFAULT 1 NOT NULL,
    box_id text NOT NULL,
    compartment_id text NOT NULL,
    compartment_number integer NOT NULL,
    occupying_compartment_id text,
    status text NOT NULL,
    refusal text,
    number_masked text,
    number_hash text,
    holder_matches integer,
    number_matches integer,
    unlock_command_id text,
    read_command_id text,
    deadline_at text NOT NULL,
    door_opened_at text,
    door_closed_at text,
    deposited_at text,
    collect_requested_at text,
    collect_requested_by text,
    collected_at text,
    collected_by text,
    handed_over_at text,
    handed_over_by text,
    created_at text NOT NULL,
    updated_at text NOT NULL
);


--
-- Name: pickup_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pickup_sessions (
    id text NOT NULL,
    document_id text NOT NULL,
    terminal_id text NOT NULL,
    status text NOT NULL,
    check_required text NOT NULL,
    expires_at text NOT NULL,
    created_at text NOT NULL
);


--
-- Name: public_lookup_throttle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.public_lookup_throttle (
    key text NOT NULL,
    hits integer DEFAULT 0 NOT NULL,
    window_started_at text NOT NULL
);


--
-- Name: service_callback_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.service_callback_requests (
    id text NOT NULL,
    name text,
    phone_e164 text,
    topic text,
    preferred_window text NOT NULL,
    source text NOT NULL,
    terminal_id text,
    consent_at text NOT NULL,
    status text NOT NULL,
    note text,
    created_at text NOT NULL,
    handled_at text,
    handled_by text,
    purged_at text
);


--
-- Name: services; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.services (
    id text NOT NULL,
    leika_key text NOT NULL,
    name text NOT NULL,
    short_description text NOT NULL,
    long_description text NOT NULL,
    leichte_sprache text NOT NULL,
    prerequisites text NOT NULL,
    required_documents text NOT NULL,
    fees text NOT NULL,
    processing_time text NOT NULL,
    legal_basis text NOT NULL,
    forms text NOT NULL,
    online_procedure_url text,
    authority_level text NOT NULL,
    authority_name text NOT NULL,
    locations text NOT NULL,
    keywords text NOT NULL,
    popularity integer NOT NULL,
    last_reviewed_on text NOT NULL,
    dokbox_pickup integer NOT NULL,
    demo integer NOT NULL,
    version integer NOT NULL,
    created_at text NOT NULL,
    updated_at text NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    id text NOT NULL,
    token_hash text NOT NULL,
    user_id text NOT NULL,
    expires_at text NOT NULL,
    created_at text NOT NULL
);


--
-- Name: sms_messages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sms_messages (
    id text NOT NULL,
    document_id text,
    recipient text,
    template text NOT NULL,
    body_sealed text,
    segments integer NOT NULL,
    status text NOT NULL,
    provider text,
    provider_message_id text,
    attempts integer DEFAULT 0 NOT NULL,
    last_error text,
    created_at text NOT NULL,
    sent_at text,
    status_at text
);


--
-- Name: sms_webhook_receipts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sms_webhook_receipts (
    id text NOT NULL,
    received_at text NOT NULL
);


--
-- Name: staff_users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.staff_users (
    id text NOT NULL,
    username text NOT NULL,
    display_name text NOT NULL,
    password_hash text,
    roles text NOT NULL,
    office_id text,
    active integer DEFAULT 1 NOT NULL,
    created_at text NOT NULL,
    oidc_subject text
);


--
-- Name: suggestions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.suggestions (
    id text NOT NULL,
    reference text NOT NULL,
    text text NOT NULL,
    topic text,
    source text NOT NULL,
    terminal_id text,
    ip_hash text,
    contact_name text,
    contact_email text,
    contact_phone text,
    contact_consent_at text,
    contact_purged_at text,
    status text NOT NULL,
    public_answer text,
    published integer DEFAULT 0 NOT NULL,
    status_changed_at text NOT NULL,
    answered_at text,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    version integer DEFAULT 0 NOT NULL
);


--
-- Name: terminal_throttle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.terminal_throttle (
    terminal_id text NOT NULL,
    failures integer DEFAULT 0 NOT NULL,
    window_started_at text NOT NULL,
    blocked_until text,
    alerted_at text
);


--
-- Name: terminals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.terminals (
    id text NOT NULL,
    name text NOT NULL,
    box_id text,
    key_hash text NOT NULL,
    created_at text NOT NULL
);


--
-- Name: tours; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tours (
    id text NOT NULL,
    texts text NOT NULL,
    status text NOT NULL,
    start_room_id text,
    rooms text NOT NULL,
    demo integer DEFAULT 0 NOT NULL,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    version integer DEFAULT 0 NOT NULL
);


--
-- Name: zone_announcements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.zone_announcements (
    id text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    valid_from text NOT NULL,
    valid_to text,
    created_by text,
    created_at text NOT NULL,
    updated_at text NOT NULL
);


--
-- Name: zone_opening_hours; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.zone_opening_hours (
    id text NOT NULL,
    weekday integer NOT NULL,
    opens text NOT NULL,
    closes text NOT NULL
);


--
-- Name: zone_visits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.zone_visits (
    id text NOT NULL,
    recorded_by text NOT NULL,
    tapped_at text NOT NULL,
    local_date text NOT NULL,
    local_hour integer NOT NULL,
    age_group text NOT NULL,
    topic text NOT NULL,
    created_at text NOT NULL,
    undone_at text
);


--
-- Data for Name: alerts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alerts VALUES ('938607ca-a201-4b7b-b9f7-d8b5c01f4956', 'call_staff', NULL, NULL, NULL, '{"reason":"help","source":"kiosk"}', '2026-12-06T10:00:00.000Z', '2026-12-06T10:01:30.000Z', '54d3efeb-4efd-4538-aa48-75daf8c82147', '2026-12-06T10:01:30.000Z', '54d3efeb-4efd-4538-aa48-75daf8c82147');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_head VALUES (1, 95, 'c19d2ea74e42e4a986cea9570e36aa846acc07eac95ab7d2792e50b083b626ac');


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_log VALUES (1, '2026-12-07T12:11:39.809Z', 'system', NULL, 'demo.seed', 'box', 'dokbox-hn', '{"offices":3,"types":7,"compartments":24}', '0000000000000000000000000000000000000000000000000000000000000000', '1e07942af1febf19cb9a08345d7f2fa1a271a367be2d2bc39ae6318902fb4e4b');
INSERT INTO public.audit_log VALUES (2, '2026-12-07T12:11:40.054Z', 'system', NULL, 'staff.create', 'staff_user', '1c6db29d-b3fc-44be-9ef1-6a563f857ee1', '{"username":"admin","roles":["admin"]}', '1e07942af1febf19cb9a08345d7f2fa1a271a367be2d2bc39ae6318902fb4e4b', '35d770ea4093ccfef3248b6f54535fa8de2ac0ddeedaf2e407f07a7577f4f5de');
INSERT INTO public.audit_log VALUES (3, '2026-12-07T12:11:40.823Z', 'system', NULL, 'staff.create', 'staff_user', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', '{"username":"clerk","roles":["clerk"]}', '35d770ea4093ccfef3248b6f54535fa8de2ac0ddeedaf2e407f07a7577f4f5de', '5f43d8cf05d5a543965341edec2c53cdc9b52cdf6cf5e17fab76627f30f712bf');
INSERT INTO public.audit_log VALUES (4, '2026-12-07T12:11:41.743Z', 'system', NULL, 'staff.create', 'staff_user', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', '{"username":"loader","roles":["loader"]}', '5f43d8cf05d5a543965341edec2c53cdc9b52cdf6cf5e17fab76627f30f712bf', '91d0fc52de40bc52c4e4f168ad4cc3dcf632850e2763a3b6d65819f44e37c32e');
INSERT INTO public.audit_log VALUES (5, '2026-12-07T12:11:42.601Z', 'system', NULL, 'staff.create', 'staff_user', 'ba4ea1a6-7151-4b33-8c84-c9956d839b0c', '{"username":"loader2","roles":["loader"]}', '91d0fc52de40bc52c4e4f168ad4cc3dcf632850e2763a3b6d65819f44e37c32e', '7072e952f8862c17282913e5e933cc655fd60ce37d342398ccf3ed141a4406b3');
INSERT INTO public.audit_log VALUES (6, '2026-12-07T12:11:43.616Z', 'system', NULL, 'staff.create', 'staff_user', '54d3efeb-4efd-4538-aa48-75daf8c82147', '{"username":"zone","roles":["zone"]}', '7072e952f8862c17282913e5e933cc655fd60ce37d342398ccf3ed141a4406b3', 'bf58f5657999f93d4e99844bb84f8c3ec4cc66635034f537625505dbbaf0e8e8');
INSERT INTO public.audit_log VALUES (7, '2026-12-07T12:11:44.661Z', 'system', NULL, 'staff.create', 'staff_user', 'be8a66b1-8127-40b8-bf25-d73ad3082be9', '{"username":"auditor","roles":["auditor"]}', 'bf58f5657999f93d4e99844bb84f8c3ec4cc66635034f537625505dbbaf0e8e8', '6fe6b237eac0e02f6a38e66422c87de1db61c05e84c355607dba07c37b9cb208');
INSERT INTO public.audit_log VALUES (8, '2026-12-07T12:11:46.225Z', 'system', NULL, 'terminal.create', 'terminal', 'da5aeaa3-e8db-428c-ac15-e8805da8e0bf', '{"name":"Kiosk an der DokBox Hohen Neuendorf","boxId":"dokbox-hn"}', '6fe6b237eac0e02f6a38e66422c87de1db61c05e84c355607dba07c37b9cb208', '57d6cde1588ec75ed73aedc9c3ba4c7df727ffea39f419bec1865bff4bcfaa49');
INSERT INTO public.audit_log VALUES (9, '2026-12-07T12:11:46.275Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.register', 'document', '1dfef88a-a7eb-4989-b266-507c45f9b222', '{"to":"registered","reference":"HN-DEMO-0001","typeId":"id_card","officeId":"buergeramt-hn","proxy":false}', '57d6cde1588ec75ed73aedc9c3ba4c7df727ffea39f419bec1865bff4bcfaa49', '7e67efe62fb575d41dd7ad67c68c76b60d26e2ff8990198cdfaac7206efbecc0');
INSERT INTO public.audit_log VALUES (10, '2026-12-07T12:11:46.330Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.register', 'document', 'f46b2cf5-e6bb-46f3-b537-18c075acc7a3', '{"to":"registered","reference":"HN-DEMO-0002","typeId":"passport","officeId":"buergeramt-hn","proxy":false}', '7e67efe62fb575d41dd7ad67c68c76b60d26e2ff8990198cdfaac7206efbecc0', '161ffb6dbe88e6e634ca867de4e7182e57eb80e728d2f4c8b8d72d3d6bc48ad0');
INSERT INTO public.audit_log VALUES (11, '2026-12-07T12:11:46.358Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.prepare_transport', 'document', 'f46b2cf5-e6bb-46f3-b537-18c075acc7a3', '{"from":"registered","to":"ready_for_transport"}', '161ffb6dbe88e6e634ca867de4e7182e57eb80e728d2f4c8b8d72d3d6bc48ad0', '080905a0311fce0ab49a94ab59f9d1eb3c6375fae6fdea1dd1e7f4d027bfa2a0');
INSERT INTO public.audit_log VALUES (12, '2026-12-07T12:11:46.395Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.register', 'document', 'ff34746b-4903-47ed-b0f5-3b8931556caa', '{"to":"registered","reference":"HN-DEMO-0003","typeId":"id_card","officeId":"buergeramt-hn","proxy":false}', '080905a0311fce0ab49a94ab59f9d1eb3c6375fae6fdea1dd1e7f4d027bfa2a0', '07395e72983ee17cff736a4f6c3eb8a306b33d40c40527944ea1f8777285be14');
INSERT INTO public.audit_log VALUES (13, '2026-12-07T12:11:46.407Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.prepare_transport', 'document', 'ff34746b-4903-47ed-b0f5-3b8931556caa', '{"from":"registered","to":"ready_for_transport"}', '07395e72983ee17cff736a4f6c3eb8a306b33d40c40527944ea1f8777285be14', 'a79af765eec4e9e1e4b115cf5776a7f9befa61ebfcf2f931ad413056bc97a515');
INSERT INTO public.audit_log VALUES (14, '2026-12-07T12:11:46.407Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.start_loading', 'document', 'ff34746b-4903-47ed-b0f5-3b8931556caa', '{"from":"ready_for_transport","to":"loading"}', 'a79af765eec4e9e1e4b115cf5776a7f9befa61ebfcf2f931ad413056bc97a515', '2e6f312c72c36efbe56f075dfecdb9e260c14b46979854d975d5738dc750389d');
INSERT INTO public.audit_log VALUES (15, '2026-12-07T12:11:46.407Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.confirm_loaded', 'document', 'ff34746b-4903-47ed-b0f5-3b8931556caa', '{"from":"loading","to":"loaded"}', '2e6f312c72c36efbe56f075dfecdb9e260c14b46979854d975d5738dc750389d', 'd8578edf051fee0455f6702a3550b49c36377170265afb7ba3f15dbfbe41fd7d');
INSERT INTO public.audit_log VALUES (16, '2026-12-07T12:11:46.407Z', 'system', NULL, 'document.notify', 'document', 'ff34746b-4903-47ed-b0f5-3b8931556caa', '{"from":"loaded","to":"notified"}', 'd8578edf051fee0455f6702a3550b49c36377170265afb7ba3f15dbfbe41fd7d', 'cda7e311ebf28bd39068cee55449a41cb5ab560f6469ab5739657458359df18c');
INSERT INTO public.audit_log VALUES (17, '2026-12-07T12:11:46.763Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.register', 'document', 'a2ff9cb8-f588-4aa2-a5e8-9cbfa39d4f43', '{"to":"registered","reference":"HN-DEMO-0004","typeId":"driving_licence","officeId":"buergeramt-hn","proxy":false}', 'cda7e311ebf28bd39068cee55449a41cb5ab560f6469ab5739657458359df18c', 'ae4afda27544516276b114ad02cd00afe0a5e09ba6fee5295842ff07c14e8916');
INSERT INTO public.audit_log VALUES (18, '2026-12-07T12:11:46.826Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.prepare_transport', 'document', 'a2ff9cb8-f588-4aa2-a5e8-9cbfa39d4f43', '{"from":"registered","to":"ready_for_transport"}', 'ae4afda27544516276b114ad02cd00afe0a5e09ba6fee5295842ff07c14e8916', 'b1450352af88c0e02a3126cfe990fffcc747d84c347a06cb1d7e19a03c3db932');
INSERT INTO public.audit_log VALUES (19, '2026-12-07T12:11:46.826Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.start_loading', 'document', 'a2ff9cb8-f588-4aa2-a5e8-9cbfa39d4f43', '{"from":"ready_for_transport","to":"loading"}', 'b1450352af88c0e02a3126cfe990fffcc747d84c347a06cb1d7e19a03c3db932', '5792b57dd306265fb66bfe4c8bad2f2923ebf157a478b10f23c094d72058dd29');
INSERT INTO public.audit_log VALUES (20, '2026-12-07T12:11:46.826Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.confirm_loaded', 'document', 'a2ff9cb8-f588-4aa2-a5e8-9cbfa39d4f43', '{"from":"loading","to":"loaded"}', '5792b57dd306265fb66bfe4c8bad2f2923ebf157a478b10f23c094d72058dd29', 'd1498838f70db410f3350a07c79a0eed138ea579389b283d6a3c67ea7a01fe9d');
INSERT INTO public.audit_log VALUES (21, '2026-12-07T12:11:46.826Z', 'system', NULL, 'document.notify', 'document', 'a2ff9cb8-f588-4aa2-a5e8-9cbfa39d4f43', '{"from":"loaded","to":"notified"}', 'd1498838f70db410f3350a07c79a0eed138ea579389b283d6a3c67ea7a01fe9d', '7df2ef86a56a183cadbf09aca7a28e339c0a7bccce06152e7ffecd0cb9fb2ad5');
INSERT INTO public.audit_log VALUES (22, '2026-12-07T12:11:47.173Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.register', 'document', 'ddd0d3f1-3f64-47ba-a8e0-edc1147899bb', '{"to":"registered","reference":"HN-DEMO-0005","typeId":"residence_permit","officeId":"auslaenderbehoerde-ohv","proxy":false}', '7df2ef86a56a183cadbf09aca7a28e339c0a7bccce06152e7ffecd0cb9fb2ad5', '930c7e42ef21c2fe016e837cdc1d47e226a846e9d61d357b7ff0d072959e6d23');
INSERT INTO public.audit_log VALUES (23, '2026-12-07T12:11:47.227Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.prepare_transport', 'document', 'ddd0d3f1-3f64-47ba-a8e0-edc1147899bb', '{"from":"registered","to":"ready_for_transport"}', '930c7e42ef21c2fe016e837cdc1d47e226a846e9d61d357b7ff0d072959e6d23', '42a3eaeea7e12bf05d4609dad581f05ac349ea1929f982401af677ca9f8505e2');
INSERT INTO public.audit_log VALUES (24, '2026-12-07T12:11:47.227Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.start_loading', 'document', 'ddd0d3f1-3f64-47ba-a8e0-edc1147899bb', '{"from":"ready_for_transport","to":"loading"}', '42a3eaeea7e12bf05d4609dad581f05ac349ea1929f982401af677ca9f8505e2', '1a8b91bb28f43e3f6c963528f5d119c77ea8601c1b7227c0affa3e3d03d6073f');
INSERT INTO public.audit_log VALUES (25, '2026-12-07T12:11:47.227Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.confirm_loaded', 'document', 'ddd0d3f1-3f64-47ba-a8e0-edc1147899bb', '{"from":"loading","to":"loaded"}', '1a8b91bb28f43e3f6c963528f5d119c77ea8601c1b7227c0affa3e3d03d6073f', 'ad53bc46881931928bedd438e64048eb4720c8acd4255c356ed092d532fb1c7e');
INSERT INTO public.audit_log VALUES (26, '2026-12-07T12:11:47.227Z', 'system', NULL, 'document.notify', 'document', 'ddd0d3f1-3f64-47ba-a8e0-edc1147899bb', '{"from":"loaded","to":"notified"}', 'ad53bc46881931928bedd438e64048eb4720c8acd4255c356ed092d532fb1c7e', 'b60c6f2b692ee7bab9c37814cd378441e1f1b097a1de91f40e381f243807cbc0');
INSERT INTO public.audit_log VALUES (27, '2026-12-07T12:11:47.325Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.register', 'document', 'fbdd0682-93dd-4370-91b0-dfebc2fa95b6', '{"to":"registered","reference":"HN-DEMO-0006","typeId":"passport","officeId":"buergeramt-hn","proxy":false}', 'b60c6f2b692ee7bab9c37814cd378441e1f1b097a1de91f40e381f243807cbc0', 'c7ca80be355da96846699ffc23141a357d3e5a5bdf00cf61fac78d33ae4bf863');
INSERT INTO public.audit_log VALUES (28, '2026-12-07T12:11:47.341Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.prepare_transport', 'document', 'fbdd0682-93dd-4370-91b0-dfebc2fa95b6', '{"from":"registered","to":"ready_for_transport"}', 'c7ca80be355da96846699ffc23141a357d3e5a5bdf00cf61fac78d33ae4bf863', 'd0b60caf600bc378c027a55f6e91e9641b7212711f74c92091eaab07e92b972f');
INSERT INTO public.audit_log VALUES (29, '2026-12-07T12:11:47.341Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.start_loading', 'document', 'fbdd0682-93dd-4370-91b0-dfebc2fa95b6', '{"from":"ready_for_transport","to":"loading"}', 'd0b60caf600bc378c027a55f6e91e9641b7212711f74c92091eaab07e92b972f', '9032422123707ecfadcf2cd2b8664800277c74c4d397e98fe83cdbb7453fdb66');
INSERT INTO public.audit_log VALUES (30, '2026-12-07T12:11:47.341Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.confirm_loaded', 'document', 'fbdd0682-93dd-4370-91b0-dfebc2fa95b6', '{"from":"loading","to":"loaded"}', '9032422123707ecfadcf2cd2b8664800277c74c4d397e98fe83cdbb7453fdb66', 'a7c15016a1d0f7aac97f4bfde72c389f27fc60580cf2022b2007a5bcffe3ada8');
INSERT INTO public.audit_log VALUES (31, '2026-12-07T12:11:47.341Z', 'system', NULL, 'document.notify', 'document', 'fbdd0682-93dd-4370-91b0-dfebc2fa95b6', '{"from":"loaded","to":"notified"}', 'a7c15016a1d0f7aac97f4bfde72c389f27fc60580cf2022b2007a5bcffe3ada8', 'c7f9a7aaec0e07c38240bbc5108f73dee78070fe3675576e93111bcad6751efd');
INSERT INTO public.audit_log VALUES (32, '2026-12-07T12:11:47.341Z', 'terminal', 'da5aeaa3-e8db-428c-ac15-e8805da8e0bf', 'document.start_pickup', 'document', 'fbdd0682-93dd-4370-91b0-dfebc2fa95b6', '{"from":"notified","to":"pickup_in_progress"}', 'c7f9a7aaec0e07c38240bbc5108f73dee78070fe3675576e93111bcad6751efd', '1152dca3cfe08bb17ec4f2017236ec2f13a75e98771f4880c2c347966fb68d5c');
INSERT INTO public.audit_log VALUES (33, '2026-12-07T12:11:47.341Z', 'box', 'dokbox-hn', 'document.complete_pickup', 'document', 'fbdd0682-93dd-4370-91b0-dfebc2fa95b6', '{"from":"pickup_in_progress","to":"picked_up"}', '1152dca3cfe08bb17ec4f2017236ec2f13a75e98771f4880c2c347966fb68d5c', '4c23cbd67aca8a43ef5d875cf2691496321f6eb58372e1df375e8c24225afd9f');
INSERT INTO public.audit_log VALUES (34, '2026-12-07T12:11:47.392Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.register', 'document', '7dba963d-3b5b-44b1-9269-beaca5be0fae', '{"to":"registered","reference":"HN-DEMO-0007","typeId":"id_card","officeId":"buergeramt-hn","proxy":false}', '4c23cbd67aca8a43ef5d875cf2691496321f6eb58372e1df375e8c24225afd9f', 'c106f3eddaf1b4c6acfa43a8eb377c3a044157294e15a8f666bfc52a097ed833');
INSERT INTO public.audit_log VALUES (35, '2026-12-07T12:11:47.434Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.prepare_transport', 'document', '7dba963d-3b5b-44b1-9269-beaca5be0fae', '{"from":"registered","to":"ready_for_transport"}', 'c106f3eddaf1b4c6acfa43a8eb377c3a044157294e15a8f666bfc52a097ed833', 'aa10af82d5844c66967e98737bf0cfd36cc3ac7f6d41eace2748c9adeff17f9c');
INSERT INTO public.audit_log VALUES (36, '2026-12-07T12:11:47.434Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.start_loading', 'document', '7dba963d-3b5b-44b1-9269-beaca5be0fae', '{"from":"ready_for_transport","to":"loading"}', 'aa10af82d5844c66967e98737bf0cfd36cc3ac7f6d41eace2748c9adeff17f9c', '3b758c4b8373506b6825b6a08c1f3f323578c56f16d9b1c2e4f72e9db5209ed9');
INSERT INTO public.audit_log VALUES (37, '2026-12-07T12:11:47.434Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.confirm_loaded', 'document', '7dba963d-3b5b-44b1-9269-beaca5be0fae', '{"from":"loading","to":"loaded"}', '3b758c4b8373506b6825b6a08c1f3f323578c56f16d9b1c2e4f72e9db5209ed9', 'fe0193fb3a377e118b27cca2d2c0fa30e24c0afb3bee476899aedb4bf460eb14');
INSERT INTO public.audit_log VALUES (38, '2026-12-07T12:11:47.434Z', 'system', NULL, 'document.notify', 'document', '7dba963d-3b5b-44b1-9269-beaca5be0fae', '{"from":"loaded","to":"notified"}', 'fe0193fb3a377e118b27cca2d2c0fa30e24c0afb3bee476899aedb4bf460eb14', 'ec575ffad21f736fd401045d3160af40b50583e260f28ed21fbb4f4497af0449');
INSERT INTO public.audit_log VALUES (39, '2026-12-07T12:11:47.434Z', 'system', NULL, 'document.expire', 'document', '7dba963d-3b5b-44b1-9269-beaca5be0fae', '{"from":"notified","to":"awaiting_return"}', 'ec575ffad21f736fd401045d3160af40b50583e260f28ed21fbb4f4497af0449', '3acb2904a5a2d12b8826aa029ba9110b200d1e767e1edaeeefd7fc30c48ac561');
INSERT INTO public.audit_log VALUES (40, '2026-12-07T12:11:47.670Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.register', 'document', 'aa91fa1c-6469-46f0-af6f-8e1a5b354ea5', '{"to":"registered","reference":"HN-DEMO-0008","typeId":"driving_licence","officeId":"buergeramt-hn","proxy":false}', '3acb2904a5a2d12b8826aa029ba9110b200d1e767e1edaeeefd7fc30c48ac561', 'c9e401c192dedf8c150f4cf8b5f870460e9cbbc00f04da4c7a71923f690b34f0');
INSERT INTO public.audit_log VALUES (41, '2026-12-07T12:11:47.713Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.cancel', 'document', 'aa91fa1c-6469-46f0-af6f-8e1a5b354ea5', '{"from":"registered","to":"cancelled"}', 'c9e401c192dedf8c150f4cf8b5f870460e9cbbc00f04da4c7a71923f690b34f0', '2e3ab390cc61caaa0ed3484890311e10381543390280b161945576b5da942af7');
INSERT INTO public.audit_log VALUES (42, '2026-12-07T12:11:47.722Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.register', 'document', 'c2c790ed-20e2-4484-9999-ac03cbf9578e', '{"to":"registered","reference":"HN-DEMO-0009","typeId":"passport","officeId":"buergeramt-hn","proxy":false}', '2e3ab390cc61caaa0ed3484890311e10381543390280b161945576b5da942af7', '2d51d3f4379ec202f9398a7e2703cd9b52a5754591509262cca58b8b93a4d1e4');
INSERT INTO public.audit_log VALUES (43, '2026-12-07T12:11:47.785Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.prepare_transport', 'document', 'c2c790ed-20e2-4484-9999-ac03cbf9578e', '{"from":"registered","to":"ready_for_transport"}', '2d51d3f4379ec202f9398a7e2703cd9b52a5754591509262cca58b8b93a4d1e4', 'e36cb2ca465e56a5270ea8df00fbd5422ab79f84c433e13ffe92c87d6ecdee7c');
INSERT INTO public.audit_log VALUES (44, '2026-12-07T12:11:47.785Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.start_loading', 'document', 'c2c790ed-20e2-4484-9999-ac03cbf9578e', '{"from":"ready_for_transport","to":"loading"}', 'e36cb2ca465e56a5270ea8df00fbd5422ab79f84c433e13ffe92c87d6ecdee7c', 'f7552cf5f3d8c10f57b93b98d1480d76911437bbbc245d35d644cbacdaaefdbb');
INSERT INTO public.audit_log VALUES (45, '2026-12-07T12:11:47.785Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.confirm_loaded', 'document', 'c2c790ed-20e2-4484-9999-ac03cbf9578e', '{"from":"loading","to":"loaded"}', 'f7552cf5f3d8c10f57b93b98d1480d76911437bbbc245d35d644cbacdaaefdbb', '7677db08e895b4851c4f93e2d12e9382ec967f40f7d53b2162b7eddc2c45edb1');
INSERT INTO public.audit_log VALUES (46, '2026-12-07T12:11:47.785Z', 'system', NULL, 'document.notify', 'document', 'c2c790ed-20e2-4484-9999-ac03cbf9578e', '{"from":"loaded","to":"notified"}', '7677db08e895b4851c4f93e2d12e9382ec967f40f7d53b2162b7eddc2c45edb1', '60861080f8cbddbb73978af9b8faf05fad878222fd0012e2577767937921de35');
INSERT INTO public.audit_log VALUES (47, '2026-12-07T12:11:47.785Z', 'system', NULL, 'document.expire', 'document', 'c2c790ed-20e2-4484-9999-ac03cbf9578e', '{"from":"notified","to":"awaiting_return"}', '60861080f8cbddbb73978af9b8faf05fad878222fd0012e2577767937921de35', '476d85fb7870dcca7e904090ecf3f1d53d1fa15421ac5e5d111d18016b96ace0');
INSERT INTO public.audit_log VALUES (48, '2026-12-07T12:11:47.785Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.start_collecting', 'document', 'c2c790ed-20e2-4484-9999-ac03cbf9578e', '{"from":"awaiting_return","to":"collecting_for_return"}', '476d85fb7870dcca7e904090ecf3f1d53d1fa15421ac5e5d111d18016b96ace0', 'caac91032f762b401b694a607b9e522b222d2effdb2d686a95d82f171119c842');
INSERT INTO public.audit_log VALUES (49, '2026-12-07T12:11:47.785Z', 'box', 'dokbox-hn', 'document.confirm_collected', 'document', 'c2c790ed-20e2-4484-9999-ac03cbf9578e', '{"from":"collecting_for_return","to":"collected_for_return"}', 'caac91032f762b401b694a607b9e522b222d2effdb2d686a95d82f171119c842', '99fead6c463ec062ebb315af173f7337413d2b92e020362332b87cd77c0948c8');
INSERT INTO public.audit_log VALUES (50, '2026-12-07T12:11:47.785Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.record_return', 'document', 'c2c790ed-20e2-4484-9999-ac03cbf9578e', '{"from":"collected_for_return","to":"returned"}', '99fead6c463ec062ebb315af173f7337413d2b92e020362332b87cd77c0948c8', 'd0b1ec7311a758b854591a6f96bac5aea2a985271e3d866a566c656a1978ac69');
INSERT INTO public.audit_log VALUES (51, '2026-12-07T12:11:48.026Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.register', 'document', '6fbe3c8f-c2b0-44fa-9fae-bec634256388', '{"to":"registered","reference":"HN-DEMO-0010","typeId":"id_card","officeId":"buergeramt-hn","proxy":false}', 'd0b1ec7311a758b854591a6f96bac5aea2a985271e3d866a566c656a1978ac69', 'd7e0be819373c31493ebfe792bcf790106e0bfff1e8d3049b7b5433dc8b1cd59');
INSERT INTO public.audit_log VALUES (52, '2026-12-07T12:11:48.051Z', 'staff', 'b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'document.prepare_transport', 'document', '6fbe3c8f-c2b0-44fa-9fae-bec634256388', '{"from":"registered","to":"ready_for_transport"}', 'd7e0be819373c31493ebfe792bcf790106e0bfff1e8d3049b7b5433dc8b1cd59', 'ac8b3120e26a2568d4cb6c64a19f298c76be669890ae59c6d0d29c8a93f7fd03');
INSERT INTO public.audit_log VALUES (53, '2026-12-07T12:11:48.051Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.start_loading', 'document', '6fbe3c8f-c2b0-44fa-9fae-bec634256388', '{"from":"ready_for_transport","to":"loading"}', 'ac8b3120e26a2568d4cb6c64a19f298c76be669890ae59c6d0d29c8a93f7fd03', '17effe3d70174c508c0771b8ac26b147a724b6c94d460359e47c5f481153f451');
INSERT INTO public.audit_log VALUES (54, '2026-12-07T12:11:48.051Z', 'staff', '78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'document.confirm_loaded', 'document', '6fbe3c8f-c2b0-44fa-9fae-bec634256388', '{"from":"loading","to":"loaded"}', '17effe3d70174c508c0771b8ac26b147a724b6c94d460359e47c5f481153f451', '149792fcefcdf6e82e097e625c87ec66e54287e6f8b5cb1e32e17933d2b80529');
INSERT INTO public.audit_log VALUES (55, '2026-12-07T12:11:48.051Z', 'system', NULL, 'document.notify', 'document', '6fbe3c8f-c2b0-44fa-9fae-bec634256388', '{"from":"loaded","to":"notified"}', '149792fcefcdf6e82e097e625c87ec66e54287e6f8b5cb1e32e17933d2b80529', 'cbd2f9b81870c575e77ebff13d6ceb4734733e65db282926f8c52e4608d8c985');
INSERT INTO public.audit_log VALUES (56, '2026-12-07T12:11:48.051Z', 'terminal', 'da5aeaa3-e8db-428c-ac15-e8805da8e0bf', 'document.start_pickup', 'document', '6fbe3c8f-c2b0-44fa-9fae-bec634256388', '{"from":"notified","to":"pickup_in_progress"}', 'cbd2f9b81870c575e77ebff13d6ceb4734733e65db282926f8c52e4608d8c985', '5328a0b436f462a7551c7a8fdead6f8d5373fc6bce5158a8a6bf6560cd5ee824');
INSERT INTO public.audit_log VALUES (57, '2026-12-07T12:11:48.051Z', 'box', 'dokbox-hn', 'document.flag_for_reconcile', 'document', '6fbe3c8f-c2b0-44fa-9fae-bec634256388', '{"from":"pickup_in_progress","to":"needs_reconcile"}', '5328a0b436f462a7551c7a8fdead6f8d5373fc6bce5158a8a6bf6560cd5ee824', 'cc09b58307641591d5d8d75780e19fde32457f82c8b515c8cbf99b27a109dc8b');
INSERT INTO public.audit_log VALUES (58, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'personalausweis-beantragen', '{"name":"Personalausweis beantragen","leikaKey":"99000000000101","via":"demo"}', 'cc09b58307641591d5d8d75780e19fde32457f82c8b515c8cbf99b27a109dc8b', '4261457c3bf67ca78ba2698e2af5051de2f944707e7b08c09f8e6ab9c359dc9f');
INSERT INTO public.audit_log VALUES (59, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'reisepass-beantragen', '{"name":"Reisepass beantragen","leikaKey":"99000000000102","via":"demo"}', '4261457c3bf67ca78ba2698e2af5051de2f944707e7b08c09f8e6ab9c359dc9f', '62b9e230a199cac956c5744041726ee2fdecf6c618c32e39618af6872f880764');
INSERT INTO public.audit_log VALUES (60, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'vorlaeufiger-personalausweis', '{"name":"Vorläufigen Personalausweis beantragen","leikaKey":"99000000000103","via":"demo"}', '62b9e230a199cac956c5744041726ee2fdecf6c618c32e39618af6872f880764', '55938a6d3efb32caaeb2aff01036d4e28fdbc40463e074d5cc0174efb45b7e16');
INSERT INTO public.audit_log VALUES (61, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'reisepass-fuer-kinder', '{"name":"Reisepass oder Personalausweis für Kinder beantragen","leikaKey":"99000000000104","via":"demo"}', '55938a6d3efb32caaeb2aff01036d4e28fdbc40463e074d5cc0174efb45b7e16', 'ab3d4d679fafd226bffc0c620920eac525a3a2c7ce982d438d39fde80e6b093c');
INSERT INTO public.audit_log VALUES (62, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'ausweis-verlust-melden', '{"name":"Verlust oder Diebstahl des Ausweises melden","leikaKey":"99000000000105","via":"demo"}', 'ab3d4d679fafd226bffc0c620920eac525a3a2c7ce982d438d39fde80e6b093c', '62b5fa48831d0b4de085372164781b0c26a97d95b2db2fa96bf0abaa04757e78');
INSERT INTO public.audit_log VALUES (63, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'wohnsitz-anmelden', '{"name":"Wohnsitz anmelden (Anmeldung, Ummeldung)","leikaKey":"99000000000201","via":"demo"}', '62b5fa48831d0b4de085372164781b0c26a97d95b2db2fa96bf0abaa04757e78', '196c52c05d1b4abc30f3e12277a44bf287e400c7df70c3359897814a6571a619');
INSERT INTO public.audit_log VALUES (64, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'wohnsitz-abmelden', '{"name":"Wohnsitz abmelden (Wegzug ins Ausland)","leikaKey":"99000000000202","via":"demo"}', '196c52c05d1b4abc30f3e12277a44bf287e400c7df70c3359897814a6571a619', '8857afa45ca8c1760a45b1790a062282dedd530a585ab04ee6994bcce2d30cb4');
INSERT INTO public.audit_log VALUES (65, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'meldebescheinigung', '{"name":"Meldebescheinigung beantragen","leikaKey":"99000000000203","via":"demo"}', '8857afa45ca8c1760a45b1790a062282dedd530a585ab04ee6994bcce2d30cb4', 'b186c020847543ae460c86dd4c5df0c88f414effa2c3feb38b392cc2e17119d8');
INSERT INTO public.audit_log VALUES (66, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'fuehrungszeugnis', '{"name":"Führungszeugnis beantragen","leikaKey":"99000000000301","via":"demo"}', 'b186c020847543ae460c86dd4c5df0c88f414effa2c3feb38b392cc2e17119d8', 'fa307f7193f0eb96cc2db324bafe1e5f3aff82f235b56b6d139637f6aa4998b1');
INSERT INTO public.audit_log VALUES (67, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'fuehrerschein-umtausch', '{"name":"Führerschein umtauschen (Pflichtumtausch)","leikaKey":"99000000000401","via":"demo"}', 'fa307f7193f0eb96cc2db324bafe1e5f3aff82f235b56b6d139637f6aa4998b1', '23ce57ca123ce44bc649b28fd2e581077a1a9815b4e0402830d7b5dd5e50dffe');
INSERT INTO public.audit_log VALUES (68, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'internationaler-fuehrerschein', '{"name":"Internationalen Führerschein beantragen","leikaKey":"99000000000402","via":"demo"}', '23ce57ca123ce44bc649b28fd2e581077a1a9815b4e0402830d7b5dd5e50dffe', '5262d0ea8a276b361ab66322ceb2cc3231fd6d7c967bc8677c0cd5da44c2bc17');
INSERT INTO public.audit_log VALUES (69, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'hund-anmelden', '{"name":"Hund anmelden (Hundesteuer)","leikaKey":"99000000000501","via":"demo"}', '5262d0ea8a276b361ab66322ceb2cc3231fd6d7c967bc8677c0cd5da44c2bc17', 'ae960fe007a8fc5918e45fb725e03fafb0ed2e6a566058ed5111bff568824a2b');
INSERT INTO public.audit_log VALUES (70, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'gewerbe-anmelden', '{"name":"Gewerbe anmelden","leikaKey":"99000000000601","via":"demo"}', 'ae960fe007a8fc5918e45fb725e03fafb0ed2e6a566058ed5111bff568824a2b', '3ac75702ac77728a25633d0bdf354538488b2b8d54e674e241045d858142a806');
INSERT INTO public.audit_log VALUES (71, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'geburtsurkunde', '{"name":"Geburtsurkunde beantragen","leikaKey":"99000000000701","via":"demo"}', '3ac75702ac77728a25633d0bdf354538488b2b8d54e674e241045d858142a806', 'e61b9c7ceb49c983d78bf6545e60b676b42d12dc8ed97df16e7dc936eff86c3a');
INSERT INTO public.audit_log VALUES (72, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'eheurkunde', '{"name":"Eheurkunde beantragen","leikaKey":"99000000000702","via":"demo"}', 'e61b9c7ceb49c983d78bf6545e60b676b42d12dc8ed97df16e7dc936eff86c3a', 'defca6d346d0e389af8dbeb3c7aaae5e74abc515135ae1edf3264ebbd5781be5');
INSERT INTO public.audit_log VALUES (73, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'eheschliessung-anmelden', '{"name":"Eheschließung anmelden","leikaKey":"99000000000703","via":"demo"}', 'defca6d346d0e389af8dbeb3c7aaae5e74abc515135ae1edf3264ebbd5781be5', 'a5476a02f299a7e6f14033536a0988a033ebd33142eab166530cd68a8464367a');
INSERT INTO public.audit_log VALUES (74, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'parkausweis-schwerbehinderte', '{"name":"Parkausweis für schwerbehinderte Menschen beantragen","leikaKey":"99000000000801","via":"demo"}', 'a5476a02f299a7e6f14033536a0988a033ebd33142eab166530cd68a8464367a', 'bb08f7febc63c487f28cefbeceb2c29e2512cb319f04578d202f22c896c64d81');
INSERT INTO public.audit_log VALUES (75, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'schwerbehindertenausweis', '{"name":"Schwerbehindertenausweis beantragen","leikaKey":"99000000000802","via":"demo"}', 'bb08f7febc63c487f28cefbeceb2c29e2512cb319f04578d202f22c896c64d81', '3153eea0b5be893ebe0331244382950252961bc6b7fb61024434774e50c7e5cd');
INSERT INTO public.audit_log VALUES (76, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'sperrmuell', '{"name":"Sperrmüll abholen lassen","leikaKey":"99000000000901","via":"demo"}', '3153eea0b5be893ebe0331244382950252961bc6b7fb61024434774e50c7e5cd', '1cf32d294240812df1e31e622f1655b0ee725c8e219db4a2721eb0da6351146f');
INSERT INTO public.audit_log VALUES (77, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'wohngeld', '{"name":"Wohngeld beantragen","leikaKey":"99000000001001","via":"demo"}', '1cf32d294240812df1e31e622f1655b0ee725c8e219db4a2721eb0da6351146f', '7f1df6052f62ed2c43fe3f02d833c8bff220952070c690a952b0861330adc267');
INSERT INTO public.audit_log VALUES (78, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'fundsachen', '{"name":"Fundsache abgeben oder verlorene Sache suchen (Fundbüro)","leikaKey":"99000000001101","via":"demo"}', '7f1df6052f62ed2c43fe3f02d833c8bff220952070c690a952b0861330adc267', '8abdffe62ff125a1243021b4d626d925a37f90c57aa930029ff95a223108abaa');
INSERT INTO public.audit_log VALUES (79, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'baumfaellgenehmigung', '{"name":"Baum fällen: Genehmigung beantragen","leikaKey":"99000000001201","via":"demo"}', '8abdffe62ff125a1243021b4d626d925a37f90c57aa930029ff95a223108abaa', '6b08ee8cd4638d7b4a043fab0f1415c95e485d70cb40fa431964c109047a2e64');
INSERT INTO public.audit_log VALUES (80, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'verwarnungsgeld-parken', '{"name":"Verwarnungsgeld fürs Parken bezahlen oder Einwände erheben","leikaKey":"99000000001301","via":"demo"}', '6b08ee8cd4638d7b4a043fab0f1415c95e485d70cb40fa431964c109047a2e64', '860e9aafc3b255ca7c5cad8b09187138962aaf11f840ed72215aa247ecf5e5f3');
INSERT INTO public.audit_log VALUES (81, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'fahrzeug-zulassen', '{"name":"Fahrzeug zulassen","leikaKey":"99000000001401","via":"demo"}', '860e9aafc3b255ca7c5cad8b09187138962aaf11f840ed72215aa247ecf5e5f3', '9b9532afd083f4c1d4582d364ef232728236f300ac77de94b29d6f1af0d6295c');
INSERT INTO public.audit_log VALUES (82, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'briefwahl', '{"name":"Briefwahl beantragen","leikaKey":"99000000001501","via":"demo"}', '9b9532afd083f4c1d4582d364ef232728236f300ac77de94b29d6f1af0d6295c', '66b8f7c40764e57d38db081da83fab527847167b193e9a43e245b468f3ae4ebe');
INSERT INTO public.audit_log VALUES (83, '2026-12-07T12:11:48.167Z', 'system', NULL, 'service.created', 'service', 'beglaubigung', '{"name":"Kopien und Unterschriften beglaubigen lassen","leikaKey":"99000000001601","via":"demo"}', '66b8f7c40764e57d38db081da83fab527847167b193e9a43e245b468f3ae4ebe', 'af5d1104fb23160b81b9d1dbc3832f800f89dffc3d26a5ff807365ade5cba91c');
INSERT INTO public.audit_log VALUES (84, '2026-12-06T10:00:00.000Z', 'system', NULL, 'alert.raise', 'alert', '938607ca-a201-4b7b-b9f7-d8b5c01f4956', '{"kind":"call_staff","boxId":null,"documentId":null}', 'af5d1104fb23160b81b9d1dbc3832f800f89dffc3d26a5ff807365ade5cba91c', '10c398c85b0fad2353c93ad665e4fe7e28445f61775c37ea71d40455ffe60e92');
INSERT INTO public.audit_log VALUES (85, '2026-12-07T12:11:48.244Z', 'system', NULL, 'zone.demo_seed', 'zone', NULL, '{"visits":12,"suggestions":5}', '10c398c85b0fad2353c93ad665e4fe7e28445f61775c37ea71d40455ffe60e92', '891160e43e54ede952eacbf752710316b08e15255f684b9ac0fccf593c1fb937');
INSERT INTO public.audit_log VALUES (86, '2026-12-07T12:11:48.340Z', 'system', NULL, 'demo.seed.map', 'map_poi', NULL, '{"pois":29,"walks":2}', '891160e43e54ede952eacbf752710316b08e15255f684b9ac0fccf593c1fb937', '8e53de6b44b35b809ea00aac97d1468598c6f60f254520edd13cd0796d2b5557');
INSERT INTO public.audit_log VALUES (87, '2026-12-07T12:11:49.577Z', 'system', NULL, 'demo.seed.tour', 'tour', '39b4086a-5c64-4896-8be8-336f2ed129f9', '{"rooms":3}', '8e53de6b44b35b809ea00aac97d1468598c6f60f254520edd13cd0796d2b5557', '3ce8911e07adbd3b7ae3ee6bfa969f1e6eda7db730a4b9fc131bd2f1e02f2bb8');
INSERT INTO public.audit_log VALUES (88, '2026-12-07T12:11:54.814Z', 'system', NULL, 'box.agent_secret_issued', 'box', 'dokbox-hn', '{"boxId":"dokbox-hn"}', '3ce8911e07adbd3b7ae3ee6bfa969f1e6eda7db730a4b9fc131bd2f1e02f2bb8', '63fe66f8b447ce31b667a3a6a4d87576ef7722a771a2359bdc597a7e3fc28f4a');
INSERT INTO public.audit_log VALUES (89, '2026-12-07T12:11:55.246Z', 'system', NULL, 'sms.sent', 'sms_message', 'd5c14ee1-f379-4310-b378-bab2b110e578', '{"documentId":"6fbe3c8f-c2b0-44fa-9fae-bec634256388","template":"pickup_ready","recipient":"+49170****510","segments":1,"attempt":1,"provider":"outbox","providerMessageId":"ad9c2715-d671-4f50-b7c8-f056c4875c29"}', '63fe66f8b447ce31b667a3a6a4d87576ef7722a771a2359bdc597a7e3fc28f4a', '50a2ab0962fcb3e8cfde0887526e06ccf389fc89abac527ac70cc5af0c5a506f');
INSERT INTO public.audit_log VALUES (90, '2026-12-07T12:11:55.340Z', 'system', NULL, 'sms.sent', 'sms_message', '3202400f-1ebb-44be-860a-ffc9372444e0', '{"documentId":"ff34746b-4903-47ed-b0f5-3b8931556caa","template":"pickup_ready","recipient":"+49170****503","segments":1,"attempt":1,"provider":"outbox","providerMessageId":"f3aa33e0-52e2-497e-9fae-eb159d9a8c1c"}', '50a2ab0962fcb3e8cfde0887526e06ccf389fc89abac527ac70cc5af0c5a506f', 'ab5d622bc40d0f472c21f7ef06647fde995468a1617b40a75b2c45ac93c4b0b1');
INSERT INTO public.audit_log VALUES (91, '2026-12-07T12:11:55.684Z', 'system', NULL, 'sms.sent', 'sms_message', '91696dbd-12b8-48e6-ba95-610876b6f640', '{"documentId":"fbdd0682-93dd-4370-91b0-dfebc2fa95b6","template":"pickup_ready","recipient":"+49170****506","segments":1,"attempt":1,"provider":"outbox","providerMessageId":"ace901d6-69c5-4615-9961-5c3615a50743"}', 'ab5d622bc40d0f472c21f7ef06647fde995468a1617b40a75b2c45ac93c4b0b1', 'b6898611a908c8c3d06f64f895190985df0624c1a35a44ad21c9238bfee83c3b');
INSERT INTO public.audit_log VALUES (92, '2026-12-07T12:11:55.936Z', 'system', NULL, 'sms.sent', 'sms_message', '2b7d93fb-430e-4642-93a7-f42b9a3e714e', '{"documentId":"c2c790ed-20e2-4484-9999-ac03cbf9578e","template":"pickup_ready","recipient":"+49170****509","segments":1,"attempt":1,"provider":"outbox","providerMessageId":"8d97e1d1-0f64-4ab5-9c0c-7de53af7d0e3"}', 'b6898611a908c8c3d06f64f895190985df0624c1a35a44ad21c9238bfee83c3b', '7a18cea3f1736d97de283691f52c888a88c487f08646c185895aacb1077bebaa');
INSERT INTO public.audit_log VALUES (93, '2026-12-07T12:11:56.047Z', 'system', NULL, 'sms.sent', 'sms_message', '83d52c75-59b8-499d-afc4-b54fb591617f', '{"documentId":"7dba963d-3b5b-44b1-9269-beaca5be0fae","template":"pickup_ready","recipient":"+49170****507","segments":1,"attempt":1,"provider":"outbox","providerMessageId":"5030b2fc-a640-414a-a89e-8d9cf03b0acc"}', '7a18cea3f1736d97de283691f52c888a88c487f08646c185895aacb1077bebaa', 'a711efa287824d8d64d62879d17ba1a3f5cf9d61c28875efb3716859b43d5730');
INSERT INTO public.audit_log VALUES (94, '2026-12-07T12:11:56.158Z', 'system', NULL, 'sms.sent', 'sms_message', '364a7760-8298-47bb-840d-885a3fecb395', '{"documentId":"ddd0d3f1-3f64-47ba-a8e0-edc1147899bb","template":"pickup_ready","recipient":"+49170****505","segments":1,"attempt":1,"provider":"outbox","providerMessageId":"68835983-36ac-4313-a5be-437746adfd29"}', 'a711efa287824d8d64d62879d17ba1a3f5cf9d61c28875efb3716859b43d5730', '12c974d1b9f2778066fac7fa4a293439027f9abf8772ed4d9ccb83e79803cca8');
INSERT INTO public.audit_log VALUES (95, '2026-12-07T12:11:56.241Z', 'system', NULL, 'sms.sent', 'sms_message', '464fb56b-c667-4d96-8fea-4cc5978566d3', '{"documentId":"a2ff9cb8-f588-4aa2-a5e8-9cbfa39d4f43","template":"pickup_ready","recipient":"+49170****504","segments":1,"attempt":1,"provider":"outbox","providerMessageId":"eb0dbdf8-b966-4d70-8787-6cd0e88232aa"}', '12c974d1b9f2778066fac7fa4a293439027f9abf8772ed4d9ccb83e79803cca8', 'c19d2ea74e42e4a986cea9570e36aa846acc07eac95ab7d2792e50b083b626ac');


--
-- Data for Name: box_agent_secrets; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.box_agent_secrets VALUES ('dokbox-hn', 'abbf782d7428e4c6feb3d266485102e2608f8d27a12d4b98c19c46118c59810e', '2026-12-07T12:11:54.814Z', NULL);


--
-- Data for Name: box_closures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: box_commands; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.box_commands VALUES ('f6e1f1cf-7ea6-48b2-a5d1-01c7f8dd5659', 'dokbox-hn', 'read_status', '{}', NULL, 'done', '{"ok":true}', '2026-12-07T12:11:55.623Z', '2026-12-07T12:11:55.668Z', '2026-12-07T12:11:55.884Z', NULL);


--
-- Data for Name: box_events; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: box_opening_hours; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.box_opening_hours VALUES ('03ebc302-0f7b-4378-bc4a-b6cefe23a95d', 'dokbox-hn', 1, '00:00', '23:59');
INSERT INTO public.box_opening_hours VALUES ('66ddcdfa-caf4-4a19-861a-06a46649b058', 'dokbox-hn', 2, '00:00', '23:59');
INSERT INTO public.box_opening_hours VALUES ('6dc121f2-a403-445f-b0b2-efce36922198', 'dokbox-hn', 3, '00:00', '23:59');
INSERT INTO public.box_opening_hours VALUES ('ee7e0c40-5967-44fe-b066-61cb8ffa3ec0', 'dokbox-hn', 4, '00:00', '23:59');
INSERT INTO public.box_opening_hours VALUES ('a8259200-ea99-422f-84d5-8f7c88c20e09', 'dokbox-hn', 5, '00:00', '23:59');
INSERT INTO public.box_opening_hours VALUES ('fdd88a45-5c25-409b-883c-bac02c496680', 'dokbox-hn', 6, '00:00', '23:59');
INSERT INTO public.box_opening_hours VALUES ('77190a2a-6a2b-435f-a6b8-5bf6c556aeb1', 'dokbox-hn', 7, '00:00', '23:59');


--
-- Data for Name: box_outages; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: boxes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.boxes VALUES ('dokbox-hn', 'DokBox Hohen Neuendorf', 'Kaufhaus am Markt (Demo), Erdgeschoss, Begegnungszone', 'Marktplatz 1 (Demo), 16540 Hohen Neuendorf', 'BB', 'Europe/Berlin', 1, '2026-12-07T12:11:39.809Z', 0, '2026-12-07T12:11:56.950Z', '2026-12-07T12:11:55.256Z');


--
-- Data for Name: compartments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.compartments VALUES ('dokbox-hn-1', 'dokbox-hn', 1, 'S', 0, 'occupied', 'closed', 1, 'ff34746b-4903-47ed-b0f5-3b8931556caa', '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-2', 'dokbox-hn', 2, 'S', 0, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-3', 'dokbox-hn', 3, 'S', 0, 'occupied', 'closed', 1, '6fbe3c8f-c2b0-44fa-9fae-bec634256388', '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-4', 'dokbox-hn', 4, 'S', 0, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-5', 'dokbox-hn', 5, 'S', 0, 'occupied', 'closed', 1, 'a2ff9cb8-f588-4aa2-a5e8-9cbfa39d4f43', '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-6', 'dokbox-hn', 6, 'S', 0, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-7', 'dokbox-hn', 7, 'S', 0, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-8', 'dokbox-hn', 8, 'S', 0, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-9', 'dokbox-hn', 9, 'M', 1, 'occupied', 'closed', 1, 'ddd0d3f1-3f64-47ba-a8e0-edc1147899bb', '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-10', 'dokbox-hn', 10, 'M', 1, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-11', 'dokbox-hn', 11, 'M', 1, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-12', 'dokbox-hn', 12, 'M', 1, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-13', 'dokbox-hn', 13, 'M', 1, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-14', 'dokbox-hn', 14, 'M', 1, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-15', 'dokbox-hn', 15, 'M', 1, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-16', 'dokbox-hn', 16, 'M', 1, 'deposit', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-17', 'dokbox-hn', 17, 'L', 0, 'occupied', 'closed', 1, '7dba963d-3b5b-44b1-9269-beaca5be0fae', '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-18', 'dokbox-hn', 18, 'L', 0, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-19', 'dokbox-hn', 19, 'L', 0, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-20', 'dokbox-hn', 20, 'L', 0, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-21', 'dokbox-hn', 21, 'L', 0, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-22', 'dokbox-hn', 22, 'L', 0, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-23', 'dokbox-hn', 23, 'L', 0, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);
INSERT INTO public.compartments VALUES ('dokbox-hn-24', 'dokbox-hn', 24, 'L', 0, 'free', 'closed', 0, NULL, '2026-12-07T12:11:55.884Z', NULL, NULL);


--
-- Data for Name: demo_sms_inbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.demo_sms_inbox VALUES ('ad9c2715-d671-4f50-b7c8-f056c4875c29', 'd5c14ee1-f379-4310-b378-bab2b110e578', '+491701234510', 'Buergerpkt', 'Ihr Personalausweis liegt in der DokBox Hohen Neuendorf. Abholcode: 633552. Abholbar bis Do 17.12. zu den Öffnungszeiten. Stadt Hohen Neuendorf', '2026-12-07T12:11:54.865Z');
INSERT INTO public.demo_sms_inbox VALUES ('f3aa33e0-52e2-497e-9fae-eb159d9a8c1c', '3202400f-1ebb-44be-860a-ffc9372444e0', '+491701234503', 'Buergerpkt', 'Ihr Personalausweis liegt in der DokBox Hohen Neuendorf. Abholcode: 599081. Abholbar bis Do 17.12. zu den Öffnungszeiten. Stadt Hohen Neuendorf', '2026-12-07T12:11:55.320Z');
INSERT INTO public.demo_sms_inbox VALUES ('ace901d6-69c5-4615-9961-5c3615a50743', '91696dbd-12b8-48e6-ba95-610876b6f640', '+491701234506', 'Buergerpkt', 'Ihr Reisepass liegt in der DokBox Hohen Neuendorf. Abholcode: 464690. Abholbar bis Do 17.12. zu den Öffnungszeiten. Stadt Hohen Neuendorf', '2026-12-07T12:11:55.624Z');
INSERT INTO public.demo_sms_inbox VALUES ('8d97e1d1-0f64-4ab5-9c0c-7de53af7d0e3', '2b7d93fb-430e-4642-93a7-f42b9a3e714e', '+491701234509', 'Buergerpkt', 'Ihr Reisepass liegt in der DokBox Hohen Neuendorf. Abholcode: 522982. Abholbar bis Do 17.12. zu den Öffnungszeiten. Stadt Hohen Neuendorf', '2026-12-07T12:11:55.914Z');
INSERT INTO public.demo_sms_inbox VALUES ('5030b2fc-a640-414a-a89e-8d9cf03b0acc', '83d52c75-59b8-499d-afc4-b54fb591617f', '+491701234507', 'Buergerpkt', 'Ihr Personalausweis liegt in der DokBox Hohen Neuendorf. Abholcode: 967299. Abholbar bis Do 17.12. zu den Öffnungszeiten. Stadt Hohen Neuendorf', '2026-12-07T12:11:56.021Z');
INSERT INTO public.demo_sms_inbox VALUES ('68835983-36ac-4313-a5be-437746adfd29', '364a7760-8298-47bb-840d-885a3fecb395', '+491701234505', 'Buergerpkt', 'Ihr Aufenthaltstitel liegt in der DokBox Hohen Neuendorf. Abholcode: 904142. Abholbar bis Do 17.12. zu den Öffnungszeiten. Stadt Hohen Neuendorf', '2026-12-07T12:11:56.138Z');
INSERT INTO public.demo_sms_inbox VALUES ('eb0dbdf8-b966-4d70-8787-6cd0e88232aa', '464fb56b-c667-4d96-8fea-4cc5978566d3', '+491701234504', 'Buergerpkt', 'Ihr Führerschein liegt in der DokBox Hohen Neuendorf. Abholcode: 917523. Abholbar bis Do 17.12. zu den Öffnungszeiten. Stadt Hohen Neuendorf', '2026-12-07T12:11:56.197Z');


--
-- Data for Name: document_types; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.document_types VALUES ('id_card', 'Personalausweis', 'old_document_or_date_of_birth', NULL, 'S', '2026-12-07T12:11:39.809Z', 1, 0, 0);
INSERT INTO public.document_types VALUES ('passport', 'Reisepass', 'old_document_or_date_of_birth', NULL, 'S', '2026-12-07T12:11:39.809Z', 0, 0, 0);
INSERT INTO public.document_types VALUES ('child_passport', 'Kinderreisepass', 'date_of_birth', NULL, 'S', '2026-12-07T12:11:39.809Z', 0, 0, 0);
INSERT INTO public.document_types VALUES ('driving_licence', 'Führerschein', 'date_of_birth', NULL, 'S', '2026-12-07T12:11:39.809Z', 0, 0, 0);
INSERT INTO public.document_types VALUES ('travel_document', 'Reiseausweis', 'date_of_birth', NULL, 'S', '2026-12-07T12:11:39.809Z', 0, 0, 0);
INSERT INTO public.document_types VALUES ('residence_permit', 'Aufenthaltstitel', 'date_of_birth', NULL, 'S', '2026-12-07T12:11:39.809Z', 0, 0, 0);
INSERT INTO public.document_types VALUES ('civil_certificate', 'Personenstandsurkunde', 'none', NULL, 'S', '2026-12-07T12:11:39.809Z', 0, 0, 0);


--
-- Data for Name: documents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.documents VALUES ('1dfef88a-a7eb-4989-b266-507c45f9b222', 'HN-DEMO-0001', 'buergeramt-hn', 'id_card', 'Renate Vogel', '+491701234501', '165aa0802389adb56f0b548174f94adcafc84cd5d6bd4e439993b02ec89218a8', '0637aec66a0bf4b25b4546808d7d1b6256499602c2723d2a9b0e4c99cef592df', 0, NULL, 'registered', NULL, NULL, NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, '2026-12-07T12:11:46.275Z', '2026-12-07T12:11:46.275Z', 'old_document_or_date_of_birth', 10, 1, 0, 0, NULL, NULL, NULL);
INSERT INTO public.documents VALUES ('f46b2cf5-e6bb-46f3-b537-18c075acc7a3', 'HN-DEMO-0002', 'buergeramt-hn', 'passport', 'Klaus Brandt', '+491701234502', 'f0a328838f17aced506eb144485732bc4b126d646a9ea8443c1a5dc284e8e10a', 'af256711f471d187a8e0df506e9299a917639bcf5fd086cccf850059bd967f48', 0, NULL, 'ready_for_transport', NULL, NULL, NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, '2026-12-07T12:11:46.330Z', '2026-12-07T12:11:46.358Z', 'old_document_or_date_of_birth', 10, 0, 0, 0, NULL, NULL, NULL);
INSERT INTO public.documents VALUES ('ff34746b-4903-47ed-b0f5-3b8931556caa', 'HN-DEMO-0003', 'buergeramt-hn', 'id_card', 'Erika Mustermann', '+491701234503', '1c90d790ec2b3cc7e24614b7f116251dd6d287661100d6c29f9380f9a139b696', '4ac7ffc40acfa45d2248e47f77c088539af4fed83d861d920b541c8ed42d8b3c', 0, NULL, 'notified', 'dokbox-hn', 'dokbox-hn-1', 'a749dc8840c60814040401fe33ff6c8c7f5103e8c2fb79e76692f73c556b5205', '2026-12-07T12:11:46.407Z', 0, 0, 0, 0, NULL, '2026-12-07T12:11:46.407Z', NULL, NULL, NULL, NULL, NULL, 4, '2026-12-07T12:11:46.395Z', '2026-12-07T12:11:46.407Z', 'old_document_or_date_of_birth', 10, 1, 0, 0, NULL, NULL, 'cdc2d523a3548a9661d0c932fc6ad7f41604932064346f00dafd32819e242971');
INSERT INTO public.documents VALUES ('a2ff9cb8-f588-4aa2-a5e8-9cbfa39d4f43', 'HN-DEMO-0004', 'buergeramt-hn', 'driving_licence', 'Hans Peters', '+491701234504', '8ac76733a1afc105712092803f0b677f52247e0b25270c7605b0c81d0916e400', '4b2bcdd5cfddef8d4199060cf45131bbc0e516ca1f10fcae9327c91a99d8a37d', 0, NULL, 'notified', 'dokbox-hn', 'dokbox-hn-5', 'd463baa5683cf1f887965691db252289b947a9593b3ca4b7f17dbcfc63434887', '2026-12-07T12:11:46.826Z', 0, 0, 0, 0, NULL, '2026-12-07T12:11:46.826Z', NULL, NULL, NULL, NULL, NULL, 4, '2026-12-07T12:11:46.763Z', '2026-12-07T12:11:46.826Z', 'date_of_birth', 10, 0, 0, 0, NULL, NULL, NULL);
INSERT INTO public.documents VALUES ('ddd0d3f1-3f64-47ba-a8e0-edc1147899bb', 'HN-DEMO-0005', 'auslaenderbehoerde-ohv', 'residence_permit', 'Olena Kovalenko', '+491701234505', '6e2507dc7f090fa35a0fa5b65a4f7faa6d2ed5fff9e82b0cd27ba14d4c982243', 'a7471897c73a4ff00beda59fab1c7ca707cbdeaa7bc64b1078438336134c035d', 0, NULL, 'notified', 'dokbox-hn', 'dokbox-hn-9', '0f16b560bf229e017bedd430373ffaa3bd35e55faf2c1dd762b8f4e788ca9d30', '2026-12-07T12:11:47.227Z', 0, 0, 0, 0, NULL, '2026-12-07T12:11:47.227Z', NULL, NULL, NULL, NULL, NULL, 4, '2026-12-07T12:11:47.173Z', '2026-12-07T12:11:47.227Z', 'date_of_birth', 10, 0, 0, 0, NULL, NULL, NULL);
INSERT INTO public.documents VALUES ('fbdd0682-93dd-4370-91b0-dfebc2fa95b6', 'HN-DEMO-0006', 'buergeramt-hn', 'passport', 'Gisela Hoffmann', '+491701234506', '410945c180948fd2681a302883b6d6bb7e9b6a8f527dc35b9b3a269e1a351d54', 'c5c14b077211a94cb1e4562a68d041cc4326dbcafea2d0a5f60369b7557bb930', 0, NULL, 'picked_up', 'dokbox-hn', 'dokbox-hn-13', NULL, '2026-12-07T12:11:47.341Z', 0, 0, 0, 0, NULL, '2026-12-07T12:11:47.341Z', NULL, NULL, '2026-12-07T12:11:47.341Z', '2026-12-07T12:11:47.341Z', NULL, 6, '2026-12-07T12:11:47.325Z', '2026-12-07T12:11:47.341Z', 'old_document_or_date_of_birth', 10, 0, 0, 0, NULL, NULL, NULL);
INSERT INTO public.documents VALUES ('7dba963d-3b5b-44b1-9269-beaca5be0fae', 'HN-DEMO-0007', 'buergeramt-hn', 'id_card', 'Jürgen Schulz', '+491701234507', 'ced4ea062c9dea95b52df728572942f130f5a0f3b9f72aeecb6c78a8c6a6a54a', '4a72f1f74cdc424cfba2bce61ec89c1008cf1754010683bbe85fde955aac6ef1', 0, NULL, 'awaiting_return', 'dokbox-hn', 'dokbox-hn-17', NULL, '2026-12-07T12:11:47.434Z', 0, 0, 0, 0, NULL, '2026-12-07T12:11:47.434Z', NULL, '2026-12-07T12:11:47.434Z', NULL, NULL, NULL, 5, '2026-12-07T12:11:47.392Z', '2026-12-07T12:11:47.434Z', 'old_document_or_date_of_birth', 10, 1, 0, 0, NULL, NULL, NULL);
INSERT INTO public.documents VALUES ('aa91fa1c-6469-46f0-af6f-8e1a5b354ea5', 'HN-DEMO-0008', 'buergeramt-hn', 'driving_licence', 'Monika Richter', '+491701234508', '3b7861635de70434598133340297b67e70307a768aa7462bb16ee50b9624c5a0', '89e60a3820d51ef90f8982bd9a9410541603679729ab6254dd1bd1111ab3797e', 0, NULL, 'cancelled', NULL, NULL, NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, '2026-12-07T12:11:47.713Z', NULL, 1, '2026-12-07T12:11:47.670Z', '2026-12-07T12:11:47.713Z', 'date_of_birth', 10, 0, 0, 0, NULL, NULL, NULL);
INSERT INTO public.documents VALUES ('c2c790ed-20e2-4484-9999-ac03cbf9578e', 'HN-DEMO-0009', 'buergeramt-hn', 'passport', 'Peter Lange', '+491701234509', '2b1522fafef5304cbe203ae0c03458580aa9be04f51692adf4791257f929a67c', '555c72d14696d780fe80fcc16a84f943692f6697baf3beb861d9a88e9421bb2a', 0, NULL, 'returned', 'dokbox-hn', 'dokbox-hn-21', NULL, '2026-12-07T12:11:47.785Z', 0, 0, 0, 0, NULL, '2026-12-07T12:11:47.785Z', NULL, '2026-12-07T12:11:47.785Z', NULL, '2026-12-07T12:11:47.785Z', NULL, 8, '2026-12-07T12:11:47.722Z', '2026-12-07T12:11:47.785Z', 'old_document_or_date_of_birth', 10, 0, 0, 0, NULL, NULL, NULL);
INSERT INTO public.documents VALUES ('6fbe3c8f-c2b0-44fa-9fae-bec634256388', 'HN-DEMO-0010', 'buergeramt-hn', 'id_card', 'Sabine Krüger', '+491701234510', 'd4a342cfd5f7215f489e6a5e89c8e49a377c9cba66a9302c6952141f80c86021', 'c4e2d2ec0ada627b20610d27cdadf55126b08f75ab1708d74ca2bd230f5974df', 0, NULL, 'needs_reconcile', 'dokbox-hn', 'dokbox-hn-3', NULL, '2026-12-07T12:11:48.051Z', 0, 0, 0, 0, NULL, '2026-12-07T12:11:48.051Z', NULL, NULL, NULL, NULL, NULL, 6, '2026-12-07T12:11:48.026Z', '2026-12-07T12:11:48.051Z', 'old_document_or_date_of_birth', 10, 1, 0, 0, NULL, NULL, NULL);


--
-- Data for Name: evidence_images; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: jobs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.jobs VALUES ('5a82f85f-ede7-4c0e-8eac-7ddf40e1b002', 'sms.send', '{"messageId":"d5c14ee1-f379-4310-b378-bab2b110e578"}', 'sms:d5c14ee1-f379-4310-b378-bab2b110e578', 'done', 1, 8, '2026-12-07T12:11:48.051Z', NULL, 'runner-c8f48327-2832-4132-9d06-e91cf943b87b', NULL, '2026-12-07T12:11:48.051Z', '2026-12-07T12:11:55.301Z');
INSERT INTO public.jobs VALUES ('53f5679a-b764-4816-ab11-6f650569ee97', 'sms.send', '{"messageId":"3202400f-1ebb-44be-860a-ffc9372444e0"}', 'sms:3202400f-1ebb-44be-860a-ffc9372444e0', 'done', 1, 8, '2026-12-07T12:11:46.407Z', NULL, 'runner-c8f48327-2832-4132-9d06-e91cf943b87b', NULL, '2026-12-07T12:11:46.407Z', '2026-12-07T12:11:55.581Z');
INSERT INTO public.jobs VALUES ('dad00e16-5ec2-4ea2-9774-3e9737d04634', 'sms.send', '{"messageId":"91696dbd-12b8-48e6-ba95-610876b6f640"}', 'sms:91696dbd-12b8-48e6-ba95-610876b6f640', 'done', 1, 8, '2026-12-07T12:11:47.341Z', NULL, 'runner-c8f48327-2832-4132-9d06-e91cf943b87b', NULL, '2026-12-07T12:11:47.341Z', '2026-12-07T12:11:55.883Z');
INSERT INTO public.jobs VALUES ('9be32d97-b319-47e8-a3ae-e7e0d3a7a228', 'sms.send', '{"messageId":"2b7d93fb-430e-4642-93a7-f42b9a3e714e"}', 'sms:2b7d93fb-430e-4642-93a7-f42b9a3e714e', 'done', 1, 8, '2026-12-07T12:11:47.785Z', NULL, 'runner-c8f48327-2832-4132-9d06-e91cf943b87b', NULL, '2026-12-07T12:11:47.785Z', '2026-12-07T12:11:55.973Z');
INSERT INTO public.jobs VALUES ('87b8527f-eece-4ba2-95cb-b21b810b9046', 'sms.send', '{"messageId":"83d52c75-59b8-499d-afc4-b54fb591617f"}', 'sms:83d52c75-59b8-499d-afc4-b54fb591617f', 'done', 1, 8, '2026-12-07T12:11:47.434Z', NULL, 'runner-c8f48327-2832-4132-9d06-e91cf943b87b', NULL, '2026-12-07T12:11:47.434Z', '2026-12-07T12:11:56.098Z');
INSERT INTO public.jobs VALUES ('fbe3ece9-c78e-4bf5-b771-5821986e3e72', 'sms.send', '{"messageId":"364a7760-8298-47bb-840d-885a3fecb395"}', 'sms:364a7760-8298-47bb-840d-885a3fecb395', 'done', 1, 8, '2026-12-07T12:11:47.227Z', NULL, 'runner-c8f48327-2832-4132-9d06-e91cf943b87b', NULL, '2026-12-07T12:11:47.227Z', '2026-12-07T12:11:56.178Z');
INSERT INTO public.jobs VALUES ('e9583a6d-5a74-4291-b1aa-0c07c6ec1850', 'sms.send', '{"messageId":"464fb56b-c667-4d96-8fea-4cc5978566d3"}', 'sms:464fb56b-c667-4d96-8fea-4cc5978566d3', 'done', 1, 8, '2026-12-07T12:11:46.826Z', NULL, 'runner-c8f48327-2832-4132-9d06-e91cf943b87b', NULL, '2026-12-07T12:11:46.826Z', '2026-12-07T12:11:56.273Z');


--
-- Data for Name: kysely_migration; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.kysely_migration VALUES ('0001_initial', '2026-12-07T12:11:39.089Z');
INSERT INTO public.kysely_migration VALUES ('0002_boxes_link_tracking', '2026-12-07T12:11:39.101Z');
INSERT INTO public.kysely_migration VALUES ('0003_box_agent_secrets', '2026-12-07T12:11:39.155Z');
INSERT INTO public.kysely_migration VALUES ('0004_document_policy_snapshot', '2026-12-07T12:11:39.183Z');
INSERT INTO public.kysely_migration VALUES ('0005_public_lookup_throttle', '2026-12-07T12:11:39.221Z');
INSERT INTO public.kysely_migration VALUES ('0005_services_catalogue', '2026-12-07T12:11:39.277Z');
INSERT INTO public.kysely_migration VALUES ('0006_zone_operations', '2026-12-07T12:11:39.471Z');
INSERT INTO public.kysely_migration VALUES ('0007_map_and_tour', '2026-12-07T12:11:39.581Z');
INSERT INTO public.kysely_migration VALUES ('0008_accounts_oidc_subject', '2026-12-07T12:11:39.594Z');
INSERT INTO public.kysely_migration VALUES ('0008_identity_checks', '2026-12-07T12:11:39.604Z');
INSERT INTO public.kysely_migration VALUES ('0009_evidence_images', '2026-12-07T12:11:39.725Z');
INSERT INTO public.kysely_migration VALUES ('0009_old_document_deposit', '2026-12-07T12:11:39.771Z');


--
-- Data for Name: kysely_migration_lock; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.kysely_migration_lock VALUES ('migration_lock', 0);


--
-- Data for Name: map_pois; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.map_pois VALUES ('8279a5db-964d-4ed0-9e3c-40405b52431b', 'administration', '{"name":{"de":"Rathaus Hohen Neuendorf","ls":"Rathaus Hohen Neuendorf","en":"Rathaus Hohen Neuendorf"},"description":{"de":"Sitz der Stadtverwaltung und des Bürgermeisters. Hier tagen die Stadtverordneten. (Demo-Eintrag)","ls":"Das ist das Rathaus. Hier arbeitet die Stadt-Verwaltung. Hier arbeitet auch der Bürgermeister.","en":"Town hall: seat of the town administration and the mayor; the town council meets here. (demo entry)"},"openingHours":{"de":"Mo, Mi, Fr 9–12 Uhr; Di 9–12 und 13–18 Uhr; Do 13–16 Uhr (Demo)"},"accessibility":{"de":"Eingang ebenerdig, Aufzug, Behinderten-WC im Erdgeschoss."}}', '{"street":"Oranienburger Straße","houseNumber":"2","postcode":"16540","town":"Hohen Neuendorf"}', 52.676, 13.2802, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('65ce11ea-c5b0-4fbc-99b6-641f9a74b720', 'administration', '{"name":{"de":"Bürgeramt","ls":"Bürgeramt","en":"Bürgeramt"},"description":{"de":"Personalausweis, Reisepass, Meldebescheinigung, Führungszeugnis. Termine online oder am Bürgerpunkt. (Demo-Eintrag)","ls":"Im Bürger-Amt bekommen Sie zum Beispiel einen neuen Ausweis. Machen Sie vorher einen Termin.","en":"Citizens’ office: ID cards, passports, registration certificates. Book an appointment online or at the Bürgerpunkt. (demo entry)"},"openingHours":{"de":"Di 9–12 und 13–18 Uhr, Do 9–12 und 13–16 Uhr (Demo)"},"accessibility":{"de":"Erdgeschoss, stufenlos, Schalter mit Sitzplatz."}}', '{"street":"Oranienburger Straße","houseNumber":"2","postcode":"16540","town":"Hohen Neuendorf"}', 52.6757, 13.2808, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('8b121d34-751f-472d-b2da-7f5952183664', 'administration', '{"name":{"de":"Bürgerpunkt im Kaufhaus (Demo)","ls":"Bürgerpunkt im Kaufhaus (Demo)","en":"Bürgerpunkt im Kaufhaus (Demo)"},"description":{"de":"Die Begegnungszone im Kaufhaus: DokBox zum Abholen von Dokumenten, 115-Telefon, Stadtplan und 360°-Rundgang. (Demo-Eintrag)","ls":"Hier ist der Bürger-Punkt. Hier können Sie Ihren Ausweis abholen. Hier hilft Ihnen das Personal.","en":"The meeting zone in the department store: document pickup box, 115 phone, town map and 360° tour. (demo entry)"},"openingHours":{"de":"Mo–Sa 9:30–20 Uhr"},"accessibility":{"de":"Stufenlos, Terminal in Sitzhöhe bedienbar, Induktionsschleife."}}', '{"street":"Marktplatz","houseNumber":"1","postcode":"16540","town":"Hohen Neuendorf"}', 52.6702, 13.2848, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('f02f16a5-5114-4567-b544-3d3b918bb680', 'culture', '{"name":{"de":"Stadtbibliothek","ls":"Stadtbibliothek","en":"Stadtbibliothek"},"description":{"de":"Bücher, Hörbücher, Zeitschriften und Spiele; Lesungen und Vorlesestunden für Kinder. Onleihe mit dem Bibliotheksausweis. (Demo-Eintrag)","ls":"In der Bibliothek können Sie Bücher ausleihen. Das kostet wenig Geld. Es gibt auch Bücher in Leichter Sprache.","en":"Town library: books, audiobooks, magazines and games; readings and story hours for children. (demo entry)"},"openingHours":{"de":"Di–Fr 10–18 Uhr, Sa 10–13 Uhr (Demo)"},"accessibility":{"de":"Stufenloser Zugang, Leselupe, Bücher in Großdruck."}}', '{"street":"Oranienburger Straße","houseNumber":"4","postcode":"16540","town":"Hohen Neuendorf"}', 52.6748, 13.2822, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('3e750417-5ac1-46e3-a16a-ea1474a8f28b', 'mobility', '{"name":{"de":"S-Bahnhof Hohen Neuendorf","ls":"S-Bahnhof Hohen Neuendorf","en":"S-Bahnhof Hohen Neuendorf"},"description":{"de":"S1 Richtung Berlin und Oranienburg, S8 Richtung Bergfelde. Busse in die Ortsteile. (Demo-Eintrag)","ls":"Hier fährt die S-Bahn. Die S1 fährt nach Berlin. Die S8 fährt nach Bergfelde.","en":"Suburban railway: S1 to Berlin and Oranienburg, S8 to Bergfelde; buses to the districts. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":"Aufzug zum Bahnsteig; Blindenleitsystem."}}', '{"street":"Schönfließer Straße","houseNumber":"","postcode":"16540","town":"Hohen Neuendorf"}', 52.6689, 13.2868, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('d711b941-17e0-4659-baa9-bd8bbc55ee26', 'mobility', '{"name":{"de":"S-Bahnhof Bergfelde","ls":"S-Bahnhof Bergfelde","en":"S-Bahnhof Bergfelde"},"description":{"de":"S8 Richtung Berlin-Blankenburg und Hohen Neuendorf. (Demo-Eintrag)","ls":"Hier fährt die S-Bahn S8.","en":"Suburban railway station of Bergfelde (S8). (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":"Rampe zum Bahnsteig."}}', '{"street":"Bahnhofstraße","houseNumber":"","postcode":"16540","town":"Hohen Neuendorf"}', 52.67, 13.321, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('80159470-b7f4-47d3-9938-b9c0b1356d55', 'mobility', '{"name":{"de":"S-Bahnhof Borgsdorf","ls":"S-Bahnhof Borgsdorf","en":"S-Bahnhof Borgsdorf"},"description":{"de":"S1 Richtung Oranienburg und Berlin. (Demo-Eintrag)","ls":"Hier fährt die S-Bahn S1.","en":"Suburban railway station of Borgsdorf (S1). (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":"Rampe zum Bahnsteig."}}', '{"street":"Bahnhofstraße","houseNumber":"","postcode":"16556","town":"Hohen Neuendorf"}', 52.7149, 13.2771, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('3defa2c8-afe5-47a0-8a1d-dd47277742db', 'sights', '{"name":{"de":"Wasserturm","ls":"Wasserturm","en":"Wasserturm"},"description":{"de":"Das Wahrzeichen der Stadt. Der Turm versorgte den Ort früher mit Wasser; heute ist er ein beliebter Treffpunkt. (Demo-Eintrag)","ls":"Der Wasser-Turm ist sehr alt. Früher war hier Wasser für die Häuser drin. Heute ist er ein Wahr-Zeichen.","en":"The water tower is the town’s landmark; it once supplied the town with water. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":"Außengelände mit festen Wegen; Turm nicht barrierefrei."}}', '{"street":"Am Wasserturm","houseNumber":"1","postcode":"16540","town":"Hohen Neuendorf"}', 52.6738, 13.2786, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('f2690f55-40d5-47f3-ab3a-f0193a2f1761', 'sights', '{"name":{"de":"Dorfkirche Hohen Neuendorf","ls":"Dorfkirche Hohen Neuendorf","en":"Dorfkirche Hohen Neuendorf"},"description":{"de":"Die alte Dorfkirche im Ortskern, umgeben vom Kirchhof. (Demo-Eintrag)","ls":"Das ist eine alte Kirche. Sie steht in der Mitte vom Ort.","en":"The old village church in the centre, surrounded by its churchyard. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":"Eine Stufe am Eingang."}}', '{"street":"Oranienburger Straße","houseNumber":"13","postcode":"16540","town":"Hohen Neuendorf"}', 52.6745, 13.283, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('7516e568-8082-41ee-b131-f038dd2932e5', 'sights', '{"name":{"de":"Dorfkirche Stolpe","ls":"Dorfkirche Stolpe","en":"Dorfkirche Stolpe"},"description":{"de":"Feldsteinkirche im Dorfkern von Stolpe. (Demo-Eintrag)","ls":"Eine Kirche aus großen Steinen. Sie steht in Stolpe.","en":"Fieldstone church in the centre of the village of Stolpe. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":""}}', '{"street":"Dorfstraße","houseNumber":"","postcode":"16540","town":"Hohen Neuendorf"}', 52.659, 13.245, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('6d996842-e0c7-4575-847b-cc91d36abb23', 'parks', '{"name":{"de":"Havelufer Borgsdorf","ls":"Havelufer Borgsdorf","en":"Havelufer Borgsdorf"},"description":{"de":"Spazierweg am Wasser mit Blick auf die Havel und Bänken zum Ausruhen. (Demo-Eintrag)","ls":"Hier können Sie am Wasser spazieren gehen. Es gibt Bänke.","en":"Riverside path along the Havel with benches. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":"Weg teilweise unbefestigt."}}', '{"street":"An der Havel","houseNumber":"","postcode":"16556","town":"Hohen Neuendorf"}', 52.72, 13.25, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('67e8742d-cf76-4c2b-b8de-c520546e701e', 'parks', '{"name":{"de":"Park am Rathaus","ls":"Park am Rathaus","en":"Park am Rathaus"},"description":{"de":"Kleiner Park mit Bänken und alten Bäumen hinter dem Rathaus. (Demo-Eintrag)","ls":"Ein kleiner Park. Es gibt Bänke und alte Bäume.","en":"Small park with benches and old trees behind the town hall. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":"Feste Wege, stufenlos."}}', '{"street":"Oranienburger Straße","houseNumber":"","postcode":"16540","town":"Hohen Neuendorf"}', 52.6765, 13.2815, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('2609fcc9-61e2-42a9-8ef2-afb9a70d5bcf', 'parks', '{"name":{"de":"Stolper Heide","ls":"Stolper Heide","en":"Stolper Heide"},"description":{"de":"Wald- und Heidelandschaft zwischen Stolpe und Hohen Neuendorf; Wanderwege. (Demo-Eintrag)","ls":"Hier ist Wald. Hier können Sie wandern.","en":"Woods and heath between Stolpe and Hohen Neuendorf with trails. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":""}}', '{"street":"Stolper Straße","houseNumber":"","postcode":"16540","town":"Hohen Neuendorf"}', 52.662, 13.252, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('d88e4095-1809-4e99-90d7-1c35245381f4', 'education', '{"name":{"de":"Marie-Curie-Gymnasium","ls":"Marie-Curie-Gymnasium","en":"Marie-Curie-Gymnasium"},"description":{"de":"Gymnasium der Stadt. (Demo-Eintrag)","ls":"Das ist eine Schule. Man kann hier das Abitur machen.","en":"The town’s grammar school. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":""}}', '{"street":"Niederheidestraße","houseNumber":"20","postcode":"16540","town":"Hohen Neuendorf"}', 52.678, 13.27, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('3b08fcac-45e2-4e90-8e6f-ebcb0d90386a', 'education', '{"name":{"de":"Grundschule Niederheide","ls":"Grundschule Niederheide","en":"Grundschule Niederheide"},"description":{"de":"Grundschule im Süden der Stadt. (Demo-Eintrag)","ls":"Das ist eine Grund-Schule.","en":"Primary school in the south of the town. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":""}}', '{"street":"Berliner Straße","houseNumber":"30","postcode":"16540","town":"Hohen Neuendorf"}', 52.664, 13.28, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('c27f27ab-6e89-4ee0-9b1e-cbf7a9b2cfa6', 'education', '{"name":{"de":"Grundschule Borgsdorf","ls":"Grundschule Borgsdorf","en":"Grundschule Borgsdorf"},"description":{"de":"Grundschule im Ortsteil Borgsdorf. (Demo-Eintrag)","ls":"Das ist eine Grund-Schule in Borgsdorf.","en":"Primary school in Borgsdorf. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":""}}', '{"street":"Hauptstraße","houseNumber":"20","postcode":"16556","town":"Hohen Neuendorf"}', 52.712, 13.279, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('58197be3-33d4-41f5-b835-c85a44e52773', 'education', '{"name":{"de":"Grundschule Bergfelde","ls":"Grundschule Bergfelde","en":"Grundschule Bergfelde"},"description":{"de":"Grundschule im Ortsteil Bergfelde. (Demo-Eintrag)","ls":"Das ist eine Grund-Schule in Bergfelde.","en":"Primary school in Bergfelde. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":""}}', '{"street":"Schönfließer Straße","houseNumber":"60","postcode":"16540","town":"Hohen Neuendorf"}', 52.669, 13.315, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('4ddb9e17-f332-4674-84af-175047051609', 'playgrounds', '{"name":{"de":"Spielplatz am Wasserturm","ls":"Spielplatz am Wasserturm","en":"Spielplatz am Wasserturm"},"description":{"de":"Spielplatz mit Kletterturm, Sandkasten und Schaukeln. (Demo-Eintrag)","ls":"Ein Spiel-Platz für Kinder. Es gibt Schaukeln.","en":"Playground with climbing tower, sandpit and swings. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":""}}', '{"street":"Am Wasserturm","houseNumber":"","postcode":"16540","town":"Hohen Neuendorf"}', 52.6732, 13.2778, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('45564b50-edfd-4277-b7eb-2a38ebdd8a2f', 'playgrounds', '{"name":{"de":"Spielplatz Bergfelde","ls":"Spielplatz Bergfelde","en":"Spielplatz Bergfelde"},"description":{"de":"Spielplatz mit Wasserspiel und Rutsche. (Demo-Eintrag)","ls":"Ein Spiel-Platz für Kinder. Es gibt eine Rutsche.","en":"Playground with water play and slide. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":""}}', '{"street":"Birkenallee","houseNumber":"","postcode":"16540","town":"Hohen Neuendorf"}', 52.671, 13.318, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('ecfa42b1-196d-4c8e-9a25-3ec9775ed7db', 'toilets', '{"name":{"de":"Öffentliche Toilette am S-Bahnhof","ls":"Öffentliche Toilette am S-Bahnhof","en":"Öffentliche Toilette am S-Bahnhof"},"description":{"de":"Öffentliche Toilette neben dem Bahnhofseingang. (Demo-Eintrag)","ls":"Hier ist eine Toilette. Alle dürfen sie benutzen.","en":"Public toilet next to the station entrance. (demo entry)"},"openingHours":{"de":"täglich 6–22 Uhr (Demo)"},"accessibility":{"de":"Rollstuhlgerecht, Euroschlüssel."}}', '{"street":"Schönfließer Straße","houseNumber":"","postcode":"16540","town":"Hohen Neuendorf"}', 52.6693, 13.2861, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('cdf3f778-c196-4395-94dd-582dbec3461b', 'toilets', '{"name":{"de":"Toilette im Rathaus","ls":"Toilette im Rathaus","en":"Toilette im Rathaus"},"description":{"de":"Während der Öffnungszeiten des Rathauses. (Demo-Eintrag)","ls":"Im Rathaus gibt es eine Toilette.","en":"Inside the town hall during opening hours. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":"Rollstuhlgerecht."}}', '{"street":"Oranienburger Straße","houseNumber":"2","postcode":"16540","town":"Hohen Neuendorf"}', 52.6762, 13.2797, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('1211cfcc-21bc-4f7c-bcf0-2ebffa8ae276', 'health', '{"name":{"de":"Hausarztpraxis am Markt (Demo)","ls":"Hausarztpraxis am Markt (Demo)","en":"Hausarztpraxis am Markt (Demo)"},"description":{"de":"Allgemeinmedizinische Praxis (erfundener Eintrag für die Demo). (Demo-Eintrag)","ls":"Hier ist eine Ärztin. Sie hilft, wenn Sie krank sind.","en":"General practice (invented entry for the demo). (demo entry)"},"openingHours":{"de":"Mo–Fr 8–12 Uhr, Di und Do 15–18 Uhr"},"accessibility":{"de":"Aufzug."}}', '{"street":"Marktplatz","houseNumber":"3","postcode":"16540","town":"Hohen Neuendorf"}', 52.672, 13.285, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('3fe38239-3e8f-4ff0-a8ee-6701e6db297c', 'health', '{"name":{"de":"Apotheke am Bahnhof (Demo)","ls":"Apotheke am Bahnhof (Demo)","en":"Apotheke am Bahnhof (Demo)"},"description":{"de":"Apotheke (erfundener Eintrag für die Demo). (Demo-Eintrag)","ls":"Hier bekommen Sie Medikamente.","en":"Pharmacy (invented entry for the demo). (demo entry)"},"openingHours":{"de":"Mo–Fr 8–19 Uhr, Sa 9–14 Uhr"},"accessibility":{"de":"Stufenlos."}}', '{"street":"Schönfließer Straße","houseNumber":"5","postcode":"16540","town":"Hohen Neuendorf"}', 52.6696, 13.2854, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('b71712d1-fc90-4bb1-89fc-d7e7d9df6aad', 'health', '{"name":{"de":"Ärztehaus Bergfelde (Demo)","ls":"Ärztehaus Bergfelde (Demo)","en":"Ärztehaus Bergfelde (Demo)"},"description":{"de":"Mehrere Praxen unter einem Dach (erfundener Eintrag). (Demo-Eintrag)","ls":"Hier sind mehrere Ärzte in einem Haus.","en":"Several practices under one roof (invented). (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":"Aufzug, Behindertenparkplatz."}}', '{"street":"Schönfließer Straße","houseNumber":"40","postcode":"16540","town":"Hohen Neuendorf"}', 52.6705, 13.319, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('e127c1a2-7b88-44df-8915-4bc2c5956e82', 'shopping', '{"name":{"de":"Wochenmarkt","ls":"Wochenmarkt","en":"Wochenmarkt"},"description":{"de":"Obst, Gemüse, Blumen und Regionales. (Demo-Eintrag)","ls":"Hier ist der Markt. Sie können Obst und Gemüse kaufen.","en":"Weekly market: fruit, vegetables, flowers and local produce. (demo entry)"},"openingHours":{"de":"Do 8–13 Uhr (Demo)"},"accessibility":{"de":""}}', '{"street":"Marktplatz","houseNumber":"","postcode":"16540","town":"Hohen Neuendorf"}', 52.6705, 13.2842, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('845dc600-fda8-4d63-bc86-5e5cd584ec43', 'shopping', '{"name":{"de":"Kaufhaus (Demo)","ls":"Kaufhaus (Demo)","en":"Kaufhaus (Demo)"},"description":{"de":"Das Kaufhaus mit der Begegnungszone (erfundener Eintrag). (Demo-Eintrag)","ls":"Ein großes Geschäft. Hier ist auch der Bürger-Punkt.","en":"The department store hosting the meeting zone (invented). (demo entry)"},"openingHours":{"de":"Mo–Sa 9:30–20 Uhr"},"accessibility":{"de":"Aufzug, stufenlos."}}', '{"street":"Marktplatz","houseNumber":"1","postcode":"16540","town":"Hohen Neuendorf"}', 52.6699, 13.2852, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('a13d08be-484a-4f60-a9fb-1449b9b20d30', 'mobility', '{"name":{"de":"Bushaltestelle Rathaus","ls":"Bushaltestelle Rathaus","en":"Bushaltestelle Rathaus"},"description":{"de":"Busse Richtung S-Bahnhof und Bergfelde. (Demo-Eintrag)","ls":"Hier hält der Bus.","en":"Bus stop for the station and Bergfelde. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":""}}', '{"street":"Oranienburger Straße","houseNumber":"","postcode":"16540","town":"Hohen Neuendorf"}', 52.6767, 13.2809, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('393e497d-65bd-4965-8146-b08d16386e44', 'mobility', '{"name":{"de":"Fahrradparkhaus am S-Bahnhof","ls":"Fahrradparkhaus am S-Bahnhof","en":"Fahrradparkhaus am S-Bahnhof"},"description":{"de":"Überdachte Fahrradstellplätze und Schließfächer. (Demo-Eintrag)","ls":"Hier können Sie Ihr Fahrrad abstellen.","en":"Covered bicycle parking and lockers. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":""}}', '{"street":"Schönfließer Straße","houseNumber":"","postcode":"16540","town":"Hohen Neuendorf"}', 52.6685, 13.2876, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_pois VALUES ('9b1230a4-bd06-46ae-a710-b9d094931f34', 'administration', '{"name":{"de":"Feuerwehr Hohen Neuendorf","ls":"Feuerwehr Hohen Neuendorf","en":"Feuerwehr Hohen Neuendorf"},"description":{"de":"Freiwillige Feuerwehr; Tag der offenen Tür im Sommer. (Demo-Eintrag)","ls":"Hier ist die Feuer-Wehr.","en":"Volunteer fire brigade. (demo entry)"},"openingHours":{"de":""},"accessibility":{"de":""}}', '{"street":"Schönfließer Straße","houseNumber":"2","postcode":"16540","town":"Hohen Neuendorf"}', 52.677, 13.284, '[]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);


--
-- Data for Name: map_walks; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.map_walks VALUES ('19c5cfd0-04b7-4d48-af17-56608c6419b3', '{"title":{"de":"Vom Bahnhof zum Rathaus","ls":"Vom Bahnhof zum Rathaus","en":"From the station to the town hall"},"intro":{"de":"Ein kurzer Weg durch den Ortskern (etwa 1,5 km, 30 Minuten), eben und gut zu gehen.","ls":"Ein kurzer Weg. Er dauert etwa 30 Minuten. Der Weg ist eben.","en":"A short, level walk through the centre (about 1.5 km, 30 minutes)."}}', '[{"poiId":"3e750417-5ac1-46e3-a16a-ea1474a8f28b","narrative":{"de":"Der Bahnhof verbindet die Stadt seit über hundert Jahren mit Berlin.","ls":"Hier fängt der Weg an.","en":"The station has linked the town with Berlin for over a century."}},{"poiId":"8b121d34-751f-472d-b2da-7f5952183664","narrative":{"de":"Hier im Kaufhaus können Sie Dokumente abholen und Fragen stellen.","ls":"Hier können Sie Ihren Ausweis abholen.","en":"Collect documents and ask questions here."}},{"poiId":"f02f16a5-5114-4567-b544-3d3b918bb680","narrative":{"de":"Die Bibliothek lädt zum Stöbern ein – auch mit Büchern in Leichter Sprache.","ls":"Hier gibt es Bücher.","en":"Browse books, also in easy-to-read German."}},{"poiId":"3defa2c8-afe5-47a0-8a1d-dd47277742db","narrative":{"de":"Das Wahrzeichen: Von hier sieht man weit über die Dächer.","ls":"Der Wasser-Turm ist das Wahr-Zeichen.","en":"The landmark of the town."}},{"poiId":"8279a5db-964d-4ed0-9e3c-40405b52431b","narrative":{"de":"Ziel: das Rathaus. Im 360°-Rundgang können Sie das Büro des Bürgermeisters besuchen.","ls":"Hier ist das Rathaus.","en":"The town hall: visit the mayor’s office in the 360° tour."}}]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);
INSERT INTO public.map_walks VALUES ('b675ebb3-8ed2-484b-9908-d79875c58f43', '{"title":{"de":"Wissenswertes: Wasser, Wald und Havel","ls":"Wasser, Wald und Havel","en":"Water, woods and the Havel"},"intro":{"de":"Eine Radtour durch drei Ortsteile (etwa 12 km): vom Wasserturm über Stolpe an die Havel.","ls":"Eine Fahrrad-Tour. Sie ist etwa 12 Kilometer lang.","en":"A bike ride through three districts (about 12 km)."}}', '[{"poiId":"3defa2c8-afe5-47a0-8a1d-dd47277742db","narrative":{"de":"Start am Wasserturm.","ls":"Start am Wasser-Turm.","en":"Start at the water tower."}},{"poiId":"2609fcc9-61e2-42a9-8ef2-afb9a70d5bcf","narrative":{"de":"Durch Wald und Heide nach Westen.","ls":"Durch den Wald.","en":"Through woods and heath."}},{"poiId":"7516e568-8082-41ee-b131-f038dd2932e5","narrative":{"de":"Die Feldsteinkirche von Stolpe erzählt von den Anfängen des Dorfes.","ls":"Eine alte Kirche.","en":"The fieldstone church tells of the village’s beginnings."}},{"poiId":"6d996842-e0c7-4575-847b-cc91d36abb23","narrative":{"de":"Am Havelufer lädt eine Bank zur Pause ein.","ls":"Pause am Wasser.","en":"Take a break by the river."}},{"poiId":"80159470-b7f4-47d3-9938-b9c0b1356d55","narrative":{"de":"Zurück mit der S1 ab Borgsdorf.","ls":"Zurück mit der S-Bahn.","en":"Return by S1 from Borgsdorf."}}]', 1, 1, '2026-12-07T12:11:48.340Z', '2026-12-07T12:11:48.340Z', 0);


--
-- Data for Name: media_images; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.media_images VALUES ('f1200659-a4f8-4614-91a6-1ec60d0d5ba4', 'panorama', 4096, 2048, '["preview","full"]', NULL, 1, '2026-12-07T12:11:49.206Z');
INSERT INTO public.media_images VALUES ('80981271-ec25-4ab6-81b1-b418424e72e0', 'panorama', 4096, 2048, '["preview","full"]', NULL, 1, '2026-12-07T12:11:49.509Z');
INSERT INTO public.media_images VALUES ('d163d7f1-ed03-4954-b2e0-7bb3aeb4fcf0', 'panorama', 4096, 2048, '["preview","full"]', NULL, 1, '2026-12-07T12:11:49.530Z');


--
-- Data for Name: offices; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.offices VALUES ('buergeramt-hn', 'Bürgeramt Hohen Neuendorf', 'Bürgeramt', 'Oranienburger Straße 2, 16540 Hohen Neuendorf', '2026-12-07T12:11:39.809Z');
INSERT INTO public.offices VALUES ('fuehrerscheinstelle-ohv', 'Führerscheinstelle Landkreis Oberhavel (Demo)', 'Führerscheinstelle', 'Demo-Adresse, 16515 Oranienburg', '2026-12-07T12:11:39.809Z');
INSERT INTO public.offices VALUES ('auslaenderbehoerde-ohv', 'Ausländerbehörde Landkreis Oberhavel (Demo)', 'Ausländerbehörde', 'Demo-Adresse, 16515 Oranienburg', '2026-12-07T12:11:39.809Z');


--
-- Data for Name: old_document_deposits; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: pickup_sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: public_lookup_throttle; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: service_callback_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: services; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.services VALUES ('personalausweis-beantragen', '99000000000101', 'Personalausweis beantragen', 'Einen neuen Personalausweis beantragen, wenn der alte abläuft, verloren ist oder sich Ihr Name geändert hat.', 'Jede Person ab 16 Jahren mit Wohnsitz in Deutschland muss einen gültigen Personalausweis oder Reisepass besitzen. Den Ausweis beantragen Sie persönlich im Bürgeramt Hohen Neuendorf. Dort werden Ihre Fingerabdrücke aufgenommen, wenn Sie das wünschen oder es vorgeschrieben ist, und Sie unterschreiben auf einem Unterschriftenfeld. Das Lichtbild muss seit Mai 2025 digital übermittelt werden: Es kann im Bürgeramt aufgenommen werden oder von einem registrierten Fotostudio kommen. Der Ausweis wird in der Bundesdruckerei hergestellt. Ist das Dokument fertig, können Sie es in der DokBox im Bürgerpunkt abholen: Sie bekommen eine SMS mit einem Abholcode.', 'Sie brauchen einen neuen Ausweis? Dann gehen Sie zum Bürgeramt. Nehmen Sie Ihren alten Ausweis mit. Im Bürgeramt wird ein Foto von Ihnen gemacht. Nach einigen Wochen ist der Ausweis fertig. Sie können ihn in der DokBox abholen.', '["Hauptwohnsitz in Hohen Neuendorf","persönliches Erscheinen (bei Kindern unter 16 mit Sorgeberechtigten)"]', '["bisheriger Personalausweis oder Reisepass","biometrisches Lichtbild (digital, im Bürgeramt oder bei einem registrierten Fotostudio aufgenommen)","bei Namensänderung: Urkunde (zum Beispiel Eheurkunde)"]', '46,00 Euro ab 24 Jahren, 22,80 Euro unter 24 Jahren (Stand 2026, Personalausweisgebührenverordnung).', 'etwa 3 bis 4 Wochen', '["Personalausweisgesetz (PAuswG)","Personalausweisverordnung (PAuswV)"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Bürgeramt', '[{"name":"Bürgeramt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","phone":"03303 000000 (Demo)","openingHours":[{"weekday":1,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"},{"weekday":5,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Ausweis","Perso","ID-Karte","Personalausweis verlängern","Ausweis abgelaufen","eID"]', 100, '2026-11-20', 1, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('reisepass-beantragen', '99000000000102', 'Reisepass beantragen', 'Einen Reisepass für Reisen in Länder beantragen, in die der Personalausweis nicht reicht.', 'Für viele Länder außerhalb der Europäischen Union brauchen Sie einen Reisepass. Sie beantragen ihn persönlich im Bürgeramt. Dabei werden zwei Fingerabdrücke aufgenommen und im Chip gespeichert. Planen Sie vor einer Reise genug Zeit ein; ein Express-Pass kostet mehr. Ist das Dokument fertig, können Sie es in der DokBox im Bürgerpunkt abholen: Sie bekommen eine SMS mit einem Abholcode.', 'Sie wollen in ein fernes Land reisen? Dann brauchen Sie oft einen Reisepass. Gehen Sie zum Bürgeramt. Nehmen Sie Ihren Ausweis mit. Der Pass ist nach einigen Wochen fertig.', '["Hauptwohnsitz in Hohen Neuendorf","persönliches Erscheinen"]', '["Personalausweis oder bisheriger Reisepass","biometrisches Lichtbild (digital)","bei Namensänderung: Urkunde"]', '70,00 Euro ab 24 Jahren, 37,50 Euro unter 24 Jahren; Express-Zuschlag extra (Stand 2026, Passverordnung).', 'etwa 3 bis 4 Wochen, im Express-Verfahren wenige Werktage', '["Passgesetz (PassG)","Passverordnung (PassV)"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Bürgeramt', '[{"name":"Bürgeramt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","phone":"03303 000000 (Demo)","openingHours":[{"weekday":1,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"},{"weekday":5,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Pass","Reisedokument","Urlaub","Ausland","Expresspass","Visum"]', 85, '2026-11-20', 1, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('vorlaeufiger-personalausweis', '99000000000103', 'Vorläufigen Personalausweis beantragen', 'Ein Ersatzdokument aus Papier, sofort ausgestellt, wenn der neue Ausweis nicht rechtzeitig fertig wird.', 'Brauchen Sie kurzfristig einen Ausweis, zum Beispiel für eine Reise oder eine Bank, und ist Ihr neuer Personalausweis noch nicht fertig, stellt das Bürgeramt einen vorläufigen Personalausweis aus. Er ist bis zu drei Monate gültig und wird sofort mitgegeben. Er ersetzt nicht den Antrag auf einen neuen Personalausweis.', 'Ihr neuer Ausweis ist noch nicht fertig? Sie brauchen aber schnell einen Ausweis? Dann bekommen Sie im Bürgeramt einen Ausweis aus Papier. Er gilt nur kurze Zeit.', '["Hauptwohnsitz in Hohen Neuendorf","ein dringender Bedarf"]', '["biometrisches Lichtbild","bisheriges Dokument, falls vorhanden"]', '10,00 Euro (Stand 2026).', 'sofort', '["Personalausweisgesetz (PAuswG) § 3"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Bürgeramt', '[{"name":"Bürgeramt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","phone":"03303 000000 (Demo)","openingHours":[{"weekday":1,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"},{"weekday":5,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Notausweis","Ersatzausweis","vorläufiger Ausweis","Papierausweis","schnell","sofort"]', 40, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('reisepass-fuer-kinder', '99000000000104', 'Reisepass oder Personalausweis für Kinder beantragen', 'Ausweisdokumente für Kinder; den Kinderreisepass gibt es seit dem 1. Januar 2024 nicht mehr.', 'Seit dem 1. Januar 2024 werden keine Kinderreisepässe mehr ausgestellt. Für Reisen bekommen Kinder einen Personalausweis oder einen Reisepass. Beide Sorgeberechtigten müssen zustimmen; das Kind kommt zur Antragstellung mit. Ein noch gültiger Kinderreisepass bleibt bis zu seinem Ablauf gültig. Ist das Dokument fertig, können Sie es in der DokBox im Bürgerpunkt abholen: Sie bekommen eine SMS mit einem Abholcode.', 'Ihr Kind braucht einen Ausweis oder einen Pass? Gehen Sie mit dem Kind zum Bürgeramt. Beide Eltern müssen zustimmen. Den Kinderpass gibt es nicht mehr.', '["Zustimmung aller Sorgeberechtigten","das Kind kommt mit"]', '["Geburtsurkunde des Kindes","biometrisches Lichtbild des Kindes","Ausweise der Sorgeberechtigten","schriftliche Zustimmung des anderen Elternteils, wenn er nicht mitkommt"]', 'Personalausweis 22,80 Euro, Reisepass 37,50 Euro (unter 24 Jahren, Stand 2026).', 'etwa 3 bis 4 Wochen', '["Passgesetz (PassG)","Personalausweisgesetz (PAuswG)"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Bürgeramt', '[{"name":"Bürgeramt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","phone":"03303 000000 (Demo)","openingHours":[{"weekday":1,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"},{"weekday":5,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Kinderreisepass","Kinderpass","Kinderausweis","Kind","Baby","Familie Urlaub"]', 45, '2026-11-20', 1, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('ausweis-verlust-melden', '99000000000105', 'Verlust oder Diebstahl des Ausweises melden', 'Melden Sie einen verlorenen oder gestohlenen Personalausweis oder Reisepass, damit er gesperrt wird.', 'Ist Ihr Personalausweis oder Reisepass verloren gegangen oder gestohlen worden, melden Sie das unverzüglich dem Bürgeramt oder, bei Diebstahl, auch der Polizei. Die Online-Ausweisfunktion lassen Sie über die Sperrhotline sperren. Zugleich können Sie ein neues Dokument und, wenn nötig, einen vorläufigen Personalausweis beantragen. Taucht das alte Dokument wieder auf, bringen Sie es zum Bürgeramt; es bleibt ungültig.', 'Ihr Ausweis ist weg? Oder jemand hat ihn gestohlen? Sagen Sie es sofort dem Bürgeramt. Dann kann niemand Ihren Ausweis benutzen. Sie bekommen einen neuen Ausweis.', '["Hauptwohnsitz in Hohen Neuendorf"]', '["ein anderes Ausweisdokument, falls vorhanden","bei Diebstahl: die Anzeige der Polizei"]', 'Die Verlustmeldung ist gebührenfrei; für das neue Dokument gelten dessen Gebühren.', 'sofort', '["Personalausweisgesetz (PAuswG) § 27","Passgesetz (PassG) § 15"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Bürgeramt', '[{"name":"Bürgeramt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","phone":"03303 000000 (Demo)","openingHours":[{"weekday":1,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"},{"weekday":5,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["verloren","gestohlen","geklaut","Verlustanzeige","Ausweis weg","Perso weg","sperren"]', 45, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('wohnsitz-anmelden', '99000000000201', 'Wohnsitz anmelden (Anmeldung, Ummeldung)', 'Nach einem Umzug nach Hohen Neuendorf oder innerhalb der Stadt melden Sie Ihre neue Wohnung innerhalb von zwei Wochen an.', 'Wer eine Wohnung bezieht, muss sich innerhalb von zwei Wochen bei der Meldebehörde anmelden. Das gilt auch für einen Umzug innerhalb von Hohen Neuendorf. Sie brauchen eine Bestätigung Ihres Vermieters oder der Wohnungsgeberin. Die neue Anschrift wird bei der Anmeldung auf Ihrem Personalausweis vermerkt.', 'Sie sind umgezogen? Dann müssen Sie das dem Bürgeramt sagen. Das müssen Sie in 2 Wochen machen. Nehmen Sie Ihren Ausweis mit und das Papier von Ihrem Vermieter.', '["Einzug in eine Wohnung in Hohen Neuendorf","Anmeldung innerhalb von zwei Wochen nach Einzug"]', '["Personalausweis oder Reisepass aller umziehenden Personen","Wohnungsgeberbestätigung des Vermieters","bei Kindern: Geburtsurkunde"]', 'gebührenfrei', 'sofort', '["Bundesmeldegesetz (BMG) §§ 17, 19"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Bürgeramt', '[{"name":"Bürgeramt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","phone":"03303 000000 (Demo)","openingHours":[{"weekday":1,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"},{"weekday":5,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Ummeldung","Umzug","umziehen","Adresse ändern","neue Wohnung","Meldeadresse","Zuzug"]', 90, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('wohnsitz-abmelden', '99000000000202', 'Wohnsitz abmelden (Wegzug ins Ausland)', 'Wenn Sie ins Ausland ziehen oder eine Nebenwohnung aufgeben, melden Sie sich ab.', 'Ziehen Sie ins Ausland und geben Ihre Wohnung in Deutschland auf, melden Sie sich innerhalb von zwei Wochen ab. Bei einem Umzug innerhalb Deutschlands ist keine Abmeldung nötig: Die Anmeldung am neuen Wohnort genügt. Eine Nebenwohnung melden Sie ab, wenn Sie sie aufgeben.', 'Sie ziehen in ein anderes Land? Dann müssen Sie sich abmelden. Das machen Sie im Bürgeramt. Ziehen Sie in eine andere Stadt in Deutschland, melden Sie sich dort an.', '["Wegzug ins Ausland oder Aufgabe einer Nebenwohnung"]', '["Personalausweis oder Reisepass","neue Anschrift im Ausland, falls bekannt"]', 'gebührenfrei', 'sofort', '["Bundesmeldegesetz (BMG) § 17 Absatz 2"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Bürgeramt', '[{"name":"Bürgeramt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","phone":"03303 000000 (Demo)","openingHours":[{"weekday":1,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"},{"weekday":5,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Abmeldung","Wegzug","Ausland","auswandern","Nebenwohnung aufgeben"]', 25, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('meldebescheinigung', '99000000000203', 'Meldebescheinigung beantragen', 'Eine amtliche Bestätigung, wo Sie gemeldet sind, zum Beispiel für Behörden oder den Arbeitgeber.', 'Die Meldebescheinigung bestätigt Ihre aktuelle Anschrift, auf Wunsch auch frühere Anschriften. Sie bekommen sie im Bürgeramt sofort oder schriftlich per Post. Für Dritte gibt es stattdessen die Melderegisterauskunft.', 'Jemand will wissen, wo Sie wohnen? Dann bekommen Sie im Bürgeramt ein Papier. Darauf steht Ihre Adresse.', '["Sie sind in Hohen Neuendorf gemeldet"]', '["Personalausweis oder Reisepass","bei Vertretung: Vollmacht"]', 'siehe Gebührenordnung der Stadt Hohen Neuendorf', 'sofort, per Post wenige Tage', '["Bundesmeldegesetz (BMG) § 18"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Bürgeramt', '[{"name":"Bürgeramt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","phone":"03303 000000 (Demo)","openingHours":[{"weekday":1,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"},{"weekday":5,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Meldebestätigung","Wohnsitzbescheinigung","Adressnachweis","Meldeadresse Nachweis"]', 60, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('gewerbe-anmelden', '99000000000601', 'Gewerbe anmelden', 'Wer ein Gewerbe beginnt, ummeldet oder aufgibt, zeigt das dem Gewerbeamt der Stadt an.', 'Ein Gewerbe zeigen Sie beim Gewerbeamt der Stadt Hohen Neuendorf an, bevor Sie beginnen. Das Gewerbeamt informiert Finanzamt, Handwerks- oder Industrie- und Handelskammer und weitere Stellen. Freie Berufe (zum Beispiel Ärztinnen, Architekten) melden kein Gewerbe an. Für manche Tätigkeiten brauchen Sie vorher eine Erlaubnis.', 'Sie wollen eine eigene Firma? Oder einen Laden? Dann melden Sie ein Gewerbe an. Das machen Sie bei der Stadt.', '["volljährig und geschäftsfähig","für erlaubnispflichtige Gewerbe: die Erlaubnis"]', '["Personalausweis oder Reisepass","bei Gesellschaften: Handelsregisterauszug","bei erlaubnispflichtigen Tätigkeiten: Erlaubnis"]', 'siehe Gebührenordnung der Stadt Hohen Neuendorf', 'sofort bis wenige Tage', '["Gewerbeordnung (GewO) §§ 14, 15"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Gewerbeamt', '[{"name":"Ordnungsamt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","openingHours":[{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Gewerbeanmeldung","Gewerbeschein","selbstständig","Firma gründen","Gewerbeabmeldung","Kleingewerbe"]', 45, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('fuehrungszeugnis', '99000000000301', 'Führungszeugnis beantragen', 'Das Führungszeugnis aus dem Bundeszentralregister, zum Beispiel für einen Arbeitgeber oder ein Ehrenamt.', 'Das Führungszeugnis stellt das Bundesamt für Justiz aus. Sie beantragen es im Bürgeramt Hohen Neuendorf, das den Antrag weiterleitet, oder online mit der Online-Ausweisfunktion. Für die Arbeit mit Kindern und Jugendlichen brauchen Sie ein erweitertes Führungszeugnis und eine schriftliche Aufforderung des Trägers. Das Zeugnis wird per Post an Sie oder direkt an eine Behörde geschickt.', 'Ein Arbeitgeber will ein Führungszeugnis von Ihnen? Darin steht, ob Sie eine Strafe hatten. Sie beantragen es im Bürgeramt. Es kommt nach etwa 2 Wochen mit der Post.', '["Sie sind mindestens 14 Jahre alt","Hauptwohnsitz in Hohen Neuendorf (für den Antrag im Bürgeramt)"]', '["Personalausweis oder Reisepass","für das erweiterte Führungszeugnis: schriftliche Aufforderung der Stelle"]', '13,00 Euro; für ehrenamtliche Tätigkeit auf Antrag gebührenfrei (Stand 2026, aktuelle Gebühr beim Bundesamt für Justiz).', 'etwa 1 bis 2 Wochen', '["Bundeszentralregistergesetz (BZRG) §§ 30, 30a"]', '[]', 'https://www.fuehrungszeugnis.bund.de', 'federal', 'Bundesamt für Justiz (Antrag über das Bürgeramt Hohen Neuendorf)', '[{"name":"Bürgeramt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","phone":"03303 000000 (Demo)","openingHours":[{"weekday":1,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"},{"weekday":5,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["polizeiliches Führungszeugnis","erweitertes Führungszeugnis","Bundeszentralregister","Ehrenamt"]', 70, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('fuehrerschein-umtausch', '99000000000401', 'Führerschein umtauschen (Pflichtumtausch)', 'Alte Papier- und Kartenführerscheine müssen bis zu einem Stichtag gegen den EU-Kartenführerschein getauscht werden.', 'Führerscheine, die vor 2013 ausgestellt wurden, müssen nach Geburtsjahr und Ausstellungsjahr gestaffelt in den neuen EU-Kartenführerschein umgetauscht werden. Zuständig ist die Fahrerlaubnisbehörde des Landkreises Oberhavel. Ihre Fahrerlaubnis bleibt dabei unverändert. Der neue Führerschein ist 15 Jahre gültig. Ist er fertig, können Sie ihn in der DokBox im Bürgerpunkt abholen, wenn Sie das beim Antrag wählen.', 'Sie haben einen alten Führerschein aus Papier? Oder eine alte Karte? Dann brauchen Sie einen neuen Führerschein. Den bekommen Sie beim Landkreis Oberhavel. Sie dürfen weiter Auto fahren.', '["Führerschein vor dem 19. Januar 2013 ausgestellt","Wohnsitz im Landkreis Oberhavel"]', '["bisheriger Führerschein","Personalausweis oder Reisepass","biometrisches Lichtbild","bei Papierführerscheinen anderer Behörden: Karteikartenabschrift"]', '25,30 Euro (Stand 2026); weitere Gebühren siehe Gebührenordnung für Maßnahmen im Straßenverkehr.', 'etwa 3 bis 6 Wochen', '["Fahrerlaubnis-Verordnung (FeV) § 24a und Anlage 8e"]', '[]', NULL, 'district', 'Landkreis Oberhavel, Fahrerlaubnisbehörde', '[{"name":"Landkreis Oberhavel, Fahrerlaubnisbehörde","address":"Demo-Adresse, 16515 Oranienburg","openingHours":[{"weekday":1,"opens":"08:00","closes":"12:00"},{"weekday":2,"opens":"08:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"08:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Führerschein umschreiben","Führerscheinumtausch","rosa Lappen","grauer Lappen","Kartenführerschein","Fahrerlaubnis"]', 55, '2026-11-20', 1, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('internationaler-fuehrerschein', '99000000000402', 'Internationalen Führerschein beantragen', 'Für Fahrten in manchen Ländern außerhalb der EU brauchen Sie zusätzlich einen internationalen Führerschein.', 'Der internationale Führerschein gilt nur zusammen mit Ihrem nationalen Kartenführerschein. Er wird von der Fahrerlaubnisbehörde des Landkreises Oberhavel meist sofort ausgestellt und ist drei Jahre gültig. Ob Sie ihn brauchen, erfahren Sie bei der Botschaft des Reiselandes oder beim Autovermieter.', 'Sie wollen im Ausland Auto fahren? In manchen Ländern brauchen Sie dafür ein extra Papier. Das bekommen Sie beim Landkreis Oberhavel.', '["EU-Kartenführerschein","Wohnsitz im Landkreis Oberhavel"]', '["Kartenführerschein","Personalausweis oder Reisepass","biometrisches Lichtbild"]', 'siehe Gebührenordnung für Maßnahmen im Straßenverkehr', 'meist sofort', '["Fahrerlaubnis-Verordnung (FeV) § 25b"]', '[]', NULL, 'district', 'Landkreis Oberhavel, Fahrerlaubnisbehörde', '[{"name":"Landkreis Oberhavel, Fahrerlaubnisbehörde","address":"Demo-Adresse, 16515 Oranienburg","openingHours":[{"weekday":1,"opens":"08:00","closes":"12:00"},{"weekday":2,"opens":"08:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"08:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Führerschein Ausland","Mietwagen","USA","Urlaub Auto"]', 25, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('hund-anmelden', '99000000000501', 'Hund anmelden (Hundesteuer)', 'Einen Hund zur Hundesteuer anmelden oder abmelden; Sie bekommen eine Hundesteuermarke.', 'Wer in Hohen Neuendorf einen Hund hält, meldet ihn innerhalb von zwei Wochen nach Beginn der Haltung zur Hundesteuer an. Die Steuer wird jährlich erhoben; die Höhe richtet sich nach der Hundesteuersatzung der Stadt. Stirbt der Hund oder geben Sie ihn ab, melden Sie ihn ab. Bestimmte Hunde gelten in Brandenburg als gefährlich und brauchen zusätzlich eine Erlaubnis.', 'Sie haben einen Hund? Dann müssen Sie ihn bei der Stadt anmelden. Sie zahlen jedes Jahr Geld für den Hund. Das heißt Hundesteuer. Ihr Hund bekommt eine Marke.', '["Hundehaltung in Hohen Neuendorf"]', '["Angaben zum Hund (Rasse, Alter, Chipnummer)","bei Ermäßigung: Nachweis"]', 'Hundesteuer siehe Hundesteuersatzung der Stadt Hohen Neuendorf; die Anmeldung selbst ist gebührenfrei.', 'etwa 1 bis 2 Wochen bis zum Steuerbescheid', '["Kommunalabgabengesetz Brandenburg (KAG)","Hundesteuersatzung der Stadt Hohen Neuendorf"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Steuern und Abgaben', '[{"name":"Bürgeramt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","phone":"03303 000000 (Demo)","openingHours":[{"weekday":1,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"},{"weekday":5,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Hundesteuer","Hundemarke","Hund abmelden","Welpe","Haustier"]', 40, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('geburtsurkunde', '99000000000701', 'Geburtsurkunde beantragen', 'Eine Geburtsurkunde für eine Geburt in Hohen Neuendorf, zum Beispiel für Elterngeld oder Kindergeld.', 'Geburtsurkunden stellt das Standesamt aus, in dessen Bezirk das Kind geboren wurde. Nach einer Geburt in Hohen Neuendorf bekommen Eltern Urkunden für Elterngeld, Kindergeld und Krankenkasse. Später können Sie weitere Urkunden beim Standesamt beantragen, auch schriftlich.', 'Ihr Kind ist geboren? Dann bekommen Sie beim Standesamt eine Geburts-Urkunde. Die brauchen Sie für das Kindergeld.', '["Geburt im Bezirk des Standesamts Hohen Neuendorf","berechtigtes Interesse (eigene Urkunde, Eltern, Kinder)"]', '["Personalausweis oder Reisepass","bei Vertretung: Vollmacht"]', 'siehe Gebührenordnung (Standesamt)', 'sofort bis etwa 1 Woche', '["Personenstandsgesetz (PStG) §§ 55, 62"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Standesamt', '[{"name":"Standesamt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","openingHours":[{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Geburt","Baby","Geburtsschein","Kindergeld","Elterngeld","Urkunde"]', 45, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('eheurkunde', '99000000000702', 'Eheurkunde beantragen', 'Eine Eheurkunde für eine Ehe, die in Hohen Neuendorf geschlossen wurde.', 'Die Eheurkunde stellt das Standesamt aus, bei dem die Ehe geschlossen wurde. Sie brauchen sie zum Beispiel für eine Namensänderung in Dokumenten, bei der Rentenversicherung oder für Behörden im Ausland.', 'Sie haben in Hohen Neuendorf geheiratet? Dann bekommen Sie beim Standesamt eine Ehe-Urkunde.', '["Eheschließung beim Standesamt Hohen Neuendorf","berechtigtes Interesse"]', '["Personalausweis oder Reisepass"]', 'siehe Gebührenordnung (Standesamt)', 'sofort bis etwa 1 Woche', '["Personenstandsgesetz (PStG) §§ 55, 62"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Standesamt', '[{"name":"Standesamt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","openingHours":[{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Heiratsurkunde","Trauschein","Heirat","Urkunde","Ehe"]', 25, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('eheschliessung-anmelden', '99000000000703', 'Eheschließung anmelden', 'Wer heiraten möchte, meldet die Eheschließung beim Standesamt an.', 'Die Eheschließung melden Sie beim Standesamt Ihres Wohnsitzes an, frühestens sechs Monate vorher. Das Standesamt prüft die Unterlagen. Danach können Sie in Hohen Neuendorf oder bei einem anderen Standesamt heiraten. Für ausländische Urkunden kann mehr Zeit nötig sein.', 'Sie wollen heiraten? Dann gehen Sie zusammen zum Standesamt. Dort melden Sie die Hochzeit an.', '["beide Verlobte sind volljährig","persönliches Erscheinen beider Verlobten"]', '["Personalausweise oder Reisepässe","beglaubigte Abschrift aus dem Geburtenregister","bei früheren Ehen: Nachweis der Auflösung"]', 'siehe Gebührenordnung (Standesamt)', 'Prüfung etwa 1 bis 4 Wochen', '["Bürgerliches Gesetzbuch (BGB) §§ 1303 ff.","Personenstandsgesetz (PStG) §§ 12, 13"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Standesamt', '[{"name":"Standesamt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","openingHours":[{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["heiraten","Hochzeit","Trauung","Standesamt","Heirat anmelden"]', 30, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('parkausweis-schwerbehinderte', '99000000000801', 'Parkausweis für schwerbehinderte Menschen beantragen', 'Der blaue EU-Parkausweis erlaubt das Parken auf Behindertenparkplätzen.', 'Schwerbehinderte Menschen mit dem Merkzeichen aG oder Bl und einige weitere Gruppen bekommen den blauen EU-Parkausweis. Er erlaubt das Parken auf gekennzeichneten Behindertenparkplätzen. Für weitere Gruppen gibt es in Brandenburg einen orangefarbenen Ausweis mit Parkerleichterungen. Zuständig ist die Straßenverkehrsbehörde des Landkreises Oberhavel.', 'Sie haben eine schwere Behinderung? Und Sie können nicht gut laufen? Dann bekommen Sie vielleicht einen blauen Park-Ausweis. Damit dürfen Sie auf Behinderten-Parkplätzen parken.', '["Schwerbehindertenausweis mit passendem Merkzeichen (zum Beispiel aG, Bl)"]', '["Schwerbehindertenausweis","Personalausweis","Lichtbild"]', 'in der Regel gebührenfrei', 'etwa 1 bis 2 Wochen', '["Straßenverkehrs-Ordnung (StVO) § 46","Verwaltungsvorschrift zu § 46 StVO"]', '[]', NULL, 'district', 'Landkreis Oberhavel, Straßenverkehrsbehörde', '[{"name":"Landkreis Oberhavel, Straßenverkehrsbehörde","address":"Demo-Adresse, 16515 Oranienburg","openingHours":[{"weekday":1,"opens":"08:00","closes":"12:00"},{"weekday":2,"opens":"08:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"08:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Behindertenparkplatz","blauer Parkausweis","Parkerleichterung","Rollstuhl","aG"]', 20, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('schwerbehindertenausweis', '99000000000802', 'Schwerbehindertenausweis beantragen', 'Feststellung des Grades der Behinderung und Ausweis für schwerbehinderte Menschen.', 'Den Grad der Behinderung (GdB) und Merkzeichen stellt in Brandenburg das Landesamt für Soziales und Versorgung fest. Ab einem GdB von 50 bekommen Sie einen Schwerbehindertenausweis. Den Antrag können Sie schriftlich oder online stellen; das Bürgeramt hilft beim Ausfüllen.', 'Sie haben eine Behinderung? Dann können Sie einen Ausweis bekommen. Den Antrag schicken Sie an ein Amt in Brandenburg. Das Bürgeramt hilft Ihnen.', '["Wohnsitz in Brandenburg","eine nicht nur vorübergehende Beeinträchtigung"]', '["Antragsformular","ärztliche Unterlagen","Lichtbild (ab 10 Jahren)"]', 'gebührenfrei', 'mehrere Monate', '["Neuntes Buch Sozialgesetzbuch (SGB IX) § 152"]', '[]', NULL, 'state', 'Landesamt für Soziales und Versorgung Brandenburg (LASV)', '[{"name":"Landesamt für Soziales und Versorgung Brandenburg","address":"Demo-Adresse, Brandenburg","openingHours":[{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["GdB","Grad der Behinderung","Behinderung","Merkzeichen","Schwerbehinderung"]', 35, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('sperrmuell', '99000000000901', 'Sperrmüll abholen lassen', 'Große Möbel und sperrige Gegenstände werden nach Anmeldung vor dem Haus abgeholt.', 'In Hohen Neuendorf holt die Abfallwirtschafts-Union Oberhavel (AWU) Sperrmüll nach Anmeldung ab. Sie melden den Termin telefonisch, schriftlich oder online an und stellen die Gegenstände am Abholtag an die Straße. Elektrogeräte, Bauschutt und Sondermüll gehören nicht in den Sperrmüll; dafür gibt es Wertstoffhöfe.', 'Sie wollen ein altes Sofa wegwerfen? Oder einen Schrank? Das ist Sperr-Müll. Melden Sie ihn bei der AWU an. Dann wird er abgeholt.', '["Wohnsitz oder Grundstück im Landkreis Oberhavel"]', '["Liste der Gegenstände","Anschrift und Telefonnummer"]', 'siehe Abfallgebührensatzung des Landkreises Oberhavel', 'Abholtermin meist innerhalb weniger Wochen', '["Kreislaufwirtschaftsgesetz (KrWG)","Abfallentsorgungssatzung des Landkreises Oberhavel"]', '[]', NULL, 'district', 'AWU Abfallwirtschafts-Union Oberhavel (im Auftrag des Landkreises Oberhavel)', '[{"name":"AWU Oberhavel, Kundenservice","address":"Demo-Adresse, 16515 Oranienburg","openingHours":[{"weekday":1,"opens":"08:00","closes":"12:00"},{"weekday":2,"opens":"08:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"08:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Sperrgut","Möbel entsorgen","Müllabfuhr","Entrümpelung","Sofa","Schrank","Abfall"]', 65, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('wohngeld', '99000000001001', 'Wohngeld beantragen', 'Ein Zuschuss zur Miete oder zu den Kosten für selbst genutztes Wohneigentum bei geringem Einkommen.', 'Wohngeld bekommen Haushalte mit geringem Einkommen, die keine anderen Sozialleistungen für die Unterkunft erhalten. Als Mietzuschuss hilft es Mietern, als Lastenzuschuss Eigentümern. Zuständig ist die Wohngeldstelle des Landkreises Oberhavel. Wohngeld wird ab dem Monat des Antrags gezahlt; stellen Sie den Antrag daher früh.', 'Ihre Miete ist zu hoch für Ihr Geld? Dann bekommen Sie vielleicht Wohn-Geld. Den Antrag stellen Sie beim Landkreis Oberhavel.', '["geringes Haushaltseinkommen","kein Bezug von Bürgergeld oder Grundsicherung mit Wohnkosten"]', '["Antragsformular","Mietvertrag oder Mietbescheinigung","Einkommensnachweise aller Haushaltsmitglieder"]', 'gebührenfrei', 'mehrere Wochen', '["Wohngeldgesetz (WoGG)"]', '[]', NULL, 'district', 'Landkreis Oberhavel, Wohngeldstelle', '[{"name":"Landkreis Oberhavel, Wohngeldstelle","address":"Demo-Adresse, 16515 Oranienburg","openingHours":[{"weekday":1,"opens":"08:00","closes":"12:00"},{"weekday":2,"opens":"08:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"08:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Mietzuschuss","Lastenzuschuss","Miete","Zuschuss","Wohngeld Plus"]', 50, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('fundsachen', '99000000001101', 'Fundsache abgeben oder verlorene Sache suchen (Fundbüro)', 'Das Fundbüro der Stadt nimmt Fundsachen an und hilft, verlorene Gegenstände wiederzufinden.', 'Wer in Hohen Neuendorf etwas findet, gibt es beim Fundbüro im Bürgeramt ab. Wer etwas verloren hat, fragt dort nach. Fundsachen werden sechs Monate aufbewahrt. Meldet sich niemand, kann die Finderin oder der Finder die Sache erhalten. Gefundene Ausweise gehen an die ausstellende Behörde.', 'Sie haben etwas verloren? Oder etwas gefunden? Dann gehen Sie zum Fundbüro im Bürgeramt.', '["Fundort oder Verlustort in Hohen Neuendorf"]', '["Beschreibung der Sache","bei Abholung: Personalausweis und Nachweis des Eigentums"]', 'siehe Gebührenordnung; Finderlohn nach BGB', 'sofort', '["Bürgerliches Gesetzbuch (BGB) §§ 965 ff."]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Fundbüro', '[{"name":"Bürgeramt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","phone":"03303 000000 (Demo)","openingHours":[{"weekday":1,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"},{"weekday":5,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Fundbüro","verloren","gefunden","Schlüssel","Handy","Portemonnaie","Geldbörse"]', 30, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('baumfaellgenehmigung', '99000000001201', 'Baum fällen: Genehmigung beantragen', 'Geschützte Bäume dürfen nur mit Genehmigung gefällt oder stark beschnitten werden.', 'In Hohen Neuendorf sind viele Bäume durch die Baumschutzsatzung geschützt. Bevor Sie einen geschützten Baum fällen, beantragen Sie eine Genehmigung bei der Stadt. Oft wird eine Ersatzpflanzung verlangt. Vom 1. März bis 30. September sind Fällungen zum Schutz brütender Vögel grundsätzlich verboten.', 'Sie wollen einen Baum fällen? Dann fragen Sie vorher die Stadt. Viele Bäume sind geschützt. Im Frühling und Sommer dürfen Sie meist keine Bäume fällen.', '["Eigentum am Grundstück oder Zustimmung der Eigentümerin"]', '["Lageplan mit dem Baum","Fotos","Begründung"]', 'siehe Gebührenordnung der Stadt Hohen Neuendorf', 'etwa 4 bis 8 Wochen', '["Bundesnaturschutzgesetz (BNatSchG) § 39","Baumschutzsatzung der Stadt Hohen Neuendorf (Demo)"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Umwelt und Grünflächen', '[{"name":"Ordnungsamt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","openingHours":[{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Baumfällung","Baum fällen","Baumschutz","Fällgenehmigung","Garten","Baum"]', 20, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('verwarnungsgeld-parken', '99000000001301', 'Verwarnungsgeld fürs Parken bezahlen oder Einwände erheben', 'Ein "Knöllchen" für falsches Parken in Hohen Neuendorf bezahlen oder dazu Stellung nehmen.', 'Verstöße beim Parken verfolgt in Hohen Neuendorf das Ordnungsamt. Sie bekommen eine Verwarnung mit Zahlungsfrist. Zahlen Sie fristgerecht, ist die Sache erledigt. Sind Sie nicht einverstanden, können Sie sich äußern; dann kann ein Bußgeldverfahren folgen.', 'Sie haben einen Zettel am Auto? Weil Sie falsch geparkt haben? Dann müssen Sie Geld zahlen. Auf dem Zettel steht, wie viel und bis wann.', '["eine Verwarnung des Ordnungsamts Hohen Neuendorf"]', '["Verwarnung oder Anhörungsbogen mit Aktenzeichen"]', 'Höhe nach Bußgeldkatalog', 'Zahlungsfrist eine Woche', '["Ordnungswidrigkeitengesetz (OWiG) § 56","Bußgeldkatalog-Verordnung (BKatV)"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Ordnungsamt', '[{"name":"Ordnungsamt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","openingHours":[{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Knöllchen","Strafzettel","Falschparken","Bußgeld","Parkverstoß","Verwarnung"]', 35, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('fahrzeug-zulassen', '99000000001401', 'Fahrzeug zulassen', 'Ein Auto, Motorrad oder einen Anhänger anmelden, ummelden oder abmelden.', 'Fahrzeuge lassen Sie bei der Zulassungsbehörde des Landkreises Oberhavel zu. Viele Vorgänge gehen auch online (i-Kfz) mit der Online-Ausweisfunktion. Sie brauchen eine Versicherungsbestätigung (eVB-Nummer) und ein SEPA-Mandat für die Kfz-Steuer.', 'Sie haben ein Auto gekauft? Dann müssen Sie es anmelden. Das machen Sie beim Landkreis Oberhavel. Sie bekommen ein Nummern-Schild.', '["Wohnsitz im Landkreis Oberhavel","Versicherungsschutz"]', '["Personalausweis","Zulassungsbescheinigung Teil I und II","eVB-Nummer der Versicherung","SEPA-Lastschriftmandat für die Kfz-Steuer"]', 'siehe Gebührenordnung für Maßnahmen im Straßenverkehr', 'sofort', '["Fahrzeug-Zulassungsverordnung (FZV)"]', '[]', NULL, 'district', 'Landkreis Oberhavel, Zulassungsbehörde', '[{"name":"Landkreis Oberhavel, Zulassungsbehörde","address":"Demo-Adresse, 16515 Oranienburg","openingHours":[{"weekday":1,"opens":"08:00","closes":"12:00"},{"weekday":2,"opens":"08:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"08:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Kfz","Auto anmelden","Ummeldung Auto","Kennzeichen","Nummernschild","Abmeldung Auto","Motorrad"]', 60, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('briefwahl', '99000000001501', 'Briefwahl beantragen', 'Wahlschein und Briefwahlunterlagen beantragen, um per Post oder vorab im Wahlbüro zu wählen.', 'Vor jeder Wahl können Sie Briefwahl beantragen: mit der Antwortkarte Ihrer Wahlbenachrichtigung, schriftlich, online oder persönlich im Wahlbüro der Stadt. Sie bekommen Wahlschein und Stimmzettel. Der Wahlbrief muss spätestens am Wahltag um 18 Uhr bei der Stadt sein.', 'Sie können am Wahl-Tag nicht ins Wahl-Lokal gehen? Dann wählen Sie per Brief. Sie bekommen die Papiere von der Stadt. Schicken Sie den Brief früh genug zurück.', '["Wahlberechtigung und Eintrag im Wählerverzeichnis von Hohen Neuendorf"]', '["Wahlbenachrichtigung oder Personalausweis"]', 'gebührenfrei', 'wenige Tage', '["Bundeswahlgesetz (BWahlG) § 36","Brandenburgisches Kommunalwahlgesetz"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Wahlbüro', '[{"name":"Bürgeramt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","phone":"03303 000000 (Demo)","openingHours":[{"weekday":1,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"},{"weekday":5,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Wahlschein","wählen","Wahl","Wahlbenachrichtigung","Stimmzettel"]', 40, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');
INSERT INTO public.services VALUES ('beglaubigung', '99000000001601', 'Kopien und Unterschriften beglaubigen lassen', 'Amtliche Beglaubigung von Kopien und Unterschriften für die Vorlage bei Behörden.', 'Das Bürgeramt beglaubigt Kopien von Zeugnissen und Bescheiden sowie Unterschriften, wenn sie bei einer Behörde vorgelegt werden sollen. Bringen Sie das Original mit. Personenstandsurkunden und Dokumente für Grundbuch oder Handelsregister beglaubigt das Bürgeramt nicht; dafür sind Standesamt oder Notar zuständig.', 'Ein Amt will eine beglaubigte Kopie? Dann gehen Sie zum Bürgeramt. Nehmen Sie das Original mit.', '["Vorlage bei einer Behörde"]', '["Original","Kopie","Personalausweis (bei Unterschriften)"]', 'siehe Gebührenordnung der Stadt Hohen Neuendorf', 'sofort', '["Verwaltungsverfahrensgesetz (VwVfG) §§ 33, 34"]', '[]', NULL, 'town', 'Stadt Hohen Neuendorf, Bürgeramt', '[{"name":"Bürgeramt Hohen Neuendorf","address":"Oranienburger Straße 2, 16540 Hohen Neuendorf","phone":"03303 000000 (Demo)","openingHours":[{"weekday":1,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"09:00","closes":"12:00"},{"weekday":2,"opens":"13:00","closes":"18:00"},{"weekday":4,"opens":"09:00","closes":"12:00"},{"weekday":4,"opens":"13:00","closes":"16:00"},{"weekday":5,"opens":"09:00","closes":"12:00"}],"note":"Öffnungszeiten und Kontaktdaten sind Demo-Angaben. Termin vorher vereinbaren."}]', '["Beglaubigung","beglaubigte Kopie","Abschrift","Zeugnis beglaubigen","Unterschrift"]', 35, '2026-11-20', 0, 1, 1, '2026-12-07T12:11:48.167Z', '2026-12-07T12:11:48.167Z');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sms_messages; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sms_messages VALUES ('d5c14ee1-f379-4310-b378-bab2b110e578', '6fbe3c8f-c2b0-44fa-9fae-bec634256388', '+491701234510', 'pickup_ready', NULL, 1, 'sent', 'outbox', 'ad9c2715-d671-4f50-b7c8-f056c4875c29', 1, NULL, '2026-12-07T12:11:48.051Z', '2026-12-07T12:11:55.246Z', '2026-12-07T12:11:55.246Z');
INSERT INTO public.sms_messages VALUES ('464fb56b-c667-4d96-8fea-4cc5978566d3', 'a2ff9cb8-f588-4aa2-a5e8-9cbfa39d4f43', '+491701234504', 'pickup_ready', NULL, 1, 'sent', 'outbox', 'eb0dbdf8-b966-4d70-8787-6cd0e88232aa', 1, NULL, '2026-12-07T12:11:46.826Z', '2026-12-07T12:11:56.241Z', '2026-12-07T12:11:56.241Z');
INSERT INTO public.sms_messages VALUES ('3202400f-1ebb-44be-860a-ffc9372444e0', 'ff34746b-4903-47ed-b0f5-3b8931556caa', '+491701234503', 'pickup_ready', NULL, 1, 'sent', 'outbox', 'f3aa33e0-52e2-497e-9fae-eb159d9a8c1c', 1, NULL, '2026-12-07T12:11:46.407Z', '2026-12-07T12:11:55.340Z', '2026-12-07T12:11:55.340Z');
INSERT INTO public.sms_messages VALUES ('91696dbd-12b8-48e6-ba95-610876b6f640', 'fbdd0682-93dd-4370-91b0-dfebc2fa95b6', '+491701234506', 'pickup_ready', NULL, 1, 'sent', 'outbox', 'ace901d6-69c5-4615-9961-5c3615a50743', 1, NULL, '2026-12-07T12:11:47.341Z', '2026-12-07T12:11:55.684Z', '2026-12-07T12:11:55.684Z');
INSERT INTO public.sms_messages VALUES ('2b7d93fb-430e-4642-93a7-f42b9a3e714e', 'c2c790ed-20e2-4484-9999-ac03cbf9578e', '+491701234509', 'pickup_ready', NULL, 1, 'sent', 'outbox', '8d97e1d1-0f64-4ab5-9c0c-7de53af7d0e3', 1, NULL, '2026-12-07T12:11:47.785Z', '2026-12-07T12:11:55.936Z', '2026-12-07T12:11:55.936Z');
INSERT INTO public.sms_messages VALUES ('83d52c75-59b8-499d-afc4-b54fb591617f', '7dba963d-3b5b-44b1-9269-beaca5be0fae', '+491701234507', 'pickup_ready', NULL, 1, 'sent', 'outbox', '5030b2fc-a640-414a-a89e-8d9cf03b0acc', 1, NULL, '2026-12-07T12:11:47.434Z', '2026-12-07T12:11:56.047Z', '2026-12-07T12:11:56.047Z');
INSERT INTO public.sms_messages VALUES ('364a7760-8298-47bb-840d-885a3fecb395', 'ddd0d3f1-3f64-47ba-a8e0-edc1147899bb', '+491701234505', 'pickup_ready', NULL, 1, 'sent', 'outbox', '68835983-36ac-4313-a5be-437746adfd29', 1, NULL, '2026-12-07T12:11:47.227Z', '2026-12-07T12:11:56.158Z', '2026-12-07T12:11:56.158Z');


--
-- Data for Name: sms_webhook_receipts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: staff_users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.staff_users VALUES ('1c6db29d-b3fc-44be-9ef1-6a563f857ee1', 'admin', 'Ada Admin (Demo)', '$argon2id$v=19$m=65536,p=4,t=3$CjfisumnoUzOD6iChiQVNA$jLEtCtyhxv5c9XQlsgCJK7KSxwXq77PYsCwW74/MLvk', '["admin"]', NULL, 1, '2026-12-07T12:11:40.054Z', NULL);
INSERT INTO public.staff_users VALUES ('b836ce1b-eaec-4338-a63a-f8b68d3eba56', 'clerk', 'Clara Sachbearbeiterin (Demo)', '$argon2id$v=19$m=65536,p=4,t=3$kSSXRZuT5xwFTcpNYjh2zg$eHKpwv+yTvvKU4Y4CyvB7WhCMy6Sw1JpnfzD4RSVOIw', '["clerk"]', 'buergeramt-hn', 1, '2026-12-07T12:11:40.823Z', NULL);
INSERT INTO public.staff_users VALUES ('78ced1b3-97a7-4b0d-996d-e457e69d21a5', 'loader', 'Lars Bestücker (Demo)', '$argon2id$v=19$m=65536,p=4,t=3$INc7T/T5B2jSXKDgW25DJg$5OELv3p3qLiHzwHpIxriQORcTjVxVU0QLSB7Mi29MUI', '["loader"]', 'buergeramt-hn', 1, '2026-12-07T12:11:41.743Z', NULL);
INSERT INTO public.staff_users VALUES ('ba4ea1a6-7151-4b33-8c84-c9956d839b0c', 'loader2', 'Lena Bestückerin (Demo)', '$argon2id$v=19$m=65536,p=4,t=3$mv/TPr0J5D4hq0jxSnMyLg$M43x63WgSfGEJ8lvcEm1lFT4ZNCfxRQLKzzI9oOlPiA', '["loader"]', 'buergeramt-hn', 1, '2026-12-07T12:11:42.601Z', NULL);
INSERT INTO public.staff_users VALUES ('54d3efeb-4efd-4538-aa48-75daf8c82147', 'zone', 'Zoe Zonenteam (Demo)', '$argon2id$v=19$m=65536,p=4,t=3$GeWEK0xRVBEzfI+Sfbkb2A$3M+X7f8qiHQuDbAc4IMYejt93g9addO1yUihjPyDO+E', '["zone"]', NULL, 1, '2026-12-07T12:11:43.616Z', NULL);
INSERT INTO public.staff_users VALUES ('be8a66b1-8127-40b8-bf25-d73ad3082be9', 'auditor', 'Arno Prüfer (Demo)', '$argon2id$v=19$m=65536,p=4,t=3$kDuBrCqLYGSNO1QgwSDr2A$pu7recxhDlLCcOw2pHdKhBReAExmmbbZpg+eqYINme4', '["auditor"]', NULL, 1, '2026-12-07T12:11:44.661Z', NULL);


--
-- Data for Name: suggestions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.suggestions VALUES ('69d13fc7-9665-4829-8378-fc96059e315d', 'A-J2CF-E5RS', 'Eine Sitzbank neben der DokBox wäre schön, damit man beim Warten nicht stehen muss.', NULL, 'site', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'implemented', 'Danke! Seit dieser Woche steht dort eine Bank.', 1, '2026-11-18T12:11:48.244Z', '2026-11-18T12:11:48.244Z', '2026-11-17T12:11:48.244Z', '2026-11-18T12:11:48.244Z', 0);
INSERT INTO public.suggestions VALUES ('39592bd6-1ac5-4e65-af7a-afe844fed81c', 'A-3SHV-BR9X', 'Könnte der Kiosk auch größere Schrift anbieten?', NULL, 'kiosk', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'answered', 'Gute Idee. Wir prüfen mit dem Hersteller eine Zoom-Taste.', 1, '2026-11-26T12:11:48.244Z', '2026-11-26T12:11:48.244Z', '2026-11-25T12:11:48.244Z', '2026-11-26T12:11:48.244Z', 0);
INSERT INTO public.suggestions VALUES ('86311b2f-01b8-4bc6-a568-cda0d05e5dbb', 'A-CH6H-FWVW', 'Die DokBox sollte auch Pakete annehmen.', NULL, 'site', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'declined', 'Die DokBox ist nur für Dokumente der Stadt da; für Pakete gibt es Packstationen.', 1, '2026-11-29T12:11:48.244Z', '2026-11-29T12:11:48.244Z', '2026-11-28T12:11:48.244Z', '2026-11-29T12:11:48.244Z', 0);
INSERT INTO public.suggestions VALUES ('e820816c-4663-4bea-aa66-86e18bf1662c', 'A-29GN-MA4L', 'Bitte am Samstag länger öffnen, ich arbeite unter der Woche.', NULL, 'kiosk', NULL, NULL, 'Max Beispiel', 'max.beispiel@example.org', NULL, '2026-12-04T12:11:48.244Z', NULL, 'in_review', NULL, 0, '2026-12-04T12:11:48.244Z', NULL, '2026-12-04T12:11:48.244Z', '2026-12-04T12:11:48.244Z', 0);
INSERT INTO public.suggestions VALUES ('fef2e617-cd0f-4086-bec6-aae4a01777d4', 'A-X8JB-FZVA', 'Am Eingang fehlt ein Hinweisschild zur Servicezone.', NULL, 'site', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'received', NULL, 0, '2026-12-06T12:11:48.244Z', NULL, '2026-12-06T12:11:48.244Z', '2026-12-06T12:11:48.244Z', 0);


--
-- Data for Name: terminal_throttle; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: terminals; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.terminals VALUES ('da5aeaa3-e8db-428c-ac15-e8805da8e0bf', 'Kiosk an der DokBox Hohen Neuendorf', 'dokbox-hn', 'f4c81168921d036e688f1fbc17fb7f3689e35247b4c1b54c3825f133472683ab', '2026-12-07T12:11:46.225Z');


--
-- Data for Name: tours; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tours VALUES ('39b4086a-5c64-4896-8be8-336f2ed129f9', '{"title":{"de":"Rathaus Hohen Neuendorf — Büro des Bürgermeisters","ls":"Das Büro vom Bürgermeister","en":"Hohen Neuendorf town hall — the mayor’s office"},"intro":{"de":"Ein Blick hinter die Türen des Rathauses. Die Räume sind gezeichnete Illustrationen für die Demo, keine Fotos.","ls":"Schauen Sie in das Rathaus. Die Bilder sind gemalt. Es sind keine Fotos.","en":"A look behind the doors of the town hall. The rooms are drawn illustrations for the demo, not photos."}}', 'published', 'vorzimmer', '[{"id":"vorzimmer","name":{"de":"Vorzimmer","ls":"Vor-Zimmer","en":"Anteroom"},"description":{"de":"Hier kommen Besucherinnen und Besucher an und werden angemeldet.","ls":"Hier kommen Sie zuerst an.","en":"Visitors arrive and are announced here."},"panoramaId":"f1200659-a4f8-4614-91a6-1ec60d0d5ba4","initialYaw":0,"hotspots":[{"id":"empfang","yaw":-90,"pitch":-30,"title":{"de":"Empfang","ls":"Empfang","en":"Reception"},"text":{"de":"Das Sekretariat vereinbart Termine beim Bürgermeister und nimmt Anliegen auf.","ls":"Hier können Sie einen Termin beim Bürgermeister machen.","en":"The office arranges appointments with the mayor and takes requests."},"imageId":null}],"links":[{"id":"zum-buero","targetRoomId":"buero","yaw":0,"pitch":-10}]},{"id":"buero","name":{"de":"Büro des Bürgermeisters","ls":"Büro vom Bürgermeister","en":"The mayor’s office"},"description":{"de":"Der Arbeitsplatz des Bürgermeisters mit Schreibtisch, Besprechungsecke und Blick auf die Oranienburger Straße.","ls":"Hier arbeitet der Bürgermeister.","en":"The mayor’s workplace with desk and a view of Oranienburger Straße."},"panoramaId":"d163d7f1-ed03-4954-b2e0-7bb3aeb4fcf0","initialYaw":0,"hotspots":[{"id":"schreibtisch","yaw":-5,"pitch":-30,"title":{"de":"Schreibtisch","ls":"Schreib-Tisch","en":"Desk"},"text":{"de":"Hier unterschreibt der Bürgermeister Urkunden, Verträge und Briefe an Bürgerinnen und Bürger.","ls":"Hier schreibt der Bürgermeister Briefe.","en":"Here the mayor signs certificates, contracts and letters to citizens."},"imageId":null},{"id":"regal","yaw":-90,"pitch":0,"title":{"de":"Aktenregal","ls":"Regal mit Akten","en":"Shelf"},"text":{"de":"Beschlüsse der Stadtverordnetenversammlung und die Chronik der Stadt.","ls":"Hier sind wichtige Papiere von der Stadt.","en":"Council resolutions and the town chronicle."},"imageId":null},{"id":"fahne","yaw":125,"pitch":15,"title":{"de":"Stadtfahne","ls":"Fahne von der Stadt","en":"Town flag"},"text":{"de":"Die Fahne mit dem Stadtwappen wird bei offiziellen Anlässen gezeigt.","ls":"Das ist die Fahne von Hohen Neuendorf.","en":"The flag with the town’s coat of arms is shown on official occasions."},"imageId":null}],"links":[{"id":"zum-vorzimmer","targetRoomId":"vorzimmer","yaw":180,"pitch":-10},{"id":"zum-saal","targetRoomId":"saal","yaw":90,"pitch":-10}]},{"id":"saal","name":{"de":"Sitzungssaal","ls":"Sitzungs-Saal","en":"Council chamber"},"description":{"de":"Hier tagen die Stadtverordneten und ihre Ausschüsse. Die Sitzungen sind öffentlich.","ls":"Hier treffen sich die Stadt-Verordneten. Sie dürfen zuhören.","en":"The town council and its committees meet here; sessions are public."},"panoramaId":"80981271-ec25-4ab6-81b1-b418424e72e0","initialYaw":0,"hotspots":[{"id":"ratstisch","yaw":0,"pitch":-30,"title":{"de":"Ratstisch","ls":"Großer Tisch","en":"Council table"},"text":{"de":"Am großen Tisch sitzen die Stadtverordneten. Zuhörerinnen und Zuhörer sind willkommen.","ls":"Hier sitzen die Stadt-Verordneten.","en":"Councillors sit at the large table; the public is welcome."},"imageId":null}],"links":[{"id":"zurueck-buero","targetRoomId":"buero","yaw":180,"pitch":-10}]}]', 1, '2026-12-07T12:11:49.577Z', '2026-12-07T12:11:49.577Z', 0);


--
-- Data for Name: zone_announcements; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.zone_announcements VALUES ('b647931a-9278-40a9-bcec-c4c2ca678bb6', 'Vorlesestunde in der Servicezone', 'Jeden Donnerstag um 16 Uhr lesen Ehrenamtliche für Kinder vor.', '2026-11-30', '2027-01-06', '54d3efeb-4efd-4538-aa48-75daf8c82147', '2026-12-07T12:11:48.244Z', '2026-12-07T12:11:48.244Z');


--
-- Data for Name: zone_opening_hours; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.zone_opening_hours VALUES ('0be74c9d-9cd9-47f5-83b2-6abd1de97347', 2, '10:00', '13:00');
INSERT INTO public.zone_opening_hours VALUES ('c6a3bcec-9a56-4204-9583-5c0cb98c679d', 2, '14:00', '18:00');
INSERT INTO public.zone_opening_hours VALUES ('71aa9130-13fc-49ce-a11c-53f9184defd9', 4, '10:00', '13:00');
INSERT INTO public.zone_opening_hours VALUES ('ad50ffed-7a5c-4928-8020-c71eb56efd88', 4, '14:00', '18:00');
INSERT INTO public.zone_opening_hours VALUES ('207345a7-3085-4805-b408-f5c91fc3ba06', 6, '10:00', '14:00');


--
-- Data for Name: zone_visits; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.zone_visits VALUES ('b2e11491-2743-4109-8da7-60ba686fc129', '54d3efeb-4efd-4538-aa48-75daf8c82147', '2026-12-06T09:05:00.000Z', '2026-12-06', 10, '65_plus', 'dokbox', '2026-12-06T09:05:00.000Z', NULL);
INSERT INTO public.zone_visits VALUES ('3c3c8ad5-4f92-4803-91b7-21fc16967a06', '54d3efeb-4efd-4538-aa48-75daf8c82147', '2026-12-06T09:06:00.000Z', '2026-12-06', 10, '50_64', 'dokbox', '2026-12-06T09:06:00.000Z', NULL);
INSERT INTO public.zone_visits VALUES ('34ef3ef5-355b-4673-8be6-db4b22260ed0', '54d3efeb-4efd-4538-aa48-75daf8c82147', '2026-12-06T10:07:00.000Z', '2026-12-06', 11, 'under_30', 'map', '2026-12-06T10:07:00.000Z', NULL);
INSERT INTO public.zone_visits VALUES ('bbadfd71-6c5c-4989-8cb9-1b204570fcc8', '54d3efeb-4efd-4538-aa48-75daf8c82147', '2026-12-06T14:08:00.000Z', '2026-12-06', 15, '65_plus', 'service_115', '2026-12-06T14:08:00.000Z', NULL);
INSERT INTO public.zone_visits VALUES ('2203017b-f104-4199-81de-cb648f4bc4cc', '54d3efeb-4efd-4538-aa48-75daf8c82147', '2026-12-05T10:09:00.000Z', '2026-12-05', 11, '30_49', 'tour', '2026-12-05T10:09:00.000Z', NULL);
INSERT INTO public.zone_visits VALUES ('732f4661-ca8c-4239-9f09-98721165e2a7', '54d3efeb-4efd-4538-aa48-75daf8c82147', '2026-12-05T15:10:00.000Z', '2026-12-05', 16, '65_plus', 'dokbox', '2026-12-05T15:10:00.000Z', NULL);
INSERT INTO public.zone_visits VALUES ('e907aa33-44ad-4008-a6fb-b83e16aebef3', '54d3efeb-4efd-4538-aa48-75daf8c82147', '2026-12-04T09:11:00.000Z', '2026-12-04', 10, '50_64', 'suggestion', '2026-12-04T09:11:00.000Z', NULL);
INSERT INTO public.zone_visits VALUES ('719c4b1b-348f-4e5c-be8b-6dc71aa9d28a', '54d3efeb-4efd-4538-aa48-75daf8c82147', '2026-12-03T11:12:00.000Z', '2026-12-03', 12, '30_49', 'dokbox', '2026-12-03T11:12:00.000Z', NULL);
INSERT INTO public.zone_visits VALUES ('981b876f-c451-4f5b-a6b6-f6f46ff909ef', '54d3efeb-4efd-4538-aa48-75daf8c82147', '2026-12-03T11:13:00.000Z', '2026-12-03', 12, 'under_30', 'other', '2026-12-03T11:13:00.000Z', NULL);
INSERT INTO public.zone_visits VALUES ('9e4410e7-ddad-4a61-b782-ba073af441d8', '54d3efeb-4efd-4538-aa48-75daf8c82147', '2026-12-03T16:14:00.000Z', '2026-12-03', 17, '65_plus', 'service_115', '2026-12-03T16:14:00.000Z', NULL);
INSERT INTO public.zone_visits VALUES ('50f0e1bd-63be-46c0-89ca-b30ca73fc6a4', '54d3efeb-4efd-4538-aa48-75daf8c82147', '2026-12-01T09:15:00.000Z', '2026-12-01', 10, '65_plus', 'dokbox', '2026-12-01T09:15:00.000Z', NULL);
INSERT INTO public.zone_visits VALUES ('77d62238-cc69-40e5-9851-bdd1b001c3df', '54d3efeb-4efd-4538-aa48-75daf8c82147', '2026-12-01T17:16:00.000Z', '2026-12-01', 18, '50_64', 'map', '2026-12-01T17:16:00.000Z', NULL);


--
-- Name: alerts alerts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alerts
    ADD CONSTRAINT alerts_pkey PRIMARY KEY (id);


--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (id);


--
-- Name: api_tokens api_tokens_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_token_hash_key UNIQUE (token_hash);


--
-- Name: audit_head audit_head_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_head
    ADD CONSTRAINT audit_head_pkey PRIMARY KEY (id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (seq);


--
-- Name: box_agent_secrets box_agent_secrets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.box_agent_secrets
    ADD CONSTRAINT box_agent_secrets_pkey PRIMARY KEY (box_id);


--
-- Name: box_closures box_closures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.box_closures
    ADD CONSTRAINT box_closures_pkey PRIMARY KEY (id);


--
-- Name: box_commands box_commands_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.box_commands
    ADD CONSTRAINT box_commands_pkey PRIMARY KEY (id);


--
-- Name: box_events box_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.box_events
    ADD CONSTRAINT box_events_pkey PRIMARY KEY (id);


--
-- Name: box_opening_hours box_opening_hours_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.box_opening_hours
    ADD CONSTRAINT box_opening_hours_pkey PRIMARY KEY (id);


--
-- Name: box_outages box_outages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.box_outages
    ADD CONSTRAINT box_outages_pkey PRIMARY KEY (id);


--
-- Name: boxes boxes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.boxes
    ADD CONSTRAINT boxes_pkey PRIMARY KEY (id);


--
-- Name: compartments compartments_box_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.compartments
    ADD CONSTRAINT compartments_box_number UNIQUE (box_id, number);


--
-- Name: compartments compartments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.compartments
    ADD CONSTRAINT compartments_pkey PRIMARY KEY (id);


--
-- Name: demo_sms_inbox demo_sms_inbox_idempotency_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.demo_sms_inbox
    ADD CONSTRAINT demo_sms_inbox_idempotency_key_key UNIQUE (idempotency_key);


--
-- Name: demo_sms_inbox demo_sms_inbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.demo_sms_inbox
    ADD CONSTRAINT demo_sms_inbox_pkey PRIMARY KEY (id);


--
-- Name: document_types document_types_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_types
    ADD CONSTRAINT document_types_pkey PRIMARY KEY (id);


--
-- Name: documents documents_code_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_code_hash_key UNIQUE (code_hash);


--
-- Name: documents documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (id);


--
-- Name: evidence_images evidence_images_box_event; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence_images
    ADD CONSTRAINT evidence_images_box_event UNIQUE (box_id, event_id);


--
-- Name: evidence_images evidence_images_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence_images
    ADD CONSTRAINT evidence_images_pkey PRIMARY KEY (id);


--
-- Name: jobs jobs_idempotency_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT jobs_idempotency_key_key UNIQUE (idempotency_key);


--
-- Name: jobs jobs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT jobs_pkey PRIMARY KEY (id);


--
-- Name: kysely_migration_lock kysely_migration_lock_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kysely_migration_lock
    ADD CONSTRAINT kysely_migration_lock_pkey PRIMARY KEY (id);


--
-- Name: kysely_migration kysely_migration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kysely_migration
    ADD CONSTRAINT kysely_migration_pkey PRIMARY KEY (name);


--
-- Name: map_pois map_pois_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.map_pois
    ADD CONSTRAINT map_pois_pkey PRIMARY KEY (id);


--
-- Name: map_walks map_walks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.map_walks
    ADD CONSTRAINT map_walks_pkey PRIMARY KEY (id);


--
-- Name: media_images media_images_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.media_images
    ADD CONSTRAINT media_images_pkey PRIMARY KEY (id);


--
-- Name: offices offices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offices
    ADD CONSTRAINT offices_pkey PRIMARY KEY (id);


--
-- Name: old_document_deposits old_document_deposits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.old_document_deposits
    ADD CONSTRAINT old_document_deposits_pkey PRIMARY KEY (id);


--
-- Name: pickup_sessions pickup_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pickup_sessions
    ADD CONSTRAINT pickup_sessions_pkey PRIMARY KEY (id);


--
-- Name: public_lookup_throttle public_lookup_throttle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.public_lookup_throttle
    ADD CONSTRAINT public_lookup_throttle_pkey PRIMARY KEY (key);


--
-- Name: service_callback_requests service_callback_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_callback_requests
    ADD CONSTRAINT service_callback_requests_pkey PRIMARY KEY (id);


--
-- Name: services services_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.services
    ADD CONSTRAINT services_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_token_hash_key UNIQUE (token_hash);


--
-- Name: sms_messages sms_messages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sms_messages
    ADD CONSTRAINT sms_messages_pkey PRIMARY KEY (id);


--
-- Name: sms_webhook_receipts sms_webhook_receipts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sms_webhook_receipts
    ADD CONSTRAINT sms_webhook_receipts_pkey PRIMARY KEY (id);


--
-- Name: staff_users staff_users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_users
    ADD CONSTRAINT staff_users_pkey PRIMARY KEY (id);


--
-- Name: staff_users staff_users_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_users
    ADD CONSTRAINT staff_users_username_key UNIQUE (username);


--
-- Name: suggestions suggestions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestions
    ADD CONSTRAINT suggestions_pkey PRIMARY KEY (id);


--
-- Name: suggestions suggestions_reference_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.suggestions
    ADD CONSTRAINT suggestions_reference_key UNIQUE (reference);


--
-- Name: terminal_throttle terminal_throttle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminal_throttle
    ADD CONSTRAINT terminal_throttle_pkey PRIMARY KEY (terminal_id);


--
-- Name: terminals terminals_key_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminals
    ADD CONSTRAINT terminals_key_hash_key UNIQUE (key_hash);


--
-- Name: terminals terminals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminals
    ADD CONSTRAINT terminals_pkey PRIMARY KEY (id);


--
-- Name: tours tours_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tours
    ADD CONSTRAINT tours_pkey PRIMARY KEY (id);


--
-- Name: zone_announcements zone_announcements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.zone_announcements
    ADD CONSTRAINT zone_announcements_pkey PRIMARY KEY (id);


--
-- Name: zone_opening_hours zone_opening_hours_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.zone_opening_hours
    ADD CONSTRAINT zone_opening_hours_pkey PRIMARY KEY (id);


--
-- Name: zone_visits zone_visits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.zone_visits
    ADD CONSTRAINT zone_visits_pkey PRIMARY KEY (id);


--
-- Name: alerts_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alerts_open ON public.alerts USING btree (resolved_at, created_at);


--
-- Name: audit_log_action_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_action_at ON public.audit_log USING btree (action, at);


--
-- Name: audit_log_entity; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_entity ON public.audit_log USING btree (entity_type, entity_id);


--
-- Name: box_closures_box; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX box_closures_box ON public.box_closures USING btree (box_id);


--
-- Name: box_commands_box_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX box_commands_box_status ON public.box_commands USING btree (box_id, status);


--
-- Name: box_commands_document; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX box_commands_document ON public.box_commands USING btree (document_id, created_at);


--
-- Name: box_opening_hours_box; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX box_opening_hours_box ON public.box_opening_hours USING btree (box_id);


--
-- Name: box_outages_box; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX box_outages_box ON public.box_outages USING btree (box_id);


--
-- Name: documents_final_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_final_at ON public.documents USING btree (final_at);


--
-- Name: documents_issued_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_issued_at ON public.documents USING btree (issued_at);


--
-- Name: documents_phone_hash; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_phone_hash ON public.documents USING btree (phone_hash);


--
-- Name: documents_reference; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_reference ON public.documents USING btree (reference);


--
-- Name: documents_reference_upper; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_reference_upper ON public.documents USING btree (upper(reference));


--
-- Name: documents_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_state ON public.documents USING btree (state);


--
-- Name: evidence_images_document; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evidence_images_document ON public.evidence_images USING btree (document_id);


--
-- Name: evidence_images_taken_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evidence_images_taken_at ON public.evidence_images USING btree (taken_at);


--
-- Name: jobs_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX jobs_due ON public.jobs USING btree (status, run_at);


--
-- Name: map_pois_category; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX map_pois_category ON public.map_pois USING btree (category);


--
-- Name: old_document_deposits_document_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX old_document_deposits_document_idx ON public.old_document_deposits USING btree (document_id);


--
-- Name: old_document_deposits_occupying_uq; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX old_document_deposits_occupying_uq ON public.old_document_deposits USING btree (occupying_compartment_id);


--
-- Name: old_document_deposits_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX old_document_deposits_status_idx ON public.old_document_deposits USING btree (status, box_id);


--
-- Name: pickup_sessions_document; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pickup_sessions_document ON public.pickup_sessions USING btree (document_id);


--
-- Name: public_lookup_throttle_window; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX public_lookup_throttle_window ON public.public_lookup_throttle USING btree (window_started_at);


--
-- Name: service_callback_requests_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX service_callback_requests_status ON public.service_callback_requests USING btree (status, created_at);


--
-- Name: services_leika_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX services_leika_key ON public.services USING btree (leika_key);


--
-- Name: sms_messages_document; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sms_messages_document ON public.sms_messages USING btree (document_id);


--
-- Name: sms_messages_provider_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sms_messages_provider_id ON public.sms_messages USING btree (provider_message_id);


--
-- Name: staff_users_oidc_subject; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX staff_users_oidc_subject ON public.staff_users USING btree (oidc_subject);


--
-- Name: suggestions_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX suggestions_created ON public.suggestions USING btree (created_at);


--
-- Name: suggestions_ip; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX suggestions_ip ON public.suggestions USING btree (ip_hash, created_at);


--
-- Name: suggestions_published; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX suggestions_published ON public.suggestions USING btree (published, created_at);


--
-- Name: suggestions_terminal; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX suggestions_terminal ON public.suggestions USING btree (terminal_id, created_at);


--
-- Name: zone_visits_local_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX zone_visits_local_date ON public.zone_visits USING btree (local_date);


--
-- Name: zone_visits_recorded_by; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX zone_visits_recorded_by ON public.zone_visits USING btree (recorded_by, created_at);


--
-- Name: box_agent_secrets box_agent_secrets_box_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.box_agent_secrets
    ADD CONSTRAINT box_agent_secrets_box_id_fkey FOREIGN KEY (box_id) REFERENCES public.boxes(id);


--
-- Name: box_closures box_closures_box_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.box_closures
    ADD CONSTRAINT box_closures_box_id_fkey FOREIGN KEY (box_id) REFERENCES public.boxes(id);


--
-- Name: box_commands box_commands_box_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.box_commands
    ADD CONSTRAINT box_commands_box_id_fkey FOREIGN KEY (box_id) REFERENCES public.boxes(id);


--
-- Name: box_events box_events_box_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.box_events
    ADD CONSTRAINT box_events_box_id_fkey FOREIGN KEY (box_id) REFERENCES public.boxes(id);


--
-- Name: box_opening_hours box_opening_hours_box_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.box_opening_hours
    ADD CONSTRAINT box_opening_hours_box_id_fkey FOREIGN KEY (box_id) REFERENCES public.boxes(id);


--
-- Name: box_outages box_outages_box_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.box_outages
    ADD CONSTRAINT box_outages_box_id_fkey FOREIGN KEY (box_id) REFERENCES public.boxes(id);


--
-- Name: compartments compartments_box_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.compartments
    ADD CONSTRAINT compartments_box_id_fkey FOREIGN KEY (box_id) REFERENCES public.boxes(id);


--
-- Name: documents documents_box_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_box_id_fkey FOREIGN KEY (box_id) REFERENCES public.boxes(id);


--
-- Name: documents documents_compartment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_compartment_id_fkey FOREIGN KEY (compartment_id) REFERENCES public.compartments(id);


--
-- Name: documents documents_office_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_office_id_fkey FOREIGN KEY (office_id) REFERENCES public.offices(id);


--
-- Name: documents documents_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_type_id_fkey FOREIGN KEY (type_id) REFERENCES public.document_types(id);


--
-- Name: old_document_deposits old_document_deposits_box_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.old_document_deposits
    ADD CONSTRAINT old_document_deposits_box_id_fkey FOREIGN KEY (box_id) REFERENCES public.boxes(id);


--
-- Name: old_document_deposits old_document_deposits_compartment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.old_document_deposits
    ADD CONSTRAINT old_document_deposits_compartment_id_fkey FOREIGN KEY (compartment_id) REFERENCES public.compartments(id);


--
-- Name: old_document_deposits old_document_deposits_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.old_document_deposits
    ADD CONSTRAINT old_document_deposits_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id);


--
-- Name: pickup_sessions pickup_sessions_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pickup_sessions
    ADD CONSTRAINT pickup_sessions_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id);


--
-- Name: pickup_sessions pickup_sessions_terminal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pickup_sessions
    ADD CONSTRAINT pickup_sessions_terminal_id_fkey FOREIGN KEY (terminal_id) REFERENCES public.terminals(id);


--
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.staff_users(id);


--
-- Name: sms_messages sms_messages_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sms_messages
    ADD CONSTRAINT sms_messages_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id);


--
-- Name: staff_users staff_users_office_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_users
    ADD CONSTRAINT staff_users_office_id_fkey FOREIGN KEY (office_id) REFERENCES public.offices(id);


--
-- Name: terminal_throttle terminal_throttle_terminal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminal_throttle
    ADD CONSTRAINT terminal_throttle_terminal_id_fkey FOREIGN KEY (terminal_id) REFERENCES public.terminals(id);


--
-- Name: terminals terminals_box_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminals
    ADD CONSTRAINT terminals_box_id_fkey FOREIGN KEY (box_id) REFERENCES public.boxes(id);


--
-- PostgreSQL database dump complete
--


