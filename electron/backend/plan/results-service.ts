import type { ChannelParsed, PlanResult } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { findObjective } from '../objectives/objectives-repo'
import { dependantsFailure, ruleFailure, staleFailure } from './plan-failures'
import {
  addReferences,
  foreignReferences,
  hasDependants,
  traceLinkCount,
  type Dependants,
} from './plan-references'
import {
  deleteResult as removeRow,
  findResult,
  insertResult,
  resultSiblings,
  setResultPositions,
  updateResult as updateRow,
  type ResultFields,
} from './plan-repo'
import { findProject } from './project-repo'
import { currentNumbers } from './plan-service'

/** A result with its current dotted number, for answers and the audit trail. */
export function numberedResult(ctx: ServiceContext, id: number): PlanResult {
  const r = findResult(ctx.db, id)
  if (!r) throw new AppFailure('not_found', 'This outcome or output no longer exists.')
  return { ...r, number: currentNumbers(ctx).result.get(id) ?? '' }
}

/** The result `id`, refused unless it is at `level`. */
export function mustFindResult(
  ctx: ServiceContext,
  id: number,
  level?: 'outcome' | 'output',
  path = 'id',
): PlanResult {
  const r = findResult(ctx.db, id)
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

function checkProject(ctx: ServiceContext, level: 'outcome' | 'output', projectId: number | null) {
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
  if (!findProject(ctx.db, projectId)) {
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
): PlanResult {
  return ctx.db.transaction(() => {
    let objectiveId: number
    let parentId: number | null = null
    if (input.level === 'outcome') {
      if (!findObjective(ctx.db, input.parentId)) {
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
      const outcome = mustFindResult(ctx, input.parentId, 'outcome', 'parentId')
      objectiveId = outcome.objectiveId
      parentId = outcome.id
    }
    checkProject(ctx, input.level, input.projectId)
    const id = insertResult(
      ctx.db,
      { level: input.level, objectiveId, parentId },
      fieldsOf(input),
      ctx.now(),
    )
    const after = numberedResult(ctx, id)
    appendAudit(ctx, { entityType: input.level, entityId: id, action: 'create', after })
    return after
  })()
}

/** Edits an outcome or output the user last saw at `version`. */
export function updateResult(
  ctx: ServiceContext,
  input: ChannelParsed<'plan:updateResult'>,
): PlanResult {
  return ctx.db.transaction(() => {
    const before = numberedResult(ctx, input.id)
    if (before.version !== input.version) throw staleFailure(before.level)
    checkProject(ctx, before.level, input.projectId)
    updateRow(ctx.db, input.id, fieldsOf(input), ctx.now())
    const after = numberedResult(ctx, input.id)
    appendAudit(ctx, {
      entityType: before.level,
      entityId: input.id,
      action: 'update',
      before,
      after,
    })
    return after
  })()
}

/** Outputs, activities, indicators, risks and assessment links still hanging on a result. */
function dependantsOf(ctx: ServiceContext, r: PlanResult): Dependants {
  const d = addReferences({}, foreignReferences(ctx.db, 'results', r.id), { results: 'outputs' })
  const links = traceLinkCount(ctx.db, 'result', r.id)
  if (links) d.links = links
  return d
}

/** Deletes an outcome or output that nothing hangs on any more. */
export function deleteResult(ctx: ServiceContext, id: number): { id: number } {
  return ctx.db.transaction(() => {
    const before = numberedResult(ctx, id)
    const dependants = dependantsOf(ctx, before)
    if (hasDependants(dependants)) {
      throw dependantsFailure({ kind: before.level, label: before.number }, dependants)
    }
    removeRow(ctx.db, id)
    setResultPositions(ctx.db, resultSiblings(ctx.db, before))
    appendAudit(ctx, { entityType: before.level, entityId: id, action: 'delete', before })
    return { id }
  })()
}
