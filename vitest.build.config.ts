import { defineConfig } from 'vitest/config';

// The build tests (npm run test:build) build the whole site once per case, about 5 s each: two at
// a time on a two-core machine, with room for a slow one. `npm run test:unit` stays fast without them.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    maxConcurrency: 2,
    testTimeout: 120_000,
  },
});
