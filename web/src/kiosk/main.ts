/** Entry of the kiosk app: pair with the terminal key, set up the texts, start the app. */
import { mount } from 'svelte';
import '../lib/styles/base.css';
import './kiosk.css';
import { initI18n } from '../lib/i18n/i18n.svelte.ts';
import App from './App.svelte';
import { withServicesGerman, withServicesTexts } from './services/services-texts.ts';
import { kiosk } from './i18n/de.ts';
import { loadKioskCatalogue } from './i18n/load-catalogue.ts';
import { withSuggestionGerman, withSuggestionTexts } from './zone/suggestion-texts.ts';
import { browserKeyStore, pairTerminal } from './terminal-key.ts';
import { withMapGerman, withMapTexts } from '../lib/map/map-texts.ts';

// Only the kiosk's own texts: it shows its own words for every problem, so the server's catalogue stays out.
initI18n(withMapGerman(withServicesGerman(withSuggestionGerman({ kiosk }))), (code) =>
  withMapTexts(code, withServicesTexts(code, withSuggestionTexts(code, loadKioskCatalogue(code)))),
);
const store = browserKeyStore();
const terminalKey = pairTerminal(window.location, window.history, store);

// The service worker keeps the offline "being restarted" page for when the hub cannot be reached (public/kiosk/sw.js).
// Browsers allow it only in a secure context (HTTPS, or localhost); elsewhere the kiosk still shows its own restart
// screen while it runs, only a reload while the hub is away ends at the browser's error page.
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register('/kiosk/sw.js', { scope: '/kiosk/' }).catch(() => undefined);
}

mount(App, { target: document.getElementById('app')!, props: { terminalKey, store } });
