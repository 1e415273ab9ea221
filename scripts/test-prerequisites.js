// The system packages the tests use. `npm test` checks them first; run as root on Debian or
// Ubuntu it installs what is missing, otherwise it stops with the one command to run.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const has = (cmd, args = ['--version']) => {
  const r = spawnSync(cmd, args, { stdio: 'ignore' })
  return !r.error && r.status === 0
}
const fonts = () => spawnSync('fc-list', [], { encoding: 'utf8' }).stdout ?? ''
const postgresInstalled = () => {
  try {
    return fs
      .readdirSync('/usr/lib/postgresql')
      .some((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))
  } catch {
    return false
  }
}

/** Each package with the check that says it is there. */
export const PREREQUISITES = [
  ['chromium', () => has('chromium')],
  ['libreoffice-writer-nogui', () => has('soffice')],
  ['poppler-utils', () => has('pdftotext', ['-v'])],
  ['python3-docx', () => has('/usr/bin/python3', ['-c', 'import docx'])],
  ['fonts-liberation2', () => /Liberation/i.test(fonts())],
  ['fonts-dejavu-core', () => /DejaVu/i.test(fonts())],
  // A CAPSTAN_TEST_DATABASE_URL server stands in for a local PostgreSQL installation.
  ['postgresql', () => Boolean(process.env.CAPSTAN_TEST_DATABASE_URL) || postgresInstalled()],
]

/** Installs missing packages when it can; returns false (having said why) when it cannot. */
export function ensurePrerequisites() {
  const missing = PREREQUISITES.filter(([, present]) => !present()).map(([name]) => name)
  if (missing.length === 0) return true
  const line = `apt-get install -y ${missing.join(' ')}`
  const canInstall = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')
  if (!canInstall) {
    console.error(`The tests need system packages that are missing. Run (as root):\n  ${line}`)
    return false
  }
  console.log(`Installing the system packages the tests use: ${missing.join(', ')}`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  const install = spawnSync('apt-get', ['install', '-y', '-qq', ...missing], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  })
  if (update.status !== 0 || install.status !== 0) {
    console.error(`Installing failed. Run (as root):\n  apt-get update && ${line}`)
    return false
  }
  return true
}
