/**
 * Renders the demo outbox page: the messages of `demo_sms_inbox`, newest first, in large calm type. Every value
 * is escaped. The page refreshes itself by fetching itself and swapping the list, announcing new messages politely
 * to screen readers; a button pauses that (WCAG 2.2.1), and without JavaScript the page simply stays as it is.
 */
import { DateTime } from 'luxon';
import { t } from '../../platform/i18n.ts';
import { describeDemoChecksGerman, type DemoPickup } from '../../demo/demo-pickups.ts';

export interface OutboxEntry {
  id: string;
  recipient: string;
  sender: string;
  body: string;
  created_at: string;
}

export const outboxRefreshSeconds = 4;

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function receivedAt(iso: string, timezone: string): string {
  const local = DateTime.fromISO(iso, { zone: timezone });
  return t('outbox.receivedAtValue', {
    date: local.toFormat('dd.MM.yyyy'),
    time: local.toFormat('HH:mm:ss'),
  });
}

function renderEntry(entry: OutboxEntry, timezone: string): string {
  const e = escapeHtml;
  return `<li>
  <article aria-labelledby="sms-${e(entry.id)}">
    <h3 id="sms-${e(entry.id)}">${e(t('outbox.messageHeading', { to: entry.recipient }))}</h3>
    <p class="body">${e(entry.body)}</p>
    <dl>
      <div><dt>${e(t('outbox.from'))}</dt><dd>${e(entry.sender)}</dd></div>
      <div><dt>${e(t('outbox.receivedAt'))}</dt><dd><time datetime="${e(entry.created_at)}">${e(receivedAt(entry.created_at, timezone))}</time></dd></div>
    </dl>
  </article>
</li>`;
}

const styles = `
  :root { color-scheme: light; }
  body { margin: 0; font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1.375rem;
         line-height: 1.55; color: #1a1a1a; background: #f6f5f1; }
  main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
  h1 { font-size: 2.25rem; margin: 0.5rem 0 0.75rem; }
  h2 { font-size: 1.5rem; margin: 2rem 0 1rem; }
  h3 { font-size: 1.25rem; margin: 0 0 0.5rem; }
  p { margin: 0 0 1rem; }
  ol { list-style: none; margin: 0; padding: 0; }
  li { margin: 0 0 1.25rem; }
  article { background: #fff; border: 2px solid #d6d3c8; border-radius: 0.75rem; padding: 1.25rem 1.5rem; }
  .body { font-size: 1.5rem; white-space: pre-wrap; overflow-wrap: anywhere; }
  dl { margin: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 2rem; font-size: 1.125rem; color: #3d3d3d; }
  dt { display: inline; font-weight: 600; }
  dt::after { content: ": "; }
  dd { display: inline; margin: 0; }
  button, a.button { font: inherit; font-size: 1.125rem; padding: 0.6rem 1.1rem; border-radius: 0.5rem;
         border: 2px solid #1f4e79; background: #fff; color: #1f4e79; cursor: pointer; text-decoration: none; }
  button:focus-visible, a:focus-visible { outline: 3px solid #b35c00; outline-offset: 3px; }
  .controls { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin: 0 0 1rem; }
  .hint { color: #3d3d3d; font-size: 1.125rem; }
  table { border-collapse: collapse; width: 100%; background: #fff; font-size: 1.125rem; }
  th, td { border: 2px solid #d6d3c8; padding: 0.5rem 0.75rem; text-align: left; vertical-align: top; }
  tbody th { white-space: nowrap; }
`;

// Runs in the browser. Reads its texts from data attributes (already escaped into the page).
const script = `
(() => {
  const list = document.getElementById('messages');
  const status = document.getElementById('refresh-status');
  const toggle = document.getElementById('refresh-toggle');
  if (!list || !status || !toggle) return;
  const every = Number(list.dataset.refreshMs) || 4000;
  let paused = false;
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    paused = !paused;
    toggle.setAttribute('aria-pressed', String(paused));
    toggle.textContent = paused ? toggle.dataset.resume : toggle.dataset.pause;
    status.textContent = paused ? toggle.dataset.paused : toggle.dataset.resumed;
  });
  const refresh = async () => {
    if (paused || document.hidden) return;
    try {
      const response = await fetch(location.pathname, { headers: { accept: 'text/html' }, cache: 'no-store' });
      if (!response.ok) return;
      const next = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('messages');
      if (!next || next.dataset.latest === list.dataset.latest) return;
      list.replaceChildren(...Array.from(next.childNodes).map((n) => document.importNode(n, true)));
      list.dataset.latest = next.dataset.latest;
      status.textContent = list.dataset.announce;
    } catch { /* offline for a moment: try again next time */ }
  };
  setInterval(refresh, every);
})();
`;

/** The demo documents to try, with the date of birth each asks for: next to the codes, so nothing is missing. */
function renderDemoPickups(pickups: DemoPickup[]): string {
  if (pickups.length === 0) return '';
  const e = escapeHtml;
  const rows = pickups
    .map(
      (pickup) => `<tr>
      <th scope="row">${e(pickup.phone)}</th>
      <td>${e(t('outbox.demoDocumentValue', { type: pickup.typeName, holder: pickup.holderName, compartment: pickup.compartment }))}</td>
      <td>${e(describeDemoChecksGerman(pickup))}</td>
    </tr>`,
    )
    .join('\n');
  return `<section aria-labelledby="demo-pickups-heading">
    <h2 id="demo-pickups-heading">${e(t('outbox.demoPickupsHeading'))}</h2>
    <p>${e(t('outbox.demoPickupsIntro'))}</p>
    <table>
      <thead><tr><th scope="col">${e(t('outbox.demoPhone'))}</th><th scope="col">${e(t('outbox.demoDocument'))}</th><th scope="col">${e(t('outbox.demoChecks'))}</th></tr></thead>
      <tbody>
    ${rows}
      </tbody>
    </table>
  </section>`;
}

export function renderOutboxPage(
  entries: OutboxEntry[],
  timezone = 'Europe/Berlin',
  demoPickups: DemoPickup[] = [],
): string {
  const e = escapeHtml;
  const latest = entries[0]?.id ?? 'none';
  const list =
    entries.length === 0
      ? `<p>${e(t('outbox.empty'))}</p>`
      : `<ol>${entries.map((entry) => renderEntry(entry, timezone)).join('\n')}</ol>`;
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(t('outbox.title'))}</title>
<style>${styles}</style>
</head>
<body>
<main>
  <h1>${e(t('outbox.heading'))}</h1>
  <p>${e(t('outbox.intro'))}</p>
  <p class="hint">${e(t('outbox.autoRefresh', { seconds: outboxRefreshSeconds }))}</p>
  <div class="controls">
    <button type="button" id="refresh-toggle" aria-pressed="false" hidden
      data-pause="${e(t('outbox.pause'))}" data-resume="${e(t('outbox.resume'))}"
      data-paused="${e(t('outbox.paused'))}" data-resumed="${e(t('outbox.resumed'))}">${e(t('outbox.pause'))}</button>
    <a class="button" href="/outbox">${e(t('outbox.reload'))}</a>
  </div>
  <p id="refresh-status" role="status" aria-live="polite" class="hint"></p>
  ${renderDemoPickups(demoPickups)}
  <section aria-labelledby="messages-heading">
    <div id="messages" data-latest="${e(latest)}" data-refresh-ms="${outboxRefreshSeconds * 1000}"
      data-announce="${e(t('outbox.newMessages'))}">
      <h2 id="messages-heading">${e(t('outbox.listHeading', { count: entries.length }))}</h2>
      ${list}
    </div>
  </section>
</main>
<script>${script}</script>
</body>
</html>
`;
}
