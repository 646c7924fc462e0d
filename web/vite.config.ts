// One Vite project, three apps: the public site at /, the kiosk at /kiosk/ and the back office at /office/.
// The hub serves the built files from web/dist; `npm run dev -w web` proxies the API to a running hub.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { restartPageHtml } from './src/kiosk/restart/restart-page.ts';

const here = import.meta.dirname;

/** The kiosk's offline restart page, made from the kiosk catalogues (its service worker and script are in public/kiosk). */
function kioskRestartPage(): Plugin {
  return {
    name: 'kiosk-restart-page',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'kiosk/restart.html', source: restartPageHtml() });
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  plugins: [svelte(), kioskRestartPage()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        site: resolve(here, 'index.html'),
        kiosk: resolve(here, 'kiosk/index.html'),
        office: resolve(here, 'office/index.html'),
      },
    },
  },
  server: {
    proxy: { '/api': process.env.BP_HUB_URL ?? 'http://127.0.0.1:3000' },
  },
});
