// Projects: pure unit tests, the medium tests (real app, real database) once on SQLite and once on PostgreSQL, and
// the agent's end-to-end tests (hub + agent process + board simulator).
import { defineConfig } from 'vitest/config';

const medium = ['{server,agent}/src/**/*.medium.test.ts'];
const e2e = ['agent/src/**/*.e2e.test.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    // A forgotten `.only` must not silently skip the rest of the suite in CI (`.ci/run` exports CI=true).
    allowOnly: !process.env.CI,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{contracts,server,agent,web,bench}/src/**/*.test.ts'],
          exclude: [...medium, ...e2e, '**/node_modules/**'],
        },
      },
      {
        // Hub + agent process + byte-level board simulator over a pty: one file at a time, SQLite is enough.
        extends: true,
        test: {
          name: 'agent-e2e',
          include: e2e,
          env: { BP_TEST_DB: 'sqlite' },
          testTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        // `*.pg.medium.test.ts`: PostgreSQL only (several hubs on one database); SQLite runs one hub.
        test: {
          name: 'medium-sqlite',
          include: medium,
          exclude: ['**/*.pg.medium.test.ts', '**/node_modules/**'],
          env: { BP_TEST_DB: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'medium-postgres',
          include: medium,
          env: { BP_TEST_DB: 'postgres' },
          globalSetup: ['server/src/testing/pg-global-setup.ts'],
        },
      },
    ],
  },
});
