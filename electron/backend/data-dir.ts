import os from 'node:os'
import path from 'node:path'

/** Where the data folder comes from, for messages. */
export type DataDirSource = 'argument' | 'environment' | 'default'

/**
 * The folder Capstan keeps its database in: `--data-dir DIR` wins, then CAPSTAN_DATA_DIR,
 * then the operating system's per-user application-data folder (the same one Electron's
 * `app.getPath('userData')` gives for an app named Capstan).
 */
export function resolveDataDir(opts: {
  argv?: readonly string[]
  env?: NodeJS.ProcessEnv
  platform?: NodeJS.Platform
  home?: string
}): { dir: string; source: DataDirSource } {
  const argv = opts.argv ?? []
  const env = opts.env ?? {}
  const idx = argv.indexOf('--data-dir')
  const fromArg =
    idx >= 0 ? argv[idx + 1] : argv.find((a) => a.startsWith('--data-dir='))?.slice(11)
  if (fromArg && !fromArg.startsWith('--'))
    return { dir: path.resolve(fromArg), source: 'argument' }
  if (env.CAPSTAN_DATA_DIR?.trim()) {
    return { dir: path.resolve(env.CAPSTAN_DATA_DIR.trim()), source: 'environment' }
  }
  return {
    dir: defaultUserDataDir(opts.platform ?? process.platform, env, opts.home ?? os.homedir()),
    source: 'default',
  }
}

/** The per-user application-data folder for Capstan on each operating system. */
export function defaultUserDataDir(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  home: string,
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Capstan')
  }
  if (platform === 'darwin')
    return path.posix.join(home, 'Library', 'Application Support', 'Capstan')
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), 'Capstan')
}
