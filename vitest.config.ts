import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tests: pure lib/ code in Node, and in happy-dom the files that need a DOM (components, the engine's
// page reading, the overlay), each saying so in its first line (`// @vitest-environment happy-dom`): a
// happy-dom window for every one of 125 files was a third of the unit run on two cores. IndexedDB from
// fake-indexeddb (neither has one).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto', './tests/setup-unit.ts'],
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'components/**/*.test.ts', 'widget/**/*.test.ts', 'widget/**/*.test.tsx', 'entrypoints/**/*.test.ts', 'entrypoints/**/*.test.tsx', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    restoreMocks: true,
    // Vitest leaves a core free by default: one worker on two cores, where these tests (waiting on nothing
    // but the CPU) ran 1.9x longer.
    maxWorkers: availableParallelism(),
  },
});
