import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs every kind of test (unit, integration, infra, authz, e2e) in one run, against one
 * local cloud started by the global setup. Logs: a passing test prints nothing; a failing test
 * shows what it logged; `LOG_LEVEL=INFO npm test` prints everything.
 */
const logLevelAsked = process.env['LOG_LEVEL'] !== undefined;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/worker-setup.ts'],
    // Child processes, as node's runner had: a test that changes process.env or module state
    // cannot leak into another file.
    pool: 'forks',
    maxWorkers: 2,
    // Tests wait for real services (DynamoDB Local, Step Functions executions, npm start in e2e);
    // each waits on a condition with its own deadline, so this is only a backstop.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    silent: logLevelAsked ? false : 'passed-only',
    reporters: ['default', './test/support/closing-line-reporter.ts'],
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.ts', 'functions/**/*.ts', 'infra/**/*.ts'],
      // The typed client's examples run in processes of their own, as partners run them; its generated types hold no code.
      exclude: ['shared/api-client/examples/**', 'shared/api-client/src/schema.ts', 'shared/api-client/src/webhook-schema.ts'],
      reporter: ['text-summary'],
    },
  },
});
