import type { ChannelParsed, PlanProject } from '../../../shared/contract'
import { projectDateProblems } from '../../../shared/domain/plan-dates'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { dateFailure, dependantsFailure, ruleFailure, staleFailure } from './plan-failures'
import { countRisksLinkedTo } from '../risks/risks-read'
import { countActivitiesOfProject } from './activity-repo'
import { countResultsOfProject } from './plan-repo'
import { addDependants, hasDependants, type Dependants } from './plan-references'
import { planPeriod } from './plan-service'
import {
  deleteProject as removeRow,
  findProject,
  findProjectByCode,
  insertProject,
  updateProject as updateRow,
  type ProjectFields,
} from './project-repo'

async function mustFind(ctx: ServiceContext, id: number): Promise<PlanProject> {
  const p = await findProject(ctx.db, id)
  if (!p) throw new AppFailure('not_found', 'This project no longer exists.')
  return p
}

async function check(ctx: ServiceContext, f: ProjectFields, exceptId?: number): Promise<void> {
  const holder = await findProjectByCode(ctx.db, f.code)
  if (holder && holder.id !== exceptId) {
    throw ruleFailure(
      'conflict',
      'project_code_taken',
      `Code ${f.code} is already used by project “${holder.title}”. Choose a different code.`,
      { code: f.code, title: holder.title },
      'code',
    )
  }
  const problems = projectDateProblems(f, await planPeriod(ctx))
  if (problems.length) throw dateFailure(problems)
}

const fieldsOf = (i: ProjectFields): ProjectFields => ({
  code: i.code,
  title: i.title,
  description: i.description,
  owner: i.owner,
  status: i.status,
  plannedStart: i.plannedStart,
  plannedEnd: i.plannedEnd,
})

/** Creates a project. */
export function createProject(
  ctx: ServiceContext,
  input: ChannelParsed<'plan:createProject'>,
): Promise<PlanProject> {
  return inTransaction(ctx, async (tx) => {
    await check(tx, input)
    const id = await insertProject(tx.db, fieldsOf(input), tx.now())
    const after = await mustFind(tx, id)
    await appendAudit(tx, { entityType: 'project', entityId: id, action: 'create', after })
    return after
  })
}

/** Edits a project the user last saw at `version`. */
export function updateProject(
  ctx: ServiceContext,
  input: ChannelParsed<'plan:updateProject'>,
): Promise<PlanProject> {
  return inTransaction(ctx, async (tx) => {
    const before = await mustFind(tx, input.id)
    if (before.version !== input.version) throw staleFailure('project')
    await check(tx, input, input.id)
    await updateRow(tx.db, input.id, fieldsOf(input), tx.now())
    const after = await mustFind(tx, input.id)
    await appendAudit(tx, {
      entityType: 'project',
      entityId: input.id,
      action: 'update',
      before,
      after,
    })
    return after
  })
}

/** Deletes a project no output, activity or other record belongs to any more. */
export function deleteProject(ctx: ServiceContext, id: number): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const before = await mustFind(tx, id)
    const d: Dependants = {}
    addDependants(d, 'outputs', await countResultsOfProject(tx.db, id))
    addDependants(d, 'activities', await countActivitiesOfProject(tx.db, id))
    addDependants(d, 'risks', await countRisksLinkedTo(tx.db, 'project', id))
    if (hasDependants(d)) throw dependantsFailure({ kind: 'project', label: before.code }, d)
    await removeRow(tx.db, id)
    await appendAudit(tx, { entityType: 'project', entityId: id, action: 'delete', before })
    return { id }
  })
}
