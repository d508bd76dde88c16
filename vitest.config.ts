import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/electron/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Import tests start worker threads (tsx inside each from source): on two loaded cores a call can
    // take seconds. A hang still fails, a minute later.
    testTimeout: 60_000,
    env: { TZ: 'UTC' },
    setupFiles: ['tests/words-loaded.ts'],
  },
});
