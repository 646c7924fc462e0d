// The offline restart page's script (see sw.js and web/src/kiosk/restart/restart-page.ts): shows the words in the
// language the visitor had chosen (kept by the kiosk in sessionStorage) below the German ones, and goes back to the
// kiosk's start as soon as the hub answers /api/health again.
(function () {
  const texts = JSON.parse(document.getElementById('restart-texts').textContent);
  let chosen = null;
  try {
    chosen = sessionStorage.getItem('bp.kiosk.language');
  } catch {
    chosen = null;
  }
  const words = chosen && chosen !== 'de' ? texts[chosen] : null;
  if (words) {
    const section = document.getElementById('chosen');
    section.lang = words.lang;
    section.dir = words.dir;
    for (const [tag, text] of [
      ['h2', words.heading],
      ['p', words.text],
      ['p', words.staff],
    ]) {
      const element = document.createElement(tag);
      element.textContent = text;
      section.append(element);
    }
    section.hidden = false;
  }

  async function check() {
    try {
      const response = await fetch('/api/health', { cache: 'no-store', signal: AbortSignal.timeout(2500) });
      if (response.ok) {
        window.location.replace('/kiosk/');
        return;
      }
    } catch {
      // still away
    }
    setTimeout(check, 2000);
  }
  setTimeout(check, 2000);
})();
