import { defineConfig } from 'vitest/config';

// On CI, vitest also writes its results as JSON, from which .ci/run prints the plain "N passed, N failed" line.
const onCi = process.env['CI'] === 'true';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    reporters: onCi ? ['default', 'json'] : ['default'],
    ...(onCi ? { outputFile: { json: '.test-results/vitest.json' } } : {}),
  },
});
