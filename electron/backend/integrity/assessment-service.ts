import type { IntegrityAssessment, IntegrityRating } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { inTransaction } from '../db/transaction'
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

async function mustFind(ctx: ServiceContext, id: number): Promise<IntegrityAssessment> {
  const found = await findAssessment(ctx.db, id)
  if (!found) throw new AppFailure('not_found', 'This integrity assessment no longer exists.')
  return found
}

/** Starts an assessment against an integrity framework; factors are rated one by one. */
export function createAssessment(
  ctx: ServiceContext,
  input: AssessmentFields & { frameworkId: number },
): Promise<IntegrityAssessment> {
  return inTransaction(ctx, async (tx) => {
    const { frameworkId, ...fields } = input
    await mustFramework(tx, frameworkId)
    await assertSensitivity(tx, fields.sensitivity)
    const id = await insertAssessment(tx.db, frameworkId, fields, tx.now())
    const after = await mustFind(tx, id)
    await appendAudit(tx, { entityType: ENTITY, entityId: id, action: 'create', after })
    return after
  })
}

/** Edits an assessment's own fields (title, date, method, participants, sensitivity). */
export function updateAssessment(
  ctx: ServiceContext,
  input: AssessmentFields & { id: number; version: number },
): Promise<IntegrityAssessment> {
  return inTransaction(ctx, async (tx) => {
    const { id, version, ...fields } = input
    const before = await mustFind(tx, id)
    if (before.version !== version) throw staleFailure('assessment')
    await assertSensitivity(tx, fields.sensitivity)
    if (!(await updateRow(tx.db, id, version, fields, tx.now()))) {
      throw staleFailure('assessment')
    }
    const after = await mustFind(tx, id)
    const { ratings: _b, ...beforeFields } = before
    const { ratings: _a, ...afterFields } = after
    await appendAudit(tx, {
      entityType: ENTITY,
      entityId: id,
      action: 'update',
      before: beforeFields,
      after: afterFields,
    })
    return after
  })
}

/** Deletes an assessment with its ratings; its last state stays in the audit trail. */
export function deleteAssessment(
  ctx: ServiceContext,
  input: { id: number; version: number },
): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const before = await mustFind(tx, input.id)
    if (before.version !== input.version) throw staleFailure('assessment')
    await removeRow(tx.db, input.id)
    await appendAudit(tx, { entityType: ENTITY, entityId: input.id, action: 'delete', before })
    return { id: input.id }
  })
}

/** Rates one factor: a level of the framework's scale (or none yet), strengths, weaknesses, evidence. */
export function rateFactor(
  ctx: ServiceContext,
  input: RatingFields & { assessmentId: number; factorItemId: number; version: number | null },
): Promise<IntegrityRating> {
  return inTransaction(ctx, async (tx) => {
    const { assessmentId, factorItemId, version, ...fields } = input
    const assessment = await mustFind(tx, assessmentId)
    const fwRow = await mustFramework(tx, assessment.frameworkId)
    await assertFactorOf(tx, fwRow, factorItemId)
    assertOnScale(await readIntegrityFramework(tx.db, fwRow), fields.rating)
    const before = await findRating(tx.db, assessmentId, factorItemId)
    // A null version means "first rating"; if someone rated the factor meanwhile, that is stale.
    if ((before?.version ?? null) !== version) throw staleFailure('rating')
    if (!(await writeRating(tx.db, assessmentId, factorItemId, version, fields, tx.now()))) {
      throw staleFailure('rating')
    }
    const after = (await findRating(tx.db, assessmentId, factorItemId))!
    await appendAudit(tx, {
      entityType: 'integrity_rating',
      entityId: after.id,
      action: before ? 'update' : 'create',
      before: before && { assessmentId, ...before },
      after: { assessmentId, ...after },
    })
    return after
  })
}
