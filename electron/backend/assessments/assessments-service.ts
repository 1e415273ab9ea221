import type {
  AssessmentItemView,
  AssessmentSummary,
  AssessableFramework,
} from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { inTransaction } from '../db/transaction'
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
export function listFrameworks(ctx: ServiceContext): Promise<AssessableFramework[]> {
  return listFrameworkChoices(ctx.db)
}

/** Every assessment with its progress. */
export function listAssessments(ctx: ServiceContext): Promise<AssessmentSummary[]> {
  return listRows(ctx.db)
}

async function scopeProblems(
  ctx: ServiceContext,
  frameworkId: number,
  areaIds: number[],
): Promise<{ areaIds: number[] }> {
  const tree = await frameworkWithScale(ctx.db, frameworkId)
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
): Promise<AssessmentSummary> {
  return inTransaction(ctx, async (tx) => {
    const framework = await loadFramework(tx.db, input.frameworkId)
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
    const { areaIds } = await scopeProblems(tx, input.frameworkId, input.areaIds)
    const { frameworkId, ...header } = input
    const id = await insertAssessment(
      tx.db,
      { ...header, frameworkId, areaIds, previousId: null },
      tx.now(),
    )
    const tree = await frameworkWithScale(tx.db, frameworkId)
    await insertItems(
      tx.db,
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
      tx.now(),
    )
    const after = await mustFindAssessment(tx.db, id)
    await appendAudit(tx, { entityType: ENTITY, entityId: id, action: 'create', after })
    return after
  })
}

/**
 * Starts the next cycle from an earlier assessment: same framework and scope; the scores,
 * evidence and findings of every item the earlier cycle filled in are carried forward and
 * flagged until someone reviews the item.
 */
export function startCycle(
  ctx: ServiceContext,
  input: Omit<AssessmentHeader, 'status'> & { fromId: number },
): Promise<AssessmentSummary> {
  return inTransaction(ctx, async (tx) => {
    const from = await mustFindAssessment(tx.db, input.fromId)
    assertNoProblems(dateProblems(input.startDate, input.endDate))
    const tree = await frameworkWithScale(tx.db, from.frameworkId)
    const previous = new Map((await itemRowsOf(tx.db, from.id)).map((r) => [r.item_id, r]))
    const { fromId, ...header } = input
    const id = await insertAssessment(
      tx.db,
      {
        ...header,
        status: 'in_progress',
        frameworkId: from.frameworkId,
        areaIds: from.areaIds,
        previousId: fromId,
      },
      tx.now(),
    )
    await insertItems(
      tx.db,
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
      tx.now(),
    )
    const after = await mustFindAssessment(tx.db, id)
    await appendAudit(tx, { entityType: ENTITY, entityId: id, action: 'start_cycle', after })
    return after
  })
}

/** Saves the header of an assessment the user last saw at `version`. */
export function updateAssessment(
  ctx: ServiceContext,
  input: AssessmentHeader & { id: number; version: number },
): Promise<AssessmentSummary> {
  return inTransaction(ctx, async (tx) => {
    const before = await mustFindAssessment(tx.db, input.id)
    if (before.version !== input.version) throw staleVersion('assessment')
    assertNoProblems(dateProblems(input.startDate, input.endDate))
    const { id, version, ...header } = input
    if (!(await updateAssessmentRow(tx.db, id, version, header, tx.now())))
      throw staleVersion('assessment')
    const after = await mustFindAssessment(tx.db, id)
    await appendAudit(tx, { entityType: ENTITY, entityId: id, action: 'update', before, after })
    return after
  })
}

/** Deletes an assessment with its scores, recommendations and their links to the plan. */
export function deleteAssessment(
  ctx: ServiceContext,
  input: { id: number; version: number },
): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const before = await mustFindAssessment(tx.db, input.id)
    if (before.version !== input.version) throw staleVersion('assessment')
    const items = await itemRowsOf(tx.db, input.id)
    await deleteAssessmentRows(tx.db, input.id)
    // The audit trail keeps what was lost: the header and every scored row.
    await appendAudit(tx, {
      entityType: ENTITY,
      entityId: input.id,
      action: 'delete',
      before: { ...before, items },
    })
    return { id: input.id }
  })
}

/** Saves the scores, evidence and findings of one item; this also ends "carried forward". */
export function scoreItem(
  ctx: ServiceContext,
  input: ItemScore & { id: number; version: number },
): Promise<AssessmentItemView> {
  return inTransaction(ctx, async (tx) => {
    const row = await findItemRow(tx.db, input.id)
    if (!row) throw new AppFailure('not_found', 'This assessment item no longer exists.')
    const assessment = await mustFindAssessment(tx.db, row.assessment_id)
    const tree = await frameworkWithScale(tx.db, assessment.frameworkId)
    if (row.version !== input.version) throw staleVersion('item')
    // Not applicable means not scored: the levels are dropped rather than kept out of sight.
    const score: ItemScore = {
      ...input,
      currentLevel: input.notApplicable ? null : input.currentLevel,
      targetLevel: input.notApplicable ? null : input.targetLevel,
    }
    assertNoProblems(levelProblems(tree.scale, score.currentLevel, score.targetLevel))
    const { recommendations: _r, links: _l, ...before } = await itemView(tx.db, tree, row)
    if (!(await updateItemScore(tx.db, row.id, row.version, score, tx.now())))
      throw staleVersion('item')
    const view = await itemView(tx.db, tree, (await findItemRow(tx.db, row.id))!)
    const { recommendations: _r2, links: _l2, ...after } = view
    await appendAudit(tx, {
      entityType: 'assessment_item',
      entityId: row.id,
      action: 'score',
      before,
      after,
    })
    return view
  })
}
