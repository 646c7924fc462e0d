/**
 * The "115 service centre" at the other end of the red phone's test calls: a second browser page running JsSIP (the
 * same library the kiosk uses, bundled here with esbuild), registered at the test SIP server as account `115`. It
 * rings on an incoming call, answers when the test presses its button (Chromium's fake microphone supplies the
 * audio), and writes what happens into its page, where the test reads it.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'esbuild';
import type { SipWsTestServer } from '../../server/src/testing/sip-ws-test-server.ts';
import { repoRoot } from './paths.ts';

let bundle: Promise<string> | null = null;

/** JsSIP as one script that sets `window.JsSIP`. */
function jssipBundle(): Promise<string> {
  bundle ??= build({
    stdin: {
      contents: "import * as JsSIP from 'jssip'; window.JsSIP = JsSIP;",
      resolveDir: `${repoRoot}/web`,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundle;
}

export interface CalleeAccount {
  webSocketUrl: string;
  uri: string;
  password: string;
}

/** Opens the callee page in `context`, served by the test SIP server itself (a secure loopback origin). */
export async function openSipCallee(
  context: BrowserContext,
  server: SipWsTestServer,
  account: CalleeAccount,
): Promise<Page> {
  const page = await context.newPage();
  const script = `
    const log = (line) => { const li = document.createElement('li'); li.textContent = line; document.getElementById('log').append(li); };
    const ua = new JsSIP.UA({
      sockets: [new JsSIP.WebSocketInterface(${JSON.stringify(account.webSocketUrl)})],
      uri: ${JSON.stringify(account.uri)},
      password: ${JSON.stringify(account.password)},
      display_name: '115 Servicecenter',
      session_timers: false,
    });
    ua.on('connected', () => log('connected'));
    ua.on('disconnected', () => log('disconnected'));
    ua.on('registered', () => log('registered'));
    ua.on('registrationFailed', (e) => log('registrationFailed:' + e.cause));
    ua.on('newRTCSession', ({ session, originator }) => {
      if (originator !== 'remote') return;
      log('incoming:' + session.remote_identity.uri.user);
      session.on('confirmed', () => log('confirmed'));
      session.on('ended', (e) => log('ended:' + e.originator + ':' + e.cause));
      session.on('failed', (e) => log('failed:' + e.originator + ':' + e.cause));
      document.getElementById('answer').onclick = () =>
        session.answer({ mediaConstraints: { audio: true, video: false }, pcConfig: { iceServers: [] } });
    });
    ua.start();
  `;
  const html =
    '<!doctype html><html lang="de"><meta charset="utf-8"><title>115 Servicecenter (Test)</title>' +
    '<button id="answer">Annehmen</button><ol id="log"></ol>' +
    // A script error shows in the log too, so a failing test says why.
    `<script>window.onerror = (message) => { const li = document.createElement('li'); li.textContent = 'error:' + message; document.getElementById('log').append(li); };</script>` +
    `<script>${await jssipBundle()}</script><script>${script}</script></html>`;
  await page.goto(server.servePage('/callee', html));
  return page;
}
