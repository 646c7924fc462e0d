/**
 * Notices when the hub cannot be reached (restart, update, network): it asks `/api/health` every few seconds, and
 * once the hub has not answered for longer than a grace time the kiosk shows its calm "being restarted" screen
 * instead of leaving a visitor with a screen that no longer works. When the hub answers again, `onBack` runs (the
 * kiosk reloads and starts over at its start screen). A reverse proxy's 502/503/504 counts as "not reachable".
 * Plain TypeScript: the app keeps `lost` in its own state through `onLost`.
 */
export interface HubWatchOptions {
  /** True when the hub answered healthy. */
  check: () => Promise<boolean>;
  onBack: () => void;
  /** Called whenever `lost` changes. */
  onLost?: (lost: boolean) => void;
  now?: () => number;
  /** How long the hub may be unreachable before the restart screen shows. */
  graceMs?: number;
  /** Pause between checks while the hub answers, and while it does not. */
  healthyIntervalMs?: number;
  failingIntervalMs?: number;
}

export class HubWatch {
  /** The hub has not answered for longer than the grace time. */
  lost = false;

  #failingSince: number | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stopped = true;
  readonly #options: Required<HubWatchOptions>;

  constructor(options: HubWatchOptions) {
    this.#options = {
      now: () => Date.now(),
      onLost: () => undefined,
      graceMs: 4_000,
      healthyIntervalMs: 3_000,
      failingIntervalMs: 1_000,
      ...options,
    };
  }

  start(): () => void {
    this.#stopped = false;
    this.#schedule(this.#options.healthyIntervalMs);
    return () => {
      this.#stopped = true;
      clearTimeout(this.#timer);
    };
  }

  /** One check now; also what the timer runs. */
  async poll(): Promise<void> {
    let healthy = false;
    try {
      healthy = await this.#options.check();
    } catch {
      healthy = false;
    }
    if (healthy) {
      this.#failingSince = null;
      if (this.lost) {
        this.lost = false;
        this.#options.onLost(false);
        this.#options.onBack();
      }
    } else {
      this.#failingSince ??= this.#options.now();
      if (!this.lost && this.#options.now() - this.#failingSince >= this.#options.graceMs) {
        this.lost = true;
        this.#options.onLost(true);
      }
    }
  }

  #schedule(delay: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      void this.poll().then(() =>
        this.#schedule(
          this.#failingSince === null ? this.#options.healthyIntervalMs : this.#options.failingIntervalMs,
        ),
      );
    }, delay);
  }
}

/**
 * Asks the hub's liveness endpoint; a slow answer counts as none, and so does a reverse proxy's 502/503/504 (the hub
 * behind it is away). Any other answer (even a 429 or 500) comes from a running hub.
 */
export async function hubAnswers(timeoutMs = 2_500): Promise<boolean> {
  const response = await fetch('/api/health', { cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
  return ![502, 503, 504].includes(response.status);
}
