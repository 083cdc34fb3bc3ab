import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each file in its own process: native capture threads and worker_threads stay isolated.
    pool: 'forks',
    // Suites that replay corpora or capture live packets take minutes on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
