import type { Db } from '../db/connection'

/** Kinds of record that can still hang on a plan item; the interface names each with a count. */
export type DependantKind =
  'outcomes' | 'outputs' | 'activities' | 'dependants' | 'indicators' | 'risks' | 'links' | 'other'

/** Counts per kind; kinds with nothing are left out. */
export type Dependants = Partial<Record<DependantKind, number>>

const NOUNS: Record<DependantKind, [string, string]> = {
  outcomes: ['outcome', 'outcomes'],
  outputs: ['output', 'outputs'],
  activities: ['activity', 'activities'],
  dependants: ['activity that depends on it', 'activities that depend on it'],
  indicators: ['indicator', 'indicators'],
  risks: ['risk', 'risks'],
  links: ['link from the needs assessment', 'links from the needs assessment'],
  other: ['other record', 'other records'],
}

const KIND_OF_TABLE: Record<string, DependantKind> = {
  results: 'outcomes',
  activities: 'activities',
  indicators: 'indicators',
  risks: 'risks',
  activity_dependencies: 'dependants',
}

/**
 * Rows in any table whose foreign key points at `table`.`id`, found through SQLite's own list of
 * foreign keys so that records added by later features (risks, funding…) are counted too and a
 * delete is refused with a clear message instead of failing on the constraint.
 */
export function foreignReferences(
  db: Db,
  table: string,
  id: number,
  skip: (fromTable: string, column: string) => boolean = () => false,
): Map<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[]
  const counts = new Map<string, number>()
  for (const from of tables) {
    const keys = db.prepare(`PRAGMA foreign_key_list("${from}")`).all() as {
      table: string
      from: string
      on_delete: string
    }[]
    for (const key of keys) {
      // Cascading rows (milestones, dependency links of the item itself) go with the item.
      if (key.table !== table || key.on_delete === 'CASCADE' || skip(from, key.from)) continue
      const n = db
        .prepare(`SELECT count(*) FROM "${from}" WHERE "${key.from}" = ?`)
        .pluck()
        .get(id) as number
      if (n > 0) counts.set(from, (counts.get(from) ?? 0) + n)
    }
  }
  return counts
}

/** Adds the counts of `refs` into `into` under their kinds (`as` renames a table's kind). */
export function addReferences(
  into: Dependants,
  refs: Map<string, number>,
  as: Record<string, DependantKind> = {},
): Dependants {
  for (const [table, n] of refs) {
    const kind = as[table] ?? KIND_OF_TABLE[table] ?? 'other'
    into[kind] = (into[kind] ?? 0) + n
  }
  return into
}

/** Trace links from the needs assessment that point at an item of the plan. */
export function traceLinkCount(
  db: Db,
  targetType: 'objective' | 'result' | 'activity',
  id: number,
): number {
  return db
    .prepare('SELECT count(*) FROM trace_links WHERE target_type = ? AND target_id = ?')
    .pluck()
    .get(targetType, id) as number
}

/** "2 outcomes and 1 indicator", for the English message. */
export function describeDependants(d: Dependants): string {
  const parts = (Object.entries(d) as [DependantKind, number][])
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${NOUNS[kind][n === 1 ? 0 : 1]}`)
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/** True when anything still hangs on the item. */
export const hasDependants = (d: Dependants): boolean => Object.values(d).some((n) => (n ?? 0) > 0)
