/**
 * Pairing a kiosk with its terminal: either staff confirm the code the unpaired kiosk shows (PairingScreen), or they
 * open `/kiosk/#terminal=<key>` once; the key is kept in localStorage and taken out of the address bar, so it is
 * neither shown nor sent to the server in a URL (fragments never are).
 */
const storageKey = 'bp.kiosk.terminalKey';

export interface KeyStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The key in a URL fragment such as `#terminal=abc`, or null. */
export function keyFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('terminal')?.trim();
  return key && key.length >= 8 && key.length <= 200 ? key : null;
}

/** Reads the key from the fragment (storing it) or from storage; removes the fragment from the address bar. */
export function pairTerminal(location: Location, history: History, store: KeyStore): string | null {
  const fromUrl = keyFromFragment(location.hash);
  if (location.hash.includes('terminal=')) {
    history.replaceState(null, '', location.pathname + location.search);
  }
  if (fromUrl) {
    store.setItem(storageKey, fromUrl);
    return fromUrl;
  }
  return store.getItem(storageKey);
}

/** Staff reset a kiosk whose key the hub no longer knows. */
export function forgetTerminalKey(store: KeyStore): void {
  store.removeItem(storageKey);
}

const pendingPairingKey = 'bp.kiosk.pendingPairing';

export interface PendingPairing {
  pairingId: string;
  code: string;
  secret: string;
  expiresAt: string;
  confirmUrl: string;
}

/**
 * The pairing this kiosk is waiting for, kept across reloads so a restarted kiosk shows the same code (and does not
 * use up its address's pairing allowance); null when none or when it expires within `marginMs`.
 */
export function pendingPairing(store: KeyStore, now: Date, marginMs = 30_000): PendingPairing | null {
  try {
    const stored = JSON.parse(store.getItem(pendingPairingKey) ?? 'null') as PendingPairing | null;
    if (!stored || typeof stored.pairingId !== 'string' || typeof stored.secret !== 'string') return null;
    return Date.parse(stored.expiresAt) - now.getTime() > marginMs ? stored : null;
  } catch {
    return null;
  }
}

export function rememberPendingPairing(store: KeyStore, pairing: PendingPairing | null): void {
  if (pairing) store.setItem(pendingPairingKey, JSON.stringify(pairing));
  else store.removeItem(pendingPairingKey);
}

/** A key received by pairing with a code. */
export function rememberTerminalKey(store: KeyStore, key: string): void {
  store.setItem(storageKey, key);
}

/** The browser's localStorage, or (storage switched off) a store that lives as long as the page. */
export function browserKeyStore(): KeyStore {
  try {
    return window.localStorage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (k) => memory.get(k) ?? null,
      setItem: (k, v) => void memory.set(k, v),
      removeItem: (k) => void memory.delete(k),
    };
  }
}
