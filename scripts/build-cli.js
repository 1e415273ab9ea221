// Compiles the `capstan` command into one JavaScript file (dist/cli/capstan.mjs), so a command
// starts without compiling TypeScript first. Runs after `npm install` (prepare) and in `npm start`;
// bin/capstan.js falls back to compiling on the fly when the file is missing or older than the code.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

await build({
  entryPoints: [path.join(root, 'electron/host/cli.ts')],
  outfile: path.join(root, 'dist/cli/capstan.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  // Native and driver packages load from node_modules as they are.
  packages: 'external',
  logLevel: 'warning',
  sourcemap: 'linked',
})
