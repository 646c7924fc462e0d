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
