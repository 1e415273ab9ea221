import { spawn, execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { lockDataFolder } from '../../electron/backend/data-lock'
import { startServe } from '../helpers/serve-process'
import { tempDir, testEngine } from '../helpers/temp-backend'

const run = promisify(execFile)

// The real CLI in a process of its own, as a second user or a script would run it.
async function capstan(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await run(process.execPath, ['bin/capstan.js', ...args], { encoding: 'utf8' })
    return { code: 0, out: r.stdout, err: r.stderr }
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string }
    return { code: x.code, out: x.stdout, err: x.stderr }
  }
}

const lockFile = (dir: string) => path.join(dir, 'capstan.lock')

// The lock guards a data folder's SQLite file; on PostgreSQL several servers share one database.
;(testEngine === 'sqlite' ? describe : describe.skip)('one writer per data folder', () => {
  it('a second server on the same folder is told which process holds it, and stops', async () => {
    const dir = tempDir()
    expect((await capstan('init', '--data-dir', dir)).code).toBe(0)
    const first = await startServe(['--data-dir', dir])
    const pid = JSON.parse(fs.readFileSync(lockFile(dir), 'utf8')).pid as number
    await expect(startServe(['--data-dir', dir])).rejects.toThrow(
      new RegExp(
        `The data folder .* is in use by "capstan serve" \\(process ${pid} on this computer, since .*\\)\\. Close it first, or make the change there\\.`,
      ),
    )
    // A command that writes says the same and exits 4; one that only reads still works.
    const pack = await capstan(
      'export',
      'status',
      '--data-dir',
      dir,
      '--out',
      path.join(dir, 'x.docx'),
    )
    expect(pack.code).toBe(4)
    expect(pack.err).toMatch(/is in use by "capstan serve"/)
    expect(pack.err).not.toMatch(/at .*\.ts:\d+/)
    expect((await capstan('status', '--data-dir', dir)).code).toBe(0)
    await first.stop()
    expect(fs.existsSync(lockFile(dir))).toBe(false)
  }, 60_000)

  it('takes over the lock of a server killed with kill -9', async () => {
    const dir = tempDir()
    expect((await capstan('init', '--data-dir', dir)).code).toBe(0)
    const first = await startServe(['--data-dir', dir])
    await first.kill9()
    expect(fs.existsSync(lockFile(dir))).toBe(true) // left behind by the killed process
    const second = await startServe(['--data-dir', dir])
    expect((await second.call('objectives:list')).status).toBe(200)
    await second.stop()
  }, 60_000)

  it('a short command waits its turn behind another short command', async () => {
    const dir = tempDir()
    expect((await capstan('init', '--data-dir', dir)).code).toBe(0)
    // Another command holds the folder for a second and a half (a live process named in the lock).
    const holder = spawn('sleep', ['1.5'])
    fs.writeFileSync(
      lockFile(dir),
      JSON.stringify({
        pid: holder.pid,
        holder: 'cli',
        host: os.hostname(),
        startedAt: new Date().toISOString(),
      }),
    )
    const started = Date.now()
    const r = await capstan('init', '--data-dir', dir)
    expect(r.code).toBe(0)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
  }, 60_000)

  it('lets one process open its own folder twice, holding one lock', async () => {
    const dir = tempDir()
    const a = await lockDataFolder(dir, 'desktop')
    const b = await lockDataFolder(dir, 'desktop')
    b()
    expect(fs.existsSync(lockFile(dir))).toBe(true)
    a()
    expect(fs.existsSync(lockFile(dir))).toBe(false)
  })
})
