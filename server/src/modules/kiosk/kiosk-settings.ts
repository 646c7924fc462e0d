/** What a kiosk reads at start: which terminal and box it is, and its idle times (config section `kiosk`). */
import type { KioskSettings } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { boxHasDepositCompartment } from '../deposits/deposits-repository.ts';
import type { KioskTerminal } from './terminal-session.ts';

export async function kioskSettings(ctx: AppContext, terminal: KioskTerminal): Promise<KioskSettings> {
  const { idleSeconds, countdownSeconds, waitingIdleSeconds } = ctx.config.kiosk;
  return {
    terminalId: terminal.id,
    boxId: terminal.boxId,
    idleSeconds,
    countdownSeconds,
    waitingIdleSeconds,
    oldDocumentDeposit: terminal.boxId ? await boxHasDepositCompartment(ctx.db, terminal.boxId) : false,
    maxCodeAttempts: ctx.config.pickup.maxCodeAttempts,
  };
}
