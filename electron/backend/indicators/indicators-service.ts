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
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { actualRowsOf, setActualRag, toActual } from './actuals-repo'
import {
  deleteIndicatorRow,
  findIndicator,
  findIndicatorByCode,
  insertIndicator,
  listIndicatorRows,
  replaceMilestones,
  targetKey,
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
export async function mustFindIndicator(ctx: ServiceContext, id: number): Promise<Indicator> {
  const found = await findIndicator(ctx.db, id, await loadTargets(ctx.db))
  if (!found) throw new AppFailure('not_found', 'This indicator no longer exists.')
  return found
}

// Checks what the contract cannot: the target and library item exist, the code is free.
async function toColumns(
  ctx: ServiceContext,
  input: CreateInput,
  before?: Indicator,
): Promise<IndicatorColumns> {
  const { attachedTo } = input
  const targets = await loadTargets(ctx.db)
  if (!targets.has(targetKey(attachedTo.kind, attachedTo.id))) {
    const what = attachedTo.kind === 'objective' ? 'objective' : 'outcome or output'
    const message = `The ${what} this indicator should be attached to no longer exists. Choose another one.`
    throw new AppFailure('validation', message, [
      problem('attachedTo', 'Attached to', 'target_gone', message),
    ])
  }
  // A link kept from before stays valid even if the pack archived the item since.
  const newLink = input.libraryItemId !== null && input.libraryItemId !== before?.libraryItemId
  if (newLink && !(await findLibraryIndicator(ctx.db, input.libraryItemId!))) {
    const message =
      'The library indicator this one was based on is no longer offered by an installed template pack.'
    throw new AppFailure('validation', message, [
      problem('libraryItemId', 'Library indicator', 'library_gone', message),
    ])
  }
  const holder = await findIndicatorByCode(ctx.db, input.code)
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
export async function listIndicators(ctx: ServiceContext): Promise<IndicatorSummary[]> {
  const targets = await loadTargets(ctx.db)
  const rows = await listIndicatorRows(ctx.db, targets)
  return rows.map(({ indicator, latest, previousValue, actualCount, unexplainedRed }) => ({
    ...indicator,
    status: latest?.rag ?? 'grey',
    latest: latest ? toActual(latest, indicator) : null,
    previousValue,
    trend: trendOf(latest?.value, previousValue, indicator.direction),
    actualCount,
    unexplainedRed,
  }))
}

/** One indicator with all its actuals. */
export async function getIndicator(ctx: ServiceContext, id: number): Promise<IndicatorDetail> {
  const indicator = await mustFindIndicator(ctx, id)
  const actuals = await actualRowsOf(ctx.db, id)
  return { indicator, actuals: actuals.map((r) => toActual(r, indicator)) }
}

/** Creates an indicator (from scratch or from a library indicator, whose id it keeps). */
export function createIndicator(ctx: ServiceContext, input: CreateInput): Promise<Indicator> {
  return inTransaction(ctx, async (tx) => {
    const id = await insertIndicator(tx.db, await toColumns(tx, input), tx.now())
    await replaceMilestones(tx.db, id, sortedMilestones(input))
    const after = await mustFindIndicator(tx, id)
    await appendAudit(tx, { entityType: INDICATOR_ENTITY, entityId: id, action: 'create', after })
    return after
  })
}

// A changed plan or direction changes what every recorded value is compared with.
async function restateActuals(ctx: ServiceContext, indicator: Indicator) {
  const changes: { period: string; from: string; to: string }[] = []
  for (const row of await actualRowsOf(ctx.db, indicator.id)) {
    const rag = assessActual(indicator, row.period, row.value)?.rag ?? 'grey'
    if (rag === row.rag) continue
    await setActualRag(ctx.db, row.id, rag)
    changes.push({ period: row.period, from: row.rag, to: rag })
  }
  return changes
}

/** Updates an indicator the user last saw at `version`; recorded values are judged again. */
export function updateIndicator(ctx: ServiceContext, input: UpdateInput): Promise<Indicator> {
  return inTransaction(ctx, async (tx) => {
    const before = await mustFindIndicator(tx, input.id)
    const stale = () =>
      new AppFailure(
        'conflict',
        'Someone changed this indicator after you opened it. Reload to see their version, then edit again.',
      )
    if (before.version !== input.version) throw stale()
    const { id, version, ...fields } = input
    const columns = await toColumns(tx, fields, before)
    if (!(await updateIndicatorRow(tx.db, id, version, columns, tx.now()))) throw stale()
    await replaceMilestones(tx.db, id, sortedMilestones(fields))
    const after = await mustFindIndicator(tx, id)
    const statusChanges = await restateActuals(tx, after)
    await appendAudit(tx, {
      entityType: INDICATOR_ENTITY,
      entityId: id,
      action: 'update',
      before,
      after: statusChanges.length ? { ...after, statusChanges } : after,
    })
    return after
  })
}

/** Deletes an indicator with its values; everything it held stays in the audit trail. */
export function deleteIndicator(
  ctx: ServiceContext,
  input: { id: number; version: number },
): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const indicator = await mustFindIndicator(tx, input.id)
    if (indicator.version !== input.version) {
      throw new AppFailure(
        'conflict',
        'Someone changed this indicator after you opened it. Reload, check it, then delete again.',
      )
    }
    const actuals = (await actualRowsOf(tx.db, input.id)).map((r) => ({
      period: r.period,
      value: r.value,
      rag: r.rag,
      explanation: r.explanation,
    }))
    await deleteIndicatorRow(tx.db, input.id)
    await appendAudit(tx, {
      entityType: INDICATOR_ENTITY,
      entityId: input.id,
      action: 'delete',
      before: { ...indicator, actuals },
    })
    return { id: input.id }
  })
}
