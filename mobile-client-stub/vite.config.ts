import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// The backend serves the build at /app/ (backend/src/main/resources/application.yml, static-resources "app").
const backend = process.env.NOABER_BACKEND ?? 'http://localhost:8080';
const apiPaths = ['/auth', '/me', '/gemeenten', '/help-requests', '/offers', '/coordinator-queue', '/volunteers',
  '/wijken', '/addresses', '/accounts', '/initiatives', '/dashboard', '/stats'];

export default defineConfig({
  base: '/app/',
  build: {
    // Straight into the backend's classpath: `java -jar backend/target/noaber.jar` then serves it.
    outDir: fileURLToPath(new URL('../backend/target/classes/public/app', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0, // CSP: no data: scripts or styles, only files from 'self'
  },
  server: {
    // `npm run dev`: the client on Vite's port, every API call proxied to a running backend (same origin for the page).
    proxy: Object.fromEntries(apiPaths.map((p) => [p, { target: backend, changeOrigin: false }])),
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
