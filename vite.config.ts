import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const THEME_COLOUR = '#0b2545';

// In development the Vite server forwards the API to a Baken server started beside it (`PORT`, 3000).
const bakenServer = `http://localhost:${process.env.PORT ?? '3000'}`;
const proxy = { '/api': bakenServer, '/healthz': bakenServer, '/readyz': bakenServer };

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
  },
  server: { proxy },
  preview: { proxy },
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      // Registered from web/src/main.tsx through virtual:pwa-register: the CSP allows no inline script.
      injectRegister: false,
      // Everything in public/ is precached by globPatterns below; listing icons again would duplicate entries.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Baken',
        short_name: 'Baken',
        description: 'Crisisbeheersing, crisiscommunicatie en crisistraining',
        lang: 'nl',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOUR,
        background_color: THEME_COLOUR,
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,png}'],
        navigateFallback: '/index.html',
        // Server routes are never answered with the app shell, online or offline.
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/healthz$/, /^\/readyz$/],
        cleanupOutdatedCaches: true,
        // Web Push (alerts as notifications, answers from their buttons) lives in its own plain script.
        importScripts: ['/push-sw.js'],
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
});
