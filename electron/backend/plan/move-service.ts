import type { ChannelParsed, PlanItemKind } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { setPositions } from '../db/positions'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { findObjective, listObjectives, touchObjective } from './objectives-repo'
import { activitySiblings, findActivity, setActivityOutput, touchActivity } from './activity-repo'
import { ruleFailure, staleFailure } from './plan-failures'
import { nextResultPosition, resultSiblings, setResultParent, touchResult } from './plan-repo'
import { currentNumbers } from './plan-service'
import { mustFindResult } from './results-service'

/** Where an item sits: its version, its siblings in order, and how to save a new order. */
interface Place {
  version: number
  siblings: number[]
  reorder(ids: number[]): Promise<void>
  touch(): Promise<void>
}

async function placeOf(ctx: ServiceContext, kind: PlanItemKind, id: number): Promise<Place> {
  const at = ctx.now()
  if (kind === 'objective') {
    const o = await findObjective(ctx.db, id)
    if (!o) throw new AppFailure('not_found', 'This objective no longer exists.')
    return {
      version: o.version,
      siblings: (await listObjectives(ctx.db)).map((x) => x.id),
      reorder: (ids) => setPositions(ctx.db, 'objectives', ids),
      touch: () => touchObjective(ctx.db, id, at),
    }
  }
  if (kind === 'activity') {
    const a = await findActivity(ctx.db, id)
    if (!a) throw new AppFailure('not_found', 'This activity no longer exists.')
    return {
      version: a.version,
      siblings: await activitySiblings(ctx.db, a.outputId),
      reorder: (ids) => setPositions(ctx.db, 'activities', ids),
      touch: () => touchActivity(ctx.db, id, at),
    }
  }
  const r = await mustFindResult(ctx, id, kind)
  return {
    version: r.version,
    siblings: await resultSiblings(ctx.db, r),
    reorder: (ids) => setPositions(ctx.db, 'results', ids),
    touch: () => touchResult(ctx.db, id, at),
  }
}

const TABLE_KEY = {
  objective: 'objective',
  outcome: 'result',
  output: 'result',
  activity: 'activity',
} as const

const numberOf = async (ctx: ServiceContext, kind: PlanItemKind, id: number): Promise<string> =>
  (await currentNumbers(ctx))[TABLE_KEY[kind]].get(id) ?? ''

const KIND_WORD: Record<PlanItemKind, string> = {
  objective: 'Objective',
  outcome: 'Outcome',
  output: 'Output',
  activity: 'Activity',
}

/** Moves an item one place up or down among its siblings; the numbering follows. */
export function moveItem(
  ctx: ServiceContext,
  input: ChannelParsed<'plan:move'>,
): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const place = await placeOf(tx, input.kind, input.id)
    if (place.version !== input.version) throw staleFailure(input.kind)
    const ids = place.siblings
    const i = ids.indexOf(input.id)
    const j = input.direction === 'up' ? i - 1 : i + 1
    const before = await numberOf(tx, input.kind, input.id)
    if (j < 0 || j >= ids.length) {
      const edge = input.direction === 'up' ? 'first' : 'last'
      throw ruleFailure(
        'conflict',
        `already_${edge}`,
        `${KIND_WORD[input.kind]} ${before} is already the ${edge} at its level; it cannot move further ${input.direction}.`,
        { kind: input.kind, label: before },
      )
    }
    ;[ids[i], ids[j]] = [ids[j]!, ids[i]!]
    await place.reorder(ids)
    await place.touch()
    const after = await numberOf(tx, input.kind, input.id)
    await appendAudit(tx, {
      entityType: input.kind,
      entityId: input.id,
      action: 'move',
      before: { number: before },
      after: { number: after },
    })
    return { id: input.id }
  })
}

/** Moves an outcome to another objective, an output to another outcome, or an activity to another output. */
export function reparentItem(
  ctx: ServiceContext,
  input: ChannelParsed<'plan:reparent'>,
): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const before = await numberOf(tx, input.kind, input.id)
    const at = tx.now()
    if (input.kind === 'activity') {
      const a = await findActivity(tx.db, input.id)
      if (!a) throw new AppFailure('not_found', 'This activity no longer exists.')
      if (a.version !== input.version) throw staleFailure('activity')
      await mustFindResult(tx, input.parentId, 'output', 'parentId')
      if (a.outputId === input.parentId) throw sameParent(input.kind, before)
      await setActivityOutput(tx.db, a.id, input.parentId, at)
      await setPositions(tx.db, 'activities', await activitySiblings(tx.db, a.outputId))
    } else {
      const r = await mustFindResult(tx, input.id, input.kind)
      if (r.version !== input.version) throw staleFailure(input.kind)
      let to: { objectiveId: number; parentId: number | null }
      if (input.kind === 'outcome') {
        if (!(await findObjective(tx.db, input.parentId))) {
          throw ruleFailure(
            'not_found',
            'missing_objective',
            'The chosen objective no longer exists.',
            {},
            'parentId',
          )
        }
        if (r.objectiveId === input.parentId) throw sameParent(input.kind, before)
        to = { objectiveId: input.parentId, parentId: null }
      } else {
        const outcome = await mustFindResult(tx, input.parentId, 'outcome', 'parentId')
        if (r.parentId === outcome.id) throw sameParent(input.kind, before)
        to = { objectiveId: outcome.objectiveId, parentId: outcome.id }
      }
      const position = await nextResultPosition(tx.db, to.objectiveId, to.parentId)
      await setResultParent(tx.db, r.id, { ...to, position }, at)
      await setPositions(tx.db, 'results', await resultSiblings(tx.db, r))
    }
    const after = await numberOf(tx, input.kind, input.id)
    await appendAudit(tx, {
      entityType: input.kind,
      entityId: input.id,
      action: 'move',
      before: { number: before },
      after: { number: after, parentId: input.parentId },
    })
    return { id: input.id }
  })
}

function sameParent(kind: PlanItemKind, label: string): AppFailure {
  return ruleFailure(
    'conflict',
    'same_parent',
    `${KIND_WORD[kind]} ${label} is already there. Choose a different place to move it to.`,
    { kind, label },
    'parentId',
  )
}
