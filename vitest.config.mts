import { defineConfig } from 'vitest/config'

// The backend and Word suites run twice, once per engine: the same files, CAPSTAN_TEST_ENGINE
// chooses. The end-to-end suite runs on SQLite, and its first-run journey on PostgreSQL too.
const bothEngines = ['test/backend/**/*.test.ts', 'test/documents/**/*.test.ts']

export default defineConfig({
  test: {
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 20_000,
    // UI assertions poll until the app reaches the state; two busy cores can take seconds.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 60_000,
    pool: 'forks',
    // Chromium and LibreOffice tests are heavy; two cores here.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'] },
      },
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: [...bothEngines, 'test/e2e/**/*.test.ts'],
          env: { CAPSTAN_TEST_ENGINE: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: [...bothEngines, 'test/e2e/foundation.test.ts'],
          env: { CAPSTAN_TEST_ENGINE: 'postgres' },
        },
      },
    ],
  },
})
