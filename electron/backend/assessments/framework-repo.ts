import type {
  AssessableArea,
  AssessableFramework,
  LocalText,
  AssessmentScale,
} from '../../../shared/contract'
import type { Db } from '../db/connection'
import type { ItemRow } from '../packs/pack-repo'

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

const data = <T>(row: ItemRow): T => JSON.parse(row.data_json) as T

/** The scale `code`, preferring the framework's own pack; null when none is installed. */
export function findScale(db: Db, code: string, packId: number): AssessmentScale | null {
  const row = db
    .prepare(
      `SELECT * FROM library_items WHERE kind = 'scale' AND code = ? AND archived_at IS NULL
       ORDER BY pack_id = ? DESC, id LIMIT 1`,
    )
    .get(code, packId) as ItemRow | undefined
  if (!row) return null
  const d = data<ScaleData>(row)
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

function toNode(row: ItemRow): FrameworkNode {
  const d = data<{ title: LocalText; guidance?: LocalText; assessable?: boolean; weight?: number }>(
    row,
  )
  return {
    id: row.id,
    key: row.item_key,
    code: row.code,
    parentKey: row.parent_key,
    position: row.position,
    title: d.title,
    guidance: d.guidance ?? null,
    assessable: d.assessable === true,
    weight: typeof d.weight === 'number' && d.weight > 0 ? d.weight : 1,
    archived: row.archived_at !== null,
  }
}

/** The framework library item `id` with its tree, or undefined when it is not a framework. */
export function loadFramework(db: Db, id: number): FrameworkTree | undefined {
  const row = db
    .prepare("SELECT * FROM library_items WHERE id = ? AND kind = 'framework'")
    .get(id) as ItemRow | undefined
  if (!row) return undefined
  const d = data<{ name: LocalText; scale?: string }>(row)
  const nodes = (
    db
      .prepare(
        `SELECT * FROM library_items WHERE kind = 'framework_item' AND pack_id = ? AND scope = ?
         ORDER BY position`,
      )
      .all(row.pack_id, row.code) as ItemRow[]
  ).map(toNode)
  return {
    id: row.id,
    packId: row.pack_id,
    code: row.code,
    name: d.name,
    scale: d.scale ? findScale(db, d.scale, row.pack_id) : null,
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
export function listFrameworkChoices(db: Db): AssessableFramework[] {
  const rows = db
    .prepare(
      `SELECT f.id, p.title_json FROM library_items f JOIN packs p ON p.id = f.pack_id
       WHERE f.kind = 'framework' AND f.archived_at IS NULL ORDER BY p.builtin DESC, f.position`,
    )
    .all() as { id: number; title_json: string }[]
  const out: AssessableFramework[] = []
  for (const r of rows) {
    const tree = loadFramework(db, r.id)
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
      packTitle: JSON.parse(r.title_json) as LocalText,
      scale: tree.scale,
      areas,
      assessableCount,
    })
  }
  return out
}
