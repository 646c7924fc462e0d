/** Entry of the office app. */
import { mount } from 'svelte';
import '../lib/styles/base.css';
import './office.css';
import { initI18n } from '../lib/i18n/i18n.svelte.ts';
import { germanCatalogue } from '../lib/i18n/messages.ts';
import App from './App.svelte';
import { office } from './i18n/de/index.ts';
import { services as sharedServiceTexts } from '../lib/i18n/services/de.ts';
// The map editor and the tour preview use the shared map and tour components and their texts.
import { withMapGerman } from '../lib/map/map-texts.ts';

// Other languages: only the style guide has texts (its Arabic checks the design system right to left).
initI18n(withMapGerman(germanCatalogue({ office, services: sharedServiceTexts })), async (code) =>
  code === 'ar' ? (await import('./i18n/ar/styleguide.ts')).arabic : {},
);

mount(App, { target: document.getElementById('app')! });
