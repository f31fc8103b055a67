/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests: pure modules, the schema, the rules and the checker, in Node (no browser).
export default getViteConfig(
  { test: { include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 60_000, globalSetup: ['test/folder-sementara.ts'] } },
  { devToolbar: { enabled: false } },
);
