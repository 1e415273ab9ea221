import path from 'node:path'
import { build } from 'vite'
import type { TestProject } from 'vitest/node'
import { startTestPostgres, type TestPostgres } from './postgres-server'

// Once per vitest run: a throwaway PostgreSQL server (unless CAPSTAN_TEST_POSTGRES=0) and the
// built renderer the end-to-end tests drive. Each project (unit, sqlite, postgres) calls this;
// the first call does the work and the others share it.
interface Shared {
  ready: Promise<string | undefined>
  users: number
  teardown: () => Promise<void>
}
const shared = globalThis as { capstanTestSetup?: Shared }

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!shared.capstanTestSetup) {
    let stop = async () => undefined as void
    const ready = prepare((t) => (stop = t))
    shared.capstanTestSetup = { ready, users: 0, teardown: () => stop() }
  }
  const s = shared.capstanTestSetup
  s.users++
  const url = await s.ready
  if (url) project.provide('pgAdminUrl', url)
  return async () => {
    if (--s.users > 0) return
    shared.capstanTestSetup = undefined
    await s.teardown()
  }
}

async function prepare(onTeardown: (t: () => Promise<void>) => void): Promise<string | undefined> {
  let server: TestPostgres | undefined
  if (process.env.CAPSTAN_TEST_POSTGRES !== '0') {
    server = await startTestPostgres()
    // Tests read it with inject('pgAdminUrl'); the env copy reaches the forked workers too.
    process.env.CAPSTAN_PG_ADMIN_URL = server.adminUrl
  }
  const teardown = async (): Promise<void> => {
    if (!server) return
    delete process.env.CAPSTAN_PG_ADMIN_URL
    await server.stop()
  }

  onTeardown(teardown)
  try {
    if (process.env.CAPSTAN_SKIP_RENDERER_BUILD !== '1')
      await build({
        configFile: path.resolve('renderer/vite.config.mts'),
        logLevel: 'warn',
      })
  } catch (e) {
    await teardown()
    throw e
  }
  return server?.adminUrl
}
