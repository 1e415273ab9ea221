import { dottedNumbers, type NumberedNode } from './numbering'

/** The parts of the plan tree that carry a number. */
export interface PlanTreeInput {
  objectives: readonly { id: number; position: number }[]
  results: readonly { id: number; objectiveId: number; parentId: number | null; position: number }[]
  activities: readonly { id: number; outputId: number; position: number }[]
}

/** Dotted numbers per table: objective 1, outcome 1.2, output 1.2.3, activity 1.2.3.4. */
export interface PlanNumbers {
  objective: Map<number, string>
  result: Map<number, string>
  activity: Map<number, string>
}

/** Numbers the whole logframe at once, so a move renumbers everything beneath it. */
export function planNumbers(tree: PlanTreeInput): PlanNumbers {
  const nodes: NumberedNode[] = [
    ...tree.objectives.map((o) => ({ id: `o:${o.id}`, parentId: null, position: o.position })),
    ...tree.results.map((r) => ({
      id: `r:${r.id}`,
      parentId: r.parentId === null ? `o:${r.objectiveId}` : `r:${r.parentId}`,
      position: r.position,
    })),
    ...tree.activities.map((a) => ({
      id: `a:${a.id}`,
      parentId: `r:${a.outputId}`,
      position: a.position,
    })),
  ]
  const all = dottedNumbers(nodes)
  const pick = (prefix: string, ids: readonly { id: number }[]) =>
    new Map(ids.map((x) => [x.id, all.get(`${prefix}:${x.id}`) ?? '']))
  return {
    objective: pick('o', tree.objectives),
    result: pick('r', tree.results),
    activity: pick('a', tree.activities),
  }
}
