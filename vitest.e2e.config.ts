/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

// Browser tests against the production build served under a sub-path (see scripts/test-e2e.ts).
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One Chromium at a time: the machine has two cores and the server shares them.
    fileParallelism: false,
    globalSetup: ['test/folder-sementara.ts'],
  },
});
