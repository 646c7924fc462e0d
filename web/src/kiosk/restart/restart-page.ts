/**
 * The kiosk's offline restart page (`/kiosk/restart.html`), made at build time from the kiosk catalogues (see the
 * Vite plugin in vite.config.ts). The kiosk's service worker keeps it and shows it instead of the browser's error
 * page when a navigation cannot reach the hub; its script (`public/kiosk/restart.js`) adds the chosen language and
 * goes back to the kiosk as soon as `/api/health` answers. Self-contained: inline style, no fonts, no app code
 * (the kiosk's content security policy allows inline styles; the script is its own file).
 */
import { languages } from '../../lib/i18n/languages.ts';
import { kiosk as ar } from '../i18n/ar.ts';
import { kiosk as de } from '../i18n/de.ts';
import { kiosk as en } from '../i18n/en.ts';
import { kiosk as ls } from '../i18n/ls.ts';
import { kiosk as tr } from '../i18n/tr.ts';
import { kiosk as uk } from '../i18n/uk.ts';

export interface RestartTexts {
  heading: string;
  text: string;
  staff: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

const catalogues = { de, ls, en, tr, uk, ar } as const;

/** The restart texts of every kiosk language, with the `lang` and `dir` to show them with. */
export function restartTexts(): Record<string, RestartTexts> {
  return Object.fromEntries(
    languages.map((language) => [
      language.code,
      { ...catalogues[language.code].restart, lang: language.htmlLang, dir: language.dir },
    ]),
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function restartPageHtml(): string {
  const texts = restartTexts();
  const german = texts['de']!;
  // JSON inside a data block: `<` escaped so no text can close the element.
  const data = JSON.stringify(texts).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="de" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light" />
    <title>${escapeHtml(german.heading)}</title>
    <style>
      html { background: #fff; color: #1a1a1a; font-family: system-ui, 'DejaVu Sans', sans-serif; font-size: 26px; }
      body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center; }
      main { max-width: 40rem; padding: 2rem; }
      h1 { font-size: 2.2rem; line-height: 1.2; margin: 0 0 1.5rem; }
      h2 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 1rem; }
      p { line-height: 1.5; margin: 0 0 1rem; }
      .staff { color: #3d3d3d; }
      .chosen { margin-top: 2.5rem; padding-top: 2rem; border-top: 3px solid #c9c9c9; }
      .dots { display: flex; gap: 0.75rem; margin: 2rem 0 0; }
      .dots span { width: 1rem; height: 1rem; border-radius: 50%; background: #005a9c; opacity: 0.3; animation: calm 2.4s ease-in-out infinite; }
      .dots span:nth-child(2) { animation-delay: 0.8s; }
      .dots span:nth-child(3) { animation-delay: 1.6s; }
      @keyframes calm { 50% { opacity: 1; } }
      @media (prefers-reduced-motion: reduce) { .dots span { animation: none; opacity: 0.6; } }
    </style>
    <script type="application/json" id="restart-texts">${data}</script>
    <script src="/kiosk/restart.js" defer></script>
  </head>
  <body>
    <main data-testid="kiosk-restart">
      <h1>${escapeHtml(german.heading)}</h1>
      <p>${escapeHtml(german.text)}</p>
      <p class="staff">${escapeHtml(german.staff)}</p>
      <section class="chosen" id="chosen" hidden></section>
      <div class="dots" aria-hidden="true"><span></span><span></span><span></span></div>
    </main>
  </body>
</html>
`;
}
