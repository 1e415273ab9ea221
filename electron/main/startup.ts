import path from 'node:path'
import { resolveDataDir, type DataDirSource } from '../backend/data-dir'
import { DatabaseTooNewError, StorageUnavailableError } from '../backend/errors'

/**
 * The data folder for the desktop app: --data-dir, then CAPSTAN_DATA_DIR, then Electron's
 * userData folder (which the shell pins to the same per-user "Capstan" folder the CLI uses).
 */
export function chooseDataDir(opts: {
  argv: readonly string[]
  env: NodeJS.ProcessEnv
  userDataPath: string
}): { dir: string; source: DataDirSource } {
  const resolved = resolveDataDir({ argv: opts.argv, env: opts.env })
  if (resolved.source !== 'default') return resolved
  return { dir: path.resolve(opts.userDataPath), source: 'default' }
}

/** A startup failure whose message is already written for the person at the screen. */
export class StartupProblem extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StartupProblem'
  }
}

/** Title of the error box shown when Capstan cannot start. */
export const STARTUP_ERROR_TITLE = 'Capstan cannot start'

/** The plain-language text for the error box; never a stack trace. */
export function startupErrorMessage(error: unknown, dataDir: string | undefined): string {
  if (
    error instanceof DatabaseTooNewError ||
    error instanceof StorageUnavailableError ||
    error instanceof StartupProblem
  )
    return error.message
  const detail = error instanceof Error ? error.message : String(error)
  const where = dataDir ? ` with the data folder ${dataDir}` : ''
  return (
    `Capstan could not start${where}. Nothing was changed.\n\n` +
    `Reason: ${detail}\n\n` +
    'Check that the folder exists and that you may write to it, or start Capstan with ' +
    '--data-dir pointing to another folder.'
  )
}
