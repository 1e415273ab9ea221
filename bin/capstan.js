#!/usr/bin/env node
// The `capstan` command. Checks the runtime first, then runs the compiled CLI (dist/cli, built by
// `npm install` and `npm start`), or compiles the TypeScript on the fly when that is missing or
// older than the code.
import fs from 'node:fs'
import module from 'node:module'
import { ensureRuntime } from './runtime-check.js'

ensureRuntime()
// Node keeps the compiled code of the modules on disk, so a command after the first starts fast.
module.enableCompileCache?.()

const compiled = new URL('../dist/cli/capstan.mjs', import.meta.url)
const SOURCES = ['../electron/host/', '../electron/backend/', '../shared/']

// The newest modification time of any source file under the given folders.
function newestSource() {
  let newest = 0
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = `${dir}/${e.name}`
      if (e.isDirectory()) walk(p)
      else newest = Math.max(newest, fs.statSync(p).mtimeMs)
    }
  }
  for (const rel of SOURCES) {
    const dir = new URL(rel, import.meta.url).pathname
    if (fs.existsSync(dir)) walk(dir)
  }
  return newest
}

const fresh = fs.existsSync(compiled) && fs.statSync(compiled).mtimeMs >= newestSource()
let main
if (fresh) {
  ;({ main } = await import(compiled.href))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../electron/host/cli.ts'))
}
process.exitCode = await main(process.argv.slice(2))
