import { describe, expect, it } from 'vitest'
import type {
  LibraryItem,
  PackConflict,
  PackImportResult,
  PackSummary,
} from '../../shared/contract'
import type { Backend } from '../../electron/backend/backend'
import type { TemplatePack } from '../../electron/backend/packs/pack-types'
import { base64Of, smallPack } from '../helpers/pack-fixtures'
import { count, tempBackend } from '../helpers/temp-backend'

function ok<T>(r: { ok: boolean; value?: unknown; error?: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value as T
}
const importPack = async (b: Backend, pack: TemplatePack) =>
  ok<PackImportResult>(
    await b.call('packs:import', { fileName: 'p.json', dataBase64: base64Of(pack) }),
  )
const items = async (b: Backend): Promise<LibraryItem[]> => {
  const [pack] = ok<PackSummary[]>(await b.call('packs:list', undefined))
  return ok<{ items: LibraryItem[] }>(await b.call('packs:contents', { packId: pack!.id })).items
}
const item = async (b: Backend, key: string) => (await items(b)).find((i) => i.key === key)!

/** Version 2: A.1 retitled upstream (also edited here), A.2 retitled (not edited here), B.1 removed, C added. */
function version2(): TemplatePack {
  const v2 = smallPack({ version: 2 })
  const fw = v2.frameworks![0]!
  fw.items[1]!.title = { en: 'Item A.1, revised', fr: 'Élément A.1, révisé' }
  fw.items[2]!.title = 'Item A.2 renamed'
  fw.items = fw.items.filter((i) => i.code !== 'B.1')
  fw.items.push({ code: 'C', title: 'Area C', assessable: false })
  return v2
}

describe('installing and upgrading a pack', () => {
  it('installs every item with its provenance and one audit entry', async () => {
    const b = await tempBackend()
    const r = await importPack(b, smallPack())
    expect(r).toMatchObject({ status: 'new', applied: true, itemCount: 12 })
    expect(await count(b, 'library_items')).toBe(12)
    const a1 = await item(b, 'FW/A.1')
    expect(a1).toMatchObject({
      kind: 'framework_item',
      code: 'A.1',
      parentKey: 'FW/A',
      originVersion: 1,
      locallyEdited: false,
    })
    expect((await item(b, 'FW/B.1')).confirmed).toBe(false)
    const audit = await b.ctx.db
      .selectFrom('audit_log')
      .select(['entity_type', 'entity_id', 'action'])
      .orderBy('seq')
      .execute()
    expect(audit).toEqual([
      { entity_type: 'pack', entity_id: 'urn:test:pack:small', action: 'install' },
    ])
  })

  it('the same version again changes nothing and says so', async () => {
    const b = await tempBackend()
    await importPack(b, smallPack())
    const r = await importPack(b, smallPack())
    expect(r).toMatchObject({ status: 'same', applied: false })
    expect(r.message).toBe('Version 1 of "Small pack" is already installed; nothing changed.')
    expect(await count(b, 'audit_log')).toBe(1)
  })

  it('an older version is refused', async () => {
    const b = await tempBackend()
    await importPack(b, smallPack({ version: 3 }))
    const r = await b.call('packs:import', {
      fileName: 'p.json',
      dataBase64: base64Of(smallPack({ version: 2 })),
    })
    expect(!r.ok && r.error.code).toBe('conflict')
    expect(!r.ok && r.error.message).toMatch(
      /version 2 of "Small pack", but version 3 is installed/,
    )
    expect(await count(b, 'audit_log')).toBe(1)
  })

  it('previews an upgrade without changing anything, then applies it keeping local edits', async () => {
    const b = await tempBackend()
    await importPack(b, smallPack())
    const a1 = await item(b, 'FW/A.1')
    const edited = ok<LibraryItem>(
      await b.call('library:editText', {
        itemId: a1.id,
        version: a1.version,
        field: 'title',
        language: 'en',
        text: 'Our own wording of A.1',
      }),
    )
    expect(edited.locallyEdited).toBe(true)
    expect(edited.data.title).toEqual({ en: 'Our own wording of A.1', fr: 'Élément A.1' })
    const auditBefore = await count(b, 'audit_log')

    const preview = ok<PackImportResult>(
      await b.call('packs:preview', { fileName: 'p.json', dataBase64: base64Of(version2()) }),
    )
    expect(preview.status).toBe('upgrade')
    expect(preview.added.map((e) => e.key)).toEqual(['FW/C'])
    expect(preview.changed.map((e) => e.key)).toEqual(['FW/A.2'])
    expect(preview.changed[0]!.fields).toEqual(['title'])
    expect(preview.removed.map((e) => e.key)).toEqual(['FW/B.1'])
    expect(preview.conflicts.map((e) => e.key)).toEqual(['FW/A.1'])
    expect(await count(b, 'audit_log')).toBe(auditBefore)
    expect((await item(b, 'FW/A.2')).data.title).toBe('Item A.2')

    const applied = await importPack(b, version2())
    expect(applied).toMatchObject({ status: 'upgrade', applied: true })
    expect(await item(b, 'FW/A.2')).toMatchObject({
      data: expect.objectContaining({ title: 'Item A.2 renamed' }),
      originVersion: 2,
    })
    expect((await item(b, 'FW/A.1')).data.title).toEqual({
      en: 'Our own wording of A.1',
      fr: 'Élément A.1',
    })
    const removed = await item(b, 'FW/B.1')
    expect(removed.archivedAt).not.toBeNull()
    expect(removed.archivedReason).toBe('Removed from the pack in version 2.')
    expect((await item(b, 'FW/C')).originVersion).toBe(2)
    const [summary] = ok<PackSummary[]>(await b.call('packs:list', undefined))
    expect(summary).toMatchObject({ version: 2, openConflicts: 1, archivedCount: 1 })
    expect(await count(b, 'audit_log')).toBe(auditBefore + 1)
  })

  it('resolves a conflict as "keep ours" or "take theirs"', async () => {
    for (const choice of ['ours', 'theirs'] as const) {
      const b = await tempBackend()
      await importPack(b, smallPack())
      const a1 = await item(b, 'FW/A.1')
      await b.call('library:editText', {
        itemId: a1.id,
        version: a1.version,
        field: 'title',
        language: 'en',
        text: 'Ours',
      })
      await importPack(b, version2())
      const [conflict] = ok<PackConflict[]>(await b.call('packs:conflicts', {}))
      expect(conflict).toMatchObject({
        key: 'FW/A.1',
        packVersion: 2,
        theirs: expect.objectContaining({
          title: { en: 'Item A.1, revised', fr: 'Élément A.1, révisé' },
        }),
      })
      const resolved = ok<LibraryItem>(
        await b.call('packs:resolveConflict', { conflictId: conflict!.id, choice }),
      )
      if (choice === 'ours')
        expect(resolved).toMatchObject({
          locallyEdited: true,
          data: expect.objectContaining({ title: { en: 'Ours', fr: 'Élément A.1' } }),
        })
      else
        expect(resolved).toMatchObject({
          locallyEdited: false,
          data: expect.objectContaining({
            title: { en: 'Item A.1, revised', fr: 'Élément A.1, révisé' },
          }),
        })
      expect(ok<PackConflict[]>(await b.call('packs:conflicts', {}))).toEqual([])
      const again = await b.call('packs:resolveConflict', { conflictId: conflict!.id, choice })
      expect(!again.ok && again.error.message).toBe('This conflict was already resolved.')
      // A later upgrade that leaves A.1 alone does not raise the conflict again.
      const v3 = version2()
      v3.version = 3
      expect((await importPack(b, v3)).conflicts).toEqual([])
    }
  })

  it('brings an archived item back when a later version restores it', async () => {
    const b = await tempBackend()
    await importPack(b, smallPack())
    await importPack(b, version2())
    const r = await importPack(b, smallPack({ version: 3 }))
    expect(r.added).toEqual([expect.objectContaining({ key: 'FW/B.1', restored: true })])
    expect((await item(b, 'FW/B.1')).archivedAt).toBeNull()
    expect(r.removed.map((e) => e.key)).toEqual(['FW/C'])
  })

  it('never deletes what the user entered: upgrades only archive', async () => {
    const b = await tempBackend()
    await importPack(b, smallPack())
    const before = await count(b, 'library_items')
    const v2 = smallPack({ version: 2, frameworks: [], indicators: [] })
    // 8 of 12 items go: more than a quarter, so the upgrade needs the user's confirmation.
    ok(
      await b.call('packs:import', {
        fileName: 'p.json',
        dataBase64: base64Of(v2),
        confirmArchive: true,
      }),
    )
    expect(await count(b, 'library_items')).toBe(before)
    expect(
      (await items(b))
        .filter((i) => i.archivedAt)
        .map((i) => i.kind)
        .sort(),
    ).toEqual([
      'framework',
      'framework_item',
      'framework_item',
      'framework_item',
      'framework_item',
      'framework_item',
      'indicator',
      'indicator',
    ])
  })

  it('refuses to edit a text the item kind does not have, and archived items', async () => {
    const b = await tempBackend()
    await importPack(b, smallPack())
    const text = await item(b, 'H.ISSUE')
    const r = await b.call('library:editText', {
      itemId: text.id,
      version: text.version,
      field: 'cause',
      language: 'en',
      text: 'x',
    })
    expect(!r.ok && r.error.message).toBe('A document text has no "cause" text.')
  })
})

describe("exporting the administration's own pack", () => {
  it('round-trips: export, import into a fresh data folder, same content', async () => {
    const a = await tempBackend()
    await a.call('settings:save', {
      administrationName: 'Numeria Customs',
      country: 'Numeria',
      workingLanguages: ['en'],
      fiscalYearStartMonth: 1,
      currency: 'NMD',
      classifications: ['OFFICIAL'],
      signatories: [],
    })
    await importPack(a, smallPack())
    const a1 = await item(a, 'FW/A.1')
    await a.call('library:editText', {
      itemId: a1.id,
      version: a1.version,
      field: 'guidance',
      language: 'fr',
      text: 'Nos orientations',
    })
    const exported = ok<{ fileName: string; content: string; itemCount: number }>(
      await a.call('packs:export', {}),
    )
    expect(exported.fileName).toBe('numeria-customs-pack-v1.json')
    expect(exported.itemCount).toBe(12)

    const b = await tempBackend()
    const r = ok<PackImportResult>(
      await b.call('packs:import', {
        fileName: exported.fileName,
        dataBase64: Buffer.from(exported.content).toString('base64'),
      }),
    )
    expect(r.status).toBe('new')
    const shape = (list: LibraryItem[]) =>
      list
        .filter((i) => !i.archivedAt)
        .map((i) => ({
          kind: i.kind,
          key: i.key,
          parentKey: i.parentKey,
          data: i.data,
          confirmed: i.confirmed,
        }))
    expect(shape(await items(b))).toEqual(shape(await items(a)))
    expect((await item(b, 'FW/A.1')).data.guidance).toEqual({
      en: 'Guidance A.1',
      fr: 'Nos orientations',
    })
    const second = ok<{ fileName: string }>(await a.call('packs:export', {}))
    expect(second.fileName).toBe('numeria-customs-pack-v2.json')
  })
})
