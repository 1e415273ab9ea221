import type {
  AttachTarget,
  Direction,
  Frequency,
  LibraryIndicator,
  LocalText,
} from '../../../shared/contract'
import { dottedNumbers, type NumberedNode } from '../../../shared/domain/numbering'
import type { Db } from '../db/connection'
import { targetKey } from './indicators-repo'

interface ObjectiveRow {
  id: number
  code: string
  title: string
  position: number
}

interface ResultRow {
  id: number
  objective_id: number
  parent_id: number | null
  level: 'outcome' | 'output'
  position: number
  statement: string
}

// Positions may repeat (objectives created before the plan existed all hold 0): rank them by
// position, then by id, so numbering never depends on how ids sort as text.
function ranked<T extends { id: number; position: number }>(rows: T[]): Map<number, number> {
  const sorted = [...rows].sort((a, b) => a.position - b.position || a.id - b.id)
  return new Map(sorted.map((r, i) => [r.id, i]))
}

/**
 * Objectives and results (outcomes, outputs) an indicator can hang on, in logframe order, with
 * their dotted numbers: objectives by position, results by position under their parent.
 * Read-only: the plan domain owns these tables.
 */
export function loadTargetList(db: Db): AttachTarget[] {
  const objectives = db
    .prepare('SELECT id, code, title, position FROM objectives')
    .all() as ObjectiveRow[]
  const results = db
    .prepare('SELECT id, objective_id, parent_id, level, position, statement FROM results')
    .all() as ResultRow[]
  const objectiveRank = ranked(objectives)
  const siblings = new Map<string, ResultRow[]>()
  for (const r of results) {
    const parent = r.parent_id === null ? `objective:${r.objective_id}` : `result:${r.parent_id}`
    siblings.set(parent, [...(siblings.get(parent) ?? []), r])
  }
  const resultRank = new Map<number, number>()
  for (const list of siblings.values())
    for (const [id, rank] of ranked(list)) resultRank.set(id, rank)

  const nodes: NumberedNode[] = [
    ...objectives.map((o) => ({
      id: targetKey('objective', o.id),
      parentId: null,
      position: objectiveRank.get(o.id)!,
    })),
    ...results.map((r) => ({
      id: targetKey('result', r.id),
      parentId:
        r.parent_id === null
          ? targetKey('objective', r.objective_id)
          : targetKey('result', r.parent_id),
      position: resultRank.get(r.id)!,
    })),
  ]
  const numbers = dottedNumbers(nodes)
  const byId = new Map(objectives.map((o) => [o.id, o]))
  const out: AttachTarget[] = [
    ...objectives.map((o) => ({
      kind: 'objective' as const,
      id: o.id,
      level: 'objective' as const,
      number: numbers.get(targetKey('objective', o.id)) ?? '?',
      objectiveCode: o.code,
      objectiveId: o.id,
      statement: o.title,
    })),
    ...results.map((r) => ({
      kind: 'result' as const,
      id: r.id,
      level: r.level,
      number: numbers.get(targetKey('result', r.id)) ?? '?',
      objectiveCode: byId.get(r.objective_id)?.code ?? '',
      objectiveId: r.objective_id,
      statement: r.statement,
    })),
  ]
  return out.sort((a, b) => compareNumbers(a.number, b.number))
}

/** Orders dotted numbers as a logframe reads: 1, 1.1, 1.1.1, 1.2, 2, 10. */
export function compareNumbers(a: string, b: string): number {
  const x = a.split('.').map(Number)
  const y = b.split('.').map(Number)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1)
    if (d !== 0) return d
  }
  return 0
}

/** The targets keyed by `objective:<id>` / `result:<id>`. */
export function loadTargets(db: Db): Map<string, AttachTarget> {
  return new Map(loadTargetList(db).map((t) => [targetKey(t.kind, t.id), t]))
}

interface LibraryRow {
  id: number
  code: string
  data_json: string
  confirmed: number
  title_json: string
}

/** Indicators offered by the installed packs' libraries (archived ones left out). */
export function listLibraryIndicators(db: Db): LibraryIndicator[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.code, i.data_json, i.confirmed, p.title_json FROM library_items i
       JOIN packs p ON p.id = i.pack_id
       WHERE i.kind = 'indicator' AND i.archived_at IS NULL
       ORDER BY p.builtin DESC, p.id, i.position`,
    )
    .all() as LibraryRow[]
  return rows.map((r) => {
    const d = JSON.parse(r.data_json) as Record<string, unknown>
    const textOf = (v: unknown): LocalText =>
      v === undefined || v === null ? '' : (v as LocalText)
    return {
      id: r.id,
      code: r.code,
      packTitle: JSON.parse(r.title_json) as LocalText,
      name: textOf(d.name),
      definition: textOf(d.definition),
      unit: textOf(d.unit),
      source: textOf(d.source),
      direction: d.direction as Direction,
      frequency: d.frequency as Frequency,
      confirmed: r.confirmed === 1,
    }
  })
}

/** One library indicator that may still be used, or undefined. */
export function findLibraryIndicator(db: Db, id: number): { id: number; code: string } | undefined {
  return db
    .prepare(
      "SELECT id, code FROM library_items WHERE id = ? AND kind = 'indicator' AND archived_at IS NULL",
    )
    .get(id) as { id: number; code: string } | undefined
}
