// Three projects: pure unit tests, and the medium tests (real app, real database) once on SQLite and once on PostgreSQL.
import { defineConfig } from 'vitest/config';

const medium = ['{server,agent}/src/**/*.medium.test.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{contracts,server,agent,web,bench}/src/**/*.test.ts'],
          exclude: [...medium, '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: { name: 'medium-sqlite', include: medium, env: { BP_TEST_DB: 'sqlite' } },
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
