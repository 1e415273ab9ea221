import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type {
  BackupInfo,
  DataSafetyOverview,
  RestorePreview,
  RestoreResult,
  Result,
} from '../../shared/contract'
import { dataStatus } from '../../electron/backend/system/status'
import type { Backend } from '../../electron/backend/backend'
import {
  reopenBackend,
  sampleSettings,
  tempBackend,
  tempDir,
  testEngine,
} from '../helpers/temp-backend'

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}
const snapshot = async (b: Backend) => {
  const s = await dataStatus(b.ctx, b.storage)
  return { tables: s.tables, head: s.auditHead, intact: s.auditIntact }
}
const mode = (p: string) => fs.statSync(p).mode & 0o777

describe(`backups and restore (${testEngine})`, () => {
  it('takes a checked, private backup that lists its time, size, reason and audit head', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    value(await b.call('settings:save', sampleSettings))
    const info = value<BackupInfo>(await b.call('backup:create', undefined))
    expect(info.reason).toBe('on demand')
    expect(info.check).toMatchObject({ ok: true, integrity: 'ok' })
    expect(info.check.auditChecked).toBeGreaterThan(0)
    expect(info.auditHead).toEqual((await snapshot(b)).head)
    expect(info.sizeBytes).toBe(fs.statSync(info.file).size)
    expect(mode(info.file)).toBe(0o600)
    expect(mode(path.dirname(info.file))).toBe(0o700)
    // A backup is a database a newcomer can open (on PostgreSQL too: a portable SQLite archive).
    expect(fs.readFileSync(info.file).subarray(0, 15).toString()).toBe('SQLite format 3')
    const list = value<DataSafetyOverview>(await b.call('backup:list', undefined))
    expect(list.backups.map((x) => x.name)).toEqual([info.name])
    expect(list.health.state).toBe('ok')
  })

  it('round trip: backup, changes, restore gives back the same data and audit head, plus the restore entry', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    value(await b.call('settings:save', sampleSettings))
    value(await b.call('objectives:create', { code: 'SO1', title: 'Kept' }))
    const before = await snapshot(b)
    const backup = value<BackupInfo>(await b.call('backup:create', undefined))
    value(await b.call('objectives:create', { code: 'SO2', title: 'Made after the backup' }))
    value(await b.call('objectives:create', { code: 'SO3', title: 'Also after' }))

    const preview = value<RestorePreview>(
      await b.call('backup:previewRestore', { name: backup.name }),
    )
    expect(preview.entriesLost).toBe(2)
    expect(preview.lostSince).not.toBeNull()
    const refused = await b.call('backup:restore', { name: backup.name })
    expect(refused.ok).toBe(false)

    const done = value<RestoreResult>(
      await b.call('backup:restore', { name: backup.name, confirm: true }),
    )
    expect(fs.existsSync(done.safetyCopy)).toBe(true)
    const after = await snapshot(b)
    const { audit_log: logAfter, ...tablesAfter } = after.tables
    const { audit_log: logBefore, ...tablesBefore } = before.tables
    expect(tablesAfter).toEqual(tablesBefore)
    expect(logAfter).toBe(logBefore! + 1)
    expect(after.intact).toBe(true)
    expect(done.auditHead!.seq).toBe(before.head!.seq + 1)
    // The trail still holds the backup's head, followed by the entry that records the restore.
    const page = value<{ entries: { seq: number; action: string; entityId: string }[] }>(
      await b.call('audit:list', { limit: 2, offset: 0 }),
    )
    expect(page.entries[0]).toMatchObject({ action: 'restore', entityId: backup.name })
    const titles = value<{ title: string }[]>(await b.call('objectives:list', undefined))
    expect(titles.map((o) => o.title)).toEqual(['Kept'])
    // The data as it was before the restore is a backup of its own, which restores in turn.
    const again = value<DataSafetyOverview>(await b.call('backup:list', undefined))
    const safety = again.backups.find((x) => x.reason === 'before restore')!
    expect(safety.check.ok).toBe(true)
    value(await b.call('backup:restore', { name: safety.name, confirm: true }))
    const back = value<{ title: string }[]>(await b.call('objectives:list', undefined))
    expect(back.map((o) => o.title).sort()).toEqual(['Also after', 'Kept', 'Made after the backup'])
    // Reopened, the restored data passes the start-up check and accepts writes.
    await b.close()
    const reopened = await reopenBackend(b)
    expect(reopened.health.state).toBe('ok')
    value(await reopened.call('objectives:create', { code: 'SO4', title: 'After reopening' }))
  })

  it('refuses to restore a backup that fails its check, and changes nothing', async () => {
    const b = await tempBackend()
    value(await b.call('objectives:create', { code: 'SO1', title: 'One' }))
    const backup = value<BackupInfo>(await b.call('backup:create', undefined))
    const bytes = fs.readFileSync(backup.file)
    bytes.fill(0x41, 4096, 8192) // a page of the copy overwritten
    fs.writeFileSync(backup.file, bytes)
    value(await b.call('objectives:create', { code: 'SO2', title: 'Two' }))
    const before = await snapshot(b)
    const r = await b.call('backup:restore', { name: backup.name, confirm: true })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('corrupt')
      expect(r.error.message).toMatch(
        /failed its check, so it was not restored.*Nothing was changed\./,
      )
    }
    expect(await snapshot(b)).toEqual(before)
  })

  it('copies each backup to a second folder, and says so when that folder cannot be written', async () => {
    const b = await tempBackend()
    const second = path.join(tempDir(), 'usb-drive')
    value(
      await b.call('backup:saveSettings', {
        keepDaily: 7,
        keepWeekly: 4,
        keepMonthly: 12,
        secondFolder: second,
      }),
    )
    const info = value<BackupInfo>(await b.call('backup:create', undefined))
    expect(info.copiedToSecond).toBe(true)
    expect(fs.existsSync(path.join(second, info.name))).toBe(true)
    fs.writeFileSync(path.join(tempDir(), 'x'), '')
    const blocked = path.join(tempDir(), 'a-file-not-a-folder')
    fs.writeFileSync(blocked, 'not a folder')
    value(
      await b.call('backup:saveSettings', {
        keepDaily: 7,
        keepWeekly: 4,
        keepMonthly: 12,
        secondFolder: blocked,
      }),
    )
    const next = value<BackupInfo>(await b.call('backup:create', undefined))
    expect(next.check.ok).toBe(true)
    expect(next.copiedToSecond).toBe(false)
    expect(next.secondFolderProblem).toMatch(
      /The copy to .*a-file-not-a-folder failed .*is the drive connected\?/,
    )
    const bad = await b.call('backup:saveSettings', {
      keepDaily: 7,
      keepWeekly: 4,
      keepMonthly: 12,
      secondFolder: 'relative/folder',
    })
    expect(!bad.ok && bad.error.details?.[0]?.message).toMatch(/must be a full folder path/)
  })

  it('takes the daily backup once a day', async () => {
    const { ensureDailyBackup } = await import('../../electron/backend/backup/backup-service')
    const b = await tempBackend()
    const first = await ensureDailyBackup(b.dataSafety!)
    expect(first?.reason).toBe('daily')
    expect(await ensureDailyBackup(b.dataSafety!)).toBeUndefined()
  })
})
