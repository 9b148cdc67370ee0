import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { catalogueModules } from './modules/catalogue';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic and the background against WXT's fake browser.
        plugins: [WxtVitest(), catalogueModules()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'] },
      },
      {
        // The built extension in real browsers: one browser at a time, generous bounds. Expectations
        // read some of the extension's own modules, with the alias WXT gives them (`@/`).
        resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
