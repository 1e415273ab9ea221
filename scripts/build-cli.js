// Compiles the `capstan` command into one JavaScript file (dist/cli/capstan.mjs), so a command
// starts without compiling TypeScript first. Runs after `npm install` (prepare) and in `npm start`;
// bin/capstan.js falls back to compiling on the fly when the file is missing or older than the code.
// `node scripts/build-cli.js DIR` builds into DIR instead (a test's own folder).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist/cli'))

// Split at the code's dynamic imports (the HTTP host, the Word writer, the PostgreSQL driver),
// so a command loads only what it uses: `capstan status` on an SQLite folder never loads them.
fs.rmSync(path.join(out, 'chunks'), { recursive: true, force: true })
await build({
  entryPoints: { capstan: path.join(root, 'electron/host/cli.ts') },
  outdir: out,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  // Native and driver packages load from node_modules as they are.
  packages: 'external',
  logLevel: 'warning',
  sourcemap: 'linked',
})

// The demo administration ships as a data file, not as code: the bundle reads it from data/
// beside itself (electron/backend/demo/demo-file.ts looks there).
const demo = path.join(root, 'electron/backend/demo/data/numeria.demo.json')
fs.mkdirSync(path.join(out, 'data'), { recursive: true })
fs.copyFileSync(demo, path.join(out, 'data', path.basename(demo)))
