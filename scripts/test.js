// `npm test`: system packages, type check, lint, format check, then every vitest suite (unit;
// backend and Word on SQLite and on a throwaway PostgreSQL server; end-to-end in Chromium).
// Ends with the plain line "N passed, N failed" that CI reads. A failed static check counts as one failed test.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ensurePrerequisites } from './test-prerequisites.js'

if (!ensurePrerequisites()) {
  console.log('\n0 passed, 1 failed')
  process.exit(1)
}

const run = (label, cmd, args) => {
  process.stdout.write(`\n▶ ${label}\n`)
  const r = spawnSync(process.execPath, [cmd, ...args], { stdio: 'inherit' })
  return r.status === 0
}
// node_modules/.bin entries are shell shims on some systems; call the JS entry points directly.
const entry = (pkg, rel) => path.join('node_modules', pkg, rel)

let passed = 0
let failed = 0
const checks = [
  ['Type check (tsc)', entry('typescript', 'bin/tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['Lint (eslint)', entry('eslint', 'bin/eslint.js'), ['.', '--max-warnings=0']],
  ['Format check (prettier)', entry('prettier', 'bin/prettier.cjs'), ['--check', '.']],
]
for (const [label, cmd, args] of checks) {
  if (run(label, cmd, args)) passed++
  else failed++
}

const report = path.join('test-results', 'vitest.json')
fs.rmSync(report, { force: true })
run('Tests (vitest)', entry('vitest', 'vitest.mjs'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
])
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'))
  passed += r.numPassedTests
  failed += r.numFailedTests
  // A suite that fails to load has no failed tests but is still a failure.
  failed += r.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  ).length
} else {
  failed++
}
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
