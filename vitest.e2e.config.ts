import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension and widget in headless Chromium (and Firefox ESR).
// One file at a time: two cores, and each file starts its own browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A poll ends as soon as what it waits for holds. The 1 s default is shorter than a busy 2-core
    // machine takes to re-render the card or move focus: a slow browser there failed tests that were right.
    expect: { poll: { timeout: 10_000 } },
    globalSetup: ['./tests/e2e/support/global-setup.ts'],
  },
});
