import type { PackExport } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { readSettings } from '../settings/settings-repo'
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
export function exportOwnPack(ctx: ServiceContext, title?: string): PackExport {
  return ctx.db.transaction(() => {
    const settings = readSettings(ctx.db)
    const adminName = settings?.administrationName ?? 'Administration'
    const slug = slugify(adminName)
    const urn = `urn:capstan:pack:local:${slug}`
    const { v } = ctx.db
      .prepare('SELECT max(version) AS v FROM pack_exports WHERE urn = ?')
      .get(urn) as { v: number | null }
    const version = (v ?? 0) + 1
    const rows = ctx.db
      .prepare(
        'SELECT i.* FROM library_items i JOIN packs p ON p.id = i.pack_id WHERE i.archived_at IS NULL ORDER BY p.builtin DESC, p.id, i.position',
      )
      .all() as ItemRow[]
    const languages = new Set<string>(['en'])
    for (const r of ctx.db.prepare('SELECT languages_json FROM packs').all() as {
      languages_json: string
    }[]) {
      for (const l of JSON.parse(r.languages_json) as string[]) languages.add(l)
    }
    const pack: TemplatePack = {
      format: 'capstan-template-pack',
      formatVersion: 1,
      id: urn,
      version,
      publisher: adminName,
      title: title?.trim() || `${adminName}: planning library`,
      description: `Exported from Capstan on ${ctx.now().slice(0, 10)} by ${ctx.actor}.`,
      issued: ctx.now().slice(0, 10),
      languages: [...languages],
      sourceNotes:
        "Built from the template packs installed in Capstan, with this administration's own edits.",
      ...buildSections(rows),
    }
    const content = `${JSON.stringify(pack, null, 2)}\n`
    ctx.db
      .prepare(
        'INSERT INTO pack_exports (urn, version, item_count, exported_at) VALUES (?, ?, ?, ?)',
      )
      .run(urn, version, rows.length, ctx.now())
    appendAudit(ctx, {
      entityType: 'pack',
      entityId: urn,
      action: 'export',
      after: { version, items: rows.length },
    })
    return { fileName: `${slug}-pack-v${version}.json`, content, itemCount: rows.length }
  })()
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
