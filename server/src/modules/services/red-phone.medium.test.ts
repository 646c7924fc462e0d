// The kiosk's red phone settings over HTTP: only for a kiosk terminal, the SIP account only in mode sip, the call
// offered within the hotline's hours, and the kiosk page allowed to reach the PBX's WebSocket (and no other page).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';

const sip = {
  mode: 'sip',
  sipWebSocketUrl: 'wss://pbx.example.org:8089/ws',
  sipUri: 'sip:kiosk@pbx.example.org',
  sipPassword: 'kiosk-extension-secret',
};
// Tuesday 24 November 2026, 10:00 in Berlin (hotline open) and Saturday 28 November (closed).
const tuesday = '2026-11-24T09:00:00.000Z';
const saturday = '2026-11-28T09:00:00.000Z';

describe('red phone settings', () => {
  let hub: SeededHub;
  let webDir: string | null = null;
  afterEach(async () => {
    await hub.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
    webDir = null;
  });
  const get = (headers: Record<string, string> = hub.terminalHeaders) =>
    hub.app.inject({ url: '/api/v1/services/red-phone', headers });

  it('is a desk phone by default, for kiosk terminals only', async () => {
    hub = await seedTestHub(await createTestHub({ now: tuesday }));
    const response = await get();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      mode: 'desk_phone',
      displayNumber: '115',
      callNow: true,
      sip: null,
      hotline: { openNow: true },
    });
    expect((await get({})).statusCode).toBe(401);
    expect((await get({ 'x-terminal-key': 'not-a-terminal-key-0123456789abcdef' })).statusCode).toBe(401);
    expect((await get(hub.staffHeaders.zone)).statusCode).toBe(401);
  });

  it('gives the kiosk its SIP account in mode sip, never cached, and offers the call within the hours', async () => {
    hub = await seedTestHub(await createTestHub({ now: tuesday, config: { redPhone: sip } }));
    const response = await get();
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toMatchObject({
      mode: 'sip',
      callNow: true,
      sip: {
        webSocketUrl: 'wss://pbx.example.org:8089/ws',
        uri: 'sip:kiosk@pbx.example.org',
        authorizationUser: null,
        password: 'kiosk-extension-secret',
        displayName: 'Bürgerpunkt Kiosk',
        target: 'sip:115@pbx.example.org',
      },
    });
    hub.clock.set(saturday);
    expect((await get()).json()).toMatchObject({ callNow: false, hotline: { openNow: false } });
  });

  it('offers the call at any time when the hours are switched off', async () => {
    hub = await seedTestHub(
      await createTestHub({ now: saturday, config: { redPhone: { ...sip, onlyDuringHotlineHours: false } } }),
    );
    expect((await get()).json()).toMatchObject({ callNow: true, hotline: { openNow: false } });
  });

  it('never offers a call in mode off', async () => {
    hub = await seedTestHub(await createTestHub({ now: tuesday, config: { redPhone: { mode: 'off' } } }));
    expect((await get()).json()).toMatchObject({ mode: 'off', callNow: false, sip: null });
  });

  it('lets only the kiosk page connect to the PBX', async () => {
    webDir = mkdtempSync(join(tmpdir(), 'bp-red-phone-web-'));
    for (const page of ['index.html', 'kiosk/index.html', 'office/index.html']) {
      mkdirSync(join(webDir, page, '..'), { recursive: true });
      writeFileSync(join(webDir, page), '<!doctype html><title>x</title>');
    }
    hub = await seedTestHub(await createTestHub({ config: { redPhone: sip, webDir } }));
    const csp = async (url: string) =>
      String((await hub.app.inject({ url })).headers['content-security-policy']);
    const connectSrc = (policy: string) => /connect-src ([^;]*)/.exec(policy)?.[1];
    expect(connectSrc(await csp('/kiosk/'))).toBe("'self' wss://pbx.example.org:8089");
    expect(connectSrc(await csp('/kiosk/questions'))).toBe("'self' wss://pbx.example.org:8089");
    expect(connectSrc(await csp('/office/'))).toBe("'self'");
    expect(connectSrc(await csp('/'))).toBe("'self'");
  });
});
