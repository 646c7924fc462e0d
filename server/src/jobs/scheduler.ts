/**
 * Runs the periodic maintenance passes (expiry, reminders, purge) every minute in the hub process. Timers are
 * unref'd so they never keep a process alive, passes never overlap within one process, and a failing pass is
 * logged without stopping the others. Several hub instances may run it side by side: every pass is safe to race.
 */
import type { AppContext } from '../context.ts';
import { expireDocuments } from '../modules/documents/expire-documents.ts';
import { sendReminders } from '../modules/documents/send-reminders.ts';
import { purgePersonalData } from '../modules/privacy/purge-personal-data.ts';
import { purgeCallbackRequests } from '../modules/services/callback-requests.ts';
import { purgeSuggestionContacts } from '../modules/zone/purge-suggestion-contacts.ts';
import { purgeEvidenceImages } from '../modules/evidence/purge-evidence-images.ts';
import { purgeRateLimitHits } from '../http/rate-limits.ts';
import { notifyAlerts } from '../operations/alerts/notify-alerts.ts';
import { purgeWebhookDeliveries } from '../modules/integration/purge-webhook-deliveries.ts';
import { runDailyCustodyReconciliation } from '../modules/custody/reconcile-custody.ts';
import { pseudonymiseRegister } from '../modules/privacy/pseudonymise-register.ts';

export interface MaintenancePass {
  name: string;
  run(ctx: AppContext): Promise<unknown>;
}

export const maintenancePasses: readonly MaintenancePass[] = [
  { name: 'expire-documents', run: expireDocuments },
  { name: 'send-reminders', run: sendReminders },
  { name: 'purge-personal-data', run: purgePersonalData },
  { name: 'purge-callback-requests', run: purgeCallbackRequests },
  { name: 'purge-suggestion-contacts', run: purgeSuggestionContacts },
  { name: 'purge-evidence-images', run: purgeEvidenceImages },
  { name: 'purge-rate-limit-hits', run: purgeRateLimitHits },
  { name: 'notify-alerts', run: (ctx) => notifyAlerts(ctx) },
  { name: 'purge-webhook-deliveries', run: purgeWebhookDeliveries },
  // chain of custody (issue 16): once per local day
  { name: 'custody-reconciliation', run: runDailyCustodyReconciliation },
  { name: 'pseudonymise-register', run: pseudonymiseRegister },
];

export class MaintenanceScheduler {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #stopped = true;
  /** Set by stop(): a round in progress ends after its current pass. */
  #stopRequested = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly passes: readonly MaintenancePass[] = maintenancePasses,
    private readonly intervalMs = 60_000,
    /** Several hubs on one database: only the leader runs the rounds (cluster/cluster-signals.ts). */
    private readonly isLeader: () => Promise<boolean> = async () => true,
  ) {}

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#stopRequested = false;
    this.#schedule(1_000);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#stopRequested = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  /** The timer's round: run by the leading hub only; the others check again at the next round. */
  async runIfLeader(): Promise<boolean> {
    if (!(await this.isLeader())) return false;
    await this.runOnce();
    return true;
  }

  /** One round of every pass, in order; what tests and the timer call. */
  async runOnce(): Promise<void> {
    for (const pass of this.passes) {
      if (this.#stopRequested) return;
      try {
        const result = await pass.run(this.ctx);
        this.ctx.log.debug({ pass: pass.name, result }, 'maintenance pass done');
      } catch (error) {
        this.ctx.log.error({ err: error, pass: pass.name }, 'maintenance pass failed');
      }
    }
  }

  #schedule(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#running = this.runIfLeader()
        .then(() => undefined)
        .catch((error: unknown) => this.ctx.log.error({ err: error }, 'maintenance round failed'))
        .finally(() => {
          this.#running = undefined;
          if (!this.#stopped) this.#schedule(this.intervalMs);
        });
    }, ms);
    this.#timer.unref();
  }
}
