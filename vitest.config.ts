import { defineConfig } from 'vitest/config';

// On CI, vitest also writes its results as JSON, from which .ci/run prints the plain "N passed, N failed" line.
const onCi = process.env['CI'] === 'true';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    reporters: onCi ? ['default', 'json'] : ['default'],
    ...(onCi ? { outputFile: { json: '.test-results/vitest.json' } } : {}),
    projects: [
      { extends: true, test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**', '**/node_modules/**'] } },
      // the browser tests build the site once and drive one Chromium: one file at a time
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], fileParallelism: false, hookTimeout: 120_000, testTimeout: 120_000 } },
    ],
  },
});
