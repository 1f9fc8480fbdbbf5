import { defineConfig } from 'vitest/config';

// `npm run stress`: long, seeded runs kept out of `npm test` (see tests/stress/stress.stress.ts).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/stress/**/*.stress.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 1_800_000,
  },
});
