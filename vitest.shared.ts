import { defineProject } from 'vitest/config';

// Ours first, then Vite's default server conditions: a custom list replaces the defaults.
const conditions = ['@emocode/source', 'module', 'node', 'development|production'];

/**
 * One vitest setup for every package: workspace packages resolve to their TypeScript
 * source through the `@emocode/source` export condition, so tests never need a build.
 */
export const sharedProject = (overrides: { testTimeout?: number } = {}) =>
  defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      // Generous: the tests train small nets and must pass on 2 busy cores (a CI run beside other jobs).
      testTimeout: overrides.testTimeout ?? 120_000,
      pool: 'forks',
      // The JSON report feeds the one summary line the root `test` script prints.
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results.json' },
    },
  });
