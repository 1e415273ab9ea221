import type { ChannelParsed, PlanResult } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { setPositions } from '../db/positions'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { findObjective } from './objectives-repo'
import { dependantsFailure, ruleFailure, staleFailure } from './plan-failures'
import { countTraceLinksTo } from '../assessments/assessments-read'
import { countIndicatorsOn } from '../indicators/indicators-read'
import { countRisksLinkedTo } from '../risks/risks-read'
import { countActivitiesOf } from './activity-repo'
import { addDependants, hasDependants, type Dependants } from './plan-references'
import {
  countOutputs,
  deleteResult as removeRow,
  findResult,
  insertResult,
  resultSiblings,
  updateResult as updateRow,
  type ResultFields,
} from './plan-repo'
import { currentNumbers } from './plan-service'
import { findProject } from './project-repo'

/** A result with its current dotted number, for answers and the audit trail. */
export async function numberedResult(ctx: ServiceContext, id: number): Promise<PlanResult> {
  const r = await findResult(ctx.db, id)
  if (!r) throw new AppFailure('not_found', 'This outcome or output no longer exists.')
  return { ...r, number: (await currentNumbers(ctx)).result.get(id) ?? '' }
}

/** The result `id`, refused unless it is at `level`. */
export async function mustFindResult(
  ctx: ServiceContext,
  id: number,
  level?: 'outcome' | 'output',
  path = 'id',
): Promise<PlanResult> {
  const r = await findResult(ctx.db, id)
  if (!r || (level && r.level !== level)) {
    const word = level ?? 'outcome or output'
    throw new AppFailure('not_found', `This ${word} no longer exists.`, [
      {
        path,
        code: 'invalid',
        message: `The chosen ${word} no longer exists.`,
        params: { rule: `missing_${word === 'output' ? 'output' : 'outcome'}` },
      },
    ])
  }
  return r
}

async function checkProject(
  ctx: ServiceContext,
  level: 'outcome' | 'output',
  projectId: number | null,
): Promise<void> {
  if (projectId === null) return
  if (level === 'outcome') {
    throw ruleFailure(
      'validation',
      'project_on_outcome',
      'Only outputs and activities belong to a project; an outcome spans the projects that deliver its outputs.',
      {},
      'projectId',
    )
  }
  if (!(await findProject(ctx.db, projectId))) {
    throw ruleFailure(
      'validation',
      'missing_project',
      'The chosen project no longer exists.',
      {},
      'projectId',
    )
  }
}

const fieldsOf = (i: ResultFields): ResultFields => ({
  statement: i.statement,
  assumptions: i.assumptions,
  owner: i.owner,
  projectId: i.projectId,
})

/** Adds an outcome under an objective, or an output under an outcome, at the end. */
export function createResult(
  ctx: ServiceContext,
  input: ChannelParsed<'plan:createResult'>,
): Promise<PlanResult> {
  return inTransaction(ctx, async (tx) => {
    let objectiveId: number
    let parentId: number | null = null
    if (input.level === 'outcome') {
      if (!(await findObjective(tx.db, input.parentId))) {
        throw ruleFailure(
          'not_found',
          'missing_objective',
          'The chosen objective no longer exists.',
          {},
          'parentId',
        )
      }
      objectiveId = input.parentId
    } else {
      const outcome = await mustFindResult(tx, input.parentId, 'outcome', 'parentId')
      objectiveId = outcome.objectiveId
      parentId = outcome.id
    }
    await checkProject(tx, input.level, input.projectId)
    const id = await insertResult(
      tx.db,
      { level: input.level, objectiveId, parentId },
      fieldsOf(input),
      tx.now(),
    )
    const after = await numberedResult(tx, id)
    await appendAudit(tx, { entityType: input.level, entityId: id, action: 'create', after })
    return after
  })
}

/** Edits an outcome or output the user last saw at `version`. */
export function updateResult(
  ctx: ServiceContext,
  input: ChannelParsed<'plan:updateResult'>,
): Promise<PlanResult> {
  return inTransaction(ctx, async (tx) => {
    const before = await numberedResult(tx, input.id)
    if (before.version !== input.version) throw staleFailure(before.level)
    await checkProject(tx, before.level, input.projectId)
    await updateRow(tx.db, input.id, fieldsOf(input), tx.now())
    // An edit never moves the result: its number stays.
    const found = await findResult(tx.db, input.id)
    const after: PlanResult = { ...found!, number: before.number }
    await appendAudit(tx, {
      entityType: before.level,
      entityId: input.id,
      action: 'update',
      before,
      after,
    })
    return after
  })
}

/** Outputs, activities, indicators, risks and assessment links still hanging on a result. */
async function dependantsOf(ctx: ServiceContext, r: PlanResult): Promise<Dependants> {
  const d: Dependants = {}
  addDependants(d, 'outputs', await countOutputs(ctx.db, r.id))
  addDependants(d, 'activities', await countActivitiesOf(ctx.db, r.id))
  const target = { kind: 'result', id: r.id } as const
  addDependants(d, 'indicators', await countIndicatorsOn(ctx.db, target, { includeArchived: true }))
  addDependants(d, 'risks', await countRisksLinkedTo(ctx.db, 'result', r.id))
  addDependants(d, 'links', await countTraceLinksTo(ctx.db, 'result', r.id))
  return d
}

/** Deletes an outcome or output that nothing hangs on any more. */
export function deleteResult(ctx: ServiceContext, id: number): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const before = await numberedResult(tx, id)
    const dependants = await dependantsOf(tx, before)
    if (hasDependants(dependants)) {
      throw dependantsFailure({ kind: before.level, label: before.number }, dependants)
    }
    await removeRow(tx.db, id)
    await setPositions(tx.db, 'results', await resultSiblings(tx.db, before))
    await appendAudit(tx, { entityType: before.level, entityId: id, action: 'delete', before })
    return { id }
  })
}
