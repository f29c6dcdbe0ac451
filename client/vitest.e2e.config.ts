import { defineConfig } from 'vitest/config';

// Browser scenarios in headless Chromium against the real server (see e2e/server.ts). They share
// one server and one database and move its clock, so files run one at a time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    setupFiles: ['e2e/setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
