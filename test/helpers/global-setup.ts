import path from 'node:path'
import { build } from 'vite'

// The end-to-end tests drive the built renderer, so build it once per run.
export default async function setup(): Promise<void> {
  if (process.env.CAPSTAN_SKIP_RENDERER_BUILD === '1') return
  await build({
    configFile: path.resolve('renderer/vite.config.mts'),
    logLevel: 'warn',
  })
}
