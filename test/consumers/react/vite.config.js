import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  build: { rollupOptions: { input: { client: 'client.html', hydrate: 'hydrate.html' } } },
});
