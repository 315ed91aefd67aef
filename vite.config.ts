import { defineConfig, type UserConfig } from 'vite'

/**
 * Two builds into dist/widget/ (served by server/http/widget/):
 * - default mode: the chat page in the iframe, at /chat, with content-hashed assets under /chat/assets/;
 * - `--mode loader`: widget.js, one self-contained IIFE for clinics' pages;
 * - `--mode link`: widget-link.js, the ES module widget.js imports when a visitor reaches for the chat
 *   (widget/loader/link/contract.ts);
 * - `--mode staff`: the staff page at /staff (served only when STAFF_TOKEN is set), assets under /staff/assets/.
 * `npm run build` runs both and checks the size budget (widget/build/).
 */
const chat: UserConfig = {
  root: 'widget/chat',
  base: '/chat/',
  publicDir: false,
  build: {
    outDir: '../../dist/widget/chat',
    emptyOutDir: true,
    // The page's CSP allows no inline script, and one entry chunk needs no preload polyfill.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
}

const loader: UserConfig = {
  publicDir: false,
  build: {
    outDir: 'dist/widget',
    emptyOutDir: false,
    lib: { entry: 'widget/loader/index.ts', formats: ['iife'], name: 'clinicFaqWidget', fileName: () => 'widget.js' },
  },
}

const link: UserConfig = {
  publicDir: false,
  build: {
    outDir: 'dist/widget',
    emptyOutDir: false,
    lib: { entry: 'widget/loader/link/index.ts', formats: ['es'], fileName: () => 'widget-link.js' },
    // Vite leaves a library's ES output readable on purpose; this one is sent to visitors.
    rolldownOptions: { output: { minify: true } },
  },
}

const staff: UserConfig = {
  root: 'widget/staff',
  base: '/staff/',
  publicDir: false,
  build: { outDir: '../../dist/widget/staff', emptyOutDir: true, modulePreload: { polyfill: false }, assetsInlineLimit: 0 },
}

export default defineConfig(({ mode }) => (mode === 'loader' ? loader : mode === 'link' ? link : mode === 'staff' ? staff : chat))
