/**
 * Idle reset: after a while without a touch the kiosk asks "Are you still there?" with a visible countdown and an
 * "I need more time" button; at zero it starts over so the next person sees nothing of the last one.
 */
export interface IdleTimes {
  idleSeconds: number;
  countdownSeconds: number;
  waitingIdleSeconds: number;
}

export interface IdleSubject {
  /** Nothing to reset: the start screen in German with nothing typed. */
  readonly isPristine: boolean;
  /** A waiting screen (staff are coming): the citizen does not touch the screen meanwhile. */
  readonly isWaiting: boolean;
  /** The end of a pickup: nothing left to lose, so no question before starting over. */
  readonly isFinished: boolean;
  reset(): void;
}

export class IdleWatch {
  /** Seconds left on the countdown, or null while no countdown shows. */
  remaining = $state<number | null>(null);
  times = $state<IdleTimes>({ idleSeconds: 90, countdownSeconds: 20, waitingIdleSeconds: 600 });

  #lastActivity = Date.now();
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly #subject: IdleSubject;
  readonly #onReset: () => void;

  constructor(subject: IdleSubject, onReset: () => void) {
    this.#subject = subject;
    this.#onReset = onReset;
  }

  start(): () => void {
    const touch = () => this.touch();
    const events = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, touch, { capture: true, passive: true });
    this.#timer = setInterval(() => this.#tick(), 250);
    return () => {
      clearInterval(this.#timer);
      for (const name of events) window.removeEventListener(name, touch, { capture: true });
    };
  }

  /** Any touch or key postpones the countdown; once it shows, only an answer to it ends it (see `moreTime`). */
  touch(): void {
    if (this.remaining !== null) return;
    this.#lastActivity = Date.now();
  }

  /** "I need more time" (or a tap beside the question): the countdown goes away and the wait starts afresh. */
  moreTime(): void {
    this.#lastActivity = Date.now();
    this.remaining = null;
  }

  #tick(): void {
    if (this.#subject.isPristine) {
      this.#lastActivity = Date.now();
      this.remaining = null;
      return;
    }
    const { idleSeconds, countdownSeconds, waitingIdleSeconds } = this.times;
    const limit = (this.#subject.isWaiting ? waitingIdleSeconds : idleSeconds) * 1000;
    const idleMs = Date.now() - this.#lastActivity;
    if (idleMs < limit) {
      this.remaining = null;
      return;
    }
    if (this.#subject.isFinished) return this.#reset();
    const left = Math.ceil((limit + countdownSeconds * 1000 - idleMs) / 1000);
    if (left > 0) {
      this.remaining = left;
      return;
    }
    this.#reset();
  }

  #reset(): void {
    this.remaining = null;
    this.#lastActivity = Date.now();
    this.#subject.reset();
    this.#onReset();
  }
}
