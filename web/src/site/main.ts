/** Entry of the public site: German bundled, Leichte Sprache and English loaded when chosen. */
import { mount } from 'svelte';
import '../lib/styles/base.css';
import './print.css';
import { initI18n, setLanguage } from '../lib/i18n/i18n.svelte.ts';
import { germanCatalogue } from '../lib/i18n/messages.ts';
import App from './App.svelte';
import { withServicesGerman, withServicesTexts } from './pages/services/services-catalogue.ts';
import { site } from './i18n/de.ts';
import { rememberedLanguage } from './languages.ts';
import { withZoneGerman, withZoneTexts } from './pages/zone/zone-catalogue.ts';
import { withMapGerman, withMapTexts } from '../lib/map/map-texts.ts';

initI18n(withMapGerman(withServicesGerman(germanCatalogue(withZoneGerman({ site })))), (code) =>
  withMapTexts(
    code,
    withServicesTexts(
      code,
      withZoneTexts(
        code,
        (async () => {
          if (code === 'ls') return (await import('./i18n/ls.ts')).ls;
          if (code === 'en') return (await import('./i18n/en.ts')).en;
          return {};
        })(),
      ),
    ),
  ),
);

const remembered = rememberedLanguage();
if (remembered && remembered !== 'de') await setLanguage(remembered);

mount(App, { target: document.getElementById('app')! });
