// Pairing a kiosk: the key comes from the fragment once, is stored, and leaves the address bar; later loads use
// the stored key; nonsense in the fragment pairs nothing.
import { describe, expect, it } from 'vitest';
import {
  forgetTerminalKey,
  keyFromFragment,
  pairTerminal,
  pendingPairing,
  rememberPendingPairing,
  rememberTerminalKey,
  type KeyStore,
} from './terminal-key.ts';

function memoryStore(initial: Record<string, string> = {}): KeyStore & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (k) => values.get(k) ?? null,
    setItem: (k, v) => void values.set(k, v),
    removeItem: (k) => void values.delete(k),
  };
}

function fakeLocation(hash: string) {
  const replaced: string[] = [];
  const location = { hash, pathname: '/kiosk/', search: '' } as Location;
  const history = {
    replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url),
  } as unknown as History;
  return { location, history, replaced };
}

describe('terminal pairing', () => {
  it('reads a key from the fragment, stores it and removes it from the address bar', () => {
    const store = memoryStore();
    const { location, history, replaced } = fakeLocation('#terminal=kiosk_key_0123456789');
    expect(pairTerminal(location, history, store)).toBe('kiosk_key_0123456789');
    expect([...store.values.values()]).toEqual(['kiosk_key_0123456789']);
    expect(replaced).toEqual(['/kiosk/']);
  });

  it('uses the stored key on later loads and a new fragment replaces it', () => {
    const store = memoryStore();
    pairTerminal(fakeLocation('#terminal=first_key_0123').location, fakeLocation('').history, store);
    const later = fakeLocation('');
    expect(pairTerminal(later.location, later.history, store)).toBe('first_key_0123');
    expect(later.replaced).toEqual([]);
    const again = fakeLocation('#terminal=second_key_0123');
    expect(pairTerminal(again.location, again.history, store)).toBe('second_key_0123');
  });

  it('ignores keys that cannot be terminal keys, but still clears them from the address bar', () => {
    expect(keyFromFragment('#terminal=short')).toBeNull();
    expect(keyFromFragment(`#terminal=${'x'.repeat(201)}`)).toBeNull();
    expect(keyFromFragment('#other=kiosk_key_0123456789')).toBeNull();
    const store = memoryStore();
    const { location, history, replaced } = fakeLocation('#terminal=short');
    expect(pairTerminal(location, history, store)).toBeNull();
    expect(replaced).toEqual(['/kiosk/']);
  });

  it('keeps a key received by pairing with a code, and forgets a revoked one', () => {
    const store = memoryStore();
    rememberTerminalKey(store, 'kiosk_paired_by_code_0123');
    const { location, history } = fakeLocation('');
    expect(pairTerminal(location, history, store)).toBe('kiosk_paired_by_code_0123');
    forgetTerminalKey(store);
    expect(pairTerminal(location, history, store)).toBeNull();
  });

  it('keeps a waiting pairing across reloads until shortly before it expires', () => {
    const store = memoryStore();
    const pairing = {
      pairingId: 'p1',
      code: 'ABCD-EFGH',
      secret: 'secret-0123456789abcdef',
      expiresAt: '2026-11-24T09:15:00.000Z',
      confirmUrl: 'https://hub.example/office/admin/terminals?pair=ABCD-EFGH',
    };
    expect(pendingPairing(store, new Date('2026-11-24T09:00:00Z'))).toBeNull();
    rememberPendingPairing(store, pairing);
    expect(pendingPairing(store, new Date('2026-11-24T09:00:00Z'))).toEqual(pairing);
    expect(pendingPairing(store, new Date('2026-11-24T09:14:45Z'))).toBeNull();
    rememberPendingPairing(store, null);
    expect(pendingPairing(store, new Date('2026-11-24T09:00:00Z'))).toBeNull();
    store.setItem('bp.kiosk.pendingPairing', 'not json');
    expect(pendingPairing(store, new Date('2026-11-24T09:00:00Z'))).toBeNull();
  });
});
