#!/usr/bin/env node
// The `capstan` command. Checks the runtime first, then loads the TypeScript CLI through tsx.
import { ensureRuntime } from './runtime-check.js'

ensureRuntime()
const { register } = await import('tsx/esm/api')
register()
const { main } = await import('../electron/host/cli.ts')
process.exitCode = await main(process.argv.slice(2))
