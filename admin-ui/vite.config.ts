/**
 * The panel's build. `@yanzhen/config` is compiled from source (it ships CommonJS for Strapi). In dev mode
 * the API and uploads are proxied to Strapi, so the browser sees one origin as in production.
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const strapi = process.env.STRAPI_URL ?? 'http://127.0.0.1:1337';

export default defineConfig(({ command }) => {
  // A build is for production whatever the caller's NODE_ENV says (jest runs with NODE_ENV=test, which
  // would otherwise ship React's development build).
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    base: '/',
    plugins: [react()],
    resolve: {
      alias: { '@yanzhen/config': fileURLToPath(new URL('../config/src/index.ts', import.meta.url)) },
    },
    server: {
      port: Number(process.env.UI_PORT ?? 5173),
      proxy: { '/api': strapi, '/uploads': strapi },
    },
    build: {
      // The react-admin chunk is one on purpose (see below): about 1 MB, 330 KB gzipped.
      chunkSizeWarningLimit: 1100,
      rollupOptions: {
        output: {
          // react-admin's packages re-export through cyclic index files; split across chunks they load out
          // of order, so they stay together (charts, which only the dashboard needs, and the rich-text
          // editor with Tiptap, which only the story form needs, stay out).
          manualChunks: (id) =>
            /node_modules\/(ra-(?!input-rich-text)|react-admin|@mui|@tanstack|react-hook-form)/.test(id)
              ? 'react-admin'
              : undefined,
        },
      },
    },
  };
});
