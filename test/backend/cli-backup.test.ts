import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DB_FILE_NAME } from '../../electron/backend/backend'
import { main } from '../../electron/host/cli'
import { tempDir, testEngine } from '../helpers/temp-backend'

async function capstan(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const objectives = async (dir: string) =>
  JSON.parse((await capstan('status', '--data-dir', dir, '--json')).out).tables.objectives as number

;(testEngine === 'sqlite' ? describe : describe.skip)('capstan backup and restore', () => {
  it('backs up, lists, and restores only with --yes when later changes would be lost', async () => {
    const dir = tempDir()
    expect((await capstan('init', '--demo', '--data-dir', dir)).code).toBe(0)
    const made = await capstan('backup', '--data-dir', dir)
    expect(made.code).toBe(0)
    expect(made.out).toMatch(
      /^Backup written: .*backups\/capstan-.*-on-demand\.sqlite \(\d+\.\d MB\); checked: \d+ audit entries verified, file intact\./,
    )
    const list = await capstan('backup', 'list', '--data-dir', dir, '--json')
    const [backup] = JSON.parse(list.out) as { file: string; check: { ok: boolean } }[]
    expect(backup!.check.ok).toBe(true)
    const before = await objectives(dir)

    // A change made after the backup, through the same services the interface uses.
    const { openBackend } = await import('../../electron/backend/backend')
    const b = await openBackend({ dataDir: dir, mode: 'browser', actor: 'ana' })
    const list2 = (await b.call('objectives:list', undefined)) as {
      ok: true
      value: { id: number; title: string }[]
    }
    const created = await b.call('objectives:create', { code: 'SO99', title: 'After the backup' })
    expect(created.ok).toBe(true)
    await b.close()
    expect(list2.value.length).toBe(before)
    expect(await objectives(dir)).toBe(before + 1)

    const asked = await capstan('restore', backup!.file, '--data-dir', dir)
    expect(asked.code).toBe(1)
    expect(asked.out).toMatch(
      /would discard 1 recorded changes made since .*\. Nothing was changed; run again with --yes to restore\./,
    )
    expect(await objectives(dir)).toBe(before + 1)
    const done = await capstan('restore', backup!.file, '--data-dir', dir, '--yes')
    expect(done.code).toBe(0)
    expect(done.out).toMatch(
      /^Restored capstan-.*The data as it was is kept in .*before-restore\.sqlite\./,
    )
    expect(await objectives(dir)).toBe(before)
    expect((await capstan('audit', 'verify', '--data-dir', dir)).code).toBe(0)
  }, 60_000)

  it.each([
    ['is no database any more', (f: string) => fs.writeFileSync(f, Buffer.alloc(65_536, 0x42))],
    ['is empty', (f: string) => fs.writeFileSync(f, '')],
  ])(
    'restores over a database file that %s, keeping its bytes aside',
    async (_what, spoil) => {
      const dir = tempDir()
      expect((await capstan('init', '--data-dir', dir)).code).toBe(0)
      const made = JSON.parse((await capstan('backup', '--data-dir', dir, '--json')).out) as {
        file: string
      }
      const file = path.join(dir, DB_FILE_NAME)
      spoil(file)
      const status = await capstan('status', '--data-dir', dir)
      expect(status.code).toBe(4)
      expect(status.err).toMatch(/capstan\.sqlite (is not a Capstan database|is empty)/)
      expect(status.err).toMatch(/[Rr]estore a backup/)
      const done = await capstan('restore', made.file, '--data-dir', dir, '--yes')
      expect(done.code).toBe(0)
      expect(done.out).toMatch(/The unreadable file is kept in .*damaged-.*\.sqlite\./)
      expect((await capstan('status', '--data-dir', dir)).code).toBe(0)
      expect((await capstan('audit', 'verify', '--data-dir', dir)).code).toBe(0)
    },
    60_000,
  )
})
