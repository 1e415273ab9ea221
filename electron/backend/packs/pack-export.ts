import type { PackExport } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { inTransaction } from '../db/transaction'
import { readAdministration } from './packs-foreign'
import type { ItemRow } from './pack-repo'
import type { TemplatePack } from './pack-types'

const slugify = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'administration'

/**
 * Writes the administration's own pack: every live (not archived) item of every installed pack,
 * with local edits and all translations, in the same format packs arrive in.
 */
export function exportOwnPack(ctx: ServiceContext, title?: string): Promise<PackExport> {
  return inTransaction(ctx, async (tx) => {
    const { db } = tx
    const settings = await readAdministration(tx)
    const adminName = settings?.administrationName ?? 'Administration'
    const slug = slugify(adminName)
    const urn = `urn:capstan:pack:local:${slug}`
    const last = await db
      .selectFrom('pack_exports')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('urn', '=', urn)
      .executeTakeFirst()
    const version = Number(last?.v ?? 0) + 1
    const rows = await db
      .selectFrom('library_items as i')
      .innerJoin('packs as p', 'p.id', 'i.pack_id')
      .selectAll('i')
      .where('i.archived_at', 'is', null)
      .orderBy('p.builtin', 'desc')
      .orderBy('p.id')
      .orderBy('i.position')
      .orderBy('i.id')
      .execute()
    const languages = new Set<string>(['en'])
    for (const r of await db.selectFrom('packs').select('languages_json').orderBy('id').execute()) {
      for (const l of JSON.parse(r.languages_json) as string[]) languages.add(l)
    }
    const pack: TemplatePack = {
      format: 'capstan-template-pack',
      formatVersion: 1,
      id: urn,
      version,
      publisher: adminName,
      title: title?.trim() || `${adminName}: planning library`,
      description: `Exported from Capstan on ${tx.now().slice(0, 10)} by ${tx.actor}.`,
      issued: tx.now().slice(0, 10),
      languages: [...languages],
      sourceNotes:
        "Built from the template packs installed in Capstan, with this administration's own edits.",
      ...buildSections(rows),
    }
    const content = `${JSON.stringify(pack, null, 2)}\n`
    await db
      .insertInto('pack_exports')
      .values({ urn, version, item_count: rows.length, exported_at: tx.now() })
      .execute()
    await appendAudit(tx, {
      entityType: 'pack',
      entityId: urn,
      action: 'export',
      after: { version, items: rows.length },
    })
    return { fileName: `${slug}-pack-v${version}.json`, content, itemCount: rows.length }
  })
}

function buildSections(rows: ItemRow[]): Partial<TemplatePack> {
  // Two packs may use the same code; the later one gets a suffix so the export stays valid.
  const used = new Map<string, Set<string>>()
  const unique = (list: string, code: string) => {
    const set = used.get(list) ?? new Set<string>()
    used.set(list, set)
    let candidate = code
    for (let n = 2; set.has(candidate.toLowerCase()); n++) candidate = `${code}-${n}`
    set.add(candidate.toLowerCase())
    return candidate
  }
  const renamedFramework = new Map<string, string>() // `${packId}|${code}` → exported code
  const out: Required<
    Pick<
      TemplatePack,
      'maturityScales' | 'frameworks' | 'indicators' | 'riskCatalogue' | 'documentTexts'
    >
  > &
    Pick<TemplatePack, 'riskMatrix'> = {
    maturityScales: [],
    frameworks: [],
    indicators: [],
    riskCatalogue: [],
    documentTexts: [],
  }
  const data = (r: ItemRow) => JSON.parse(r.data_json) as Record<string, unknown>

  for (const r of rows) {
    const d = data(r)
    switch (r.kind) {
      case 'scale':
        out.maturityScales.push({ code: unique('scale', r.code), ...d } as never)
        break
      case 'framework': {
        const code = unique('framework', r.code)
        renamedFramework.set(`${r.pack_id}|${r.code}`, code)
        out.frameworks.push({ code, ...d, items: [] } as never)
        break
      }
      case 'framework_item': {
        const fwCode = renamedFramework.get(`${r.pack_id}|${r.scope}`)
        const fw = out.frameworks.find((f) => f.code === fwCode)
        fw?.items.push({ code: r.code, ...d } as never)
        break
      }
      case 'indicator':
        out.indicators.push({ code: unique('indicator', r.code), ...d } as never)
        break
      case 'risk_matrix':
        out.riskMatrix ??= { code: r.code, ...d } as never
        break
      case 'risk_template':
        out.riskCatalogue.push({ code: unique('risk', r.code), ...d } as never)
        break
      case 'document_text':
        out.documentTexts.push({ code: unique('text', r.code), ...d } as never)
        break
    }
  }
  return out
}
