import type {
  AssessmentItemView,
  AssessmentSummary,
  AssessableFramework,
} from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { assertNoProblems, dateProblems, levelProblems, staleVersion } from './assessment-rules'
import { frameworkWithScale, itemView, mustFindAssessment } from './assessment-view'
import {
  deleteAssessmentRows,
  findItemRow,
  insertAssessment,
  insertItems,
  itemRowsOf,
  listAssessments as listRows,
  updateAssessmentRow,
  type AssessmentHeader,
  type AssessmentItemRow,
} from './assessments-repo'
import { assessableItems, listFrameworkChoices, loadFramework } from './framework-repo'
import { updateItemScore, type ItemScore } from './scoring-repo'

const ENTITY = 'assessment'

const hasContent = (r: AssessmentItemRow): boolean =>
  r.current_level !== null ||
  r.target_level !== null ||
  r.not_applicable === 1 ||
  r.evidence !== '' ||
  r.current_state !== '' ||
  r.desired_state !== ''

/** Frameworks that can be assessed. */
export function listFrameworks(ctx: ServiceContext): AssessableFramework[] {
  return listFrameworkChoices(ctx.db)
}

/** Every assessment with its progress. */
export function listAssessments(ctx: ServiceContext): AssessmentSummary[] {
  return listRows(ctx.db)
}

function scopeProblems(
  ctx: ServiceContext,
  frameworkId: number,
  areaIds: number[],
): { areaIds: number[] } {
  const tree = frameworkWithScale(ctx.db, frameworkId)
  const areas = new Set(tree.areas.filter((a) => !a.archived).map((a) => a.id))
  const unique = [...new Set(areaIds)]
  const foreign = unique.filter((id) => !areas.has(id))
  if (foreign.length > 0) {
    const message = `Areas in scope must be areas of framework ${tree.code}; ${foreign.length === 1 ? 'one is' : `${foreign.length} are`} not.`
    assertNoProblems([
      { path: 'areaIds', code: 'invalid', message, params: { field: 'Areas in scope' } },
    ])
  }
  if (assessableItems(tree, unique).length === 0) {
    const message = 'The areas in scope contain nothing to assess. Choose at least one other area.'
    assertNoProblems([
      { path: 'areaIds', code: 'invalid', message, params: { field: 'Areas in scope' } },
    ])
  }
  return { areaIds: unique }
}

/** Creates an assessment with one empty row per assessable item of the areas in scope. */
export function createAssessment(
  ctx: ServiceContext,
  input: AssessmentHeader & { frameworkId: number; areaIds: number[] },
): AssessmentSummary {
  return ctx.db.transaction(() => {
    const framework = loadFramework(ctx.db, input.frameworkId)
    if (!framework) {
      assertNoProblems([
        {
          path: 'frameworkId',
          code: 'invalid',
          message: 'Framework is not an installed framework.',
          params: { field: 'Framework' },
        },
      ])
    }
    assertNoProblems(dateProblems(input.startDate, input.endDate))
    const { areaIds } = scopeProblems(ctx, input.frameworkId, input.areaIds)
    const { frameworkId, ...header } = input
    const id = insertAssessment(
      ctx.db,
      { ...header, frameworkId, areaIds, previousId: null },
      ctx.now(),
    )
    const tree = frameworkWithScale(ctx.db, frameworkId)
    insertItems(
      ctx.db,
      id,
      assessableItems(tree, areaIds).map((n) => ({
        itemId: n.id,
        currentLevel: null,
        targetLevel: null,
        notApplicable: false,
        evidence: '',
        currentState: '',
        desiredState: '',
        carriedFromId: null,
      })),
      ctx.now(),
    )
    const after = mustFindAssessment(ctx.db, id)
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'create', after })
    return after
  })()
}

/**
 * Starts the next cycle from an earlier assessment: same framework and scope; the scores,
 * evidence and findings of every item the earlier cycle filled in are carried forward and
 * flagged until someone reviews the item.
 */
export function startCycle(
  ctx: ServiceContext,
  input: Omit<AssessmentHeader, 'status'> & { fromId: number },
): AssessmentSummary {
  return ctx.db.transaction(() => {
    const from = mustFindAssessment(ctx.db, input.fromId)
    assertNoProblems(dateProblems(input.startDate, input.endDate))
    const tree = frameworkWithScale(ctx.db, from.frameworkId)
    const previous = new Map(itemRowsOf(ctx.db, from.id).map((r) => [r.item_id, r]))
    const { fromId, ...header } = input
    const id = insertAssessment(
      ctx.db,
      {
        ...header,
        status: 'in_progress',
        frameworkId: from.frameworkId,
        areaIds: from.areaIds,
        previousId: fromId,
      },
      ctx.now(),
    )
    insertItems(
      ctx.db,
      id,
      assessableItems(tree, from.areaIds).map((n) => {
        // Only an item the earlier cycle said something about is carried (and flagged).
        const found = previous.get(n.id)
        const p = found && hasContent(found) ? found : undefined
        return {
          itemId: n.id,
          currentLevel: p?.current_level ?? null,
          targetLevel: p?.target_level ?? null,
          notApplicable: p?.not_applicable === 1,
          evidence: p?.evidence ?? '',
          currentState: p?.current_state ?? '',
          desiredState: p?.desired_state ?? '',
          carriedFromId: p?.id ?? null,
        }
      }),
      ctx.now(),
    )
    const after = mustFindAssessment(ctx.db, id)
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'start_cycle', after })
    return after
  })()
}

/** Saves the header of an assessment the user last saw at `version`. */
export function updateAssessment(
  ctx: ServiceContext,
  input: AssessmentHeader & { id: number; version: number },
): AssessmentSummary {
  return ctx.db.transaction(() => {
    const before = mustFindAssessment(ctx.db, input.id)
    if (before.version !== input.version) throw staleVersion('assessment')
    assertNoProblems(dateProblems(input.startDate, input.endDate))
    const { id, version, ...header } = input
    updateAssessmentRow(ctx.db, id, version, header, ctx.now())
    const after = mustFindAssessment(ctx.db, id)
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'update', before, after })
    return after
  })()
}

/** Deletes an assessment with its scores, recommendations and their links to the plan. */
export function deleteAssessment(
  ctx: ServiceContext,
  input: { id: number; version: number },
): { id: number } {
  return ctx.db.transaction(() => {
    const before = mustFindAssessment(ctx.db, input.id)
    if (before.version !== input.version) throw staleVersion('assessment')
    const items = itemRowsOf(ctx.db, input.id)
    deleteAssessmentRows(ctx.db, input.id)
    // The audit trail keeps what was lost: the header and every scored row.
    appendAudit(ctx, {
      entityType: ENTITY,
      entityId: input.id,
      action: 'delete',
      before: { ...before, items },
    })
    return { id: input.id }
  })()
}

/** Saves the scores, evidence and findings of one item; this also ends "carried forward". */
export function scoreItem(
  ctx: ServiceContext,
  input: ItemScore & { id: number; version: number },
): AssessmentItemView {
  return ctx.db.transaction(() => {
    const row = findItemRow(ctx.db, input.id)
    if (!row) throw new AppFailure('not_found', 'This assessment item no longer exists.')
    const assessment = mustFindAssessment(ctx.db, row.assessment_id)
    const tree = frameworkWithScale(ctx.db, assessment.frameworkId)
    if (row.version !== input.version) throw staleVersion('item')
    // Not applicable means not scored: the levels are dropped rather than kept out of sight.
    const score: ItemScore = {
      ...input,
      currentLevel: input.notApplicable ? null : input.currentLevel,
      targetLevel: input.notApplicable ? null : input.targetLevel,
    }
    assertNoProblems(levelProblems(tree.scale, score.currentLevel, score.targetLevel))
    const { recommendations: _r, links: _l, ...before } = itemView(ctx.db, tree, row)
    updateItemScore(ctx.db, row.id, row.version, score, ctx.now())
    const view = itemView(ctx.db, tree, findItemRow(ctx.db, row.id)!)
    const { recommendations: _r2, links: _l2, ...after } = view
    appendAudit(ctx, {
      entityType: 'assessment_item',
      entityId: row.id,
      action: 'score',
      before,
      after,
    })
    return view
  })()
}
