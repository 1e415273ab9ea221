import type { ChannelParsed, PlanProject } from '../../../shared/contract'
import { projectDateProblems } from '../../../shared/domain/plan-dates'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { dateFailure, dependantsFailure, ruleFailure, staleFailure } from './plan-failures'
import { addReferences, foreignReferences, hasDependants } from './plan-references'
import { planPeriod } from './plan-service'
import {
  deleteProject as removeRow,
  findProject,
  findProjectByCode,
  insertProject,
  updateProject as updateRow,
  type ProjectFields,
} from './project-repo'

function mustFind(ctx: ServiceContext, id: number): PlanProject {
  const p = findProject(ctx.db, id)
  if (!p) throw new AppFailure('not_found', 'This project no longer exists.')
  return p
}

function check(ctx: ServiceContext, f: ProjectFields, exceptId?: number): void {
  const holder = findProjectByCode(ctx.db, f.code)
  if (holder && holder.id !== exceptId) {
    throw ruleFailure(
      'conflict',
      'project_code_taken',
      `Code ${f.code} is already used by project “${holder.title}”. Choose a different code.`,
      { code: f.code, title: holder.title },
      'code',
    )
  }
  const problems = projectDateProblems(f, planPeriod(ctx))
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
): PlanProject {
  return ctx.db.transaction(() => {
    check(ctx, input)
    const id = insertProject(ctx.db, fieldsOf(input), ctx.now())
    const after = mustFind(ctx, id)
    appendAudit(ctx, { entityType: 'project', entityId: id, action: 'create', after })
    return after
  })()
}

/** Edits a project the user last saw at `version`. */
export function updateProject(
  ctx: ServiceContext,
  input: ChannelParsed<'plan:updateProject'>,
): PlanProject {
  return ctx.db.transaction(() => {
    const before = mustFind(ctx, input.id)
    if (before.version !== input.version) throw staleFailure('project')
    check(ctx, input, input.id)
    updateRow(ctx.db, input.id, fieldsOf(input), ctx.now())
    const after = mustFind(ctx, input.id)
    appendAudit(ctx, { entityType: 'project', entityId: input.id, action: 'update', before, after })
    return after
  })()
}

/** Deletes a project no output, activity or other record belongs to any more. */
export function deleteProject(ctx: ServiceContext, id: number): { id: number } {
  return ctx.db.transaction(() => {
    const before = mustFind(ctx, id)
    const d = addReferences({}, foreignReferences(ctx.db, 'projects', id), { results: 'outputs' })
    if (hasDependants(d)) throw dependantsFailure({ kind: 'project', label: before.code }, d)
    removeRow(ctx.db, id)
    appendAudit(ctx, { entityType: 'project', entityId: id, action: 'delete', before })
    return { id }
  })()
}
