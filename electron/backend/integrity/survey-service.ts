import type { SurveyWave } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { assertSensitivity, fieldFailure, mustFramework, staleFailure } from './integrity-checks'
import { factorRowsOf, type FrameworkEntry } from './integrity-framework-repo'
import {
  deleteWave as removeRow,
  findWave,
  insertWave,
  replaceScores,
  updateWave as updateRow,
  type WaveFields,
} from './survey-repo'

const ENTITY = 'survey_wave'

type Scores = SurveyWave['scores']

async function mustFind(ctx: ServiceContext, id: number): Promise<SurveyWave> {
  const found = await findWave(ctx.db, id)
  if (!found) throw new AppFailure('not_found', 'This survey wave no longer exists.')
  return found
}

async function checkScores(
  ctx: ServiceContext,
  framework: FrameworkEntry,
  scores: Scores,
): Promise<void> {
  const factors = new Set((await factorRowsOf(ctx.db, framework)).map((f) => f.id))
  const stranger = scores.find((s) => !factors.has(s.factorItemId))
  if (stranger) {
    throw fieldFailure('scores', `name a factor that is not in the ${framework.code} framework.`)
  }
}

/** Records a perception-survey wave with its score per factor. */
export function createWave(
  ctx: ServiceContext,
  input: WaveFields & { frameworkId: number; scores: Scores },
): Promise<SurveyWave> {
  return inTransaction(ctx, async (tx) => {
    const { frameworkId, scores, ...fields } = input
    const fw = await mustFramework(tx, frameworkId)
    await assertSensitivity(tx, fields.sensitivity)
    await checkScores(tx, fw, scores)
    const id = await insertWave(tx.db, frameworkId, fields, tx.now())
    await replaceScores(tx.db, id, scores)
    const after = await mustFind(tx, id)
    await appendAudit(tx, { entityType: ENTITY, entityId: id, action: 'create', after })
    return after
  })
}

/** Edits a wave; the scores sent replace the wave's scores. */
export function updateWave(
  ctx: ServiceContext,
  input: WaveFields & { id: number; version: number; scores: Scores },
): Promise<SurveyWave> {
  return inTransaction(ctx, async (tx) => {
    const { id, version, scores, ...fields } = input
    const before = await mustFind(tx, id)
    if (before.version !== version) throw staleFailure('survey wave')
    const fw = await mustFramework(tx, before.frameworkId)
    await assertSensitivity(tx, fields.sensitivity)
    await checkScores(tx, fw, scores)
    if (!(await updateRow(tx.db, id, version, fields, tx.now()))) {
      throw staleFailure('survey wave')
    }
    await replaceScores(tx.db, id, scores)
    const after = await mustFind(tx, id)
    await appendAudit(tx, { entityType: ENTITY, entityId: id, action: 'update', before, after })
    return after
  })
}

/** Deletes a wave with its scores; its last state stays in the audit trail. */
export function deleteWave(
  ctx: ServiceContext,
  input: { id: number; version: number },
): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const before = await mustFind(tx, input.id)
    if (before.version !== input.version) throw staleFailure('survey wave')
    await removeRow(tx.db, input.id)
    await appendAudit(tx, { entityType: ENTITY, entityId: input.id, action: 'delete', before })
    return { id: input.id }
  })
}
