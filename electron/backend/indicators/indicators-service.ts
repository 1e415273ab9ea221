import type {
  ChannelParsed,
  FieldProblem,
  Indicator,
  IndicatorDetail,
  IndicatorSummary,
} from '../../../shared/contract'
import { assessActual, trendOf } from '../../../shared/domain/indicator-status'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import {
  actualRowsOf,
  deleteIndicatorRow,
  findIndicator,
  findIndicatorByCode,
  insertIndicator,
  latestActualRows,
  listIndicatorRows,
  replaceMilestones,
  setActualRag,
  targetKey,
  toActual,
  updateIndicatorRow,
  type IndicatorColumns,
} from './indicators-repo'
import { findLibraryIndicator, loadTargets } from './indicators-targets'

/** Entity name of indicators in the audit trail. */
export const INDICATOR_ENTITY = 'indicator'

type CreateInput = ChannelParsed<'indicators:create'>
type UpdateInput = ChannelParsed<'indicators:update'>

const problem = (path: string, field: string, rule: string, message: string): FieldProblem => ({
  path,
  code: 'invalid',
  message,
  params: { field, rule },
})

/** The indicator, or a not-found failure in words. */
export function mustFindIndicator(ctx: ServiceContext, id: number): Indicator {
  const found = findIndicator(ctx.db, id, loadTargets(ctx.db))
  if (!found) throw new AppFailure('not_found', 'This indicator no longer exists.')
  return found
}

// Checks what the contract cannot: the target and library item exist, the code is free.
function toColumns(ctx: ServiceContext, input: CreateInput, before?: Indicator): IndicatorColumns {
  const { attachedTo } = input
  const targets = loadTargets(ctx.db)
  if (!targets.has(targetKey(attachedTo.kind, attachedTo.id))) {
    const what = attachedTo.kind === 'objective' ? 'objective' : 'outcome or output'
    const message = `The ${what} this indicator should be attached to no longer exists. Choose another one.`
    throw new AppFailure('validation', message, [
      problem('attachedTo', 'Attached to', 'target_gone', message),
    ])
  }
  // A link kept from before stays valid even if the pack archived the item since.
  const newLink = input.libraryItemId !== null && input.libraryItemId !== before?.libraryItemId
  if (newLink && !findLibraryIndicator(ctx.db, input.libraryItemId!)) {
    const message =
      'The library indicator this one was based on is no longer offered by an installed template pack.'
    throw new AppFailure('validation', message, [
      problem('libraryItemId', 'Library indicator', 'library_gone', message),
    ])
  }
  const holder = findIndicatorByCode(ctx.db, input.code)
  if (holder && holder.id !== before?.id) {
    const message = `Code ${input.code} is already used by indicator "${holder.name}".`
    throw new AppFailure('conflict', message, [
      {
        path: 'code',
        code: 'duplicate',
        message,
        params: { field: 'Code', rule: 'indicator_code' },
      },
    ])
  }
  return {
    code: input.code,
    name: input.name,
    definition: input.definition,
    unit: input.unit,
    direction: input.direction,
    frequency: input.frequency,
    source: input.source,
    responsible: input.responsible,
    objectiveId: attachedTo.kind === 'objective' ? attachedTo.id : null,
    resultId: attachedTo.kind === 'result' ? attachedTo.id : null,
    libraryItemId: input.libraryItemId,
    baselineValue: input.baselineValue,
    baselineDate: input.baselineDate,
    targetValue: input.targetValue,
    targetDate: input.targetDate,
  }
}

const sortedMilestones = (input: CreateInput) =>
  [...input.milestones].sort((a, b) => a.date.localeCompare(b.date))

/** Every indicator with its latest status, for the lists. */
export function listIndicators(ctx: ServiceContext): IndicatorSummary[] {
  const targets = loadTargets(ctx.db)
  const { latest, counts } = latestActualRows(ctx.db)
  return listIndicatorRows(ctx.db, targets).map((indicator) => {
    const [last, previous] = latest.get(indicator.id) ?? []
    const count = counts.get(indicator.id)
    return {
      ...indicator,
      status: last?.rag ?? 'grey',
      latest: last ? toActual(last, indicator) : null,
      previousValue: previous?.value ?? null,
      trend: trendOf(last?.value, previous?.value, indicator.direction),
      actualCount: count?.total ?? 0,
      unexplainedRed: count?.unexplainedRed ?? 0,
    }
  })
}

/** One indicator with all its actuals. */
export function getIndicator(ctx: ServiceContext, id: number): IndicatorDetail {
  const indicator = mustFindIndicator(ctx, id)
  return { indicator, actuals: actualRowsOf(ctx.db, id).map((r) => toActual(r, indicator)) }
}

/** Creates an indicator (from scratch or from a library indicator, whose id it keeps). */
export function createIndicator(ctx: ServiceContext, input: CreateInput): Indicator {
  return ctx.db.transaction(() => {
    const id = insertIndicator(ctx.db, toColumns(ctx, input), ctx.now())
    replaceMilestones(ctx.db, id, sortedMilestones(input))
    const after = mustFindIndicator(ctx, id)
    appendAudit(ctx, { entityType: INDICATOR_ENTITY, entityId: id, action: 'create', after })
    return after
  })()
}

// A changed plan or direction changes what every recorded value is compared with.
function restateActuals(ctx: ServiceContext, indicator: Indicator) {
  const changes: { period: string; from: string; to: string }[] = []
  for (const row of actualRowsOf(ctx.db, indicator.id)) {
    const rag = assessActual(indicator, row.period, row.value)?.rag ?? 'grey'
    if (rag === row.rag) continue
    setActualRag(ctx.db, row.id, rag)
    changes.push({ period: row.period, from: row.rag, to: rag })
  }
  return changes
}

/** Updates an indicator the user last saw at `version`; recorded values are judged again. */
export function updateIndicator(ctx: ServiceContext, input: UpdateInput): Indicator {
  return ctx.db.transaction(() => {
    const before = mustFindIndicator(ctx, input.id)
    const stale = () =>
      new AppFailure(
        'conflict',
        'Someone changed this indicator after you opened it. Reload to see their version, then edit again.',
      )
    if (before.version !== input.version) throw stale()
    const { id, version, ...fields } = input
    if (!updateIndicatorRow(ctx.db, id, version, toColumns(ctx, fields, before), ctx.now()))
      throw stale()
    replaceMilestones(ctx.db, id, sortedMilestones(fields))
    const after = mustFindIndicator(ctx, id)
    const statusChanges = restateActuals(ctx, after)
    appendAudit(ctx, {
      entityType: INDICATOR_ENTITY,
      entityId: id,
      action: 'update',
      before,
      after: statusChanges.length ? { ...after, statusChanges } : after,
    })
    return after
  })()
}

/** Deletes an indicator with its values; everything it held stays in the audit trail. */
export function deleteIndicator(
  ctx: ServiceContext,
  input: { id: number; version: number },
): { id: number } {
  return ctx.db.transaction(() => {
    const indicator = mustFindIndicator(ctx, input.id)
    if (indicator.version !== input.version) {
      throw new AppFailure(
        'conflict',
        'Someone changed this indicator after you opened it. Reload, check it, then delete again.',
      )
    }
    const actuals = actualRowsOf(ctx.db, input.id).map((r) => ({
      period: r.period,
      value: r.value,
      rag: r.rag,
      explanation: r.explanation,
    }))
    deleteIndicatorRow(ctx.db, input.id)
    appendAudit(ctx, {
      entityType: INDICATOR_ENTITY,
      entityId: input.id,
      action: 'delete',
      before: { ...indicator, actuals },
    })
    return { id: input.id }
  })()
}
