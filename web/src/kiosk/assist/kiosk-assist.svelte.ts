/**
 * The kiosk's side of staff assist (issue 18): asks the hub every second or two whether staff want to help, shows the
 * visitor the question, and while the visitor has said yes sends the screen (masked, assist-snapshot.ts) whenever it
 * changes and carries out the staff's commands: point at a control (a highlight), press it, read the step aloud.
 */
import type { AssistCommand, AssistSnapshot, KioskAssistView } from '@buergerpunkt/contracts';
import type { KioskApi } from '../kiosk-api.ts';
import { controlsIn, highlightClass } from './controls.ts';

type AssistApi = Pick<KioskApi, 'assist' | 'answerAssist' | 'assistScreen' | 'endAssist'>;

export type AssistSessionInfo = NonNullable<KioskAssistView['session']>;

export interface AssistHooks {
  /** The element holding the screen's controls (the kiosk's `main`). */
  root: () => HTMLElement | null;
  /** Reads the current step aloud (and switches reading aloud on). */
  readAloud: () => void;
}

const activePollMs = 1000;
const idlePollMs = 2000;
const highlightMs = 8000;

export class KioskAssist {
  session = $state<AssistSessionInfo | null>(null);

  readonly #api: AssistApi;
  readonly #hooks: AssistHooks;
  #lastSeq = 0;
  #lastSent = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #highlightTimer: ReturnType<typeof setTimeout> | undefined;
  #running = false;
  /** The session the visitor said yes to: a poll answered before the hub stored the yes must not ask again. */
  #consentedId: string | null = null;

  constructor(api: AssistApi, hooks: AssistHooks) {
    this.#api = api;
    this.#hooks = hooks;
  }

  get isActive(): boolean {
    return this.session?.state === 'active';
  }

  get isRequested(): boolean {
    return this.session?.state === 'requested';
  }

  start(): () => void {
    this.#running = true;
    this.#schedule(0);
    return () => {
      this.#running = false;
      clearTimeout(this.#timer);
      this.#clearHighlight();
    };
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer);
    if (!this.#running) return;
    this.#timer = setTimeout(() => void this.#poll(), delayMs);
  }

  async #poll(): Promise<void> {
    try {
      const view = await this.#api.assist(this.#lastSeq);
      if (!view.session) {
        if (this.session) this.#forget();
      } else {
        if (this.session?.id !== view.session.id) {
          this.#lastSeq = 0;
          this.#lastSent = '';
        }
        const stale = view.session.state === 'requested' && view.session.id === this.#consentedId;
        if (!stale) this.session = view.session;
        for (const command of view.commands) {
          this.#lastSeq = Math.max(this.#lastSeq, command.seq);
          this.#apply(command);
        }
      }
    } catch {
      // the hub is briefly away: ask again on the next round
    }
    this.#schedule(this.isActive ? activePollMs : idlePollMs);
  }

  /** Sends the screen when it changed since the last send (the caller's effect runs on every change). */
  sendScreen(snapshot: AssistSnapshot): void {
    const session = this.session;
    if (session?.state !== 'active') return;
    const text = JSON.stringify(snapshot);
    if (text === this.#lastSent) return;
    this.#lastSent = text;
    this.#api.assistScreen(session.id, snapshot).catch(() => {
      // sent again with the next change; a session that ended is noticed by the next poll
      this.#lastSent = '';
    });
  }

  /** The visitor's answer on the screen. */
  async answer(consent: boolean): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.session = consent ? { ...session, state: 'active' } : null;
    if (consent) this.#consentedId = session.id;
    try {
      await this.#api.answerAssist(session.id, consent);
    } catch {
      this.#forget();
    }
    this.#schedule(0);
  }

  /** The visitor pressed "Beenden", or the idle reset came: the session ends at the hub, the kiosk forgets it. */
  end(reason: 'visitor' | 'idle'): void {
    const session = this.session;
    if (!session) return;
    this.#forget();
    void this.#api.endAssist(session.id, reason).catch(() => undefined);
  }

  #forget(): void {
    this.session = null;
    this.#lastSeq = 0;
    this.#lastSent = '';
    this.#clearHighlight();
  }

  #apply(command: AssistCommand): void {
    if (command.kind === 'read_aloud') return this.#hooks.readAloud();
    const control = command.target === null ? undefined : controlsIn(this.#hooks.root())[command.target];
    if (!control) return;
    if (command.kind === 'highlight') {
      this.#clearHighlight();
      control.classList.add(highlightClass);
      control.scrollIntoView({ block: 'nearest' });
      this.#highlightTimer = setTimeout(() => this.#clearHighlight(), highlightMs);
      return;
    }
    // press: what the visitor's finger would do; a disabled control does nothing, as under a finger
    this.#clearHighlight();
    if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) control.focus();
    else control.click();
  }

  #clearHighlight(): void {
    clearTimeout(this.#highlightTimer);
    for (const element of document.querySelectorAll(`.${highlightClass}`)) {
      element.classList.remove(highlightClass);
    }
  }
}
