// One Vite project, three apps: the public site at /, the kiosk at /kiosk/ and the back office at /office/.
// The hub serves the built files from web/dist; `npm run dev -w web` proxies the API to a running hub.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: '/',
  plugins: [svelte()],
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
