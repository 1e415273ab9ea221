import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

// The programme's files are for the user alone: folders 0700, files 0600. (On Windows the
// per-user profile folder already restricts access; the modes are ignored there.)

/** Creates a folder (and its parents) that only the user may open. */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
}

/** Restricts an existing file to the user (a no-op where the file system has no modes). */
export function makePrivateFile(file: string): void {
  try {
    fs.chmodSync(file, 0o600)
  } catch {
    // Read-only media or a file system without modes: nothing to tighten.
  }
}

/**
 * Writes a file whole or not at all: a temporary file beside it, flushed to disk, then renamed
 * over the target, so a full disk or a crash never leaves a partial or empty file behind.
 */
export function writeFileAtomically(file: string, bytes: Uint8Array | string): void {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`,
  )
  let fd: number | undefined
  try {
    fd = fs.openSync(temp, 'wx', 0o600)
    fs.writeFileSync(fd, bytes)
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    fd = undefined
    fs.renameSync(temp, file)
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd)
    fs.rmSync(temp, { force: true })
    throw e
  }
  try {
    // The rename itself survives a power cut once the folder is flushed too.
    const dirFd = fs.openSync(path.dirname(file), 'r')
    fs.fsyncSync(dirFd)
    fs.closeSync(dirFd)
  } catch {
    // Some platforms cannot open a folder for flushing; the file itself is already on disk.
  }
}
