import { describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import {
  findScale,
  frameworkItems,
  frameworkOfItem,
  libraryItem,
  libraryItemsByIds,
  libraryItemsOfKind,
  libraryItemsOfPack,
  listInstalledPacks,
} from '../../electron/backend/packs/packs-read'
import { base64Of, smallPack } from '../helpers/pack-fixtures'
import { tempBackend } from '../helpers/temp-backend'

async function withSmallPack(): Promise<Backend> {
  const b = await tempBackend({ installBuiltinPack: true })
  const r = await b.call('packs:import', { fileName: 'p.json', dataBase64: base64Of(smallPack()) })
  expect(r.ok).toBe(true)
  return b
}

describe('the packs read API other domains use', () => {
  it('lists installed packs, the built-in one first', async () => {
    const b = await withSmallPack()
    const packs = await listInstalledPacks(b.ctx.db)
    expect(packs.map((p) => [p.urn, p.builtin])).toEqual([
      ['urn:capstan:pack:wco-essentials', true],
      ['urn:test:pack:small', false],
    ])
    expect(packs[1]!.title).toEqual({ en: 'Small pack', fr: 'Petit paquet' })
  })

  it('reads items of a kind in library order, with parsed data and filters', async () => {
    const b = await withSmallPack()
    const [builtin, small] = await listInstalledPacks(b.ctx.db)
    const matrices = await libraryItemsOfKind(b.ctx.db, 'risk_matrix')
    expect(matrices.map((m) => m.packId)).toEqual([builtin!.id, small!.id])
    expect(matrices[1]!.data.bands.map((band) => band.code)).toEqual(['LOW', 'MED', 'HIGH'])
    const fw = (await libraryItemsOfKind(b.ctx.db, 'framework', { packId: small!.id }))[0]!
    expect(fw).toMatchObject({ code: 'FW', data: { kind: 'diagnostic', scale: 'S3' } })
    const top = await frameworkItems(b.ctx.db, fw, { topLevel: true })
    expect(top.map((i) => i.code)).toEqual(['A', 'B'])
    const all = await frameworkItems(b.ctx.db, fw)
    expect(all.map((i) => i.code)).toEqual(['A', 'A.1', 'A.2', 'B', 'B.1'])
    expect(all[1]!.data.title).toEqual({ en: 'Item A.1', fr: 'Élément A.1' })
    expect(all[4]!.confirmed).toBe(false)
    expect(await frameworkOfItem(b.ctx.db, all[1]!.id)).toMatchObject({ id: fw.id })
    expect(await frameworkOfItem(b.ctx.db, fw.id)).toBeUndefined()
  })

  it('finds items by id (optionally of a kind), by ids and by pack', async () => {
    const b = await withSmallPack()
    const [, small] = await listInstalledPacks(b.ctx.db)
    const items = await libraryItemsOfPack(b.ctx.db, small!.id)
    expect(items).toHaveLength(12)
    const k1 = items.find((i) => i.code === 'K1')!
    const found = await libraryItem(b.ctx.db, k1.id)
    expect(found?.kind === 'indicator' && found.data.direction).toBe('lower_is_better')
    expect(await libraryItem(b.ctx.db, k1.id, 'indicator')).toMatchObject({ code: 'K1' })
    expect(await libraryItem(b.ctx.db, k1.id, 'scale')).toBeUndefined()
    const byId = await libraryItemsByIds(b.ctx.db, [k1.id, items[0]!.id, 999_999])
    expect([...byId.keys()].sort((x, y) => x - y)).toEqual([items[0]!.id, k1.id])
  })

  it('finds a scale by code, preferring the named pack', async () => {
    const b = await tempBackend()
    for (const id of ['urn:test:pack:one', 'urn:test:pack:two'])
      expect(
        (
          await b.call('packs:import', {
            fileName: 'p.json',
            dataBase64: base64Of(smallPack({ id })),
          })
        ).ok,
      ).toBe(true)
    const [one, two] = await listInstalledPacks(b.ctx.db)
    expect((await findScale(b.ctx.db, 'S3'))!.packId).toBe(one!.id)
    expect((await findScale(b.ctx.db, 'S3', two!.id))!.packId).toBe(two!.id)
    expect((await findScale(b.ctx.db, 'S3'))!.data.levels).toHaveLength(3)
    expect(await findScale(b.ctx.db, 'NONE')).toBeUndefined()
  })
})
