/**
 * The kiosk's one state machine: which screen shows, what the citizen typed, the running pickup. Everything
 * personal lives in `data` and nowhere else, so a reset (idle, "start over", done) forgets it in one assignment;
 * a generation counter makes answers that arrive after a reset fall on the floor instead of bringing data back.
 */
import type {
  CallStaffReason,
  OpenedCompartment,
  PickupCheck,
  PickupDeposit,
  PickupPhase,
} from '@buergerpunkt/contracts';
import type { KioskApi } from './kiosk-api.ts';
import { problem, problemFrom, type KioskProblem, type ProblemAction } from './kiosk-problems.ts';
import { ApiError } from '../lib/api/client.ts';
import { isGermanLandline } from './phone-check.ts';

export type Topic = 'map' | 'tour' | 'questions' | 'suggestions';

export type Screen =
  | { name: 'start' }
  /** One of the other services of the start screen; `phone`: the 115 screen opens on its call / call-back view. */
  | { name: 'topic'; topic: Topic; phone?: boolean }
  | { name: 'phone' }
  | { name: 'code' }
  | { name: 'resend' }
  | { name: 'resendSent' }
  | { name: 'birthDate' }
  | { name: 'oldDocument' }
  | { name: 'deposit' }
  | { name: 'depositChecking' }
  | { name: 'depositRefused' }
  | { name: 'pinLetter' }
  | { name: 'pinLetterMissing' }
  | { name: 'waitingStaff' }
  | { name: 'ready' }
  | { name: 'door' }
  | { name: 'done' }
  | { name: 'problem'; problem: KioskProblem };

export interface PersonalData {
  phone: string;
  code: string;
  day: string;
  month: string;
  year: string;
  pickupId: string | null;
  check: PickupCheck | null;
  /** ID cards: the PIN-letter confirmation still comes before the door. */
  pinLetterRequired: boolean;
  /** The policy takes an evidence image as the door opens: after how many days it is deleted (null: no image). */
  evidenceImageRetentionDays: number | null;
  documentType: string;
  compartmentNumber: number | null;
  opened: OpenedCompartment | null;
  phase: PickupPhase | null;
  /** The old document's deposit into the box (where the box takes it in): the latest attempt. */
  deposit: PickupDeposit | null;
  /** Wrong codes typed here for `wrongCodesFor` (the phone's digits), to say how many tries are left. */
  wrongCodes: number;
  wrongCodesFor: string;
}

export interface StaffCall {
  status: 'sending' | 'sent' | 'failed';
  alreadyCalled: boolean;
  /** False when the hub's clock is outside the zone's staffed hours: nobody is in the zone to come. */
  staffPresent: boolean;
  problem: KioskProblem | null;
  /** Someone in the office took the call on (acknowledged): the kiosk says the call was seen (issue 18). */
  seen?: boolean;
  /** The set time passed during staffed hours without anyone acknowledging: the kiosk says so honestly. */
  noAnswer?: boolean;
}

/** How often the kiosk asks whether its staff call was seen (the hub's rate limit allows far more). */
const staffCallPollMs = 4000;

const emptyData = (): PersonalData => ({
  phone: '',
  code: '',
  day: '',
  month: '',
  year: '',
  pickupId: null,
  check: null,
  pinLetterRequired: false,
  evidenceImageRetentionDays: null,
  documentType: '',
  compartmentNumber: null,
  opened: null,
  phase: null,
  deposit: null,
  wrongCodes: 0,
  wrongCodesFor: '',
});

/** The screen that asks for a check: the old document first where it is asked for (the date is its alternative). */
function checkScreen(check: PickupCheck | null): 'oldDocument' | 'birthDate' {
  return check === 'old_document_scan' || check === 'old_document_or_date_of_birth'
    ? 'oldDocument'
    : 'birthDate';
}

/** How often the kiosk asks the hub while it waits for the door or for staff. */
const doorPollMs = 1000;
const staffPollMs = 2000;

export class KioskFlow {
  screen = $state<Screen>({ name: 'start' });
  data = $state<PersonalData>(emptyData());
  busy = $state(false);
  /** Key of a short message under an input (e.g. too few digits), shown without leaving the screen. */
  inlineError = $state<string | null>(null);
  languageOpen = $state(false);
  staffCall = $state<StaffCall | null>(null);
  /** A red-phone call is going on (services/RedPhone.svelte): the citizen talks and does not touch the screen. */
  inCall = $state(false);
  /** Grows with every screen change, so the app knows when to move focus and read aloud. */
  screenCount = $state(0);
  /** The box takes the old document into a deposit compartment (kiosk settings); else the terminal's reader. */
  oldDocumentDeposit = $state(false);
  /** Wrong codes before a code is locked (the hub's pickup.maxCodeAttempts; null: unknown, no count shown). */
  maxCodeAttempts = $state<number | null>(null);

  readonly #api: KioskApi;
  #generation = 0;
  #pollTimer: ReturnType<typeof setTimeout> | undefined;
  #staffPollTimer: ReturnType<typeof setInterval> | undefined;
  #staffAnswerTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where a retry of the check goes back to: the date of birth when the citizen chose it over the old document. */
  #lastCheckScreen: 'oldDocument' | 'birthDate' | null = null;

  constructor(api: KioskApi) {
    this.#api = api;
  }

  /** True when nothing of a citizen is on the screen or in memory (idle reset has nothing to do). */
  get isPristine(): boolean {
    return (
      this.screen.name === 'start' &&
      !this.languageOpen &&
      this.staffCall === null &&
      JSON.stringify($state.snapshot(this.data)) === JSON.stringify(emptyData())
    );
  }

  /**
   * Screens where the citizen waits for someone and does not touch the screen; also while the old document goes
   * into the deposit compartment and is read (hands at the box, not on the screen; the hub's deposit time rules).
   */
  get isWaiting(): boolean {
    return (
      this.screen.name === 'waitingStaff' ||
      this.screen.name === 'deposit' ||
      this.screen.name === 'depositChecking' ||
      this.staffCall !== null ||
      this.inCall
    );
  }

  get isFinished(): boolean {
    return this.screen.name === 'done' && this.staffCall === null && !this.languageOpen;
  }

  go(screen: Screen): void {
    this.inlineError = null;
    this.languageOpen = false;
    if (screen.name === 'oldDocument' || screen.name === 'birthDate') this.#lastCheckScreen = screen.name;
    if (screen.name === 'start' || screen.name === 'phone') this.#lastCheckScreen = null;
    this.screen = screen;
    this.screenCount++;
  }

  showTopic(topic: Topic, options: { phone?: boolean } = {}): void {
    this.go({ name: 'topic', topic, ...(options.phone ? { phone: true } : {}) });
  }

  /** From the staff-call screen to the 115 call / call-back view. */
  callBack(): void {
    this.staffCall = null;
    this.showTopic('questions', { phone: true });
  }

  beginPickup(): void {
    this.data = emptyData();
    this.go({ name: 'phone' });
  }

  submitPhone(): void {
    const digits = this.data.phone.replace(/\D/g, '');
    if (digits.length < 7) {
      this.inlineError = 'kiosk.pickup.phone.tooShort';
      return;
    }
    if (isGermanLandline(this.data.phone)) {
      this.inlineError = 'kiosk.pickup.phone.notMobile';
      return;
    }
    if (this.data.wrongCodesFor !== digits) {
      this.data.wrongCodes = 0;
      this.data.wrongCodesFor = digits;
    }
    this.go({ name: 'code' });
  }

  async submitCode(): Promise<void> {
    const code = this.data.code.replace(/\D/g, '');
    if (code.length !== 6) {
      this.inlineError = 'kiosk.pickup.code.incomplete';
      return;
    }
    await this.#call(
      () => this.#api.startPickup(this.data.phone, code),
      (started) => {
        // Phone and code have done their job: forget them now, not only at the end.
        this.data = {
          ...emptyData(),
          pickupId: started.pickupId,
          check: started.check,
          pinLetterRequired: started.pinLetterRequired ?? false,
          evidenceImageRetentionDays: started.evidenceImageRetentionDays ?? null,
          documentType: started.documentType,
          compartmentNumber: started.compartmentNumber ?? null,
        };
        if (started.status === 'ready') this.go({ name: started.pinLetterRequired ? 'pinLetter' : 'ready' });
        else if (started.status === 'awaiting_staff') this.#waitForStaff();
        else this.go({ name: checkScreen(started.check) });
      },
      (error) => {
        this.data.code = '';
        if (!(error instanceof ApiError) || error.code !== 'code_wrong') return false;
        this.data.wrongCodes++;
        this.#fail(this.#codeWrongProblem());
        return true;
      },
    );
  }

  /** From the second wrong code on: how many tries are left before the hub locks the code, and what then. */
  #codeWrongProblem(): KioskProblem {
    const found = problem('code_wrong');
    const max = this.maxCodeAttempts;
    if (max === null || this.data.wrongCodes < 2) return found;
    const left = max - this.data.wrongCodes;
    if (left > 0)
      return { ...found, note: { key: 'kiosk.errors.code_wrong.triesLeft', params: { count: left } } };
    // The budget is spent: the hub has locked the code (it answers a locked code like a wrong one). A new code by
    // SMS from the kiosk would not lift the lock; only staff can send one, so the way on is "call staff".
    return { ...found, note: { key: 'kiosk.errors.code_wrong.noTriesLeft', params: {} } };
  }

  async submitBirthDate(): Promise<void> {
    const parts = [this.data.day, this.data.month, this.data.year].map((v) => v.trim());
    if (parts.some((v) => v === '')) {
      this.inlineError = 'kiosk.pickup.birthDate.missing';
      return;
    }
    const [day, month, year] = parts.map((v) => Number.parseInt(v, 10));
    if ([day, month, year].some((n) => !Number.isInteger(n) || n! < 0 || n! > 9999)) {
      this.inlineError = 'kiosk.pickup.birthDate.invalid';
      return;
    }
    const pickupId = this.data.pickupId;
    if (!pickupId) return this.go({ name: 'problem', problem: problem('unknown') });
    await this.#call(
      () => this.#api.check(pickupId, { day: day!, month: month!, year: year! }),
      (status) => {
        this.data.day = this.data.month = this.data.year = '';
        this.#follow(status.phase, status.compartmentNumber, status.deposit, status.documentType);
      },
      (error) => {
        if (error instanceof ApiError && error.code === 'date_invalid') {
          this.inlineError = 'kiosk.pickup.birthDate.invalid';
          return true;
        }
        this.data.day = this.data.month = this.data.year = '';
        return false;
      },
    );
  }

  async submitOldDocument(): Promise<void> {
    const pickupId = this.data.pickupId;
    if (!pickupId) return this.go({ name: 'problem', problem: problem('unknown') });
    await this.#call(
      () => this.#api.check(pickupId, {}),
      (status) => this.#follow(status.phase, status.compartmentNumber, status.deposit, status.documentType),
    );
  }

  async openCompartment(): Promise<void> {
    const pickupId = this.data.pickupId;
    if (!pickupId) return this.go({ name: 'problem', problem: problem('unknown') });
    await this.#call(
      () => this.#api.open(pickupId),
      (opened) => {
        this.data.opened = opened;
        this.data.compartmentNumber = opened.compartmentNumber;
        this.data.phase = 'opening';
        this.go({ name: 'door' });
        this.#poll(doorPollMs);
      },
    );
  }

  /**
   * The holder's answer on the PIN-letter screen. Yes: stored at the hub with its time, then the door step. No: the
   * hub ends the pickup and tells staff; the kiosk forgets the pickup and says kindly where to go.
   */
  async answerPinLetter(received: boolean): Promise<void> {
    const pickupId = this.data.pickupId;
    if (!pickupId) return this.go({ name: 'problem', problem: problem('unknown') });
    await this.#call(
      () => this.#api.pinLetter(pickupId, received),
      (status) => {
        if (received) {
          this.data.pinLetterRequired = false;
          this.#follow(status.phase, status.compartmentNumber, undefined, status.documentType);
          return;
        }
        this.data = emptyData();
        this.go({ name: 'pinLetterMissing' });
      },
    );
  }

  askForNewCode(): void {
    if (this.data.phone.replace(/\D/g, '').length < 7) this.go({ name: 'phone' });
    else this.go({ name: 'resend' });
  }

  async sendNewCode(): Promise<void> {
    await this.#call(
      () => this.#api.resend(this.data.phone),
      () => {
        this.data.code = '';
        this.go({ name: 'resendSent' });
      },
    );
  }

  act(action: ProblemAction): void {
    switch (action) {
      case 'retryPhone':
        this.data.code = '';
        return this.go({ name: 'phone' });
      case 'retryCode':
        this.data.code = '';
        return this.go({ name: 'code' });
      case 'retryCheck':
        this.data.day = this.data.month = this.data.year = '';
        return this.go({ name: this.#lastCheckScreen ?? checkScreen(this.data.check) });
      case 'resend':
        return this.askForNewCode();
      case 'startOver':
        return this.reset();
    }
  }

  /** What the office learns when the citizen presses "call staff" on the current screen. */
  get staffReason(): CallStaffReason {
    switch (this.screen.name) {
      case 'phone':
      case 'code':
      case 'resend':
      case 'resendSent':
      case 'ready':
        return 'pickup_problem';
      case 'birthDate':
      case 'oldDocument':
      case 'deposit':
      case 'depositChecking':
      case 'depositRefused':
      case 'pinLetter':
        return 'check_problem';
      case 'door':
        return 'door_problem';
      case 'problem':
        return this.screen.problem.staffReason;
      default:
        return 'help';
    }
  }

  /**
   * Where the visitor is, in one word: the screen's name, a topic of the start screen, or an overlay. "Personal
   * rufen" sends it with the call and staff assist shows it on the tablet (issue 18).
   */
  get step(): string {
    if (this.staffCall) return 'staffCall';
    if (this.languageOpen) return 'language';
    return this.screen.name === 'topic' ? this.screen.topic : this.screen.name;
  }

  async callStaff(): Promise<void> {
    const reason = this.staffReason;
    const step = this.step;
    this.languageOpen = false;
    this.staffCall = { status: 'sending', alreadyCalled: false, staffPresent: true, problem: null };
    this.screenCount++;
    const generation = this.#generation;
    try {
      const called = await this.#api.callStaff(reason, step);
      if (generation !== this.#generation || !this.staffCall) return;
      this.staffCall = {
        status: 'sent',
        alreadyCalled: called.alreadyCalled,
        staffPresent: called.staffPresent ?? true,
        problem: null,
        seen: false,
        noAnswer: false,
      };
      if (this.staffCall.staffPresent)
        this.#watchStaffCall(called.alertId, called.answerWithinSeconds ?? 120);
    } catch (error) {
      if (generation !== this.#generation || !this.staffCall) return;
      this.staffCall = {
        status: 'failed',
        alreadyCalled: false,
        staffPresent: true,
        problem: problemFrom(error),
      };
    }
  }

  closeStaffCall(): void {
    this.#stopWatchingStaffCall();
    this.staffCall = null;
    this.screenCount++;
  }

  /**
   * During staffed hours: asks the hub whether the office has taken the call on, and after the set time without
   * that says nobody has answered yet (the office may still take it on later: then the screen says so).
   */
  #watchStaffCall(alertId: string, answerWithinSeconds: number): void {
    this.#stopWatchingStaffCall();
    const generation = this.#generation;
    const stillThis = () => generation === this.#generation && this.staffCall?.status === 'sent';
    this.#staffAnswerTimer = setTimeout(() => {
      if (!stillThis() || this.staffCall!.seen) return;
      this.staffCall = { ...this.staffCall!, noAnswer: true };
      // A new screen: focus moves to its heading and it is read aloud.
      this.screenCount++;
    }, answerWithinSeconds * 1000);
    this.#staffPollTimer = setInterval(() => {
      this.#api
        .staffCallStatus(alertId)
        .then((status) => {
          if (!stillThis()) return;
          if (status.acknowledged || status.resolved) {
            this.#stopWatchingStaffCall();
            this.staffCall = { ...this.staffCall!, seen: true, noAnswer: false };
            this.screenCount++;
          }
        })
        .catch(() => undefined);
    }, staffCallPollMs);
  }

  #stopWatchingStaffCall(): void {
    clearInterval(this.#staffPollTimer);
    clearTimeout(this.#staffAnswerTimer);
  }

  openLanguages(): void {
    this.languageOpen = true;
    this.screenCount++;
  }

  closeLanguages(): void {
    this.languageOpen = false;
    this.screenCount++;
  }

  /**
   * Back to the start with nothing personal left: a pickup that has not reached the door is cancelled at the
   * hub, answers still on their way are ignored, typed digits are dropped.
   */
  reset(): void {
    this.#generation++;
    clearTimeout(this.#pollTimer);
    this.#stopWatchingStaffCall();
    const { pickupId, opened } = this.data;
    if (pickupId && !opened) void this.#api.cancel(pickupId).catch(() => undefined);
    this.data = emptyData();
    this.busy = false;
    this.staffCall = null;
    this.go({ name: 'start' });
  }

  #follow(
    phase: PickupPhase,
    compartmentNumber: number | undefined,
    deposit?: PickupDeposit,
    documentType?: string,
  ): void {
    this.data.phase = phase;
    if (documentType) this.data.documentType = documentType;
    if (compartmentNumber !== undefined) this.data.compartmentNumber = compartmentNumber;
    const depositing = ['deposit', 'depositChecking'].includes(this.screen.name);
    if (deposit) this.data.deposit = deposit;
    switch (phase) {
      case 'waiting_for_check':
        // A deposit that was just refused gets its own calm screen; otherwise back to the check.
        if (depositing && deposit?.status === 'refused') {
          clearTimeout(this.#pollTimer);
          return this.go({ name: 'depositRefused' });
        }
        return this.go({ name: checkScreen(this.data.check) });
      case 'waiting_for_deposit':
        if (this.screen.name !== 'deposit') this.go({ name: 'deposit' });
        return this.#poll(doorPollMs);
      case 'checking_old_document':
        if (this.screen.name !== 'depositChecking') this.go({ name: 'depositChecking' });
        return this.#poll(doorPollMs);
      case 'waiting_for_pin_letter':
        this.data.pinLetterRequired = true;
        return this.go({ name: 'pinLetter' });
      case 'waiting_for_staff':
        if (this.screen.name !== 'waitingStaff') this.#waitForStaff();
        else this.#poll(staffPollMs);
        return;
      case 'ready':
        return this.go({ name: 'ready' });
      case 'opening':
      case 'door_open':
        if (this.screen.name !== 'door') this.go({ name: 'door' });
        return this.#poll(doorPollMs);
      case 'done':
        this.#finish();
        return;
      case 'needs_staff':
        return this.#fail(problem(this.data.opened ? 'door_problem' : 'needs_staff'));
      case 'compartment_empty':
        return this.#fail(problem('compartment_empty'));
      case 'expired':
        return this.#fail(problem('pickup_session_expired'));
    }
  }

  #finish(): void {
    clearTimeout(this.#pollTimer);
    this.data = emptyData();
    this.go({ name: 'done' });
  }

  #fail(found: KioskProblem): void {
    clearTimeout(this.#pollTimer);
    const keepPickup = found.actions.includes('retryCheck');
    const { check, pickupId, phone, opened, wrongCodes, wrongCodesFor } = this.data;
    const { documentType, compartmentNumber, evidenceImageRetentionDays, pinLetterRequired } = this.data;
    // A session the citizen can no longer continue is ended at the hub, so the code is free for a new start.
    if (pickupId && !opened && !keepPickup) void this.#api.cancel(pickupId).catch(() => undefined);
    // The phone number stays only while the citizen may still retry or ask for a new code.
    const keepPhone = found.actions.includes('retryCode') || found.actions.includes('resend');
    this.data = {
      ...emptyData(),
      // A retried check still belongs to the same document: its type stays for the ready screen.
      ...(keepPickup
        ? { check, pickupId, documentType, compartmentNumber, evidenceImageRetentionDays, pinLetterRequired }
        : {}),
      ...(keepPhone ? { phone, wrongCodes, wrongCodesFor } : {}),
    };
    this.go({ name: 'problem', problem: found });
  }

  #waitForStaff(): void {
    this.go({ name: 'waitingStaff' });
    this.#poll(staffPollMs);
  }

  #poll(delayMs: number): void {
    clearTimeout(this.#pollTimer);
    const generation = this.#generation;
    this.#pollTimer = setTimeout(() => void this.#pollOnce(generation, delayMs), delayMs);
  }

  async #pollOnce(generation: number, delayMs: number): Promise<void> {
    const pickupId = this.data.pickupId;
    if (generation !== this.#generation || !pickupId) return;
    try {
      const status = await this.#api.status(pickupId);
      if (generation !== this.#generation) return;
      this.#follow(status.phase, status.compartmentNumber, status.deposit, status.documentType);
    } catch (error) {
      if (generation !== this.#generation) return;
      // A short network hiccup while waiting is no reason to give up.
      if (error instanceof ApiError && error.isNetworkError) this.#poll(delayMs);
      else this.#fail(problemFrom(error));
    }
  }

  /**
   * Runs one request: busy while it runs, ignored when a reset came in between. `onError` may handle the error
   * itself (return true) or let the problem screen show it.
   */
  async #call<T>(
    request: () => Promise<T>,
    onSuccess: (value: T) => void,
    onError: (error: unknown) => boolean | void = () => false,
  ): Promise<void> {
    if (this.busy) return;
    const generation = this.#generation;
    this.busy = true;
    this.inlineError = null;
    try {
      const value = await request();
      if (generation !== this.#generation) return;
      onSuccess(value);
    } catch (error) {
      if (generation !== this.#generation) return;
      if (onError(error) === true) return;
      this.#fail(problemFrom(error));
    } finally {
      if (generation === this.#generation) this.busy = false;
    }
  }
}
