import type {
  IntegrityFactor,
  IntegrityFramework,
  IntegrityScaleLevel,
  LocalText,
} from '../../../shared/contract'
import type { Db } from '../db/connection'
import { findItemRow, type ItemRow } from '../packs/pack-repo'

// Frameworks, scales and factors are template-pack items (library_items); this file only reads them.

const dataOf = (r: ItemRow) => JSON.parse(r.data_json) as Record<string, unknown>

/** Every installed, non-archived framework whose data says kind "integrity", built-in pack first. */
export function listIntegrityFrameworkRows(db: Db): ItemRow[] {
  const rows = db
    .prepare(
      `SELECT i.* FROM library_items i JOIN packs p ON p.id = i.pack_id
       WHERE i.kind = 'framework' AND i.archived_at IS NULL
       ORDER BY p.builtin DESC, p.installed_at, i.position`,
    )
    .all() as ItemRow[]
  return rows.filter((r) => dataOf(r).kind === 'integrity')
}

/** The framework row when `id` names an installed integrity framework. */
export function findIntegrityFrameworkRow(db: Db, id: number): ItemRow | undefined {
  const row = findItemRow(db, id)
  if (!row || row.kind !== 'framework' || dataOf(row).kind !== 'integrity') return undefined
  return row
}

/** The factors of a framework: its items, in pack order, archived ones left out. */
export function factorRowsOf(db: Db, framework: ItemRow): ItemRow[] {
  return db
    .prepare(
      `SELECT * FROM library_items WHERE kind = 'framework_item' AND pack_id = ? AND scope = ?
         AND archived_at IS NULL ORDER BY position`,
    )
    .all(framework.pack_id, framework.code) as ItemRow[]
}

/** The scale named by the framework: from its own pack first, else any installed pack. */
function scaleRowOf(db: Db, framework: ItemRow): ItemRow | undefined {
  const code = dataOf(framework).scale
  if (typeof code !== 'string') return undefined
  return db
    .prepare(
      `SELECT * FROM library_items WHERE kind = 'scale' AND code = ? AND archived_at IS NULL
       ORDER BY (pack_id = ?) DESC, id LIMIT 1`,
    )
    .get(code, framework.pack_id) as ItemRow | undefined
}

const local = (v: unknown): LocalText | null =>
  typeof v === 'string' || (typeof v === 'object' && v !== null && 'en' in v)
    ? (v as LocalText)
    : null

function toFactor(r: ItemRow): IntegrityFactor {
  const d = dataOf(r)
  return {
    id: r.id,
    code: r.code,
    title: local(d.title) ?? local(d.name) ?? r.code,
    guidance: local(d.guidance),
    confirmed: r.confirmed === 1,
    note: local(d.note),
  }
}

/** A framework with its scale levels (lowest first) and its factors. */
export function readIntegrityFramework(db: Db, framework: ItemRow): IntegrityFramework {
  const d = dataOf(framework)
  const scaleRow = scaleRowOf(db, framework)
  let scale: IntegrityFramework['scale'] = null
  if (scaleRow) {
    const s = dataOf(scaleRow)
    const levels = (Array.isArray(s.levels) ? s.levels : []) as Record<string, unknown>[]
    scale = {
      code: scaleRow.code,
      name: local(s.name) ?? scaleRow.code,
      levels: levels
        .map((l): IntegrityScaleLevel => ({
          level: Number(l.level),
          name: local(l.name) ?? String(l.level),
          descriptor: local(l.descriptor),
        }))
        .sort((a, b) => a.level - b.level),
    }
  }
  return {
    id: framework.id,
    code: framework.code,
    name: local(d.name) ?? framework.code,
    scale,
    factors: factorRowsOf(db, framework).map(toFactor),
  }
}

/** The framework a factor item belongs to, when it is an integrity framework's factor. */
export function frameworkOfFactor(db: Db, factorItemId: number): ItemRow | undefined {
  const row = findItemRow(db, factorItemId)
  if (!row || row.kind !== 'framework_item') return undefined
  const fw = db
    .prepare(
      "SELECT * FROM library_items WHERE kind = 'framework' AND pack_id = ? AND item_key = ?",
    )
    .get(row.pack_id, row.scope) as ItemRow | undefined
  return fw && dataOf(fw).kind === 'integrity' ? fw : undefined
}
