import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DB_FILE_NAME } from '../../electron/backend/backend'
import { main } from '../../electron/host/cli'
import { fillDisk, mountRefusal, readOnlyView, tmpfs } from '../helpers/fault-mounts'
import { tempDir, testEngine } from '../helpers/temp-backend'

// The CLI meeting a full disk, a read-only mount, another user's folder: one sentence naming the
// file and what to do, exit 4, never a stack trace, and nothing left half-written.

async function capstan(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** The real `capstan` command run by an unprivileged user (the suite itself runs as root). */
function capstanAsNobody(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/capstan.js', ...args], {
    uid: Number(spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout),
    gid: Number(spawnSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).stdout),
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() }
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const NO_STACK = /^\s+at |Error:/m

const asRoot = process.getuid?.() === 0
const nobodyRefusal = asRoot ? undefined : 'running as another user needs root'

describe.runIf(testEngine === 'sqlite')('capstan on a failing disk or folder', () => {
  describe.skipIf(mountRefusal)(
    `full and read-only mounts${mountRefusal ? ` (skipped: ${mountRefusal})` : ''}`,
    () => {
      it('init on a full disk: the sentence, exit 4, no stack', async () => {
        const disk = tmpfs(2048)
        fillDisk(disk)
        const r = await capstan('init', '--data-dir', path.join(disk, 'data'))
        expect(r.code).toBe(4)
        expect(r.err).toMatch(
          new RegExp(
            `^The disk holding ${disk}/data\\S* is full: free some space and try again\\. Nothing was changed\\.$`,
          ),
        )
        expect(r.err).not.toMatch(NO_STACK)
      })

      it('an export written to a full disk: exit 4, the sentence names that file, none is left', async () => {
        const dir = tempDir()
        expect((await capstan('init', '--demo', '--data-dir', dir)).code).toBe(0)
        const disk = tmpfs(1024)
        fillDisk(disk)
        const out = path.join(disk, 'status.docx')
        const r = await capstan('export', 'status', '--data-dir', dir, '--out', out)
        expect(r).toEqual({
          code: 4,
          out: '',
          err: `The disk holding ${out} is full: free some space and try again. Nothing was changed.`,
        })
        expect(fs.existsSync(out)).toBe(false)
      })

      it('an export written to a read-only mount: exit 4 and the sentence', async () => {
        const dir = tempDir()
        expect((await capstan('init', '--demo', '--data-dir', dir)).code).toBe(0)
        const out = path.join(readOnlyView(tempDir()), 'status.docx')
        const r = await capstan('export', 'status', '--data-dir', dir, '--out', out)
        expect(r).toEqual({
          code: 4,
          out: '',
          err: `Capstan cannot write ${out} because its folder or drive is read-only: make it writable or use a folder you can write to, then try again. Nothing was changed.`,
        })
        expect(fs.existsSync(out)).toBe(false)
      })

      it('a data folder on a read-only mount: exit 4, one sentence naming its file, not a byte changed', async () => {
        const dir = tempDir()
        expect((await capstan('init', '--demo', '--data-dir', dir)).code).toBe(0)
        const before = sha(path.join(dir, DB_FILE_NAME))
        const view = readOnlyView(dir)
        for (const args of [['status'], ['init', '--demo']]) {
          const r = await capstan(...args, '--data-dir', view)
          expect(r.code).toBe(4)
          // The file named is the database, or the lock a writing command takes beside it.
          expect(r.err).toMatch(new RegExp(`${view}/capstan\\.(sqlite|lock)\\b`))
          expect(r.err.split('\n')).toHaveLength(1)
          expect(r.err).not.toMatch(NO_STACK)
        }
        expect(sha(path.join(dir, DB_FILE_NAME))).toBe(before)
      })
    },
  )

  describe.skipIf(nobodyRefusal)(
    `another user's folder${nobodyRefusal ? ` (skipped: ${nobodyRefusal})` : ''}`,
    () => {
      it('init where the account may not write: exit 4 and the sentence, no stack', () => {
        const parent = tempDir() // root's, mode 0700
        const r = capstanAsNobody('init', '--data-dir', path.join(parent, 'data'))
        expect(r).toEqual({
          code: 4,
          out: '',
          err: `Your account is not allowed to use ${path.join(parent, 'data')}: ask IT or the folder's owner for access, then try again. Nothing was changed.`,
        })
      })

      it("a write to another user's data folder: exit 4, the file named, the database unchanged", async () => {
        const parent = tempDir()
        const dir = path.join(parent, 'data')
        expect((await capstan('init', '--data-dir', dir)).code).toBe(0)
        fs.chmodSync(parent, 0o755)
        fs.chmodSync(dir, 0o755) // visible to others, writable by its owner only
        const before = sha(path.join(dir, DB_FILE_NAME))
        const r = capstanAsNobody('init', '--demo', '--data-dir', dir)
        expect(r.code).toBe(4)
        expect(r.err).toContain(`${dir}/`)
        expect(r.err).toMatch(/not allowed to use|cannot open/)
        expect(r.err).not.toMatch(NO_STACK)
        expect(sha(path.join(dir, DB_FILE_NAME))).toBe(before)
      })
    },
  )
})
