/**
 * The kiosk's API client with its terminal key, shared by every screen. Any answer `terminal_revoked` (an admin took
 * this terminal out of service) switches the whole kiosk to its out-of-service screen, wherever it happened.
 */
import { createApiClient, type ApiClient } from '../lib/api/client.ts';

export const terminalStatus = $state({ revoked: false });

export function createTerminalClient(terminalKey: string): ApiClient {
  return createApiClient({
    headers: () => ({ 'x-terminal-key': terminalKey }),
    onError: (error) => {
      if (error.status === 403 && error.code === 'terminal_revoked') terminalStatus.revoked = true;
    },
  });
}
