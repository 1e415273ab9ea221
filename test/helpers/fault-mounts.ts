import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'

// Real faults need real file systems: a small tmpfs fills up, a read-only bind mount refuses
// writes. The suite runs as root (.ci/run); where mounting is not permitted, the tests that
// need it are skipped and say why.

const mounts: string[] = []
const points: string[] = []

function unmount(point: string): void {
  try {
    execFileSync('umount', [point], { stdio: 'pipe' })
  } catch {
    // Still busy (a handle not yet closed): detach it now, the kernel frees it when idle.
    execFileSync('umount', ['-l', point], { stdio: 'pipe' })
  }
}

afterEach(() => {
  for (const point of mounts.splice(0).reverse()) unmount(point)
  for (const point of points.splice(0)) fs.rmSync(point, { recursive: true, force: true })
})

function mountPoint(): string {
  const point = fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-mount-'))
  points.push(point)
  return point
}

function probe(): string | undefined {
  if (process.platform !== 'linux') return 'mounting a test file system needs Linux'
  const point = fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', point], { stdio: 'pipe' })
    execFileSync('umount', [point], { stdio: 'pipe' })
    return undefined
  } catch (e) {
    return `mount is not permitted here (${String((e as Error).message).split('\n')[0]})`
  } finally {
    fs.rmSync(point, { recursive: true, force: true })
  }
}

/** Why this machine cannot mount test file systems, or undefined when it can. */
export const mountRefusal: string | undefined = probe()

/** A fresh tmpfs of `sizeKb` (mode 0755), unmounted after the test. */
export function tmpfs(sizeKb = 2048): string {
  const point = mountPoint()
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0755`, 'tmpfs', point])
  mounts.push(point)
  return point
}

/** `dir` mounted read-only over itself (its contents stay visible, every write is refused). */
export function makeReadOnly(dir: string): void {
  execFileSync('mount', ['--bind', dir, dir])
  mounts.push(dir)
  execFileSync('mount', ['-o', 'remount,bind,ro', dir])
}

/** A read-only view of `dir` at a new mount point. */
export function readOnlyView(dir: string): string {
  const point = mountPoint()
  execFileSync('mount', ['--bind', dir, point])
  mounts.push(point)
  execFileSync('mount', ['-o', 'remount,bind,ro', point])
  return point
}

const FILLER = '.capstan-test-filler'

/** Fills the file system holding `dir` to the last byte. */
export function fillDisk(dir: string): void {
  for (const [name, chunk] of [
    [`${FILLER}-1`, 64 * 1024],
    [`${FILLER}-2`, 512],
  ] as const) {
    const fd = fs.openSync(path.join(dir, name), 'a')
    try {
      const block = Buffer.alloc(chunk, 0x55)
      for (;;) fs.writeSync(fd, block)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e
    } finally {
      fs.closeSync(fd)
    }
  }
}

/** Frees what `fillDisk` took. */
export function freeDisk(dir: string): void {
  for (const n of [1, 2]) fs.rmSync(path.join(dir, `${FILLER}-${n}`), { force: true })
}
