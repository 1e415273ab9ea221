// Decides, without ever requiring 'electron' (which would try to download it), whether the
// Electron desktop binary is installed, and words what to do when it is not.
import fs from 'node:fs'
import path from 'node:path'

/** Where the releases of one Electron version are published. */
export const releasesPage = (version) =>
  `https://github.com/electron/electron/releases/tag/v${version}`

/** The executable inside an unpacked Electron zip, as node_modules/electron/install.js names it. */
export function platformExecutable(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron'
    case 'win32':
      return 'electron.exe'
    default:
      return 'electron'
  }
}

/** The name of the release archive for this platform, e.g. electron-v45.5.0-linux-x64.zip. */
export function electronZipName(version, platform, arch) {
  const electronArch = arch === 'arm' ? 'armv7l' : arch
  return `electron-v${version}-${platform}-${electronArch}.zip`
}

const defaultFs = {
  exists: (p) => fs.existsSync(p),
  readText: (p) => {
    try {
      return fs.readFileSync(p, 'utf8')
    } catch {
      return undefined
    }
  },
}

/**
 * Looks for the Electron executable the way node_modules/electron/index.js does:
 * ELECTRON_OVERRIDE_DIST_PATH/<path.txt or platform name>, else dist/<path.txt>.
 * Returns { present: true, executable } or { present: false, reason, expected }.
 */
export function findElectron({ electronDir, env = {}, platform, io = defaultFs }) {
  const recorded = io.readText(path.join(electronDir, 'path.txt'))?.trim() || undefined
  const override = env.ELECTRON_OVERRIDE_DIST_PATH?.trim()
  if (override) {
    const executable = path.join(override, recorded ?? platformExecutable(platform))
    return io.exists(executable)
      ? { present: true, executable, source: 'override' }
      : { present: false, reason: 'override-missing', expected: executable }
  }
  if (!recorded) {
    return {
      present: false,
      reason: 'not-downloaded',
      expected: path.join(electronDir, 'dist', platformExecutable(platform)),
    }
  }
  const executable = path.join(electronDir, 'dist', recorded)
  return io.exists(executable)
    ? { present: true, executable, source: 'node_modules' }
    : { present: false, reason: 'dist-missing', expected: executable }
}

/** True when a Linux machine has no graphical display to open a window on. */
export function lacksDisplay(platform, env = {}) {
  return platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY
}

/** The one paragraph printed when there is no display for the desktop window. */
export function noDisplayMessage() {
  return (
    'There is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so ' +
    'Capstan cannot open its desktop window. Capstan now starts in browser mode instead: open ' +
    'the address printed below in a browser on this machine.'
  )
}

/**
 * The one paragraph printed when the Electron binary is missing: why, how to install it
 * offline, and that browser mode starts instead.
 */
export function electronMissingMessage({
  finding,
  version,
  platform,
  arch,
  electronDir = path.join('node_modules', 'electron'),
}) {
  const exe = platformExecutable(platform)
  const zip = electronZipName(version, platform, arch)
  const why =
    finding.reason === 'override-missing'
      ? `ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron executable at ` +
        `${finding.expected}, so Capstan cannot open its desktop window.`
      : 'The desktop binary of Electron is not installed on this machine (its download was ' +
        'blocked or the machine is offline), so Capstan cannot open its desktop window.'
  return (
    `${why} To install it without internet access, get ${zip} on a connected machine ` +
    `(from ${releasesPage(version)} or your organisation's mirror) and copy it here; then ` +
    `either unzip it into ${path.join(electronDir, 'dist')} and write the executable's name, ` +
    `"${exe}", with no line break, into ${path.join(electronDir, 'path.txt')}, or unzip it into ` +
    `any folder and set ELECTRON_OVERRIDE_DIST_PATH to that folder. Then run "npm start" ` +
    'again. Capstan now starts in browser mode instead: open the address printed below in a ' +
    'browser on this machine.'
  )
}

/** Wraps a paragraph at `width` columns for the terminal. */
export function wrapParagraph(text, width = 96) {
  const lines = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines.join('\n')
}

/**
 * Splits `npm start -- …` arguments: the data folder to pass on, --skip-build, and anything
 * unknown (reported as a usage error).
 */
export function parseStartArgs(argv) {
  const unknown = []
  let dataDir
  let skipBuild = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--skip-build') skipBuild = true
    else if (arg === '--data-dir' && argv[i + 1] && !argv[i + 1].startsWith('--')) {
      dataDir = argv[++i]
    } else if (arg.startsWith('--data-dir=') && arg.length > 11) {
      dataDir = arg.slice(11)
    } else unknown.push(arg)
  }
  return { dataDir, skipBuild, unknown }
}
