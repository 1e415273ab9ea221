import type {
  AssessmentComparison,
  AssessmentItemView,
  ComparedItem,
} from '../../../shared/contract'
import { compareByArea, compareOverall, levelChange } from '../../../shared/domain/maturity-compare'
import type { ScoredItem } from '../../../shared/domain/maturity-gap'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { frameworkWithScale, itemsByArea, mustFindAssessment } from './assessment-view'

// Items are matched across cycles by the framework item they score, not by row id.
const byFrameworkItem = (i: AssessmentItemView): ScoredItem => ({
  itemId: i.itemId,
  areaId: i.areaId,
  current: i.currentLevel,
  target: i.targetLevel,
  notApplicable: i.notApplicable,
  weight: i.weight,
})

const side = (i: AssessmentItemView | undefined) =>
  i ? { current: i.currentLevel, target: i.targetLevel, notApplicable: i.notApplicable } : null

/** Two assessments of the same framework side by side, with the change per area and per item. */
export async function compareAssessments(
  ctx: ServiceContext,
  baseId: number,
  otherId: number,
): Promise<AssessmentComparison> {
  if (baseId === otherId) {
    throw new AppFailure('validation', 'Choose two different assessments to compare.', [
      {
        path: 'otherId',
        code: 'invalid',
        message: 'Choose two different assessments to compare.',
        params: { field: 'Later assessment', rule: 'same_assessment' },
      },
    ])
  }
  const base = await mustFindAssessment(ctx.db, baseId)
  const other = await mustFindAssessment(ctx.db, otherId)
  if (base.frameworkId !== other.frameworkId) {
    const message = `"${base.title}" and "${other.title}" use different frameworks, so their scores cannot be compared.`
    throw new AppFailure('validation', message, [
      {
        path: 'otherId',
        code: 'invalid',
        message,
        params: { field: 'Later assessment', rule: 'different_framework' },
      },
    ])
  }
  const tree = await frameworkWithScale(ctx.db, base.frameworkId)
  const b = (await itemsByArea(ctx.db, base, tree)).areas.flatMap((a) => a.items)
  const o = (await itemsByArea(ctx.db, other, tree)).areas.flatMap((a) => a.items)
  const inEither = new Set([...base.areaIds, ...other.areaIds])
  const areas = tree.areas.filter((a) => inEither.has(a.id))
  const perArea = compareByArea(
    b.map(byFrameworkItem),
    o.map(byFrameworkItem),
    areas.map((a) => a.id),
  )
  const overall = compareOverall(b.map(byFrameworkItem), o.map(byFrameworkItem))
  const baseItems = new Map(b.map((i) => [i.itemId, i]))
  const otherItems = new Map(o.map((i) => [i.itemId, i]))
  return {
    base,
    other,
    scale: tree.scale,
    overall,
    areas: areas.map((area) => {
      const c = perArea.get(area.id)!
      const items: ComparedItem[] = tree.nodes
        .filter((n) => baseItems.has(n.id) || otherItems.has(n.id))
        .filter((n) => (baseItems.get(n.id) ?? otherItems.get(n.id))!.areaId === area.id)
        .map((n) => {
          const bi = baseItems.get(n.id)
          const oi = otherItems.get(n.id)
          const usable = (i: AssessmentItemView | undefined) =>
            i && !i.notApplicable ? i.currentLevel : null
          return {
            itemId: n.id,
            code: n.code,
            title: n.title,
            base: side(bi),
            other: side(oi),
            change: levelChange(usable(bi), usable(oi)),
          }
        })
      return {
        id: area.id,
        code: area.code,
        title: area.title,
        base: base.areaIds.includes(area.id) ? c.base : null,
        other: other.areaIds.includes(area.id) ? c.other : null,
        change: c.change,
        items,
      }
    }),
  }
}
