// Read-only lookups the register needs from the packs (matrices, catalogue, frameworks) and from
// the plan (objectives, projects, outcomes, outputs), through their owners' read APIs.
import type {
  LibraryItemKind,
  LocalText,
  RiskFramework,
  RiskFrameworkItem,
  RiskMatrix,
  RiskResponse,
  RiskTarget,
  RiskTemplate,
} from '../../../shared/contract'
import { dottedNumbers } from '../../../shared/domain/numbering'
import type { RiskBand, RiskLevel } from '../../../shared/domain/risk-rating'
import type { Db } from '../db/database'
import {
  libraryItem,
  libraryItemsOfKind,
  listInstalledPacks,
  type AnyLibraryEntry,
  type LibraryEntry,
} from '../packs/packs-read'
import {
  listObjectiveSummaries,
  listProjectSummaries,
  listResultSummaries,
  type ResultSummary,
} from '../plan/plan-read'

/** An item's data as the register reads it: any field may be missing. */
const parse = (item: AnyLibraryEntry) => item.data as unknown as Record<string, unknown>
const local = (v: unknown): LocalText | null =>
  v === undefined || v === null ? null : (v as LocalText)

/** Ids of the built-in packs, whose items come first. Load once when reading several kinds. */
export async function builtinPackIds(db: Db): Promise<ReadonlySet<number>> {
  return new Set((await listInstalledPacks(db)).filter((p) => p.builtin).map((p) => p.id))
}

/**
 * Library items of one kind: the built-in pack first, then packs by id (the register's order
 * since before packs-read, which orders by install time), each in pack order. `builtinIds` is
 * builtinPackIds, when the caller already has it.
 */
async function itemsOfKind<K extends LibraryItemKind>(
  db: Db,
  kind: K,
  includeArchived = false,
  builtinIds?: ReadonlySet<number>,
): Promise<LibraryEntry<K>[]> {
  const builtin = builtinIds ?? (await builtinPackIds(db))
  const rank = (i: LibraryEntry<K>) => (builtin.has(i.packId) ? 0 : 1)
  const items = await libraryItemsOfKind(db, kind, { includeArchived })
  return items.sort(
    (a, b) => rank(a) - rank(b) || a.packId - b.packId || a.position - b.position || a.id - b.id,
  )
}

function toMatrix(row: LibraryEntry<'risk_matrix'>): RiskMatrix {
  const d = parse(row)
  return {
    id: row.id,
    code: row.code,
    name: (d.name as LocalText) ?? row.code,
    likelihood: (d.likelihood as RiskLevel[]) ?? [],
    impact: (d.impact as RiskLevel[]) ?? [],
    bands: (d.bands as RiskBand[]) ?? [],
    confirmed: row.confirmed,
    note: local(d.note),
    archived: row.archivedAt !== null,
  }
}

/** Every matrix, those offered for new risks first (archived ones last). */
export async function listMatrices(db: Db, builtin?: ReadonlySet<number>): Promise<RiskMatrix[]> {
  const all = (await itemsOfKind(db, 'risk_matrix', true, builtin)).map(toMatrix)
  return [...all.filter((m) => !m.archived), ...all.filter((m) => m.archived)]
}

/** Any matrix a risk may already use, archived or not. */
export async function findMatrix(db: Db, id: number): Promise<RiskMatrix | undefined> {
  const row = await libraryItem(db, id, 'risk_matrix')
  return row && toMatrix(row)
}

/** Every matrix by id, archived ones included (old risks keep theirs). */
export async function matricesById(
  db: Db,
  builtin?: ReadonlySet<number>,
): Promise<Map<number, RiskMatrix>> {
  const rows = await itemsOfKind(db, 'risk_matrix', true, builtin)
  return new Map(rows.map((r) => [r.id, toMatrix(r)]))
}

/** The catalogue of typical risks. */
export async function listCatalogue(
  db: Db,
  builtin?: ReadonlySet<number>,
): Promise<RiskTemplate[]> {
  return (await itemsOfKind(db, 'risk_template', false, builtin)).map((row) => {
    const d = parse(row)
    return {
      id: row.id,
      code: row.code,
      title: d.title as LocalText,
      category: String(d.category ?? ''),
      cause: (d.cause as LocalText) ?? '',
      event: local(d.event),
      consequence: (d.consequence as LocalText) ?? '',
      response: (d.response as RiskResponse) ?? 'mitigate',
      treatment: local(d.treatment),
      confirmed: row.confirmed,
      note: local(d.note),
    }
  })
}

/** A catalogue entry by id (archived included, for risks created from it earlier). */
export async function catalogueCodes(
  db: Db,
  builtin?: ReadonlySet<number>,
): Promise<Map<number, string>> {
  const rows = await itemsOfKind(db, 'risk_template', true, builtin)
  return new Map(rows.map((r) => [r.id, r.code]))
}

/** Frameworks with their items, in pack order. */
export async function listFrameworks(
  db: Db,
  builtinIds?: ReadonlySet<number>,
): Promise<RiskFramework[]> {
  const builtin = builtinIds ?? (await builtinPackIds(db))
  const frameworks = await itemsOfKind(db, 'framework', false, builtin)
  const items = await itemsOfKind(db, 'framework_item', false, builtin)
  return frameworks.map((fw) => {
    const d = parse(fw)
    return {
      code: fw.code,
      name: (d.name as LocalText) ?? fw.code,
      kind: String(d.kind ?? ''),
      items: items
        .filter((i) => i.scope === fw.key)
        .map((i) => ({ id: i.id, code: i.code, title: (parse(i).title as LocalText) ?? i.code })),
    }
  })
}

/** Factors of the integrity frameworks (kind "integrity", e.g. the Revised Arusha Declaration). */
export async function integrityFactors(
  db: Db,
  builtin?: ReadonlySet<number>,
): Promise<RiskFrameworkItem[]> {
  return (await listFrameworks(db, builtin))
    .filter((f) => f.kind === 'integrity')
    .flatMap((f) => f.items)
}

/** Kind and details of one library item, if it exists. */
export async function findLibraryItem(
  db: Db,
  id: number,
): Promise<
  | { id: number; kind: string; code: string; scope: string; data: Record<string, unknown> }
  | undefined
> {
  const row = await libraryItem(db, id)
  return row && { id: row.id, kind: row.kind, code: row.code, scope: row.scope, data: parse(row) }
}

/** True when the framework item belongs to an integrity framework. */
export async function isIntegrityFactor(db: Db, itemId: number): Promise<boolean> {
  return (await integrityFactors(db)).some((f) => f.id === itemId)
}

/**
 * Objectives, projects, outcomes and outputs, in logframe order, with their numbers. `resultRows`
 * is listResultSummaries, when the caller already has it.
 */
export async function listTargets(db: Db, resultRows?: ResultSummary[]): Promise<RiskTarget[]> {
  const objectives = await listObjectiveSummaries(db)
  const results = resultRows ?? (await listResultSummaries(db))
  const projects = await listProjectSummaries(db)
  const numbers = dottedNumbers([
    ...objectives.map((o) => ({ id: `o${o.id}`, parentId: null, position: o.position })),
    ...results.map((r) => ({
      id: `r${r.id}`,
      parentId: r.parentId === null ? `o${r.objectiveId}` : `r${r.parentId}`,
      position: r.position,
    })),
  ])
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
  const out: RiskTarget[] = []
  const label = (kind: string, code: string, title: string) =>
    `${kind ? `${kind} ` : ''}${code} — ${title}`
  const byNumber = (a: { n: string }, b: { n: string }) => collator.compare(a.n, b.n)
  for (const o of objectives
    .map((o) => ({ ...o, n: numbers.get(`o${o.id}`) ?? '' }))
    .sort(byNumber)) {
    out.push({
      type: 'objective',
      id: o.id,
      code: o.code,
      title: o.title,
      level: null,
      objectiveId: o.id,
      label: label('', o.code, o.title),
    })
  }
  for (const r of results.map((r) => ({ ...r, n: numbers.get(`r${r.id}`) ?? '' })).sort(byNumber)) {
    out.push({
      type: 'result',
      id: r.id,
      code: r.n,
      title: r.statement,
      level: r.level,
      objectiveId: r.objectiveId,
      label: label(r.level === 'outcome' ? 'Outcome' : 'Output', r.n, r.statement),
    })
  }
  for (const p of projects.sort((a, b) => collator.compare(a.code, b.code))) {
    out.push({
      type: 'project',
      id: p.id,
      code: p.code,
      title: p.title,
      level: null,
      objectiveId: null,
      label: label('Project', p.code, p.title),
    })
  }
  return out
}

/**
 * Objectives a project contributes to, through the outputs it delivers: projects and their
 * objectives in the order the first such output was added. `resultRows` is listResultSummaries,
 * when the caller already has it.
 */
export async function projectObjectives(
  db: Db,
  resultRows?: ResultSummary[],
): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>()
  for (const r of resultRows ?? (await listResultSummaries(db))) {
    if (r.projectId === null) continue
    const objectives = out.get(r.projectId) ?? []
    if (!objectives.includes(r.objectiveId)) out.set(r.projectId, [...objectives, r.objectiveId])
  }
  return out
}
