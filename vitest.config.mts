import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 20_000,
    // UI assertions poll until the app reaches the state; two busy cores can take seconds.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 60_000,
    pool: 'forks',
    // Chromium and LibreOffice tests are heavy; two cores here.
    maxWorkers: 2,
  },
})
