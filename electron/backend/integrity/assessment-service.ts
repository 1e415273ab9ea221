import type { IntegrityAssessment, IntegrityRating } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import {
  deleteAssessment as removeRow,
  findAssessment,
  findRating,
  insertAssessment,
  updateAssessment as updateRow,
  writeRating,
  type AssessmentFields,
  type RatingFields,
} from './assessment-repo'
import {
  assertFactorOf,
  assertOnScale,
  assertSensitivity,
  mustFramework,
  staleFailure,
} from './integrity-checks'
import { readIntegrityFramework } from './integrity-framework-repo'

const ENTITY = 'integrity_assessment'

function mustFind(ctx: ServiceContext, id: number): IntegrityAssessment {
  const found = findAssessment(ctx.db, id)
  if (!found) throw new AppFailure('not_found', 'This integrity assessment no longer exists.')
  return found
}

/** Starts an assessment against an integrity framework; factors are rated one by one. */
export function createAssessment(
  ctx: ServiceContext,
  input: AssessmentFields & { frameworkId: number },
): IntegrityAssessment {
  return ctx.db.transaction(() => {
    const { frameworkId, ...fields } = input
    mustFramework(ctx, frameworkId)
    assertSensitivity(ctx, fields.sensitivity)
    const id = insertAssessment(ctx.db, frameworkId, fields, ctx.now())
    const after = mustFind(ctx, id)
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'create', after })
    return after
  })()
}

/** Edits an assessment's own fields (title, date, method, participants, sensitivity). */
export function updateAssessment(
  ctx: ServiceContext,
  input: AssessmentFields & { id: number; version: number },
): IntegrityAssessment {
  return ctx.db.transaction(() => {
    const { id, version, ...fields } = input
    const before = mustFind(ctx, id)
    if (before.version !== version) throw staleFailure('assessment')
    assertSensitivity(ctx, fields.sensitivity)
    if (!updateRow(ctx.db, id, version, fields, ctx.now())) throw staleFailure('assessment')
    const after = mustFind(ctx, id)
    const { ratings: _b, ...beforeFields } = before
    const { ratings: _a, ...afterFields } = after
    appendAudit(ctx, {
      entityType: ENTITY,
      entityId: id,
      action: 'update',
      before: beforeFields,
      after: afterFields,
    })
    return after
  })()
}

/** Deletes an assessment with its ratings; its last state stays in the audit trail. */
export function deleteAssessment(
  ctx: ServiceContext,
  input: { id: number; version: number },
): { id: number } {
  return ctx.db.transaction(() => {
    const before = mustFind(ctx, input.id)
    if (before.version !== input.version) throw staleFailure('assessment')
    removeRow(ctx.db, input.id)
    appendAudit(ctx, { entityType: ENTITY, entityId: input.id, action: 'delete', before })
    return { id: input.id }
  })()
}

/** Rates one factor: a level of the framework's scale (or none yet), strengths, weaknesses, evidence. */
export function rateFactor(
  ctx: ServiceContext,
  input: RatingFields & { assessmentId: number; factorItemId: number; version: number | null },
): IntegrityRating {
  return ctx.db.transaction(() => {
    const { assessmentId, factorItemId, version, ...fields } = input
    const assessment = mustFind(ctx, assessmentId)
    const fwRow = mustFramework(ctx, assessment.frameworkId)
    assertFactorOf(ctx, fwRow, factorItemId)
    assertOnScale(readIntegrityFramework(ctx.db, fwRow), fields.rating)
    const before = findRating(ctx.db, assessmentId, factorItemId)
    // A null version means "first rating"; if someone rated the factor meanwhile, that is stale.
    if ((before?.version ?? null) !== version) throw staleFailure('rating')
    if (!writeRating(ctx.db, assessmentId, factorItemId, version, fields, ctx.now())) {
      throw staleFailure('rating')
    }
    const after = findRating(ctx.db, assessmentId, factorItemId)!
    appendAudit(ctx, {
      entityType: 'integrity_rating',
      entityId: after.id,
      action: before ? 'update' : 'create',
      before: before && { assessmentId, ...before },
      after: { assessmentId, ...after },
    })
    return after
  })()
}
