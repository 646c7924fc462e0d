// The kiosk's service worker (scope /kiosk/). It keeps the small offline restart page and shows it instead of the
// browser's error page when a navigation cannot reach the hub, or reaches only a reverse proxy that answers
// 502/503/504 while the hub restarts. The page asks /api/health and returns to the kiosk by itself.
// Everything else (the app, its assets, the API) goes to the network untouched. Needs a secure context: HTTPS, or
// http://localhost / 127.0.0.1 (see docs/operations.md, "The kiosk PC").
const CACHE = 'bp-kiosk-restart-v1';
const PAGE = '/kiosk/restart.html';
const FILES = [PAGE, '/kiosk/restart.js'];

async function keepRestartPage() {
  const cache = await caches.open(CACHE);
  await cache.addAll(FILES.map((url) => new Request(url, { cache: 'no-store' })));
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepRestartPage().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

async function restartPage() {
  const cached = await caches.match(PAGE, { cacheName: CACHE });
  return cached ?? new Response('Bürgerpunkt wird neu gestartet …', { status: 503 });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // The restart page's own script: from the network when there, else the kept copy.
  if (new URL(request.url).pathname === '/kiosk/restart.js') {
    event.respondWith(fetch(request).catch(() => caches.match(request, { cacheName: CACHE })));
    return;
  }
  if (request.mode !== 'navigate') return;
  event.respondWith(
    fetch(request).then(
      (response) => {
        if ([502, 503, 504].includes(response.status)) return restartPage();
        // The hub is there: refresh the kept page (a new build may have new words), without delaying the answer.
        if (response.ok) event.waitUntil(keepRestartPage().catch(() => undefined));
        return response;
      },
      () => restartPage(),
    ),
  );
});
