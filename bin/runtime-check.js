// Plain JavaScript so it runs on any Node before anything native is loaded.
// better-sqlite3 13 needs Node-API 10 (Node 22.12 or newer); on older Node it crashes the process.

/** Returns a paragraph explaining what to do, or null when this Node can run Capstan. */
export function runtimeProblem(versions = process.versions) {
  const [major, minor] = versions.node.split('.').map(Number)
  const napi = Number(versions.napi ?? 0)
  const newEnough = major > 22 || (major === 22 && minor >= 12)
  if (newEnough && napi >= 10) return null
  return (
    `Capstan needs Node.js 22.12 or newer, but this is Node.js ${versions.node}. ` +
    'The project ships its own Node 22 inside node_modules: run Capstan through npm ' +
    '("npm run capstan -- <command>", "npm start", "npm test") or "npx capstan", ' +
    'which use it automatically. If node_modules is missing, run "npm install" first.'
  )
}

/** Prints the problem and exits with code 3 when this Node cannot run Capstan. */
export function ensureRuntime() {
  const problem = runtimeProblem()
  if (problem) {
    process.stderr.write(`${problem}\n`)
    process.exit(3)
  }
}
