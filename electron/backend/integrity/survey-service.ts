import type { SurveyWave } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import type { ItemRow } from '../packs/pack-repo'
import { factorRowsOf } from './integrity-framework-repo'
import { assertSensitivity, fieldFailure, mustFramework, staleFailure } from './integrity-checks'
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

function mustFind(ctx: ServiceContext, id: number): SurveyWave {
  const found = findWave(ctx.db, id)
  if (!found) throw new AppFailure('not_found', 'This survey wave no longer exists.')
  return found
}

function checkScores(ctx: ServiceContext, framework: ItemRow, scores: Scores): void {
  const factors = new Set(factorRowsOf(ctx.db, framework).map((f) => f.id))
  const stranger = scores.find((s) => !factors.has(s.factorItemId))
  if (stranger) {
    throw fieldFailure('scores', `name a factor that is not in the ${framework.code} framework.`)
  }
}

/** Records a perception-survey wave with its score per factor. */
export function createWave(
  ctx: ServiceContext,
  input: WaveFields & { frameworkId: number; scores: Scores },
): SurveyWave {
  return ctx.db.transaction(() => {
    const { frameworkId, scores, ...fields } = input
    const fw = mustFramework(ctx, frameworkId)
    assertSensitivity(ctx, fields.sensitivity)
    checkScores(ctx, fw, scores)
    const id = insertWave(ctx.db, frameworkId, fields, ctx.now())
    replaceScores(ctx.db, id, scores)
    const after = mustFind(ctx, id)
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'create', after })
    return after
  })()
}

/** Edits a wave; the scores sent replace the wave's scores. */
export function updateWave(
  ctx: ServiceContext,
  input: WaveFields & { id: number; version: number; scores: Scores },
): SurveyWave {
  return ctx.db.transaction(() => {
    const { id, version, scores, ...fields } = input
    const before = mustFind(ctx, id)
    if (before.version !== version) throw staleFailure('survey wave')
    const fw = mustFramework(ctx, before.frameworkId)
    assertSensitivity(ctx, fields.sensitivity)
    checkScores(ctx, fw, scores)
    if (!updateRow(ctx.db, id, version, fields, ctx.now())) throw staleFailure('survey wave')
    replaceScores(ctx.db, id, scores)
    const after = mustFind(ctx, id)
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'update', before, after })
    return after
  })()
}

/** Deletes a wave with its scores; its last state stays in the audit trail. */
export function deleteWave(
  ctx: ServiceContext,
  input: { id: number; version: number },
): { id: number } {
  return ctx.db.transaction(() => {
    const before = mustFind(ctx, input.id)
    if (before.version !== input.version) throw staleFailure('survey wave')
    removeRow(ctx.db, input.id)
    appendAudit(ctx, { entityType: ENTITY, entityId: input.id, action: 'delete', before })
    return { id: input.id }
  })()
}
