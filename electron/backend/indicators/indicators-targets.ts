import type {
  AttachTarget,
  Direction,
  Frequency,
  LibraryIndicator,
  LocalText,
} from '../../../shared/contract'
import { dottedNumbers, type NumberedNode } from '../../../shared/domain/numbering'
import type { Db } from '../db/database'
import { libraryItem, libraryItemsOfKind, listInstalledPacks } from '../packs/packs-read'
import { listObjectiveSummaries, listResultSummaries, type ResultSummary } from '../plan/plan-read'
import { targetKey } from './indicators-repo'

// Positions may repeat (objectives created before the plan existed all hold 0): rank them by
// position, then by id, so numbering never depends on how ids sort as text.
function ranked<T extends { id: number; position: number }>(rows: T[]): Map<number, number> {
  const sorted = [...rows].sort((a, b) => a.position - b.position || a.id - b.id)
  return new Map(sorted.map((r, i) => [r.id, i]))
}

/**
 * Objectives and results (outcomes, outputs) an indicator can hang on, in logframe order, with
 * their dotted numbers: objectives by position, results by position under their parent.
 * Read-only: the objectives and plan domains own these tables.
 */
export async function loadTargetList(db: Db): Promise<AttachTarget[]> {
  // Each number is split once, not at every comparison.
  return (await unorderedTargets(db))
    .map((t) => ({ t, parts: numberParts(t.number) }))
    .sort((a, b) => compareParts(a.parts, b.parts))
    .map(({ t }) => t)
}

// The targets with their numbers, objectives first, then results by id.
async function unorderedTargets(db: Db): Promise<AttachTarget[]> {
  const objectives = await listObjectiveSummaries(db)
  const results = await listResultSummaries(db)
  const objectiveRank = ranked(objectives)
  const siblings = new Map<string, ResultSummary[]>()
  for (const r of results) {
    const parent = r.parentId === null ? `objective:${r.objectiveId}` : `result:${r.parentId}`
    const list = siblings.get(parent)
    if (list) list.push(r)
    else siblings.set(parent, [r])
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
        r.parentId === null
          ? targetKey('objective', r.objectiveId)
          : targetKey('result', r.parentId),
      position: resultRank.get(r.id)!,
    })),
  ]
  const numbers = dottedNumbers(nodes)
  const byId = new Map(objectives.map((o) => [o.id, o]))
  return [
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
      objectiveCode: byId.get(r.objectiveId)?.code ?? '',
      objectiveId: r.objectiveId,
      statement: r.statement,
    })),
  ]
}

const numberParts = (n: string) => n.split('.').map(Number)

/** Orders dotted numbers as a logframe reads: 1, 1.1, 1.1.1, 1.2, 2, 10. */
export function compareNumbers(a: string, b: string): number {
  return compareParts(numberParts(a), numberParts(b))
}

function compareParts(x: number[], y: number[]): number {
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1)
    if (d !== 0) return d
  }
  return 0
}

/** The targets keyed by `objective:<id>` / `result:<id>` (a look-up needs no logframe order). */
export async function loadTargets(db: Db): Promise<Map<string, AttachTarget>> {
  return new Map((await unorderedTargets(db)).map((t) => [targetKey(t.kind, t.id), t]))
}

/** Indicators offered by the installed packs' libraries (archived ones left out). */
export async function listLibraryIndicators(db: Db): Promise<LibraryIndicator[]> {
  const packs = new Map((await listInstalledPacks(db)).map((p) => [p.id, p]))
  const items = await libraryItemsOfKind(db, 'indicator')
  // Built-in pack first, then by pack id, each in pack order.
  const builtin = (packId: number) => (packs.get(packId)?.builtin ? 0 : 1)
  items.sort(
    (a, b) =>
      builtin(a.packId) - builtin(b.packId) ||
      a.packId - b.packId ||
      a.position - b.position ||
      a.id - b.id,
  )
  return items.map((i) => {
    const d = i.data as Record<string, unknown>
    const textOf = (v: unknown): LocalText =>
      v === undefined || v === null ? '' : (v as LocalText)
    return {
      id: i.id,
      code: i.code,
      packTitle: packs.get(i.packId)!.title,
      name: textOf(d.name),
      definition: textOf(d.definition),
      unit: textOf(d.unit),
      source: textOf(d.source),
      direction: d.direction as Direction,
      frequency: d.frequency as Frequency,
      confirmed: i.confirmed,
    }
  })
}

/** One library indicator that may still be used, or undefined. */
export async function findLibraryIndicator(
  db: Db,
  id: number,
): Promise<{ id: number; code: string } | undefined> {
  const item = await libraryItem(db, id, 'indicator')
  return item && item.archivedAt === null ? { id: item.id, code: item.code } : undefined
}
