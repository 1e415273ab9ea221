import type {
  AssessableArea,
  AssessableFramework,
  LocalText,
  AssessmentScale,
} from '../../../shared/contract'
import type { Db } from '../db/database'
import {
  findScale as findLibraryScale,
  frameworkItems,
  libraryItem,
  libraryItemsOfKind,
  listInstalledPacks,
  type LibraryEntry,
} from '../packs/packs-read'

/** One node of a framework tree, as assessments need it. */
export interface FrameworkNode {
  id: number
  key: string
  code: string
  parentKey: string | null
  position: number
  title: LocalText
  guidance: LocalText | null
  assessable: boolean
  weight: number
  archived: boolean
}

/** A framework with its scale and its whole item tree. */
export interface FrameworkTree {
  id: number
  packId: number
  code: string
  name: LocalText
  scale: AssessmentScale | null
  nodes: FrameworkNode[]
  /** Top-level nodes, in pack order. */
  areas: FrameworkNode[]
}

interface ScaleData {
  name: LocalText
  levels?: { level: number; name: LocalText; descriptor?: LocalText }[]
}

/** The scale `code`, preferring the framework's own pack; null when none is installed. */
export async function findScale(
  db: Db,
  code: string,
  packId: number,
): Promise<AssessmentScale | null> {
  const row = await findLibraryScale(db, code, packId)
  if (!row) return null
  const d: ScaleData = row.data
  const levels = [...(d.levels ?? [])]
    .sort((a, b) => a.level - b.level)
    .map((l) => ({ level: l.level, name: l.name, descriptor: l.descriptor ?? null }))
  if (levels.length === 0) return null
  return {
    code: row.code,
    name: d.name,
    min: levels[0]!.level,
    max: levels.at(-1)!.level,
    levels,
  }
}

function toNode(row: LibraryEntry<'framework_item'>): FrameworkNode {
  const d: { title: LocalText; guidance?: LocalText; assessable?: boolean; weight?: number } =
    row.data
  return {
    id: row.id,
    key: row.key,
    code: row.code,
    parentKey: row.parentKey,
    position: row.position,
    title: d.title,
    guidance: d.guidance ?? null,
    assessable: d.assessable === true,
    weight: typeof d.weight === 'number' && d.weight > 0 ? d.weight : 1,
    archived: row.archivedAt !== null,
  }
}

/** The framework library item `id` with its tree, or undefined when it is not a framework. */
export async function loadFramework(db: Db, id: number): Promise<FrameworkTree | undefined> {
  const row = await libraryItem(db, id, 'framework')
  if (!row) return undefined
  const d = row.data
  const nodes = (
    await frameworkItems(db, { packId: row.packId, code: row.code }, { includeArchived: true })
  ).map(toNode)
  return {
    id: row.id,
    packId: row.packId,
    code: row.code,
    name: d.name,
    scale: d.scale ? await findScale(db, d.scale, row.packId) : null,
    nodes,
    areas: nodes.filter((n) => n.parentKey === null),
  }
}

/** Maps every node id to the id of its top-level area. */
export function areaOf(tree: FrameworkTree): Map<number, number> {
  const byKey = new Map(tree.nodes.map((n) => [n.key, n]))
  const out = new Map<number, number>()
  for (const n of tree.nodes) {
    let top = n
    // Bounded walk: a malformed pack can never make this loop forever.
    for (let i = 0; i < 50 && top.parentKey !== null; i++) {
      const parent = byKey.get(top.parentKey)
      if (!parent) break
      top = parent
    }
    out.set(n.id, top.id)
  }
  return out
}

/** Assessable, non-archived items of the given areas (an assessable area counts as its own item). */
export function assessableItems(tree: FrameworkTree, areaIds: readonly number[]): FrameworkNode[] {
  const areas = areaOf(tree)
  const wanted = new Set(areaIds)
  return tree.nodes.filter((n) => n.assessable && !n.archived && wanted.has(areas.get(n.id)!))
}

/** Every installed framework that has a scale and something to assess. */
export async function listFrameworkChoices(db: Db): Promise<AssessableFramework[]> {
  const packs = new Map((await listInstalledPacks(db)).map((p) => [p.id, p]))
  // Built-in pack first, then by position across packs.
  const rows = (await libraryItemsOfKind(db, 'framework'))
    .map((f) => ({ id: f.id, position: f.position, pack: packs.get(f.packId)! }))
    .sort(
      (a, b) =>
        Number(b.pack.builtin) - Number(a.pack.builtin) || a.position - b.position || a.id - b.id,
    )
  const out: AssessableFramework[] = []
  for (const r of rows) {
    const tree = await loadFramework(db, r.id)
    if (!tree?.scale) continue
    const areas: AssessableArea[] = tree.areas
      .filter((a) => !a.archived)
      .map((a) => ({
        id: a.id,
        code: a.code,
        title: a.title,
        assessableCount: assessableItems(tree, [a.id]).length,
      }))
      .filter((a) => a.assessableCount > 0)
    const assessableCount = areas.reduce((s, a) => s + a.assessableCount, 0)
    if (assessableCount === 0) continue
    out.push({
      id: tree.id,
      code: tree.code,
      name: tree.name,
      packTitle: r.pack.title,
      scale: tree.scale,
      areas,
      assessableCount,
    })
  }
  return out
}
