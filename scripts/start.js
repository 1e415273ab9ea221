// `npm start`: builds what is needed, then opens Capstan in its desktop window, or in browser
// mode when the Electron binary is not installed (it cannot always be downloaded).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureRuntime } from '../bin/runtime-check.js'
import {
  electronMissingMessage,
  findElectron,
  lacksDisplay,
  noDisplayMessage,
  parseStartArgs,
  wrapParagraph,
} from './electron-presence.js'

ensureRuntime()

const root = fileURLToPath(new URL('..', import.meta.url))
const electronDir = path.join(root, 'node_modules', 'electron')
const args = parseStartArgs(process.argv.slice(2))
// npm runs scripts from the project folder; a relative --data-dir means the caller's folder.
const passOn = args.dataDir
  ? ['--data-dir', path.resolve(process.env.INIT_CWD ?? process.cwd(), args.dataDir)]
  : []
if (args.unknown.length > 0) {
  process.stderr.write(
    `npm start does not understand ${args.unknown.join(' ')}.\n` +
      'Usage: npm start [-- --data-dir DIR] [-- --skip-build]\n',
  )
  process.exit(2)
}

/** The JavaScript entry of a package's command, run with this same Node (never a global one). */
function binScript(pkg, name) {
  const dir = path.join(root, 'node_modules', pkg)
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name]
  return path.join(dir, bin)
}

function build(label, pkg, bin, buildArgs) {
  process.stdout.write(`Building ${label}…\n`)
  const result = spawnSync(process.execPath, [binScript(pkg, bin), ...buildArgs], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    process.stderr.write(`Building ${label} failed; Capstan was not started.\n`)
    process.exit(result.status ?? 1)
  }
}

const FORWARD_DELAY_MS = 1500

/** Runs the app in the foreground and mirrors its exit; signals reach it exactly once. */
function runForeground(command, commandArgs) {
  const env = { ...process.env }
  // Would make Electron behave as plain Node and never open a window.
  delete env.ELECTRON_RUN_AS_NODE
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env })
  const running = () => child.exitCode === null && child.signalCode === null
  const forwarded = new Set()
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (forwarded.has(signal) || !running()) return
      forwarded.add(signal)
      // A signal sent to the whole process group (Ctrl+C, timeout, a service manager) already
      // reached the child: pass it on only if the child is still running a moment later, so
      // it never gets the same signal twice in a row (a second one means "stop right now").
      setTimeout(() => running() && child.kill(signal), FORWARD_DELAY_MS).unref()
    })
  }
  child.on('error', (error) => {
    process.stderr.write(`Could not start ${command}: ${error.message}\n`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

const finding = findElectron({ electronDir, env: process.env, platform: process.platform })
const noDisplay = finding.present && lacksDisplay(process.platform, process.env)
const desktop = finding.present && !noDisplay

if (!args.skipBuild) {
  build('the interface', 'vite', 'vite', ['build', '--config', 'renderer/vite.config.mts'])
  const cli = spawnSync(process.execPath, [path.join('scripts', 'build-cli.js')], {
    stdio: 'inherit',
  })
  if (cli.status !== 0) process.exit(cli.status ?? 1)
  if (desktop) {
    build('the desktop shell', 'electron-vite', 'electron-vite', [
      'build',
      '--config',
      'electron.vite.config.mts',
    ])
  }
}

if (desktop) {
  runForeground(finding.executable, ['.', ...passOn])
} else {
  const { version } = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8'))
  const message = noDisplay
    ? noDisplayMessage()
    : electronMissingMessage({
        finding,
        version,
        platform: process.platform,
        arch: process.arch,
      })
  process.stdout.write(`\n${wrapParagraph(message)}\n\n`)
  runForeground(process.execPath, [
    path.join(root, 'bin', 'capstan.js'),
    'serve',
    '--port',
    '0',
    '--open',
    ...passOn,
  ])
}
