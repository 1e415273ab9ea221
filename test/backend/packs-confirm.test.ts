import { describe, expect, it } from 'vitest'
import type { AppError, PackImportResult } from '../../shared/contract'
import type { Backend } from '../../electron/backend/backend'
import { AppFailure } from '../../electron/backend/errors'
import type { TemplatePack } from '../../electron/backend/packs/pack-types'
import { base64Of, smallPack } from '../helpers/pack-fixtures'
import { count, tempBackend } from '../helpers/temp-backend'

type Outcome = { ok: true; value: PackImportResult } | { ok: false; error: AppError }

const upgrade = (b: Backend, pack: TemplatePack, confirmArchive?: boolean) =>
  b.call('packs:import', {
    fileName: 'p.json',
    dataBase64: base64Of(pack),
    ...(confirmArchive === undefined ? {} : { confirmArchive }),
  }) as Promise<Outcome>

const archivedCount = async (b: Backend) =>
  Number(
    (
      await b.ctx.db
        .selectFrom('library_items')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('archived_at', 'is not', null)
        .executeTakeFirstOrThrow()
    ).n,
  )

/**
 * The small pack installed, and a spy in place of the backend's backup that records each reason
 * with how many items were archived when it ran (a backup must come before the archiving).
 */
async function installed() {
  const b = await tempBackend()
  expect((await upgrade(b, smallPack())).ok).toBe(true)
  const backups: { reason: string; archivedThen: number }[] = []
  b.ctx.backupNow = async (reason) => {
    backups.push({ reason, archivedThen: await archivedCount(b) })
  }
  return { b, backups }
}

/** Version 2 without the framework and indicators: 8 of the 12 items would be archived. */
const gutted = () => smallPack({ version: 2, frameworks: [], indicators: [] })

describe('an upgrade that archives many items', () => {
  it('is refused without confirmation, saying how many of how many, and changes nothing', async () => {
    const { b, backups } = await installed()
    const preview = await b.call('packs:preview', {
      fileName: 'p.json',
      dataBase64: base64Of(gutted()),
    })
    expect(preview.ok && (preview.value as PackImportResult).archiveConfirmation).toEqual({
      archived: 8,
      installed: 12,
    })
    const audit = await count(b, 'audit_log')
    for (const confirm of [undefined, false]) {
      const r = await upgrade(b, gutted(), confirm)
      expect(r).toEqual({
        ok: false,
        error: {
          code: 'confirmation_required',
          message:
            'Upgrading "Small pack" to version 2 would archive 8 of its 12 items, more than 25 %; confirm the upgrade to go ahead.',
        },
      })
    }
    expect(await archivedCount(b)).toBe(0)
    expect(await count(b, 'audit_log')).toBe(audit)
    expect(backups).toEqual([]) // a refused import takes no backup
  })

  it('goes ahead when confirmed, after a backup taken before anything is archived', async () => {
    const { b, backups } = await installed()
    const r = await upgrade(b, gutted(), true)
    expect(r.ok && r.value).toMatchObject({ status: 'upgrade', applied: true })
    expect(await archivedCount(b)).toBe(8)
    expect(backups).toEqual([
      { reason: 'before pack upgrade urn:test:pack:small 1→2', archivedThen: 0 },
    ])
    const entry = await b.ctx.db
      .selectFrom('audit_log')
      .select('after_json')
      .where('action', '=', 'upgrade')
      .executeTakeFirstOrThrow()
    expect(JSON.parse(entry.after_json!)).toMatchObject({ archiveConfirmed: true })
  })

  it('a smaller archive needs no confirmation but still gets its backup; none archived, none', async () => {
    const { b, backups } = await installed()
    const v2 = smallPack({ version: 2, documentTexts: [] }) // 1 of 12
    const r = await upgrade(b, v2)
    expect(r.ok && r.value.archiveConfirmation).toBe(null)
    expect(await archivedCount(b)).toBe(1)
    expect(backups.map((x) => x.reason)).toEqual(['before pack upgrade urn:test:pack:small 1→2'])
    const v3 = smallPack({ version: 3, documentTexts: [] })
    expect((await upgrade(b, v3)).ok).toBe(true)
    expect(backups).toHaveLength(1)
  })

  it('a backup that fails stops the upgrade', async () => {
    const { b } = await installed()
    b.ctx.backupNow = async () => {
      throw new AppFailure('disk_full', 'The disk holding the backups is full.')
    }
    const r = await upgrade(b, gutted(), true)
    expect(!r.ok && r.error).toEqual({
      code: 'disk_full',
      message: 'The disk holding the backups is full.',
    })
    expect(await archivedCount(b)).toBe(0)
    const pack = await b.ctx.db.selectFrom('packs').select('version').executeTakeFirstOrThrow()
    expect(Number(pack.version)).toBe(1)
  })
})
