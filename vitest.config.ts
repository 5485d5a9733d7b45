import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tests: pure lib/ code and components in happy-dom; IndexedDB from fake-indexeddb
// (happy-dom has none).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', './tests/setup-unit.ts'],
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'components/**/*.test.ts', 'widget/**/*.test.ts', 'widget/**/*.test.tsx', 'entrypoints/**/*.test.ts', 'entrypoints/**/*.test.tsx', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    restoreMocks: true,
  },
});
