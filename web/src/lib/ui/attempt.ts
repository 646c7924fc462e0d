/**
 * The shape of every staff action: mark busy, clear the last error, run, and on failure show the failure's text
 * (the server's German message by its problem code, see errorText). Returns whether the action went through.
 */
import { errorText } from '../i18n/messages.ts';

export interface AttemptHooks {
  error: (text: string) => void;
  busy?: (busy: boolean) => void;
  /** Runs last, whatever happened (a `finally`). */
  done?: () => void;
  /** How a failure reads; errorText by default. */
  text?: (failure: unknown) => string;
}

export async function attempt(action: () => Promise<unknown>, hooks: AttemptHooks): Promise<boolean> {
  hooks.busy?.(true);
  hooks.error('');
  try {
    await action();
    return true;
  } catch (failure) {
    hooks.error((hooks.text ?? errorText)(failure));
    return false;
  } finally {
    hooks.busy?.(false);
    hooks.done?.();
  }
}
