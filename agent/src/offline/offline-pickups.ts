/**
 * The kiosk's pickup flow, run by the agent while its link to the hub is down (docs/offline.md): phone and code,
 * the date of birth, the PIN letter, the guess budget and the terminal brake, the unlock and the door cycle. Every
 * decision is journaled as an offline fact (with its local time) before anything else happens; the hub applies the
 * facts in order when the link returns. Staff confirmation and the old-document check are refused offline.
 */
import { randomUUID } from 'node:crypto';
import type {
  OfflineFact,
  OfflineFactType,
  OfflineVerifier,
  OfflineVerifiersMessage,
  PickupPhase,
  PickupSessionStatus,
} from '@buergerpunkt/contracts';
import type { CommandResult } from '@buergerpunkt/contracts';
import type { DoorRecord, Journal } from '../journal.ts';
import type { AgentLogger } from '../logger.ts';
import {
  codeVerifierOf,
  dateOfBirthVerifierOf,
  phoneVerifierOf,
  sameHex,
  sha256Hex,
} from './offline-crypto.ts';
import { VerifierStore } from './verifier-store.ts';

export class OfflineKioskError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
    this.name = 'OfflineKioskError';
  }
}

export interface OfflinePickupsOptions {
  journal: Journal;
  log: AgentLogger;
  /** True while the link to the hub is up: the kiosk must use the hub then. */
  linkUp: () => boolean;
  unlock: (commandId: string, compartment: number, captureEvidence: boolean) => Promise<CommandResult | null>;
  door: (compartment: number) => DoorRecord | undefined;
  now?: () => Date;
  /** The terminal brake: this many wrong answers within `brakeWindowMinutes` block the terminal as long. */
  brakeFailures?: number;
  brakeWindowMinutes?: number;
  sessionTtlSeconds?: number;
}

interface Session {
  id: string;
  terminalId: string;
  documentId: string;
  compartment: number;
  documentType: string;
  check: string;
  status: PickupSessionStatus;
  checksPassed: string[];
  pinLetterRequired: boolean;
  pinLetterConfirmed: boolean;
  evidence: boolean;
  expiresAt: string;
}

const offlineChecks = ['none', 'date_of_birth', 'old_document_or_date_of_birth'];

/** German mobile numbers as people type them → E.164 (`0151 2345…`, `+49 151…`, `0049…`); undefined otherwise. */
export function normalizeGermanMobile(input: string): string | undefined {
  const cleaned = input.replace(/\(0\)/g, '').replace(/[\s/().-]/g, '');
  let digits: string;
  if (/^\+\d+$/.test(cleaned)) digits = cleaned.slice(1);
  else if (/^00\d+$/.test(cleaned)) digits = cleaned.slice(2);
  else if (/^0\d+$/.test(cleaned)) digits = `49${cleaned.slice(1)}`;
  else return undefined;
  if (digits.length < 8 || digits.length > 15) return undefined;
  return `+${digits}`;
}

/** Day, month and year as typed → `YYYY-MM-DD`, or 400 `date_invalid` (the hub's rule). */
function dateFromParts(input: { day?: number; month?: number; year?: number }): string {
  const { day, month, year } = input;
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year))
    throw new OfflineKioskError(400, 'date_invalid');
  const [d, m, y] = [day!, month!, year!];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (
    y < 1900 ||
    y > 2100 ||
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== m - 1 ||
    date.getUTCDate() !== d
  )
    throw new OfflineKioskError(400, 'date_invalid');
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export class OfflinePickups {
  readonly #journal: Journal;
  readonly #store: VerifierStore;
  readonly #log: AgentLogger;
  readonly #options: OfflinePickupsOptions;
  readonly #now: () => Date;
  readonly #sessions = new Map<string, Session>();
  readonly #failures = new Map<string, number[]>();
  /** In memory only (docs/offline.md): lost with the process, so a stolen, switched-off PC holds only ciphertext. */
  #boxKey: string | undefined;
  #snapshot: Omit<OfflineVerifiersMessage, 'verifiers' | 'boxKey'> | undefined;

  constructor(options: OfflinePickupsOptions) {
    this.#options = options;
    this.#journal = options.journal;
    this.#log = options.log;
    this.#now = options.now ?? (() => new Date());
    this.#store = new VerifierStore(options.journal.database);
  }

  /** A snapshot from the hub: replaces every verifier (documents opened offline and not yet receipted stay out). */
  receive(message: OfflineVerifiersMessage): void {
    const opened = this.#openedNotReceipted();
    const { boxKey, verifiers, ...meta } = message;
    this.#boxKey = boxKey;
    this.#snapshot = meta;
    this.#store.replaceAll(
      boxKey,
      verifiers.filter((v) => !opened.has(v.documentId)),
    );
    this.#log.info(
      { documents: verifiers.length, validUntil: meta.validUntil },
      'offline verifiers received',
    );
  }

  /** How many verifiers the agent could use now (tests, health). */
  usableCount(): number {
    return this.#boxKey ? this.#verifiers().length : 0;
  }

  // --- the kiosk's steps ----------------------------------------------------------------------------------------

  /** The terminal key's hash must be one of the box's terminals as the hub last said. */
  terminalOf(key: string | undefined): string {
    this.#assertOffline();
    const hash = key ? sha256Hex(key) : '';
    const terminal = this.#snapshot?.terminals.find((t) => sameHex(t.keyHash, hash));
    if (!terminal) throw new OfflineKioskError(401, 'terminal_unknown');
    return terminal.id;
  }

  settings(terminalId: string) {
    return {
      terminalId,
      boxId: null,
      idleSeconds: 90,
      countdownSeconds: 15,
      waitingIdleSeconds: 600,
      oldDocumentDeposit: false,
      maxCodeAttempts: this.#snapshot?.maxCodeAttempts ?? 5,
      offline: true,
    };
  }

  start(terminalId: string, input: { phone: string; code: string }) {
    const boxKey = this.#ready();
    this.#assertNotBraked(terminalId);
    const code = input.code.replace(/[\s-]/g, '');
    if (!/^\d{6}$/.test(code)) throw new OfflineKioskError(400, 'code_format_invalid');
    const phone = normalizeGermanMobile(input.phone);
    if (!phone) throw new OfflineKioskError(400, 'phone_invalid');
    const given = codeVerifierOf(boxKey, phone, code);
    const verifiers = this.#verifiers();
    const found = verifiers.find((v) => sameHex(v.codeVerifier, given));
    if (!found || found.codeGuessesLeft <= 0) {
      // A wrong code costs a guess of every waiting document of the number; a locked one answers the same.
      const phoneVerifier = phoneVerifierOf(boxKey, phone);
      const counted = verifiers.filter((v) => sameHex(v.phoneVerifier, phoneVerifier));
      this.#fact(
        'code_wrong',
        terminalId,
        counted.map((v) => v.documentId),
      );
      for (const v of counted) this.#spend(boxKey, v, { code: 1 });
      this.#countFailure(terminalId);
      throw new OfflineKioskError(401, 'code_wrong');
    }
    if (this.#now().toISOString() >= found.deadlineAt) {
      this.#store.drop(found.documentId);
      throw new OfflineKioskError(410, 'offline_deadline_passed');
    }
    if (!offlineChecks.includes(found.check) || (found.check !== 'none' && !found.dateOfBirthVerifier))
      throw new OfflineKioskError(409, 'offline_not_possible');
    const running = [...this.#sessions.values()].find(
      (s) => s.documentId === found.documentId && this.#live(s),
    );
    if (running) throw new OfflineKioskError(409, 'pickup_in_progress');
    const session: Session = {
      id: randomUUID(),
      terminalId,
      documentId: found.documentId,
      compartment: found.compartment,
      documentType: found.documentType,
      check: found.check,
      status: found.check === 'none' ? 'ready' : 'awaiting_check',
      checksPassed: ['code'],
      pinLetterRequired: found.pinLetter,
      pinLetterConfirmed: false,
      evidence: found.evidence,
      expiresAt: new Date(
        this.#now().getTime() + (this.#options.sessionTtlSeconds ?? 600) * 1000,
      ).toISOString(),
    };
    this.#sessions.set(session.id, session);
    return {
      pickupId: session.id,
      status: session.status,
      check: session.check,
      documentType: session.documentType,
      ...(session.pinLetterRequired ? { pinLetterRequired: true } : {}),
      ...(session.status === 'ready' && !session.pinLetterRequired
        ? { compartmentNumber: session.compartment }
        : {}),
      expiresAt: session.expiresAt,
      offline: true,
    };
  }

  check(terminalId: string, id: string, input: { day?: number; month?: number; year?: number }) {
    const boxKey = this.#ready();
    const session = this.#session(terminalId, id);
    if (session.status !== 'awaiting_check') return this.status(terminalId, id);
    const iso = dateFromParts(input);
    const verifier = this.#verifierOf(session);
    if (sameHex(verifier.dateOfBirthVerifier, dateOfBirthVerifierOf(boxKey, session.documentId, iso))) {
      session.status = 'ready';
      session.checksPassed.push('date_of_birth');
      return this.status(terminalId, id);
    }
    this.#fact('check_failed', terminalId, [session.documentId]);
    const locked = this.#spend(boxKey, verifier, { code: 1, check: 1 });
    this.#countFailure(terminalId);
    if (locked) {
      session.status = 'failed';
      throw new OfflineKioskError(423, 'check_locked');
    }
    throw new OfflineKioskError(401, 'check_failed');
  }

  pinLetter(terminalId: string, id: string, received: boolean) {
    this.#ready();
    const session = this.#session(terminalId, id);
    if (session.status !== 'ready') throw new OfflineKioskError(409, 'check_required');
    if (!session.pinLetterRequired) throw new OfflineKioskError(409, 'pin_letter_not_required');
    if (received) {
      if (!session.pinLetterConfirmed) {
        this.#fact('pin_letter_confirmed', terminalId, [session.documentId]);
        session.pinLetterConfirmed = true;
      }
      return this.status(terminalId, id);
    }
    // Not received: the card goes out at the counter only (as at the hub): the code no longer opens the box.
    this.#fact('pin_letter_refused', terminalId, [session.documentId]);
    this.#store.drop(session.documentId);
    session.status = 'abandoned';
    return this.status(terminalId, id);
  }

  async open(terminalId: string, id: string) {
    this.#ready();
    const session = this.#session(terminalId, id);
    if (session.status === 'opened') throw new OfflineKioskError(409, 'pickup_already_opened');
    if (session.status !== 'ready') throw new OfflineKioskError(409, 'check_required');
    if (session.pinLetterRequired && !session.pinLetterConfirmed)
      throw new OfflineKioskError(409, 'pin_letter_required');
    const verifier = this.#verifierOf(session);
    if (this.#now().toISOString() >= verifier.deadlineAt) {
      this.#store.drop(session.documentId);
      throw new OfflineKioskError(410, 'offline_deadline_passed');
    }
    session.status = 'opened';
    const commandId = randomUUID();
    const checksPassed = [...session.checksPassed, ...(session.pinLetterRequired ? ['pin_letter'] : [])];
    // The fact goes into the journal before the lock is pulsed, and the verifier goes with it: used once.
    this.#journal.database.transaction(() => {
      this.#fact('pickup_opened', terminalId, [session.documentId], {
        compartment: session.compartment,
        commandId,
        checksPassed,
        ...(session.evidence ? { captureEvidence: true } : {}),
      });
      this.#store.drop(session.documentId);
    })();
    const result = await this.#options.unlock(commandId, session.compartment, session.evidence);
    if (result && !result.ok && result.fault === 'compartment_empty') {
      this.#fact('unlock_refused', terminalId, [session.documentId], { compartment: session.compartment });
      throw new OfflineKioskError(409, 'compartment_empty');
    }
    return {
      pickupId: session.id,
      compartmentNumber: session.compartment,
      location: `Fach ${session.compartment}`,
      wheelchairReachable: false,
      offline: true,
    };
  }

  cancel(terminalId: string, id: string): void {
    const session = this.#session(terminalId, id);
    if (session.status === 'opened') throw new OfflineKioskError(409, 'pickup_already_opened');
    session.status = 'abandoned';
  }

  status(terminalId: string, id: string) {
    const session = this.#session(terminalId, id);
    const door = session.status === 'opened' ? (this.#options.door(session.compartment) ?? null) : null;
    let phase: PickupPhase;
    if (session.status === 'awaiting_check') phase = 'waiting_for_check';
    else if (session.status === 'ready')
      phase = session.pinLetterRequired && !session.pinLetterConfirmed ? 'waiting_for_pin_letter' : 'ready';
    else if (session.status === 'opened')
      phase = door?.door === 'open' ? 'door_open' : door?.occupied === false ? 'done' : 'opening';
    else if (session.status === 'failed') phase = 'needs_staff';
    else phase = 'expired';
    return {
      pickupId: session.id,
      status: session.status,
      phase,
      check: session.check,
      documentType: session.documentType,
      door: door?.door ?? null,
      ...(session.status === 'ready' || session.status === 'opened'
        ? { compartmentNumber: session.compartment }
        : {}),
      expiresAt: session.expiresAt,
      ...(session.pinLetterRequired ? { pinLetterRequired: !session.pinLetterConfirmed } : {}),
      offline: true,
    };
  }

  // --- inside ----------------------------------------------------------------------------------------------------

  #assertOffline(): void {
    if (this.#options.linkUp()) throw new OfflineKioskError(409, 'offline_hub_reachable');
  }

  /** The key and a snapshot that is still valid, or 503 `offline_not_ready`. */
  #ready(): string {
    this.#assertOffline();
    if (!this.#boxKey || !this.#snapshot || this.#now().toISOString() >= this.#snapshot.validUntil)
      throw new OfflineKioskError(503, 'offline_not_ready');
    return this.#boxKey;
  }

  #verifiers(): OfflineVerifier[] {
    // Past the deadline a verifier still answers "deadline passed" to its right code once, and is dropped then.
    return this.#boxKey ? this.#store.all(this.#boxKey) : [];
  }

  #verifierOf(session: Session): OfflineVerifier {
    const verifier = this.#store.all(this.#boxKey!).find((v) => v.documentId === session.documentId);
    if (!verifier) {
      session.status = 'failed';
      throw new OfflineKioskError(410, 'pickup_session_expired');
    }
    return verifier;
  }

  #live(session: Session): boolean {
    return (
      ['awaiting_check', 'ready'].includes(session.status) && session.expiresAt > this.#now().toISOString()
    );
  }

  #session(terminalId: string, id: string): Session {
    const session = this.#sessions.get(id);
    if (!session || session.terminalId !== terminalId)
      throw new OfflineKioskError(404, 'pickup_session_not_found');
    if (
      ['awaiting_check', 'ready'].includes(session.status) &&
      session.expiresAt <= this.#now().toISOString()
    )
      session.status = 'abandoned';
    return session;
  }

  /** One guess off a verifier's budget; at zero the code is locked: the verifier is dropped. True when locked. */
  #spend(boxKey: string, verifier: OfflineVerifier, cost: { code?: number; check?: number }): boolean {
    const next = {
      ...verifier,
      codeGuessesLeft: Math.max(0, verifier.codeGuessesLeft - (cost.code ?? 0)),
      checkGuessesLeft: Math.max(0, verifier.checkGuessesLeft - (cost.check ?? 0)),
    };
    if (next.codeGuessesLeft === 0 || next.checkGuessesLeft === 0) {
      this.#store.drop(verifier.documentId);
      return true;
    }
    this.#store.put(boxKey, next);
    return false;
  }

  #assertNotBraked(terminalId: string): void {
    const windowMs = (this.#options.brakeWindowMinutes ?? 10) * 60_000;
    const since = this.#now().getTime() - windowMs;
    const recent = (this.#failures.get(terminalId) ?? []).filter((t) => t > since);
    this.#failures.set(terminalId, recent);
    if (recent.length >= (this.#options.brakeFailures ?? 5))
      throw new OfflineKioskError(429, 'terminal_throttled');
  }

  #countFailure(terminalId: string): void {
    const list = this.#failures.get(terminalId) ?? [];
    list.push(this.#now().getTime());
    this.#failures.set(terminalId, list);
  }

  #fact(
    type: OfflineFactType,
    terminalId: string,
    documentIds: string[],
    extra: Partial<Pick<OfflineFact, 'compartment' | 'commandId' | 'checksPassed' | 'captureEvidence'>> = {},
  ): void {
    const fact: OfflineFact = {
      kind: 'offline_fact',
      eventId: randomUUID(),
      type,
      at: this.#now().toISOString(),
      terminalId,
      documentIds,
      ...extra,
    };
    this.#journal.appendEvent(fact);
    this.#log.info({ fact: type, documents: documentIds.length }, 'offline fact journaled');
  }

  /** Documents opened offline whose fact the hub has not receipted yet: a snapshot must not bring them back. */
  #openedNotReceipted(): Set<string> {
    const ids = new Set<string>();
    for (const message of this.#journal.pendingEvents()) {
      if (message.kind === 'offline_fact' && message.type === 'pickup_opened')
        for (const id of message.documentIds) ids.add(id);
    }
    return ids;
  }
}
