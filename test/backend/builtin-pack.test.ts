import { describe, expect, it } from 'vitest'
import type { LibraryItem, LocalText, PackSummary } from '../../shared/contract'
import { BUILTIN_PACK_URN } from '../../electron/backend/packs/builtin'
import { tempBackend } from '../helpers/temp-backend'

async function installed() {
  const b = await tempBackend({ installBuiltinPack: true })
  const packs = await b.call('packs:list', undefined)
  if (!packs.ok) throw new Error('no packs')
  const pack = (packs.value as PackSummary[]).find((p) => p.urn === BUILTIN_PACK_URN)!
  const contents = await b.call('packs:contents', { packId: pack.id })
  if (!contents.ok) throw new Error('no contents')
  const items = (contents.value as { items: LibraryItem[] }).items
  return { b, pack, items }
}

const topLevel = (items: LibraryItem[], framework: string) =>
  items.filter((i) => i.kind === 'framework_item' && i.scope === framework && i.parentKey === null)

describe('the built-in "WCO capacity-building essentials" pack', () => {
  it('is installed in a new data folder, once, through the audited pipeline', async () => {
    const { b, pack } = await installed()
    expect(pack).toMatchObject({ builtin: true, version: 1, languages: ['en', 'fr', 'es'] })
    const audit = await b.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'pack')
      .orderBy('seq')
      .execute()
    expect(audit.map((r) => r.action)).toEqual(['install'])
  })

  it('carries the WCO frameworks with the right number of areas', async () => {
    const { items } = await installed()
    expect(topLevel(items, 'DF')).toHaveLength(7)
    expect(topLevel(items, 'RAD')).toHaveLength(10)
    expect(topLevel(items, 'PMM')).toHaveLength(4)
    expect(topLevel(items, 'C21')).toHaveLength(10)
    expect(topLevel(items, 'ODP')).toHaveLength(4)
    const levels = items
      .filter((i) => i.scope === 'LOGFRAME')
      .map((i) => (i.data.title as { en: string }).en)
    expect(levels.map((l) => l.split(' ')[0])).toEqual([
      'Impact',
      'Outcome',
      'Output',
      'Activity',
      'Input',
    ])
  })

  it('flags what domain.md marks unconfirmed, and only the confirmed RAD factors are unflagged', async () => {
    const { items } = await installed()
    const rad = topLevel(items, 'RAD')
    expect(rad.filter((i) => i.confirmed).map((i) => i.code)).toEqual(['RAD.1', 'RAD.2', 'RAD.5'])
    for (const factor of rad.filter((i) => !i.confirmed)) expect(factor.data.note).toBeTruthy()
    const c21 = topLevel(items, 'C21')
    expect(c21.filter((i) => i.confirmed).map((i) => i.code)).toEqual(['C21.1', 'C21.2', 'C21.8'])
  })

  it('has a generic 1–5 maturity scale marked as the app default', async () => {
    const { items } = await installed()
    const generic = items.find((i) => i.kind === 'scale' && i.code === 'GENERIC5')!
    expect(generic.data.appDefault).toBe(true)
    expect((generic.data.levels as unknown[]).length).toBe(5)
  })

  it('has a 5×5 risk matrix whose bands cover scores 1–25 and about 25 catalogue risks', async () => {
    const { items } = await installed()
    const matrix = items.find((i) => i.kind === 'risk_matrix')!
    expect((matrix.data.likelihood as unknown[]).length).toBe(5)
    expect((matrix.data.impact as unknown[]).length).toBe(5)
    const bands = matrix.data.bands as { minScore: number; maxScore: number }[]
    expect(bands[0]!.minScore).toBe(1)
    expect(bands.at(-1)!.maxScore).toBe(25)
    const risks = items.filter((i) => i.kind === 'risk_template')
    expect(risks.length).toBeGreaterThanOrEqual(20)
    expect(risks.length).toBeLessThanOrEqual(35)
  })

  it('is complete in English and translated into French and Spanish', async () => {
    const { items } = await installed()
    const texts: LocalText[] = []
    for (const i of items)
      for (const v of Object.values(i.data))
        if (v && typeof v === 'object' && 'en' in v) texts.push(v as LocalText)
    expect(texts.length).toBeGreaterThan(300)
    const translated = texts.filter((t) => typeof t === 'object' && t.fr && t.es)
    expect(translated.length / texts.length).toBeGreaterThan(0.95)
  })
})
